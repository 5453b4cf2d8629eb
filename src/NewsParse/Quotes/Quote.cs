using System.Text.Json.Serialization;
using NewsParse.Json;

namespace NewsParse.Quotes;

/// <summary>One quote of an article with its parts copied out: the object-layer counterpart of <see cref="QuoteMatch"/>.</summary>
/// <remarks>Made with an object initializer, so that a property added later breaks no caller.</remarks>
[JsonConverter(typeof(QuoteJsonConverter))]
public sealed record Quote
{
    /// <summary>The quoted words, marks excluded.</summary>
    public required string Text { get; init; }

    /// <summary>The UTF-16 offset of the first quoted character.</summary>
    public int Start { get; init; }

    /// <summary>The number of UTF-16 code units quoted.</summary>
    public int Length { get; init; }

    /// <summary>The offset just past the quoted text.</summary>
    public int End => Start + Length;

    /// <summary>The speaker as written nearest the quote, or <see langword="null"/>.</summary>
    public string? Speaker { get; init; }

    /// <summary>The full name the speaker refers to, or <see langword="null"/> when unknown.</summary>
    public string? SpeakerResolved { get; init; }

    /// <summary>The speech verb or cue as written, or <see langword="null"/>.</summary>
    public string? Cue { get; init; }

    /// <summary>What kind of quote it is.</summary>
    public QuoteKind Kind { get; init; }

    /// <summary>Segments of one utterance share this number; <see langword="null"/> for a single segment.</summary>
    public int? Group { get; init; }

    internal static Quote From(string text, in QuoteMatch match) => new()
    {
        Text = text[match.Range],
        Start = match.Start,
        Length = match.Length,
        Speaker = Slice(text, match.Speaker),
        SpeakerResolved = Slice(text, match.SpeakerResolved),
        Cue = Slice(text, match.Cue),
        Kind = match.Kind,
        Group = match.Group,
    };

    private static string? Slice(string text, Range range) => range.Equals(default(Range)) ? null : text[range];
}
