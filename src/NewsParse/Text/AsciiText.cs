namespace NewsParse.Text;

/// <summary>Case-insensitive search for ASCII words, without the allocations of culture-aware or ignore-case <c>IndexOf</c>.</summary>
internal static class AsciiText
{
    /// <summary>Whether <paramref name="text"/> holds <paramref name="word"/>, which is lower-case ASCII, in any letter case.</summary>
    public static bool ContainsIgnoreCase(ReadOnlySpan<char> text, string word)
    {
        WorkMeter.Add(text.Length);
        char first = word[0];
        char upper = char.ToUpperInvariant(first);
        int from = 0;
        while (from <= text.Length - word.Length)
        {
            int i = text[from..(text.Length - word.Length + 1)].IndexOfAny(first, upper);
            if (i < 0)
            {
                return false;
            }

            from += i;
            if (EqualsIgnoreCase(text.Slice(from, word.Length), word))
            {
                return true;
            }

            from++;
        }

        return false;
    }

    /// <summary>Whether <paramref name="text"/> ends with <paramref name="word"/> (lower-case ASCII) in any ASCII letter case.</summary>
    public static bool EndsWithIgnoreCase(ReadOnlySpan<char> text, string word) =>
        text.Length >= word.Length && EqualsIgnoreCase(text[^word.Length..], word);

    private static bool EqualsIgnoreCase(ReadOnlySpan<char> candidate, string word)
    {
        for (int i = 0; i < word.Length; i++)
        {
            char c = candidate[i];
            if (c != word[i] && (c | 0x20) != word[i])
            {
                return false;
            }
        }

        return true;
    }
}
