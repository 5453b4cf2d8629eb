using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsParse.Datelines;

/// <summary>
/// Reads the dateline at the start of a line: the one reader of the dateline wing, which the head walk of
/// <see cref="DatelineParser"/> runs at each line it looks at, and which the quote parser asks where a story's body starts.
/// </summary>
/// <remarks>
/// A dateline is read in the order editors write it, each part by a token of its own:
/// <list type="number">
/// <item>leftovers of the wire before it (<see cref="WireLeftovers"/>): <c>****</c>, <c>c    </c>, <c>RPT --</c>;</item>
/// <item>the place (<see cref="PlaceToken"/>): the city, then regions and countries after commas; absent when the
/// line opens with the date or the agency;</item>
/// <item>the date (<see cref="DateText"/>): month and day in either order, perhaps a year, perhaps after a dash;</item>
/// <item>the agency or publisher (<see cref="AgencyToken"/>): <c>(Reuters)</c>, <c>(CNN Business)</c>, <c>/TASS/</c>,
/// <c>, Reuter</c>;</item>
/// <item>the separator (<see cref="Separator"/>): a dash of any length or an underscore; after an agency a point or the
/// line's end will do;</item>
/// <item>what follows on the line (<see cref="LineRest"/>), where it decides: a newspaper dateline's story, or
/// nothing but leftovers.</item>
/// </list>
/// A wire dateline holds a date or a known agency. Without either, a newspaper dateline is a place written as one — in
/// capitals (<c>WASHINGTON —</c>), or in title case with its region (<c>Kyiv, Ukraine —</c>), with no word a label
/// holds (<c>POLLS NOT WRONG -</c>, <c>EDITOR'S NOTE —</c>) — before a dash and a sentence (<see cref="LineRest.StoryStarts"/>),
/// or alone on its line. A place, a comma and a date alone on their line (<c>DENVER, Dec 4, 2005</c>) are read too; the
/// head walk takes them only before a blank line. The common wire shapes are first read in one pass by <see cref="CommonShape"/>, whose
/// answers are this reader's. The reader never reads past the end of its line, so it may be given the rest of the text
/// from a line's start.
/// </remarks>
internal static class DatelineReader
{
    // A dateline holds a date, an agency or a separator, so a digit, a bracket, a slash, a dash or an underscore near
    // its start, before its line ends: a quick test that rules out most lines before either path reads them.
    private const int SignalReach = 64;

    // The longest word of running text looked up as a city.
    private const int MaxLabelWordLength = 9;

    // Words of letters between single spaces that open a sentence, never a place.
    private const int SentenceWords = 6;

    // Wire datelines name cities of four words (`SAN JOSE DEL MONTE`); a newspaper dateline's city has three at most.
    private const int MaxNewspaperCityWords = 3;

    private static readonly SearchValues<char> s_asciiSignalsAndLineBreaks = SearchValues.Create("0123456789(/-_\n\r");

    /// <summary>Reads a dateline at the start of <paramref name="text"/>, which begins at <paramref name="offset"/> in the caller's text.</summary>
    public static bool TryRead(ReadOnlySpan<char> text, int offset, in DatelineOptions options, out DatelineMatch dateline, out DatelineEnding ending)
    {
        // A line that opens in capitals, as wire copy writes its cities, goes straight to the fast path: neither the
        // sentence test (a word in title case first) nor the signal test (a date or an agency it reads) can turn it away.
        ending = DatelineEnding.Story;
        int first = DateText.SkipSpaces(text, 0);
        if (first + 1 < text.Length && char.IsAsciiLetterUpper(text[first]) && char.IsAsciiLetterUpper(text[first + 1])
            && CommonShape.TryRead(text, offset, options, out dateline))
        {
            return true;
        }

        dateline = default;
        return HasSignal(text) && !OpensLikeSentence(text)
            && (CommonShape.TryRead(text, offset, options, out dateline) || TryReadAnyShape(text, offset, options, out dateline, out ending))
            && !IsOneWordOfRunningText(text, offset, dateline);
    }

    // `On March 4, 2024 —`, `By March 4 —`: a sentence's first word before a date is no city. Cities in capitals, as wire
    // copy writes them, are not looked up.
    private static bool IsOneWordOfRunningText(ReadOnlySpan<char> text, int offset, in DatelineMatch dateline)
    {
        if (dateline.City.Equals(default(Range)) || !dateline.Region.Equals(default(Range)))
        {
            return false;
        }

        ReadOnlySpan<char> city = text[(dateline.City.Start.Value - offset)..(dateline.City.End.Value - offset)];
        return city.Length is >= 2 and <= MaxLabelWordLength && char.IsLower(city[1]) && !city.Contains(' ')
            && HeadWords.NotInPlaces.Contains(city);
    }

