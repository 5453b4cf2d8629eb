using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>
/// A line of a scraped page's header that holds a date and nothing but the words around dates:
/// <c>December 03, 2024</c>, <c>December 4, 2024 Hour: 1:34 pm</c>, <c> date 2024-12-07 </c>,
/// <c>Published: Saturday 7 December 2024 10:15 GMT</c>, <c>Updated 12/07/2024</c>, <c>3 hours ago</c>,
/// <c>By Amina Otieno | December 7, 2024</c>. A line with any other word is not one: captions and sentences never are.
/// </summary>
internal static class HeaderDateLine
{
    private const int MaxBylineLength = 60;

    private static readonly string[] s_labels =
    [
        "date", "dated", "published", "posted", "updated", "modified", "created", "issued", "last", "first", "on", "at",
        "hour", "time", "publication", "local",
    ];

    private const int MaxLength = 100;

    // A date line without a figure says `today` or `yesterday` among a label or two: `Published yesterday`.
    private const int MaxWordsOnlyLength = 40;

    /// <summary>A quick test that rules out most lines before <see cref="TryRead"/> reads them: a date line is short and holds a digit, or says today or yesterday.</summary>
    public static bool MayBe(ReadOnlySpan<char> line) =>
        line.Length <= MaxLength && (line.ContainsAnyInRange('0', '9') || (line.Length <= MaxWordsOnlyLength && SaysTodayOrYesterday(line)));

    // Found from the `y` both end with, one search where a search for each word's first letter stopped at every `t`.
    private static bool SaysTodayOrYesterday(ReadOnlySpan<char> line)
    {
        for (int from = 0; ;)
        {
            int y = line[from..].IndexOfAny('y', 'Y');
            if (y < 0)
            {
                return false;
            }

            from += y + 1;
            if (AsciiText.EndsWithIgnoreCase(line[..from], "today") || AsciiText.EndsWithIgnoreCase(line[..from], "yesterday"))
            {
                return true;
            }
        }
    }

