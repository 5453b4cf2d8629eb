using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsParse.Datelines;

/// <summary>
/// Reads the dateline at the start of a line: the one reader of the dateline wing, which the head walk of
/// <see cref="DatelineParser"/> runs at each line it looks at.
/// </summary>
/// <remarks>
/// A dateline is read in the order wire editors write it, each part by a token of its own:
/// <list type="number">
/// <item>leftovers of the wire before it (<see cref="WireLeftovers"/>): <c>****</c>, <c>c    </c>, <c>RPT --</c>;</item>
/// <item>the place (<see cref="PlaceToken"/>): the city, then regions and countries after commas; absent when the
/// line opens with the date or the agency;</item>
/// <item>the date (<see cref="DateText"/>): month and day in either order, perhaps a year, perhaps after a dash;</item>
/// <item>the agency (<see cref="AgencyToken"/>): <c>(Reuters)</c>, <c>/TASS/</c>, <c>, Reuter</c>;</item>
/// <item>the separator (<see cref="Separator"/>): a dash of any length or an underscore; after an agency a point or the
/// line's end will do.</item>
/// </list>
/// A dateline holds a date or a known agency. The common wire shapes are first read in one pass by
/// <see cref="CommonShape"/>, whose answers are this reader's. The reader never reads past the end of its line, so it
/// may be given the rest of the text from a line's start.
/// </remarks>
internal static class DatelineReader
{
    // A dateline holds a date or an agency, so a digit, a bracket or a slash near its start, before its line ends: a quick
    // test that rules out most lines before the general reader reads them.
    private const int SignalReach = 120;

    private static readonly SearchValues<char> s_signalsAndLineBreaks = SearchValues.Create("0123456789(/\n\r");

    /// <summary>Reads a dateline at the start of <paramref name="text"/>, which begins at <paramref name="offset"/> in the caller's text.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        return HasSignal(text)
            && (CommonShape.TryRead(text, offset, options, out dateline) || TryReadAnyShape(text, offset, options, out dateline));
    }

    private static bool HasSignal(ReadOnlySpan<char> text)
    {
        int at = text[..Math.Min(text.Length, SignalReach)].IndexOfAny(s_signalsAndLineBreaks);
        return at >= 0 && text[at] is not ('\n' or '\r');
    }

    /// <summary>Reads a dateline of any shape, without the fast path: what the fast path is held equal to.</summary>
    /// <remarks>Never inlined: inlined into the head walk, it spent the JIT's inlining budget, and the small tests it
    /// calls at every character were left as calls.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool TryReadAnyShape(ReadOnlySpan<char> text, int offset, in DatelineOptions options, out DatelineMatch dateline)
    {
        dateline = default;
        int p = WireLeftovers.Skip(text);
        int start = p;
        if (!PlaceToken.TryRead(text, ref p, out Place place))
        {
            return false;
        }

        p = DateText.SkipSpaces(text, p);
        if (p < text.Length && text[p] == ',')
        {
            p = DateText.SkipSpaces(text, PlaceToken.SkipStrayPoint(text, p + 1));
        }

        if (PlaceToken.IsDashBeforeDate(text, p))
        {
            p = DateText.SkipSpaces(text, p + 1);
        }

        DateSlot slot = DateText.Read(text, ref p, out int month, out int day, out int year);
        bool spacedAfterDate = p < text.Length && text[p] is ' ' or '\t';
        p = DateText.SkipSpaces(text, p);
        if (p < text.Length && text[p] == ',')
        {
            p = DateText.SkipSpaces(text, p + 1);
        }

        bool agencyFound = AgencyToken.TryRead(text, ref p, out int agencyStart, out int agencyEnd, out bool slashed, out string? agency);

        // Without a date, only a known agency makes a dateline: `(CNN) —`, `WASHINGTON (Reuters) -`; not `(CORRECTED) -`.
        if (slot == DateSlot.None && agency is null)
        {
            return false;
        }

        // A date that does not read is only taken as one before a spaced separator: `March 187 -`, not `a 17-year-old`.
        if ((slot == DateSlot.Garbled && !agencyFound && !spacedAfterDate) || !Separator.TryRead(text, ref p, agencyFound, slashed))
        {
            return false;
        }

        PartialDate? date = slot == DateSlot.Date ? YearInference.Complete(month, day, year, options.LatestDate) : null;
        dateline = new DatelineMatch(
            offset + start, offset + p,
            place.HasCity ? new Range(offset + place.Start, offset + place.CityEnd) : default,
            place.HasRegion ? new Range(offset + place.RegionStart, offset + place.RegionEnd) : default,
            agencyFound ? new Range(offset + agencyStart, offset + agencyEnd) : default,
            agency, date, null, default);
        return true;
    }
}
