using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>The verbs that attribute speech in news copy, with their inflections, strong and weak.</summary>
internal static class SpeechCues
{
    /// <summary>Whether <paramref name="word"/>, written in lower case, is any speech cue, strong or weak.</summary>
    public static bool IsVerb(ReadOnlySpan<char> word) => IsLower(word) && SpeechVerbs.Contains(word);

    /// <summary>Whether <paramref name="word"/>, written in lower case, is a strong cue, a weak one or none.</summary>
    public static CueStrength StrengthOf(ReadOnlySpan<char> word) =>
        !IsLower(word) || !SpeechVerbs.Contains(word) ? CueStrength.None : StrongSpeechVerbs.Contains(word) ? CueStrength.Strong : CueStrength.Weak;

    /// <summary>A cue that hangs off a clause after a comma (<c>…, saying “…”</c>): its speaker is the clause's subject.</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.Ordinal);

    // `States` in `United States` is no verb: cues are lower case (a sentence-initial `Asked` aside, which is no subject;
    // `Tweeted`, as some outlets write it).
    private static bool IsLower(ReadOnlySpan<char> word) =>
        word.Length >= 3 && (char.IsLower(word[0]) || word.SequenceEqual("According") || word.SequenceEqual("Said") || word.SequenceEqual("Says")
            || word.SequenceEqual("Tweeted"));
}
