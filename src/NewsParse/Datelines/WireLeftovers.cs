namespace NewsParse.Datelines;

/// <summary>
/// Leftovers of a wire's transmission before a dateline's place: rule marks (<c>****</c>, <c>&gt;</c>, <c>•</c>), a stray
/// character before a wide gap (<c>c    LONDON</c>), and repeat or correction markers (<c>RPT --</c>, <c>UPDATE 2-</c>).
/// </summary>
internal static class WireLeftovers
{
    /// <summary>Where the dateline proper starts: past the leftovers at the start of <paramref name="text"/>, and past spaces.</summary>
    public static int Skip(ReadOnlySpan<char> text)
    {
        int p = DateText.SkipSpaces(text, 0);
        while (p < text.Length && text[p] is '*' or '#' or '>' or '-' or '•')
        {
            p = DateText.SkipSpaces(text, p + 1);
        }

        if (p + 2 < text.Length && char.IsLetterOrDigit(text[p]) && text[p + 1] == ' ' && text[p + 2] == ' ')
        {
            p = DateText.SkipSpaces(text, p + 1);
        }

        if (p >= text.Length || text[p] is not ('R' or 'C' or 'U'))
        {
            return p;
        }

        foreach (string marker in (ReadOnlySpan<string>)["RPT", "REPEAT", "CORRECTED", "UPDATE"])
        {
            if (text[p..].StartsWith(marker, StringComparison.Ordinal))
            {
                int q = DateText.SkipSpaces(text, p + marker.Length);
                q += DateText.Digits(text, q);
                int dashes = q;
                while (dashes < text.Length && text[dashes] is '-' or ':' or '—')
                {
                    dashes++;
                }

                if (dashes > q)
                {
                    return DateText.SkipSpaces(text, dashes);
                }
            }
        }

        return p;
    }
}