    // `Quarterly profits at…`, `The IMF will also…`, `Hillary Clinton has 31…`: a word in title case, then among the next
    // two one in lower case that no place name holds (a place in title case writes lower case only in its particles:
    // `Rio de Janeiro`, `Sharm el-Sheikh`) before a space (`Mexico city, April 1` is wire copy's place); or six words of
    // letters between single spaces, where a place holds four before its comma, date, agency or separator.
    private static bool OpensLikeSentence(ReadOnlySpan<char> text)
    {
        int p = DateText.SkipSpaces(text, 0);
        bool capital = p + 1 < text.Length && char.IsUpper(text[p]) && !char.IsUpper(text[p + 1]);
        for (int words = 0; words < SentenceWords; words++)
        {
            int start = p;
            while (p < text.Length && (char.IsLetter(text[p]) || (p > start && text[p] is '\'' or '’')))
            {
                p++;
            }

            if (p == start || p + 1 >= text.Length || text[p] != ' ')
            {
                return false;
            }

            if (capital && words is 1 or 2 && char.IsLower(text[start]) && !HeadWords.PlaceParticles.Contains(text[start..p]))
            {
                return true;
            }

            if (!char.IsLetter(text[p + 1]))
            {
                return false;
            }

            p++;
        }

        return true;
    }

    // A hyphen is a signal only as a separator: after a space, or doubled (`SAN FRANCISCO -`, `WASHINGTON--`), not in
    // `year-earlier`. The typographic dashes are looked for only on a line without an ASCII signal, so that the search
    // wire copy makes stays an ASCII one.
    private static bool HasSignal(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> reach = text[..Math.Min(text.Length, SignalReach)];
        for (int from = 0; ;)
        {
            int at = reach[from..].IndexOfAny(s_asciiSignalsAndLineBreaks);
            if (at < 0 || reach[from + at] is '\n' or '\r')
            {
                return reach[..(at < 0 ? reach.Length : from + at)].ContainsAnyInRange('\u2012', '\u2015');
            }

            at += from;
            if (reach[at] != '-' || (at > 0 && reach[at - 1] == ' ') || (at + 1 < reach.Length && reach[at + 1] == '-'))
            {
                return true;
            }

            from = at + 1;
        }
    }

