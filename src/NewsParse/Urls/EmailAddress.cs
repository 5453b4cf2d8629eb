namespace NewsParse.Urls;

/// <summary>The local part of an e-mail address, the characters before the <c>@</c>.</summary>
internal static class EmailAddress
{
    private const int MaxLocalPart = 64;

    /// <summary>Scans forward from <paramref name="start"/> over local-part characters; returns where they end.</summary>
    public static int ScanLocalPart(ReadOnlySpan<char> text, int start)
    {
        int p = start;
        while (p < text.Length && p - start < MaxLocalPart && IsLocalChar(text[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>Walks back from the character before <paramref name="at"/> to where the local part starts.</summary>
    /// <returns>The start, or <paramref name="at"/> itself when there is no valid local part.</returns>
    public static int FindLocalPartStart(ReadOnlySpan<char> text, int at, int floor)
    {
        int p = at;
        while (p > floor && at - p < MaxLocalPart && IsLocalChar(text[p - 1]))
        {
            p--;
        }

        while (p < at && text[p] == '.')
        {
            p++;
        }

        return p < at && text[at - 1] != '.' ? p : at;
    }

    private static bool IsLocalChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '.' or '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '/'
            or '=' or '?' or '^' or '_' or '`' or '{' or '|' or '}' or '~' or '-';
}
