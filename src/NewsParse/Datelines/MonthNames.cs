using NewsParse.Text;

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
        int length = word.Length > 0 && word[^1] == '.' ? word.Length - 1 : word.Length;
        if (length < 3 || length > 10)
        {
            return 0;
        }

        int month = MonthByPrefix[PrefixHash(word)];
        return month != 0 && Matches(word[..length], s_names[month - 1]) ? month : 0;
    }

    // The first three letters name a month unambiguously, and this hash of them, in any letter case, gives each of the
    // twelve its own slot of 32: one lookup and one comparison, with no branching on the letters.
    private static int PrefixHash(ReadOnlySpan<char> word) => ((word[0] & 31) * 2 + (word[1] & 31) * 9 + (word[2] & 31)) & 31;

    private static ReadOnlySpan<byte> MonthByPrefix =>
    [
        0, 0, 0, 9, 4, 0, 8, 0, 0, 0, 0, 1, 0, 10, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 12, 11, 0, 2, 5, 7, 0, 6,
    ];

    private static bool Matches(ReadOnlySpan<char> word, string name) =>
        word.Length <= name.Length ? IsPrefixIgnoreCase(word, name)
            : word.Length == name.Length + 1 && name.Length >= 4 && IsPrefixIgnoreCase(word[..^1], name) && CharClass.IsLetter(word[^1]);

    // Whether `prefix` starts `name` (lower-case ASCII) in any letter case: setting the 0x20 bit lower-cases an ASCII
    // capital, and no other character becomes a lower-case ASCII letter, so it can never make a false match.
    private static bool IsPrefixIgnoreCase(ReadOnlySpan<char> prefix, ReadOnlySpan<char> name)
    {
        for (int i = 0; i < prefix.Length; i++)
        {
            if ((prefix[i] | 0x20) != name[i])
            {
                return false;
            }
        }

        return true;
    }

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
