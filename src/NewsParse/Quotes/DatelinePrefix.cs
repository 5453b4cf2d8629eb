namespace NewsParse.Quotes;

/// <summary>
/// The place and dash that open a story in newspaper style (<c>JACKSON, Miss. —</c>, <c>LA CROSSE, Wis. - </c>): the
/// dateline parser leaves them alone for want of a date or an agency, but they are no part of the first sentence.
/// </summary>
internal static class DatelinePrefix
{
    private const int MaxLength = 60;

    /// <summary>The length of the prefix at the start of <paramref name="line"/>, separator and spaces included; 0 when there is none.</summary>
    public static int Length(ReadOnlySpan<char> line)
    {
        line = line[..Math.Min(line.Length, MaxLength)];

        // The place in capitals, words of two letters or more between single spaces: `LA CROSSE`, `WINSTON-SALEM`.
        int p = CapitalWords(line, 0);
        if (p == 0)
        {
            return 0;
        }

        // A region after a comma: `Miss.`, `N.J.`, `New Zealand`.
        if (p + 2 < line.Length && line[p] == ',' && line[p + 1] == ' ' && char.IsAsciiLetterUpper(line[p + 2]))
        {
            p += 2;
            while (p < line.Length && (char.IsAsciiLetter(line[p]) || line[p] == '.'
                || (line[p] == ' ' && p + 1 < line.Length && char.IsAsciiLetterUpper(line[p + 1]))))
            {
                p++;
            }
        }

        if (p + 2 >= line.Length || line[p] != ' ')
        {
            return 0;
        }

        int separator = p + 1;
        int afterSeparator = line[separator..].StartsWith("--") ? separator + 2 : line[separator] is '—' or '–' or '-' ? separator + 1 : -1;
        if (afterSeparator < 0 || afterSeparator >= line.Length || line[afterSeparator] != ' ')
        {
            return 0;
        }

        return afterSeparator + 1;
    }

    private static int CapitalWords(ReadOnlySpan<char> line, int start)
    {
        int p = start;
        int end = 0;
        while (true)
        {
            int word = p;
            while (p < line.Length && (char.IsAsciiLetterUpper(line[p]) || (p > word && line[p] is '.' or '-' or '\'' or '’')))
            {
                p++;
            }

            if (p - word < 2 || (p < line.Length && char.IsAsciiLetterLower(line[p])))
            {
                return end;
            }

            end = p;
            if (p + 1 < line.Length && line[p] == ' ' && char.IsAsciiLetterUpper(line[p + 1]))
            {
                p++;
                continue;
            }

            return end;
        }
    }
}
