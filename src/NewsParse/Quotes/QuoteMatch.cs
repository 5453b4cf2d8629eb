using System.Diagnostics;

namespace NewsParse.Quotes;

/// <summary>
/// One quote of an article: the quoted words (marks excluded) and its attribution, each a <see cref="Range"/> of the
/// caller's text (empty when absent). Nothing is copied: slice the text with it, <c>text[quote.Speaker]</c>.
/// </summary>
[DebuggerDisplay("{Kind} [{Start}..{End})")]
public readonly struct QuoteMatch
{
    internal QuoteMatch(int start, int end, Range speaker, Range speakerResolved, Range cue, QuoteKind kind, int group)
    {
        Start = start;
        Length = end - start;
        Speaker = speaker;
        SpeakerResolved = speakerResolved;
        Cue = cue;
        Kind = kind;
        _group = group;
    }

    /// <summary>The UTF-16 offset of the first quoted character, after the opening mark.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units quoted, up to the closing mark (or where an unclosed quote must end).</summary>
    public int Length { get; }

    /// <summary>The offset just past the quoted text.</summary>
    public int End => Start + Length;

    /// <summary>The quoted text as a range of the input.</summary>
    public Range Range => new(Start, End);

    /// <summary>The speaker as written nearest the quote: <c>Lavrov</c>, <c>he</c>, <c>a rebel commander</c>, <c>the Kremlin</c>.</summary>
    public Range Speaker { get; }

    /// <summary>An earlier mention of the full name the speaker refers to (<c>he</c> → <c>Sergei Lavrov</c>); empty when unknown.</summary>
    public Range SpeakerResolved { get; }

    /// <summary>The speech verb or cue as written: <c>said</c>, <c>told reporters</c>, <c>according to</c>, <c>:</c>.</summary>
    public Range Cue { get; }

    /// <summary>What kind of quote this is.</summary>
    public QuoteKind Kind { get; }

    /// <summary>
    /// Segments of one utterance (a quote interrupted by its attribution, or continued over paragraphs) share this
    /// number, the index of the group's first segment; <see langword="null"/> for a quote of one segment.
    /// </summary>
    public int? Group => _group < 0 ? null : _group;

    // The group's number, or -1 for a quote of one segment: an int keeps the match small.
    private readonly int _group;
}
