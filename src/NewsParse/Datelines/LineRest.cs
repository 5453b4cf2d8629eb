using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>Reads what stands on a line after a dateline.</summary>
internal static class LineRest
{
    private const int MaxLeftovers = 24;

    // A story's first words hold a word in lower case among the first eight.
    private const int SentenceWords = 8;
    private const int MaxSentenceReach = 120;

    /// <summary>
    /// Whether nothing but leftovers stand between <paramref name="p"/> and the line's end: spaces, a repeated year, a
    /// stray credit of one word or in brackets (<c>2005</c>, <c>(AP)</c>, <c>NYT</c>); no word that starts in lower case,
    /// and no second word outside brackets, which would be a headline's or the story's.
    /// </summary>
    public static bool IsLeftovers(ReadOnlySpan<char> text, int p)
    {
        // The story's first word, then one in lower case: what follows nearly every dateline, told at once.
        int first = DateText.SkipSpaces(text, p);
        if (first < text.Length && char.IsAsciiLetterLower(text[first]))
        {
            return false;
        }

        while (first < text.Length && char.IsAsciiLetter(text[first]))
        {
            first++;
        }

        if (first + 1 < text.Length && text[first] == ' ' && char.IsAsciiLetterLower(text[first + 1]))
        {
            return false;
        }

        int limit = Math.Min(text.Length, p + MaxLeftovers + 1);
        int bareWords = 0, depth = 0;
        bool wordStart = true;
        for (int q = p; q < limit; q++)
        {
            char c = text[q];
            if (c is '\n' or '\r')
            {
                return true;
            }

            if (char.IsLetter(c) && wordStart)
            {
                if (!char.IsUpper(c) || (depth == 0 && ++bareWords > 1))
                {
                    return false;
                }
            }
            else if (c == '(')
            {
                depth++;
            }
            else if (c == ')')
            {
                depth = Math.Max(0, depth - 1);
            }
            else if (!char.IsLetterOrDigit(c) && !CharClass.IsSpace(c) && c is not ('/' or '.' or ',' or '-' or '&'))
            {
                return false;
            }

            wordStart = !char.IsLetterOrDigit(c);
        }

        return limit == text.Length;
    }

    /// <summary>Whether nothing but spaces, digits and punctuation stand between <paramref name="p"/> and the line's end.</summary>
    public static bool IsBare(ReadOnlySpan<char> text, int p)
    {
        for (; p < text.Length && text[p] is not ('\n' or '\r'); p++)
        {
            if (char.IsLetter(text[p]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Whether a sentence starts at <paramref name="p"/>, after spaces: a capital, an opening quote or bracket, and a
    /// word in lower case among the first few. A place in capitals before a dash and a word in lower case is a
    /// label or a sentence (<c>WASHINGTON — the capital</c>), and before more words in capitals a headline
    /// (<c>ECONOMIC SPOTLIGHT - U.S. DEFICIT</c>).
    /// </summary>
    public static bool StoryStarts(ReadOnlySpan<char> text, int p)
    {
        p = DateText.SkipSpaces(text, p);
        if (p >= text.Length)
        {
            return false;
        }

        // A figure opens no sentence in wire style, but a table's row (`ZINC HIGH GRADE - 1200 tonnes`); a brand may
        // open in lower case (`eBay`, `iPhone`).
        char c = text[p];
        if (!(char.IsUpper(c) || c is '“' or '"' or '‘' or '\'' or '`' or '«' or '(' or '[' || OpensWithInnerCapital(text, p)))
        {
            return false;
        }

        int limit = Math.Min(text.Length, p + MaxSentenceReach);
        for (int words = 0; p < limit && words < SentenceWords; words++)
        {
            while (p < limit && !char.IsLetterOrDigit(text[p]))
            {
                if (text[p] is '\n' or '\r')
                {
                    return false;
                }

                p++;
            }

            if (p < limit && char.IsLower(text[p]))
            {
                return true;
            }

            while (p < limit && !CharClass.IsSpace(text[p]))
            {
                p++;
            }
        }

        return false;
    }

    private static bool OpensWithInnerCapital(ReadOnlySpan<char> text, int p) =>
        char.IsLower(text[p]) && p + 1 < text.Length && char.IsUpper(text[p + 1]);

    /// <summary>
    /// Whether a figure stands before a wide gap on the line from <paramref name="p"/>: a table's columns
    /// (<c>WHEAT - No Two Red Winter 129.50 up 1.50       Jly</c>), not a story.
    /// </summary>
    public static bool HoldsTableColumns(ReadOnlySpan<char> text, int p)
    {
        int limit = Math.Min(text.Length, p + MaxSentenceReach);
        for (int from = p; from < limit;)
        {
            int gap = text[from..limit].IndexOf("   ", StringComparison.Ordinal);
            if (gap < 0 || text.Slice(from, gap).ContainsAny('\n', '\r'))
            {
                return false;
            }

            gap += from;
            if (gap > p && char.IsAsciiDigit(text[gap - 1]))
            {
                return true;
            }

            from = gap + 3;
        }

        return false;
    }
}
