using System.Runtime.CompilerServices;

namespace NewsParse.Datelines;

/// <summary>
/// The fast path of <see cref="DatelineReader"/>: the shapes nearly all wire copy uses, read in one pass —
/// <c>CITY[, Region…], Month Day[, Year] [(Agency)] -</c> and <c>CITY[, Region…] (Agency) -</c>, in ASCII letters with
/// single spaces. Anything else, or any doubt, is left to the general reader; when this one answers, its answer is the
/// one the general reader gives (a test holds it to that). It never reads past a line break.
/// </summary>
/// <remarks>
/// The general reader tries each rule in turn at each position, which costs most of a dateline's time on the wire
/// stories that need none of them (Reuters-21578: 150 ns a story without this path, 92 with it); this one looks at
/// each character once.
/// </remarks>
internal static class CommonShape
{
    /// <summary>Reads a dateline of the common shape at the start of <paramref name="line"/>, which begins at <paramref name="offset"/>.</summary>
    public static bool TryRead(ReadOnlySpan<char> line, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        return (PlaceBitMasks.TryRead(line, out CommonPlace place) || TryReadPlace(line, out place))
            && !HoldsWeekday(line, place) && TryReadAfterPlace(line, place, offset, options, out dateline);
    }

    // A weekday before the date (`JERUSALEM, Monday, March 4`) is no region: the general reader's.
    private static bool HoldsWeekday(ReadOnlySpan<char> line, in CommonPlace place)
    {
        if (place.RegionStart < 0)
        {
            return false;
        }

        ReadOnlySpan<char> region = line[place.RegionStart..place.RegionEnd];
        for (int comma; (comma = region.IndexOf(',')) >= 0; region = region[(comma + 1)..])
        {
            if (MonthNames.IsWeekday(region[..comma].Trim()))
            {
                return true;
            }
        }

        return MonthNames.IsWeekday(region.Trim());
    }

    // The rest of a common dateline — day, year, agency, separator — after its place and month.
    private static bool TryReadAfterPlace(ReadOnlySpan<char> line, in CommonPlace place, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        int month = place.Month;
        int p = place.RestStart;
        if (month == 0)
        {
            return TryReadUndated(line, place, offset, out dateline);
        }

        // The day: one or two digits, then a space, a comma before the year, or a dash.
        int dayStart = p;
        while (p < line.Length && char.IsAsciiDigit(line[p]))
        {
            p++;
        }

        if (p - dayStart > 2 || p == line.Length || line[p] is not (' ' or ',' or '-'))
        {
            return false;
        }

        int day = DateText.ParseInt(line[dayStart..p]);

        // ` - ` ends nearly every wire dateline here: no year, no agency, a single hyphen, as the steps below would find.
        if (IsSpacedHyphen(line, p))
        {
            return PartialDate.IsValidOrYearless(month, day, 0) && Match(place, p + 2, Date(month, day, 0, options), default, null, offset, out dateline);
        }

        // ` (Agency) - `, the usual ending with an agency: no year, and a single hyphen after it, as the steps below would find.
        if (p + 1 < line.Length && line[p] == ' ' && line[p + 1] == '(')
        {
            int q = p + 1;
            if (!PartialDate.IsValidOrYearless(month, day, 0)
                || !AgencyToken.TryRead(line, ref q, out int agencyStart, out int agencyEnd, out _, out string? name, out _))
            {
                return false;
            }

            if (IsSpacedHyphen(line, q))
            {
                return Match(place, q + 2, Date(month, day, 0, options), new Range(offset + agencyStart, offset + agencyEnd), name, offset, out dateline);
            }
        }

        int yearEnd = DateText.YearEnd(line, p);
        int year = yearEnd > p ? DateText.ParseInt(line.Slice(yearEnd - 4, 4)) : 0;
        if (!PartialDate.IsValidOrYearless(month, day, year))
        {
            return false;
        }

        p = yearEnd;
        while (p < line.Length && line[p] == ' ')
        {
            p++;
        }

        Range agencyText = default;
        string? agency = null;
        if (p < line.Length && line[p] == '(')
        {
            // Through a copy: a position passed by reference would live in memory for the whole method.
            int afterAgency = p;
            if (!AgencyToken.TryRead(line, ref afterAgency, out int agencyStart, out int agencyEnd, out _, out agency, out _))
            {
                return false;
            }

            p = afterAgency;
            agencyText = new Range(offset + agencyStart, offset + agencyEnd);
            while (p < line.Length && line[p] == ' ')
            {
                p++;
            }
        }

        int dashes = p;
        while (p < line.Length && Separator.IsDash(line[p]))
        {
            p++;
        }

        if (p == dashes)
        {
            return false;
        }

        return Match(place, p, Date(month, day, year, options), agencyText, agency, offset, out dateline);
    }

    // `WASHINGTON (Reuters) - `: with no date, only a known agency makes a dateline, and a single hyphen after it is the
    // ending the general reader would find.
    private static bool TryReadUndated(ReadOnlySpan<char> line, in CommonPlace place, int offset, out DatelineMatch dateline)
    {
        dateline = default;
        int q = place.RestStart;
        return AgencyToken.TryRead(line, ref q, out int agencyStart, out int agencyEnd, out _, out string? name, out _)
            && name is not null
            && PlaceWords.IsWrittenAsPlace(
                line[place.Start..place.CityEnd], place.RegionStart < 0 ? default : line[place.RegionStart..place.RegionEnd])
            && IsSpacedHyphen(line, q)
            && Match(place, q + 2, null, new Range(offset + agencyStart, offset + agencyEnd), name, offset, out dateline);
    }

