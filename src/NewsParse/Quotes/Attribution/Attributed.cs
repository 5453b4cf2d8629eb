namespace NewsParse.Quotes;

/// <summary>Who said a quote and with what cue, as found around it.</summary>
/// <param name="Speaker">The speaker mention as written; empty when none.</param>
/// <param name="Cue">The speech verb or cue as written; empty when none.</param>
/// <param name="End">Where the attribution clause ends (after the quote), or the quote's end when it has none there.</param>
internal readonly record struct Attributed(Range Speaker, Range Cue, int End)
{
    /// <summary>How far from a quote's marks, in characters, its attribution is looked for.</summary>
    public const int Reach = 240;

    public bool HasSpeaker => !Speaker.Equals(default(Range));

    public bool HasCue => !Cue.Equals(default(Range));
}
