using System.Runtime.CompilerServices;
using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>
/// The place of a dateline: a city of up to <see cref="MaxCityWords"/> words, then up to <see cref="MaxRegions"/>
/// regions or countries after commas (<c>WESTPORT, Conn.</c>, <c>NELSON, New Zealand</c>, <c>KINGSTON, Jamaica,
/// St. Andrew</c>). A part ends before a comma, a date, an agency or a separator.
/// </summary>
internal static class PlaceToken
{
    public const int MaxCityWords = 4;
    public const int MaxRegionWords = 4;
    public const int MaxRegions = 3;
    public const int MaxWordLength = 24;

    /// <summary>
    /// Reads the place at <paramref name="p"/> and moves past it. A date or an agency where the place would start leaves
    /// the place empty (<see cref="Place.HasCity"/> false), which is no failure: <c>Feb 26 -</c>, <c>(CNN) —</c>.
    /// </summary>
    public static bool TryRead(ReadOnlySpan<char> text, ref int p, out Place place)
    {
        int start = p;
        place = new Place(start, -1, -1, -1, 0);
        int cityEnd = p;
        int cityWords = 0;
        if (p < text.Length && text[p] != '(' && !char.IsAsciiDigit(text[p]) && !TryReadPart(text, ref p, MaxCityWords, out cityEnd, out cityWords))
        {
            return false;
        }

        if (cityEnd == start)
        {
            return true;
        }

        int regionStart = -1, regionEnd = -1;
        for (int regions = 0; regions < MaxRegions; regions++)
        {
            int q = DateText.SkipSpaces(text, p);
            if (q < text.Length && text[q] == ',')
            {
                q = DateText.SkipSpaces(text, SkipStrayPoint(text, q + 1));
            }
            else if (regions > 0 || q == p)
            {
                break;
            }

            if (q >= text.Length || DateText.IsWordBeforeNumber(text, q) || char.IsAsciiDigit(text[q]) || text[q] is '(' or '/'
                || IsDashBeforeDate(text, q) || !CharClass.IsLetter(text[q]))
            {
                p = q;
                break;
            }

            int partStart = q;
            if (!TryReadPart(text, ref q, MaxRegionWords, out int partEnd, out int partWords) || partEnd == partStart)
            {
                return false;
            }

            // `CHICAGO, April -`: a month without its day is a date gone wrong, not a region.
            if (partWords == 1 && MonthNames.Read(text[partStart..partEnd]) != 0)
            {
                p = partStart;
                break;
            }

            // `JERUSALEM, Monday, March 4 —`: the weekday before the date is no region either.
            if (partWords == 1 && MonthNames.IsWeekday(text[partStart..partEnd]))
            {
                p = q;
                continue;
            }

            regionStart = regionStart < 0 ? partStart : regionStart;
            regionEnd = partEnd;
            p = q;
        }

        place = new Place(start, cityEnd, regionStart, regionEnd, cityWords);
        return true;
    }

    /// <summary><c>Md., - March 4 -</c>: a dash between the place and the date.</summary>
    public static bool IsDashBeforeDate(ReadOnlySpan<char> text, int p)
    {
        if (p >= text.Length || text[p] is not ('-' or '–' or '—'))
        {
            return false;
        }

        int q = DateText.SkipSpaces(text, p + 1);
        return q > p + 1 && q < text.Length && (DateText.StartsMonthDay(text, q) || char.IsAsciiDigit(text[q]));
    }

    /// <summary>A point left over after a comma (<c>N.Y,.</c>) is skipped.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int SkipStrayPoint(ReadOnlySpan<char> text, int p) => p < text.Length && text[p] == '.' ? p + 1 : p;

    // One part of a place: up to `maxWords` words, ending before a comma, a date, an agency or a separator. A date
    // where the part would start leaves it empty (`end` = `p`) and is no failure.
    private static bool TryReadPart(ReadOnlySpan<char> text, ref int p, int maxWords, out int end, out int words)
    {
        end = p;
        words = 0;
        bool dateFirst = false;
        int q = p;
        while (q < text.Length && CharClass.IsLetter(text[q]))
        {
            // A hyphen joins the words of a place (`WINSTON-SALEM`), and a dash glued to one is its separator (`ATLANTA--`).
            int wordEnd = q + 1;
            while (wordEnd < text.Length && IsPlaceChar(text[wordEnd])
                && (text[wordEnd] != '-' || (wordEnd + 1 < text.Length && CharClass.IsLetter(text[wordEnd + 1]))))
            {
                wordEnd++;
            }

            // A month name is followed by a number; most place words are not, and skip the month lookup.
            if (DateText.NumberFollows(text, wordEnd) && DateText.StartsMonthDay(text, q))
            {
                dateFirst = words == 0;
                break;
            }

            if (wordEnd - q > MaxWordLength || ++words > maxWords)
            {
                return false;
            }

            end = LastLetterOrPoint(text, q, wordEnd);
            q = wordEnd;
            int next = DateText.SkipSpaces(text, q);
            if (next == q || next >= text.Length || !CharClass.IsLetter(text[next]))
            {
                break;
            }

            q = next;
        }

        p = Math.Max(q, end);
        return words > 0 || dateFirst;
    }

    // `N.Y,.` ends at `N.Y`: a place keeps the point of an abbreviation, not the punctuation after it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int LastLetterOrPoint(ReadOnlySpan<char> text, int start, int end)
    {
        int e = end;
        while (e > start && !CharClass.IsLetter(text[e - 1]) && !(text[e - 1] == '.' && CharClass.IsLetter(text[e - 2])))
        {
            e--;
        }

        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlaceChar(char c) => CharClass.IsLetter(c) || c is '.' or '\'' or '’' or '-' or '/' or '}' or '&';
}

/// <summary>
/// Where the parts of a place are: its first character, the city's end, the region's start and end (-1 when absent),
/// and how many words the city has.
/// </summary>
internal readonly record struct Place(int Start, int CityEnd, int RegionStart, int RegionEnd, int CityWords)
{
    /// <summary>Whether a city was read.</summary>
    public bool HasCity => CityEnd >= 0;

    /// <summary>Whether a region or country was read after the city.</summary>
    public bool HasRegion => RegionStart >= 0;
}
