using System.Runtime.CompilerServices;
using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>What a date slot of a dateline held.</summary>
internal enum DateSlot : byte
{
    /// <summary>No date is written there.</summary>
    None,

    /// <summary>A date that reads: month and day, perhaps a year.</summary>
    Date,

    /// <summary>Something written where the date goes that does not read as one (<c>Narch 2</c>, <c>March 187</c>): no date, no guess.</summary>
    Garbled,
}

/// <summary>Reads dates and times out of a line: month and day in either order, years, clock times and zones.</summary>
internal static class DateText
{
    /// <summary>
    /// Reads a date at <paramref name="p"/>: <c>Feb 26</c>, <c>Feb. 26, 1987</c>, <c>2 March</c>, <c>April, 13</c>,
    /// <c>April 1 , 1997</c>, <c>7 December 2024</c>. On <see cref="DateSlot.Date"/> or <see cref="DateSlot.Garbled"/>,
    /// <paramref name="p"/> moves past what was read. <paramref name="year"/> is 0 when none is written.
    /// </summary>
    public static DateSlot Read(ReadOnlySpan<char> line, ref int p, out int month, out int day, out int year)
    {
        month = 0;
        day = 0;
        year = 0;
        int q = p;
        if (q < line.Length && char.IsAsciiDigit(line[q]))
        {
            if (TryReadIso(line, ref p, out month, out day, out year))
            {
                return DateSlot.Date;
            }

            // Day first: `2 March`, `7 December 2024`, `4th March`.
            int digits = Digits(line, q);
            int afterDigits = q + digits;
            int word = SkipSpaces(line, SkipOrdinal(line, afterDigits));
            int wordEnd = WordEnd(line, word);
            if (digits > 2 || afterDigits == word || wordEnd == word)
            {
                return DateSlot.None;
            }

            month = MonthNames.Read(line[word..wordEnd]);
            day = ParseInt(line[q..afterDigits]);
            q = wordEnd;
            if (month == 0)
            {
                // A short word after a day where a month goes (`5 ene`) is a month we cannot read.
                p = q;
                return wordEnd - word <= 5 ? DateSlot.Garbled : DateSlot.None;
            }
        }
        else
        {
            int wordEnd = WordEnd(line, q);
            if (wordEnd == q)
            {
                return DateSlot.None;
            }

            month = MonthNames.Read(line[q..wordEnd]);
            int d = SkipSpaces(line, wordEnd);
            if (d < line.Length && line[d] == ',')
            {
                d = SkipSpaces(line, d + 1);
            }

            if (d == wordEnd || d >= line.Length || !char.IsAsciiDigit(line[d]))
            {
                return DateSlot.None;
            }

            int digits = Digits(line, d);
            q = SkipOrdinal(line, d + digits);

            // `March 187`, `March 2O`, `Narch 2`: a date was meant and cannot be read.
            if (month == 0 || digits > 2 || (q < line.Length && char.IsLetterOrDigit(line[q])))
            {
                if (month == 0 && wordEnd - p > 9)
                {
                    return DateSlot.None;
                }

                p = SkipWordChars(line, q);
                return DateSlot.Garbled;
            }

            day = ParseInt(line.Slice(d, digits));
        }

        if (q < line.Length && line[q] == '.')
        {
            q++;
        }

        int yearEnd = YearEnd(line, q);
        year = yearEnd > q ? ParseInt(line.Slice(yearEnd - 4, 4)) : 0;
        p = yearEnd;
        return PartialDate.IsValidOrYearless(month, day, year) ? DateSlot.Date : DateSlot.Garbled;
    }

    /// <summary>A month name followed by a day at <paramref name="p"/>: <c>Feb 26</c>, <c>MArch 2</c>.</summary>
    public static bool StartsMonthDay(ReadOnlySpan<char> line, int p)
    {
        int wordEnd = WordEnd(line, p);
        return wordEnd > p && NumberFollows(line, wordEnd) && MonthNames.Read(line[p..wordEnd]) != 0;
    }

    /// <summary>Spaces or a comma, then a digit, at <paramref name="p"/>: what follows the month of a date.</summary>
    public static bool NumberFollows(ReadOnlySpan<char> line, int p)
    {
        int d = SkipSpaces(line, p);
        if (d < line.Length && line[d] == ',')
        {
            d = SkipSpaces(line, d + 1);
        }

        return d > p && d < line.Length && char.IsAsciiDigit(line[d]);
    }

    /// <summary>One word and a number at <paramref name="p"/>: a date, even one that does not read (<c>Narch 2</c>, <c>Mach 4</c>).</summary>
    public static bool IsWordBeforeNumber(ReadOnlySpan<char> line, int p)
    {
        int wordEnd = WordEnd(line, p);
        return wordEnd > p && NumberFollows(line, wordEnd);
    }

    // `4th`, `21st`, `2nd`, `3rd`: the suffix of a day written as an ordinal.
    private static int SkipOrdinal(ReadOnlySpan<char> line, int p)
    {
        if (p + 1 < line.Length && (p + 2 == line.Length || !char.IsLetterOrDigit(line[p + 2])))
        {
            char a = (char)(line[p] | 0x20), b = (char)(line[p + 1] | 0x20);
            if ((a, b) is ('s', 't') or ('n', 'd') or ('r', 'd') or ('t', 'h'))
            {
                return p + 2;
            }
        }

        return p;
    }

