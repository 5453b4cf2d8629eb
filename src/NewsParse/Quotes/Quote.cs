namespace NewsParse.Quotes;

/// <summary>One quote of an article with its parts copied out: the object-layer counterpart of <see cref="QuoteMatch"/>.</summary>
/// <param name="Text">The quoted words, marks excluded.</param>
/// <param name="Start">The UTF-16 offset of the first quoted character.</param>
/// <param name="Length">The number of UTF-16 code units quoted.</param>
/// <param name="Speaker">The speaker as written nearest the quote, or <see langword="null"/>.</param>
/// <param name="SpeakerResolved">The full name the speaker refers to, or <see langword="null"/> when unknown.</param>
/// <param name="Cue">The speech verb or cue as written, or <see langword="null"/>.</param>
/// <param name="Kind">What kind of quote it is.</param>
/// <param name="Group">Segments of one utterance share this number; <see langword="null"/> for a single segment.</param>
public sealed record Quote(string Text, int Start, int Length, string? Speaker, string? SpeakerResolved, string? Cue, QuoteKind Kind, int? Group)
{
    /// <summary>The offset just past the quoted text.</summary>
    public int End => Start + Length;

    internal static Quote From(string text, in QuoteMatch match) => new(
        text[match.Range], match.Start, match.Length, Slice(text, match.Speaker), Slice(text, match.SpeakerResolved),
        Slice(text, match.Cue), match.Kind, match.Group < 0 ? null : match.Group);

    private static string? Slice(string text, Range range) => range.Equals(default(Range)) ? null : text[range];
}
