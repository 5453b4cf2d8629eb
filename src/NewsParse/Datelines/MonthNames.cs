namespace NewsParse.Datelines;

/// <summary>Month names as datelines write them: full, AP-abbreviated (<c>Sept.</c>), Reuters-style (<c>Sept</c>), in any case.</summary>
internal static class MonthNames
{
    private static readonly string[] s_names =
    [
        "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
    ];

    /// <summary>
    /// The month <paramref name="word"/> names, or 0. A trailing point is ignored; a prefix of at least three letters
    /// counts (<c>Sept</c>, <c>Marc</c>, <c>Apri</c>: wire copy truncates), and so does a full name of four letters or
    /// more with one stray letter typed after it (<c>Marchg</c>, <c>Junee</c>). Nothing else is guessed: <c>Narch</c> is no month.
    /// </summary>
    public static int Read(ReadOnlySpan<char> word)
    {
        if (word.EndsWith('.'))
        {
            word = word[..^1];
        }

        if (word.Length < 3 || word.Length > 10)
        {
            return 0;
        }

        // The first letter leaves at most three names to compare.
        ReadOnlySpan<byte> candidates = (word[0] | 0x20) switch
        {
            'j' => [1, 6, 7],
            'f' => [2],
            'm' => [3, 5],
            'a' => [4, 8],
            's' => [9],
            'o' => [10],
            'n' => [11],
            'd' => [12],
            _ => [],
        };
        foreach (byte month in candidates)
        {
            if (Matches(word, s_names[month - 1]))
            {
                return month;
            }
        }

        return 0;
    }

    private static bool Matches(ReadOnlySpan<char> word, string name) =>
        word.Length <= name.Length ? name.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase)
            : word.Length == name.Length + 1 && name.Length >= 4 && word.StartsWith(name, StringComparison.OrdinalIgnoreCase) && char.IsLetter(word[^1]);

    private static readonly string[] s_weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Whether <paramref name="word"/> is a weekday, full or abbreviated to three letters or more (<c>Sat.</c>).</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3)
        {
            return false;
        }

        foreach (string day in s_weekdays)
        {
            if (word.Length <= day.Length && day.AsSpan().StartsWith(word, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