    // `2024-03-04`: a date in ISO 8601 form, which reads one way.
    private static bool TryReadIso(ReadOnlySpan<char> line, ref int p, out int month, out int day, out int year)
    {
        month = day = year = 0;
        int q = p;
        if (Digits(line, q) != 4 || q + 10 > line.Length || line[q + 4] != '-' || line[q + 7] != '-'
            || Digits(line, q + 5) != 2 || Digits(line, q + 8) != 2 || (q + 10 < line.Length && char.IsAsciiDigit(line[q + 10])))
        {
            return false;
        }

        year = ParseInt(line.Slice(q, 4));
        month = ParseInt(line.Slice(q + 5, 2));
        day = ParseInt(line.Slice(q + 8, 2));
        if (year == 0 || !PartialDate.IsValidOrYearless(month, day, year))
        {
            return false;
        }

        p = q + 10;
        return true;
    }

    /// <summary>The end of a four-digit year after a date (` 2024`, `, 2024`, ` , 1997`), or <paramref name="p"/> when none follows.</summary>
    public static int YearEnd(ReadOnlySpan<char> line, int p)
    {
        int q = SkipSpaces(line, p);
        if (q < line.Length && line[q] == ',')
        {
            q = SkipSpaces(line, q + 1);
        }

        return q + 4 <= line.Length && Digits(line, q) == 4 && line[q] is '1' or '2' ? q + 4 : p;
    }

    /// <summary>
    /// Reads a clock time at <paramref name="p"/>: <c>10:15</c>, <c>1:34 pm</c>, <c>9:05 a.m.</c>, <c>10:15:00</c>, then a
    /// zone if one follows (<c>GMT</c>, <c>ET</c>, <c>Z</c>, <c>+03:00</c>).
    /// </summary>
    public static bool ReadTime(ReadOnlySpan<char> line, ref int p, out TimeOnly time, out Range zone)
    {
        time = default;
        zone = default;
        int hours = Digits(line, p);
        int colon = p + hours;
        if (hours is < 1 or > 2 || colon + 2 >= line.Length || line[colon] != ':' || Digits(line, colon + 1) != 2)
        {
            return false;
        }

        int hour = ParseInt(line[p..colon]);
        int minute = ParseInt(line.Slice(colon + 1, 2));
        int q = colon + 3;
        if (q + 2 < line.Length && line[q] == ':' && Digits(line, q + 1) == 2)
        {
            q += 3;
        }

        int meridiem = SkipSpaces(line, q);
        int afterMeridiem = ReadMeridiem(line, meridiem, out bool pm);
        if (afterMeridiem > meridiem)
        {
            if (hour is < 1 or > 12)
            {
                return false;
            }

            hour = hour % 12 + (pm ? 12 : 0);
            q = afterMeridiem;
        }

        if (hour > 23 || minute > 59)
        {
            return false;
        }

        time = new TimeOnly(hour, minute);
        int zoneStart = line[q..].StartsWith('Z') ? q : SkipSpaces(line, q);
        int zoneEnd = ReadZone(line, zoneStart);
        if (zoneEnd > zoneStart)
        {
            zone = new Range(zoneStart, zoneEnd);
            q = zoneEnd;
        }

        p = q;
        return true;
    }

    private static int ReadMeridiem(ReadOnlySpan<char> line, int p, out bool pm)
    {
        pm = false;
        ReadOnlySpan<char> rest = line[p..];
        foreach (string form in (ReadOnlySpan<string>)["a.m.", "p.m.", "am", "pm", "a.m", "p.m"])
        {
            if (rest.StartsWith(form, StringComparison.OrdinalIgnoreCase) && (rest.Length == form.Length || !CharClass.IsLetter(rest[form.Length])))
            {
                pm = char.ToLowerInvariant(form[0]) == 'p';
                return p + form.Length;
            }
        }

        return p;
    }

    private static int ReadZone(ReadOnlySpan<char> line, int p)
    {
        if (p >= line.Length)
        {
            return p;
        }

        if (line[p] is '+' or '-' && Digits(line, p + 1) == 2)
        {
            int q = p + 3;
            if (q < line.Length && line[q] == ':')
            {
                q++;
            }

            return Digits(line, q) == 2 ? q + 2 : p;
        }

        if (line[p] == 'Z' && (p + 1 == line.Length || !CharClass.IsLetter(line[p + 1])))
        {
            return p + 1;
        }

        int end = p;
        while (end < line.Length && char.IsAsciiLetterUpper(line[end]))
        {
            end++;
        }

        return end - p is >= 2 and <= 5 && (end == line.Length || !CharClass.IsLetter(line[end])) ? end : p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Digits(ReadOnlySpan<char> line, int p)
    {
        int q = p;
        while (q < line.Length && char.IsAsciiDigit(line[q]))
        {
            q++;
        }

        return q - p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipSpaces(ReadOnlySpan<char> line, int p)
    {
        while (p < line.Length && IsSpace(line[p]))
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// A space within a line: ASCII space or tab, the no-break space, the fixed-width and thin spaces of typeset copy,
    /// and the zero-width characters scraped pages leave behind.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) =>
        c is ' ' or '\t' || (c >= '\u00A0' && (c == '\u00A0' || (uint)(c - '\u2000') <= '\u200B' - '\u2000' || c is '\u202F' or '\u2060' or '\uFEFF'));

    /// <summary>The end of the word of letters (and a final point) at <paramref name="p"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int WordEnd(ReadOnlySpan<char> line, int p)
    {
        int q = p;
        while (q < line.Length && CharClass.IsLetter(line[q]))
        {
            q++;
        }

        return q > p && q < line.Length && line[q] == '.' ? q + 1 : q;
    }

    private static int SkipWordChars(ReadOnlySpan<char> line, int p)
    {
        while (p < line.Length && char.IsLetterOrDigit(line[p]))
        {
            p++;
        }

        return p;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int ParseInt(ReadOnlySpan<char> digits)
    {
        int value = 0;
        foreach (char c in digits)
        {
            value = value * 10 + (c - '0');
        }

        return value;
    }
}
