using System.Buffers;
using System.Runtime.CompilerServices;
using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>
/// The wire dateline at the start of a story's first paragraph:
/// <c>CITY[, Region][, Country][,] [Month Day[, Year]] [(Agency) | /AGENCY/ | , Reuter] separator</c>,
/// where the separator is a dash of any length or an underscore, and may be left out after an agency at the end of a line.
/// </summary>
internal static class WireDateline
{
    internal const int MaxCityWords = 4;
    internal const int MaxRegionWords = 4;
    internal const int MaxRegions = 3;
    internal const int MaxWordLength = 24;
    private const int MaxAgencyLength = 40;

    private const int SignalReach = 120;

    // Where the common shape is tried ahead of the line's end, only its usual length is looked through for a signal: a
    // longer dateline is still read, by the line's turn.
    private const int CommonSignalReach = 32;

    // A dateline holds a date or an agency, so a digit, a bracket or a slash near the start of the line.
    private static readonly SearchValues<char> s_signals = SearchValues.Create("0123456789(/");

    // A quick test that rules out most lines before they are read.
    private static bool MayStart(ReadOnlySpan<char> line, int reach) => line[..Math.Min(line.Length, reach)].ContainsAny(s_signals);

    /// <summary>Reads a dateline at the start of <paramref name="line"/>, which begins at <paramref name="offset"/> in the text.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryRead(ReadOnlySpan<char> line, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        return MayStart(line, SignalReach)
            && (CommonWireDateline.TryRead(line, offset, options, out dateline) || TryReadAnyShape(line, offset, options, out dateline));
    }

    /// <summary>
    /// Reads a dateline of the common shape at the start of <paramref name="text"/> before the end of its line is known:
    /// that shape never runs past a line break. On false, <see cref="TryReadOtherShapes"/> reads the line.
    /// </summary>
    public static bool TryReadCommonShape(ReadOnlySpan<char> text, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        return (PlaceBitMasks.TryRead(text, out CommonWireDateline.Place place)
                || (MayStart(text, CommonSignalReach) && CommonWireDateline.TryReadPlace(text, out place)))
            && CommonWireDateline.TryReadAfterPlace(text, place, offset, options, out dateline);
    }

    /// <summary>
    /// Reads a dateline of the common shape at the start of <paramref name="text"/> when the bit masks read its place,
    /// the quickest test there is: a first line is read this way before it is known to be no headline.
    /// </summary>
    public static bool TryReadCommonPlace(ReadOnlySpan<char> text, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        return PlaceBitMasks.TryRead(text, out CommonWireDateline.Place place)
            && CommonWireDateline.TryReadAfterPlace(text, place, offset, options, out dateline);
    }

    /// <summary>
    /// Reads a dateline at the start of <paramref name="line"/> that <see cref="TryReadCommonShape"/> has not read: of the
    /// common shape when that did not look so far (`SAN FRANCISCO, Calif., March 2 -`), else of any other.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    public static bool TryReadOtherShapes(ReadOnlySpan<char> line, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        return MayStart(line, SignalReach) && !OpensWithPlainWords(line)
            && ((!MayStart(line, CommonSignalReach) && CommonWireDateline.TryRead(line, offset, options, out dateline))
                || TryReadAnyShape(line, offset, options, out dateline));
    }

    // Six words of letters with single spaces open a paragraph of prose, not a dateline: a place part holds at most four
    // words before its comma, date, agency or separator, and neither reader reads past the fifth. Junk before a place
    // never looks so (a letter is junk only before two spaces, a marker only before a dash).
    private static bool OpensWithPlainWords(ReadOnlySpan<char> line)
    {
        int p = 0;
        while (p < line.Length && line[p] == ' ')
        {
            p++;
        }

        for (int words = 0; words < 6; words++)
        {
            if (p >= line.Length || !char.IsAsciiLetter(line[p]))
            {
                return false;
            }

            while (++p < line.Length && char.IsAsciiLetter(line[p]))
            {
            }

            if (words < 5 && (p >= line.Length || line[p++] != ' '))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Reads a dateline of any of the shapes this class reads, with no shortcut for the common one.</summary>
    internal static bool TryReadAnyShape(ReadOnlySpan<char> line, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        int p = SkipJunk(line);
        int start = p;
        Range city = default, region = default, agencyText = default;
        int regionStart = -1, regionEnd = -1;

        // A line may start with its date (`Feb 26 -`): then the place is empty.
        int cityEnd = p;
        if (p < line.Length && line[p] != '(' && !char.IsAsciiDigit(line[p]) && !TryReadPlace(line, ref p, MaxCityWords, out cityEnd))
        {
            return false;
        }

        if (cityEnd > start)
        {
            city = new Range(offset + start, offset + cityEnd);
            for (int regions = 0; regions < MaxRegions; regions++)
            {
                int q = DateText.SkipSpaces(line, p);
                if (q < line.Length && line[q] == ',')
                {
                    q = DateText.SkipSpaces(line, SkipStrayPoint(line, q + 1));
                }
                else if (regions > 0 || q == p)
                {
                    break;
                }

                if (q >= line.Length || IsWordBeforeNumber(line, q) || char.IsAsciiDigit(line[q]) || line[q] is '(' or '/' || IsDashBeforeDate(line, q)
                    || !CharClass.IsLetter(line[q]))
                {
                    p = q;
                    break;
                }

                int partStart = q;
                if (!TryReadPlace(line, ref q, MaxRegionWords, out int partEnd) || partEnd == partStart)
                {
                    return false;
                }

                regionStart = regionStart < 0 ? partStart : regionStart;
                regionEnd = partEnd;
                p = q;
            }

            if (regionStart >= 0)
            {
                region = new Range(offset + regionStart, offset + regionEnd);
            }
        }

        p = DateText.SkipSpaces(line, p);
        if (p < line.Length && line[p] == ',')
        {
            p = DateText.SkipSpaces(line, SkipStrayPoint(line, p + 1));
        }

        if (IsDashBeforeDate(line, p))
        {
            p = DateText.SkipSpaces(line, p + 1);
        }

        DateSlot slot = DateText.Read(line, ref p, out int month, out int day, out int year);
        bool spacedAfterDate = p < line.Length && line[p] is ' ' or '\t';
        p = DateText.SkipSpaces(line, p);
        if (p < line.Length && line[p] == ',')
        {
            p = DateText.SkipSpaces(line, p + 1);
        }

        bool agencyFound = TryReadAgency(line, ref p, out int agencyStart, out int agencyEnd, out bool slashed, out string? agency);
        if (agencyFound)
        {
            agencyText = new Range(offset + agencyStart, offset + agencyEnd);
        }

        // Without a date, only a known agency makes a dateline: `(CNN) —`, `WASHINGTON (Reuters) -`; not `(CORRECTED) -`.
        if (slot == DateSlot.None && agency is null)
        {
            return false;
        }

        // A date that does not read is only taken as one before a spaced separator: `March 187 -`, not `a 17-year-old`.
        if ((slot == DateSlot.Garbled && !agencyFound && !spacedAfterDate)
            || !TryReadSeparator(line, ref p, agencyFound, slashed))
        {
            return false;
        }

        PartialDate? date = slot == DateSlot.Date ? YearInference.Complete(month, day, year, options.LatestDate) : null;
        dateline = new DatelineMatch(offset + start, offset + p, city, region, agencyText, agency, date, null, default);
        return true;
    }

    // Leftovers of the wire's transmission before the place: `****`, `c    `, `0    `, `RPT --`, `- `.
    private static int SkipJunk(ReadOnlySpan<char> line)
    {
        int p = DateText.SkipSpaces(line, 0);
        while (p < line.Length && line[p] is '*' or '#' or '>' or '-' or '•')
        {
            p = DateText.SkipSpaces(line, p + 1);
        }

        if (p + 2 < line.Length && char.IsLetterOrDigit(line[p]) && line[p + 1] == ' ' && line[p + 2] == ' ')
        {
            p = DateText.SkipSpaces(line, p + 1);
        }

        if (p >= line.Length || line[p] is not ('R' or 'C' or 'U'))
        {
            return p;
        }

        foreach (string marker in (ReadOnlySpan<string>)["RPT", "REPEAT", "CORRECTED", "UPDATE"])
        {
            if (line[p..].StartsWith(marker, StringComparison.Ordinal))
            {
                int q = DateText.SkipSpaces(line, p + marker.Length);
                q += DateText.Digits(line, q);
                int dashes = q;
                while (dashes < line.Length && line[dashes] is '-' or ':' or '—')
                {
                    dashes++;
                }

                if (dashes > q)
                {
                    return DateText.SkipSpaces(line, dashes);
                }
            }
        }

        return p;
    }

    // One part of a place: up to `maxWords` words, ending before a comma, a date, an agency or a separator. A date
    // where the place would start leaves it empty (`end` = `p`) and is no failure.
    private static bool TryReadPlace(ReadOnlySpan<char> line, ref int p, int maxWords, out int end)
    {
        end = p;
        int words = 0;
        bool dateFirst = false;
        int q = p;
        while (q < line.Length && CharClass.IsLetter(line[q]))
        {
            int wordEnd = q + 1;
            while (wordEnd < line.Length && IsPlaceChar(line[wordEnd]))
            {
                wordEnd++;
            }

            // A month name is followed by a number; most place words are not, and skip the month lookup.
            if (NumberFollows(line, wordEnd) && StartsDate(line, q))
            {
                dateFirst = words == 0;
                break;
            }

            if (wordEnd - q > MaxWordLength || ++words > maxWords)
            {
                return false;
            }

            end = LastLetterOrPoint(line, q, wordEnd);
            q = wordEnd;
            int next = DateText.SkipSpaces(line, q);
            if (next == q || next >= line.Length || !CharClass.IsLetter(line[next]))
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
    private static int LastLetterOrPoint(ReadOnlySpan<char> line, int start, int end)
    {
        int e = end;
        while (e > start && !CharClass.IsLetter(line[e - 1]) && !(line[e - 1] == '.' && CharClass.IsLetter(line[e - 2])))
        {
            e--;
        }

        return e;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsPlaceChar(char c) => CharClass.IsLetter(c) || c is '.' or '\'' or '’' or '-' or '/' or '}' or '&';

    // A month name followed by a day: `Feb 26`, `MArch 2`; what ends a place with no comma before the date.
    private static bool StartsDate(ReadOnlySpan<char> line, int p)
    {
        int wordEnd = DateText.WordEnd(line, p);
        return wordEnd > p && NumberFollows(line, wordEnd) && MonthNames.Read(line[p..wordEnd]) != 0;
    }

    // Space or a comma, then a digit: what follows the month of a date.
    private static bool NumberFollows(ReadOnlySpan<char> line, int p)
    {
        int d = DateText.SkipSpaces(line, p);
        if (d < line.Length && line[d] == ',')
        {
            d = DateText.SkipSpaces(line, d + 1);
        }

        return d > p && d < line.Length && char.IsAsciiDigit(line[d]);
    }

    // After a comma, one word and a number is the date, even one that does not read: `Narch 2`, `Mach 4`.
    private static bool IsWordBeforeNumber(ReadOnlySpan<char> line, int p)
    {
        int wordEnd = DateText.WordEnd(line, p);
        return wordEnd > p && NumberFollows(line, wordEnd);
    }

    // `Md., - March 4 -`: a dash between the place and the date.
    private static bool IsDashBeforeDate(ReadOnlySpan<char> line, int p)
    {
        if (p >= line.Length || line[p] is not ('-' or '–' or '—'))
        {
            return false;
        }

        int q = DateText.SkipSpaces(line, p + 1);
        return q > p + 1 && q < line.Length && (StartsDate(line, q) || char.IsAsciiDigit(line[q]));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int SkipStrayPoint(ReadOnlySpan<char> line, int p) => p < line.Length && line[p] == '.' ? p + 1 : p;

    // `(Reuters)`, `/TASS/`, `Reuter`; the canonical name when the agency is a known one. The brackets stay on one line,
    // so that a reader given the rest of the text from a line's start never reads past it. The closing mark is looked
    // for one character at a time: it is a few characters away, nearer than a vector search pays for.
    internal static bool TryReadAgency(ReadOnlySpan<char> line, ref int p, out int start, out int end, out bool slashed, out string? canonical)
    {
        start = end = p;
        slashed = false;
        canonical = null;
        if (p >= line.Length)
        {
            return false;
        }

        char open = line[p];
        if (open is '(' or '/')
        {
            char close = open == '(' ? ')' : '/';
            int limit = Math.Min(line.Length, p + MaxAgencyLength);
            int c = p + 1;
            while (c < limit && line[c] != close && line[c] is not ('\n' or '\r'))
            {
                c++;
            }

            if (c == limit || line[c] != close || c == p + 1)
            {
                return false;
            }

            int nameStart = p + 1, nameEnd = c;
            while (nameStart < nameEnd && char.IsWhiteSpace(line[nameStart]))
            {
                nameStart++;
            }

            while (nameEnd > nameStart && char.IsWhiteSpace(line[nameEnd - 1]))
            {
                nameEnd--;
            }

            ReadOnlySpan<char> name = line[nameStart..nameEnd];
            canonical = NewsAgencies.Canonical(name);
            if (canonical is null && !NewsAgencies.LooksLikeAgency(name))
            {
                return false;
            }

            start = nameStart;
            end = nameEnd;
            slashed = open == '/';
            p = c + 1;
            return true;
        }

        int wordEnd = p;
        while (wordEnd < line.Length && CharClass.IsLetter(line[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd > p && line[p..wordEnd] is "Reuter" or "Reuters")
        {
            end = wordEnd;
            p = wordEnd;
            canonical = "Reuters";
            return true;
        }

        return false;
    }

    // A dash of any length, an en or em dash, or an underscore; after an agency a point (`/TASS/.`, `(EFE).-`)
    // or the end of the line will do.
    private static bool TryReadSeparator(ReadOnlySpan<char> line, ref int p, bool afterAgency, bool slashed)
    {
        int q = afterAgency ? p : DateText.SkipSpaces(line, p);
        if (afterAgency && q < line.Length && line[q] == '.')
        {
            q++;
            if (q >= line.Length || line[q] is not ('-' or '–' or '—'))
            {
                p = q;
                return true;
            }
        }

        q = DateText.SkipSpaces(line, q);
        int dashes = q;
        while (dashes < line.Length && line[dashes] is '-' or '–' or '—' or '_')
        {
            dashes++;
        }

        if (dashes > q)
        {
            p = dashes;
            return true;
        }

        if (afterAgency && (q >= line.Length || slashed))
        {
            p = q;
            return true;
        }

        return false;
    }
}
