using System.Text.Json.Serialization;
using NewsParse.Json;

namespace NewsParse.Datelines;

/// <summary>The dateline of an article with its parts copied out: the object-layer counterpart of <see cref="DatelineMatch"/>.</summary>
/// <remarks>Made with an object initializer, so that a property added later breaks no caller.</remarks>
[JsonConverter(typeof(DatelineJsonConverter))]
public sealed record Dateline
{
    /// <summary>The dateline as written, up to and including its separator: <c>DOHA, Qatar, Dec. 7 (Reuters) -</c>.</summary>
    public required string Text { get; init; }

    /// <summary>The UTF-16 offset of its first character in the article text.</summary>
    public int Start { get; init; }

    /// <summary>The number of UTF-16 code units it spans.</summary>
    public int Length { get; init; }

    /// <summary>The offset just past the dateline.</summary>
    public int End => Start + Length;

    /// <summary>The place as written (<c>DOHA, Qatar</c>), or <see langword="null"/>.</summary>
    public string? Location { get; init; }

    /// <summary>The city (<c>DOHA</c>), or <see langword="null"/>.</summary>
    public string? City { get; init; }

    /// <summary>The region and country after the city (<c>Qatar</c>), or <see langword="null"/>.</summary>
    public string? Region { get; init; }

    /// <summary>The agency's canonical name (<c>Reuters</c>), or as written when unknown; <see langword="null"/> when none.</summary>
    public string? Agency { get; init; }

    /// <summary>The date; its year is unknown when neither written nor inferable; <see langword="null"/> when none.</summary>
    public PartialDate? Date { get; init; }

    /// <summary>The time of day in 24 hours, when written.</summary>
    public TimeOnly? Time { get; init; }

    /// <summary>The time zone as written after the time (<c>GMT</c>), or <see langword="null"/>.</summary>
    public string? TimeZone { get; init; }

    internal static Dateline From(string text, in DatelineMatch match) => new()
    {
        Text = text[match.Range],
        Start = match.Start,
        Length = match.Length,
        Location = Slice(text, match.Location),
        City = Slice(text, match.City),
        Region = Slice(text, match.Region),
        Agency = match.Agency ?? Slice(text, match.AgencyText),
        Date = match.Date,
        Time = match.Time,
        TimeZone = Slice(text, match.TimeZone),
    };

    private static string? Slice(string text, Range range) => range.Equals(default(Range)) ? null : text[range];
}
