using System.Diagnostics;

namespace NewsParse.Datelines;

/// <summary>
/// The dateline of an article: where it is in the text and what it says. Every part is a <see cref="Range"/> of the
/// caller's text (empty when absent), so nothing is copied: slice the text with it, <c>text[dateline.Location]</c>.
/// </summary>
[DebuggerDisplay("[{Start}..{End}) {Date} {Agency}")]
public readonly struct DatelineMatch
{
    internal DatelineMatch(int start, int end, Range city, Range region, Range agencyText, string? agency, PartialDate? date, TimeOnly? time, Range timeZone)
    {
        Start = start;
        Length = end - start;
        City = city;
        Region = region;
        AgencyText = agencyText;
        Agency = agency;
        Date = date;
        Time = time;
        TimeZone = timeZone;
    }

    /// <summary>The UTF-16 offset of the dateline's first character.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units the dateline spans, up to and including its separator.</summary>
    public int Length { get; }

    /// <summary>The offset just past the dateline (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Length;

    /// <summary>The whole dateline as a range of the input.</summary>
    public Range Range => new(Start, End);

    /// <summary>The place as written, from the city to the last region or country: <c>WESTPORT, Conn.</c>.</summary>
    public Range Location => City.Equals(default(Range)) ? default : new Range(City.Start, Region.Equals(default(Range)) ? City.End : Region.End);

    /// <summary>The city: <c>WESTPORT</c>.</summary>
    public Range City { get; }

    /// <summary>The region and country after the city, as written: <c>Conn.</c>, <c>Alberta</c>, <c>New Zealand</c>.</summary>
    public Range Region { get; }

    /// <summary>The agency as written: <c>Reuters</c> in <c>(Reuters)</c>, <c>TASS</c> in <c>/TASS/</c>.</summary>
    public Range AgencyText { get; }

    /// <summary>The agency's canonical name (<c>Reuters</c>, <c>AP</c>, <c>AFP</c>…), or the name as written if unknown.</summary>
    public string? Agency { get; }

    /// <summary>The date, with its year when written or inferred from the reference date; <see langword="null"/> when none is written or it is garbled.</summary>
    public PartialDate? Date { get; }

    /// <summary>The time of day in 24 hours, when written (<c>1:34 pm</c> is 13:34).</summary>
    public TimeOnly? Time { get; }

    /// <summary>The time zone as written after the time (<c>GMT</c>, <c>ET</c>, <c>+03:00</c>); empty when none.</summary>
    public Range TimeZone { get; }
}