    // ` - ` at `p`: the single hyphen that ends nearly every wire dateline.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsSpacedHyphen(ReadOnlySpan<char> line, int p) => p + 2 < line.Length && line[p] == ' ' && line[p + 1] == '-' && line[p + 2] == ' ';

    // The date's year inferred where none is written.
    private static PartialDate Date(int month, int day, int year, in DatelineOptions options) =>
        YearInference.Complete(month, day, year, options.LatestDate);

    // The dateline from the place to `end`, past its separator.
    private static bool Match(in CommonPlace place, int end, PartialDate? date, Range agencyText, string? agency, int offset, out DatelineMatch dateline)
    {
        Range city = place.CityEnd < 0 ? default : new Range(offset + place.Start, offset + place.CityEnd);
        Range region = place.RegionStart < 0 ? default : new Range(offset + place.RegionStart, offset + place.RegionEnd);
        dateline = new DatelineMatch(offset + place.Start, offset + end, city, region, agencyText, agency, date, null, default);
        return true;
    }

    // The place and the month, or the place before an agency, one character at a time; false on anything but the common shapes.
    internal static bool TryReadPlace(ReadOnlySpan<char> line, out CommonPlace place)
    {
        place = default;
        int p = 0;
        while (p < line.Length && line[p] == ' ')
        {
            p++;
        }

        int start = p;
        int parts = 0, words = 0, partStart = p;
        int cityEnd = -1, regionStart = -1, regionEnd = -1;
        int month;
        while (true)
        {
            // A word: an ASCII letter, then letters and single points (`N.J.`).
            int wordStart = p;
            if (p >= line.Length || !char.IsAsciiLetter(line[p]))
            {
                return false;
            }

            p++;
            while (p < line.Length && (char.IsAsciiLetter(line[p]) || (line[p] == '.' && line[p - 1] != '.')))
            {
                p++;
            }

            if (p - wordStart > PlaceToken.MaxWordLength || p == line.Length)
            {
                return false;
            }

            if (line[p] == ' ')
            {
                int next = p + 1;
                while (next < line.Length && line[next] == ' ')
                {
                    next++;
                }

                // A word before a number is the month: it ends the place, whatever part it is in (`RICHMOND, Va. Feb 26`).
                if (next < line.Length && char.IsAsciiDigit(line[next]))
                {
                    month = MonthNames.Read(line[wordStart..p]);
                    if (month == 0)
                    {
                        return false;
                    }

                    if (words > 0)
                    {
                        if (parts > PlaceToken.MaxRegions)
                        {
                            return false;
                        }

                        (cityEnd, regionStart, regionEnd) = EndPart(parts++, partStart, wordStart - 1, cityEnd, regionStart, regionEnd);
                    }

                    p = next;
                    break;
                }

                // Two spaces inside a place are junk or odd spacing: the general reader's business.
                if (next != p + 1 || ++words > (parts == 0 ? PlaceToken.MaxCityWords : PlaceToken.MaxRegionWords))
                {
                    return false;
                }

                // A bracket after a word ends a place with no date: `WASHINGTON (Reuters) -`.
                if (next < line.Length && line[next] == '(')
                {
                    if (parts > PlaceToken.MaxRegions)
                    {
                        return false;
                    }

                    (cityEnd, regionStart, regionEnd) = EndPart(parts, partStart, p, cityEnd, regionStart, regionEnd);
                    place = new CommonPlace(start, next, 0, cityEnd, regionStart, regionEnd);
                    return true;
                }

                p = next;
            }
            else if (line[p] == ',' && p + 1 < line.Length && line[p + 1] == ' ')
            {
                if (++words > (parts == 0 ? PlaceToken.MaxCityWords : PlaceToken.MaxRegionWords) || parts > PlaceToken.MaxRegions)
                {
                    return false;
                }

                (cityEnd, regionStart, regionEnd) = EndPart(parts++, partStart, p, cityEnd, regionStart, regionEnd);
                p += 2;
                partStart = p;
                words = 0;
            }
            else
            {
                return false;
            }
        }

        place = new CommonPlace(start, p, month, cityEnd, regionStart, regionEnd);
        return true;
    }

    // Where the place and the month are: the place's first character, where the rest starts (the day's first digit, or
    // the agency's bracket when there is no date), the month (0 when there is no date), the city's end, and the region's
    // start and end (-1 when there is no city or region).
    internal readonly record struct CommonPlace(int Start, int RestStart, int Month, int CityEnd, int RegionStart, int RegionEnd);

    // The first part of a place is the city; the rest, together, the region.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static (int CityEnd, int RegionStart, int RegionEnd) EndPart(int part, int partStart, int partEnd, int cityEnd, int regionStart, int regionEnd) =>
        part == 0 ? (partEnd, regionStart, regionEnd) : (cityEnd, regionStart < 0 ? partStart : regionStart, partEnd);
}
