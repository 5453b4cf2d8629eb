namespace NewsParse.Datelines;

/// <summary>The dateline of an article with its parts copied out: the object-layer counterpart of <see cref="DatelineMatch"/>.</summary>
/// <param name="Text">The dateline as written, up to and including its separator: <c>DOHA, Qatar, Dec. 7 (Reuters) -</c>.</param>
/// <param name="Start">The UTF-16 offset of its first character in the article text.</param>
/// <param name="Length">The number of UTF-16 code units it spans.</param>
/// <param name="Location">The place as written (<c>DOHA, Qatar</c>), or <see langword="null"/>.</param>
/// <param name="City">The city (<c>DOHA</c>), or <see langword="null"/>.</param>
/// <param name="Region">The region and country after the city (<c>Qatar</c>), or <see langword="null"/>.</param>
/// <param name="Agency">The agency's canonical name (<c>Reuters</c>), or as written when unknown; <see langword="null"/> when none.</param>
/// <param name="Date">The date; its year is unknown when neither written nor inferable.</param>
/// <param name="Time">The time of day in 24 hours, when written.</param>
/// <param name="TimeZone">The time zone as written after the time (<c>GMT</c>), or <see langword="null"/>.</param>
public sealed record Dateline(
    string Text, int Start, int Length, string? Location, string? City, string? Region, string? Agency,
    PartialDate? Date, TimeOnly? Time, string? TimeZone)
{
    /// <summary>The offset just past the dateline.</summary>
    public int End => Start + Length;

    internal static Dateline From(string text, in DatelineMatch match) => new(
        text[match.Range], match.Start, match.Length, Slice(text, match.Location), Slice(text, match.City), Slice(text, match.Region),
        match.Agency ?? Slice(text, match.AgencyText), match.Date, match.Time, Slice(text, match.TimeZone));

    private static string? Slice(string text, Range range) => range.Equals(default(Range)) ? null : text[range];
}