    public static bool TryRead(ReadOnlySpan<char> line, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        int p = DateText.SkipSpaces(line, 0);
        int start = p;
        p = SkipByline(line, p);
        bool found = false;
        PartialDate? date = null;
        TimeOnly? time = null;
        Range zone = default;
        int end = p;
        while (true)
        {
            p = SkipFiller(line, p);
            if (p >= line.Length)
            {
                break;
            }

            int q = p;
            if (char.IsAsciiDigit(line[p]))
            {
                if (!found && TryReadNumericDate(line, ref q, options, out date, out TimeOnly? isoTime, out Range isoZone))
                {
                    found = true;
                    (time, zone) = isoTime is null ? (time, zone) : (isoTime, Shift(isoZone, offset));
                }
                else if (time is null && DateText.ReadTime(line, ref q, out TimeOnly t, out Range z))
                {
                    (time, zone) = (t, Shift(z, offset));
                }
                else if (!found && TryReadRelative(line, ref q, options.ReferenceDate, out date))
                {
                    found = true;
                }
                else if (!found && DateText.Read(line, ref q, out int month, out int day, out int year) == DateSlot.Date)
                {
                    found = true;
                    date = YearInference.Complete(month, day, year, options.LatestDate);
                }
                else
                {
                    return false;
                }
            }
            else if (char.IsLetter(line[p]))
            {
                int wordEnd = DateText.WordEnd(line, p);
                ReadOnlySpan<char> word = line[p..wordEnd];
                if (!found && DateText.Read(line, ref q, out int month, out int day, out int year) == DateSlot.Date)
                {
                    found = true;
                    date = YearInference.Complete(month, day, year, options.LatestDate);
                }
                else if (!found && TryReadRelativeWord(word, options.ReferenceDate, out date))
                {
                    found = true;
                    q = wordEnd;
                }
                else if (MonthNames.IsWeekday(word) || IsLabel(word))
                {
                    q = wordEnd;
                }
                else
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            p = q;
            end = q;
        }

        if (!found)
        {
            return false;
        }

        dateline = new DatelineMatch(offset + start, offset + end, default, default, default, null, date, time, zone);
        return true;
    }

    private static Range Shift(Range range, int offset) =>
        range.Equals(default(Range)) ? default : new Range(range.Start.Value + offset, range.End.Value + offset);

    // `By Amina Otieno | December 7, 2024`: a byline before a separator.
    private static int SkipByline(ReadOnlySpan<char> line, int p)
    {
        if (!line[p..].StartsWith("By ", StringComparison.Ordinal))
        {
            return p;
        }

        ReadOnlySpan<char> rest = line[p..Math.Min(line.Length, p + MaxBylineLength)];
        int separator = rest.IndexOfAny('|', '•', '·');
        return separator > 0 ? p + separator + 1 : p;
    }

    private static int SkipFiller(ReadOnlySpan<char> line, int p)
    {
        while (p < line.Length && line[p] is ' ' or '\t' or '\u00A0' or ',' or '|' or '•' or '·' or '-' or '–' or '—' or ':' or '(' or ')')
        {
            p++;
        }

        return p;
    }

    private static bool IsLabel(ReadOnlySpan<char> word)
    {
        foreach (string label in s_labels)
        {
            if (word.Equals(label, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // `2024-12-07`, `2024-12-07T10:15:00Z`, `2024/12/07`, `12/07/2024`, `25.12.2024`.
    private static bool TryReadNumericDate(ReadOnlySpan<char> line, ref int p, in DatelineOptions options, out PartialDate? date, out TimeOnly? time, out Range zone)
    {
        date = null;
        time = null;
        zone = default;
        int a = DateText.Digits(line, p);
        int sep1 = p + a;
        if (sep1 >= line.Length || line[sep1] is not ('-' or '/' or '.'))
        {
            return false;
        }

        char separator = line[sep1];
        int b = DateText.Digits(line, sep1 + 1);
        int sep2 = sep1 + 1 + b;
        if (b is < 1 or > 2 || sep2 >= line.Length || line[sep2] != separator)
        {
            return false;
        }

        int c = DateText.Digits(line, sep2 + 1);
        int end = sep2 + 1 + c;
        int first = DateText.ParseInt(line[p..sep1]);
        int second = DateText.ParseInt(line[(sep1 + 1)..sep2]);
        int third = DateText.ParseInt(line[(sep2 + 1)..end]);
        if (a == 4 && c is 1 or 2)
        {
            date = PartialDate.IsValid(second, third, first) ? new PartialDate(second, third, first) : null;
            if (end + 1 < line.Length && line[end] == 'T')
            {
                int t = end + 1;
                if (DateText.ReadTime(line, ref t, out TimeOnly clock, out zone))
                {
                    time = clock;
                    end = t;
                }
            }
        }
        else if (a is 1 or 2 && c == 4)
        {
            date = ReadDayMonthOrMonthDay(first, second, third, options.NumericDateOrder);
        }
        else
        {
            return false;
        }

        p = end;
        return true;
    }

    // Never guessed: without an order from the options, only a date that reads one way is read.
    private static PartialDate? ReadDayMonthOrMonthDay(int first, int second, int year, NumericDateOrder order)
    {
        bool monthFirst = order switch
        {
            NumericDateOrder.MonthFirst => true,
            NumericDateOrder.DayFirst => false,
            _ when first > 12 && second <= 12 => false,
            _ when second > 12 && first <= 12 => true,
            _ => first == second,
        };
        if (order == NumericDateOrder.Unknown && first <= 12 && second <= 12 && first != second)
        {
            return null;
        }

        (int month, int day) = monthFirst ? (first, second) : (second, first);
        return PartialDate.IsValid(month, day, year) ? new PartialDate(month, day, year) : null;
    }

    // `3 hours ago`, `45 minutes ago`, `2 days ago`.
    private static bool TryReadRelative(ReadOnlySpan<char> line, ref int p, DateOnly? reference, out PartialDate? date)
    {
        date = null;
        int digits = DateText.Digits(line, p);
        int unit = DateText.SkipSpaces(line, p + digits);
        int unitEnd = DateText.WordEnd(line, unit);
        int ago = DateText.SkipSpaces(line, unitEnd);
        int agoEnd = DateText.WordEnd(line, ago);
        if (digits is < 1 or > 3 || unit == p + digits || !line[ago..agoEnd].Equals("ago", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int count = DateText.ParseInt(line.Slice(p, digits));
        int days = line[unit..unitEnd].TrimEnd('.') switch
        {
            "minute" or "minutes" or "min" or "mins" or "hour" or "hours" or "hr" or "hrs" or "h" => 0,
            "day" or "days" => count,
            "week" or "weeks" => 7 * count,
            _ => -1,
        };
        if (days < 0)
        {
            return false;
        }

        date = DaysBefore(reference, days);
        p = agoEnd;
        return true;
    }

    private static bool TryReadRelativeWord(ReadOnlySpan<char> word, DateOnly? reference, out PartialDate? date)
    {
        int days = word.Equals("today", StringComparison.OrdinalIgnoreCase) ? 0
            : word.Equals("yesterday", StringComparison.OrdinalIgnoreCase) ? 1 : -1;
        date = days >= 0 ? DaysBefore(reference, days) : null;
        return days >= 0;
    }

    // The date `days` before the reference date; none before the first day of the calendar.
    private static PartialDate? DaysBefore(DateOnly? reference, int days) =>
        reference is DateOnly today && today.DayNumber >= days ? PartialDate.From(today.AddDays(-days)) : null;
}
