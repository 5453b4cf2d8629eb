using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>Month names as datelines write them: full, AP-abbreviated (<c>Sept.</c>), Reuters-style (<c>Sept</c>), in any case.</summary>
internal static class MonthNames
{
    // The names in lower case, nine characters apart: one string, no array of them to reach through.
    private const string Names = "january  february march    april    may      june     july     august   septemberoctober  november december ";
    private const int NameStride = 9;

    private static ReadOnlySpan<byte> NameLengths => [7, 8, 5, 5, 3, 4, 4, 6, 9, 7, 8, 8];

    // The first three letters name a month unambiguously, and this hash of them, in any letter case (the low five
    // bits of a letter), gives each of the twelve its own slot of 32.
    private static ReadOnlySpan<byte> MonthByPrefix =>
    [
        0, 0, 0, 9, 4, 0, 8, 0, 0, 0, 0, 1, 0, 10, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0, 12, 11, 0, 2, 5, 7, 0, 6,
    ];

    /// <summary>
    /// The month <paramref name="word"/> names, or 0. A trailing point is ignored; a prefix of at least three letters
    /// counts (<c>Sept</c>, <c>Marc</c>, <c>Apri</c>: wire copy truncates), and so does a full name of four letters or
    /// more with one stray letter typed after it (<c>Marchg</c>, <c>Junee</c>). Nothing else is guessed: <c>Narch</c> is no month.
    /// </summary>
    public static int Read(ReadOnlySpan<char> word)
    {
        int length = word.Length > 0 && word[^1] == '.' ? word.Length - 1 : word.Length;
        if ((uint)(length - 3) > 10 - 3)
        {
            return 0;
        }

        int month = MonthByPrefix[((word[0] & 31) * 2 + (word[1] & 31) * 9 + (word[2] & 31)) & 31];
        if (month == 0)
        {
            return 0;
        }

        int nameLength = NameLengths[month - 1];
        int compared = length <= nameLength ? length
            : length == nameLength + 1 && nameLength >= 4 && CharClass.IsLetter(word[length - 1]) ? nameLength
            : 0;
        if (compared == 0)
        {
            return 0;
        }

        // Setting the 0x20 bit lower-cases an ASCII capital, and no other character becomes a lower-case ASCII letter,
        // so the comparison ignores case and can never make a false match.
        ReadOnlySpan<char> name = Names.AsSpan((month - 1) * NameStride, compared);
        for (int i = 0; i < name.Length; i++)
        {
            if ((word[i] | 0x20) != name[i])
            {
                return 0;
            }
        }

        return month;
    }

    private static readonly string[] s_weekdays = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];

    /// <summary>Whether <paramref name="word"/> is a weekday, full or abbreviated to three letters or more (<c>Sat.</c>).</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word)
    {
        word = word.TrimEnd('.');
        if (word.Length < 3 || word.Length > 9)
        {
            return false;
        }

        // The first two letters, in any case, tell which day it can be; the rest must follow that day's name.
        int day = ((char)(word[0] | 0x20), (char)(word[1] | 0x20)) switch
        {
            ('m', 'o') => 0, ('t', 'u') => 1, ('w', 'e') => 2, ('t', 'h') => 3, ('f', 'r') => 4, ('s', 'a') => 5, ('s', 'u') => 6,
            _ => -1,
        };
        if (day < 0 || word.Length > s_weekdays[day].Length)
        {
            return false;
        }

        string name = s_weekdays[day];
        for (int i = 2; i < word.Length; i++)
        {
            if ((word[i] | 0x20) != name[i])
            {
                return false;
            }
        }

        return true;
    }
}