    /// <summary>Reads a dateline of any shape, without the fast path: what the fast path is held equal to.</summary>
    /// <remarks>Never inlined: inlined into the head walk, it spent the JIT's inlining budget, and the small tests it
    /// calls at every character were left as calls.</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static bool TryReadAnyShape(ReadOnlySpan<char> text, int offset, in DatelineOptions options, out DatelineMatch dateline, out DatelineEnding ending)
    {
        dateline = default;
        ending = DatelineEnding.Story;
        int p = WireLeftovers.Skip(text);
        int start = p;
        bool afterLeftovers = start > DateText.SkipSpaces(text, 0);
        if (!PlaceToken.TryRead(text, ref p, out Place place))
        {
            return false;
        }

        p = DateText.SkipSpaces(text, p);
        if (p < text.Length && text[p] == ',')
        {
            p = DateText.SkipSpaces(text, PlaceToken.SkipStrayPoint(text, p + 1));
        }

        int afterPlace = p;
        bool dashBeforeDate = PlaceToken.IsDashBeforeDate(text, p);
        if (dashBeforeDate)
        {
            p = DateText.SkipSpaces(text, p + 1);
        }

        int dateStart = p;
        DateSlot slot = DateText.Read(text, ref p, out int month, out int day, out int year);
        if (dashBeforeDate && slot != DateSlot.Date)
        {
            // `BRADLEY — 12 parks will close`: what follows the dash is the story, not a date.
            p = afterPlace;
            dashBeforeDate = false;
            slot = DateSlot.None;
        }

        int dateEnd = p;
        bool spacedAfterDate = p < text.Length && text[p] is ' ' or '\t';
        p = DateText.SkipSpaces(text, p);
        if (p < text.Length && text[p] == ',')
        {
            p = DateText.SkipSpaces(text, p + 1);
        }

        bool agencyFound = AgencyToken.TryRead(text, ref p, out int agencyStart, out int agencyEnd, out bool slashed, out string? agency, out bool known);
        if (slot == DateSlot.None && !known)
        {
            // Neither date nor known agency: a newspaper dateline, `WASHINGTON —`, or nothing (`(CORRECTED) -`); the
            // leftovers of a wire's transmission come before wire datelines alone.
            if (agencyFound || afterLeftovers || !TryReadNewspaperForm(text, place, ref p, out ending))
            {
                return false;
            }

            // `SAN FRANCISCO--(BUSINESS WIRE)--`: a press-release wire between two separators.
            agencyFound = TryReadAgencyBetweenSeparators(text, ref p, out agencyStart, out agencyEnd, out agency);
            ending = agencyFound ? DatelineEnding.Story : ending;
        }
        else if ((slot == DateSlot.Garbled && !agencyFound && !spacedAfterDate)
            || (slot == DateSlot.None && place.HasCity && !IsWrittenAsPlace(text, place)))
        {
            // A date that does not read is only taken as one before a spaced separator (`March 187 -`, not
            // `a 17-year-old`); without a date, an agency follows a place, not a sentence's first words.
            return false;
        }
        else if (Separator.TryRead(text, ref p, agencyFound, slashed) || (known && StoryFollowsAgency(text, p)))
        {
            // A known agency needs no separator before the story: `(CNN)The Senate…`, `NEW DELHI, Mar 4 (PTI) The…`.
            ending = DatelineEnding.Story;
        }
        else if (slot == DateSlot.Date && !agencyFound && place.HasCity && text[..dateStart].TrimEnd().EndsWith(',')
            && IsNewspaperPlace(text, place) && LineRest.IsLeftovers(text, dateEnd))
        {
            p = dateEnd;
            ending = DatelineEnding.Alone;
        }
        else
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

    // `WASHINGTON —`, `KYIV, Ukraine —`, `Kyiv, Ukraine —`, `ATLANTA _` alone on its line: the place before a dash, then
    // the story's first capital (`BOSTON —Standing`) or the line's end.
    private static bool TryReadNewspaperForm(ReadOnlySpan<char> text, in Place place, ref int p, out DatelineEnding ending)
    {
        ending = DatelineEnding.Story;
        if (!place.HasCity)
        {
            return false;
        }

        if (!IsNewspaperPlace(text, place))
        {
            return false;
        }

        int q = p;
        if (!Separator.TryRead(text, ref q, afterAgency: false, slashed: false))
        {
            return false;
        }

        ending = LineRest.IsLeftovers(text, q) ? DatelineEnding.LineEnd : DatelineEnding.Story;
        if (ending == DatelineEnding.Story && (!LineRest.StoryStarts(text, q) || LineRest.HoldsTableColumns(text, q)))
        {
            return false;
        }


        p = q;
        return true;
    }

    // The story right after an agency: a capital or an opening quote at once (`(CNN)The`), or after a space a sentence.
    private static bool StoryFollowsAgency(ReadOnlySpan<char> text, int p)
    {
        if (p >= text.Length)
        {
            return false;
        }

        char c = text[p];
        return char.IsUpper(c)
            || (c is '“' or '"' && p + 1 < text.Length && char.IsLetter(text[p + 1]))
            || (c == ' ' && LineRest.StoryStarts(text, p));
    }

    private static bool TryReadAgencyBetweenSeparators(ReadOnlySpan<char> text, ref int p, out int start, out int end, out string? agency)
    {
        int q = p;
        agency = null;
        start = end = 0;
        if (q >= text.Length || text[q] != '('
            || !AgencyToken.TryRead(text, ref q, out start, out end, out _, out agency, out bool known) || !known)
        {
            return false;
        }

        int dashes = q;
        while (dashes < text.Length && Separator.IsDash(text[dashes]))
        {
            dashes++;
        }

        if (dashes == q)
        {
            return false;
        }

        p = dashes;
        return true;
    }

    // A place as newspapers write it without date or agency, and as a place and date alone on their line must be
    // written: in capitals, or in title case before its region; three words at most (a city of more words is a
    // headline in capitals: `SUGAR QUOTA IMPORTS DETAILED --`).
    private static bool IsNewspaperPlace(ReadOnlySpan<char> text, in Place place) =>
        PlaceWords.IsNewspaperPlace(
            text[place.Start..place.CityEnd], place.HasRegion ? text[place.RegionStart..place.RegionEnd] : default, place.CityWords, MaxNewspaperCityWords);

    // A place in capitals or title case, its region too, with no word a label holds: what an agency alone, or a date
    // alone on its line, must follow.
    private static bool IsWrittenAsPlace(ReadOnlySpan<char> text, in Place place) =>
        PlaceWords.IsWrittenAsPlace(text[place.Start..place.CityEnd], place.HasRegion ? text[place.RegionStart..place.RegionEnd] : default);
}
