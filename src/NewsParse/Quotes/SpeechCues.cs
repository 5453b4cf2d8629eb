using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>The verbs that attribute speech in news copy, with their inflections, strong and weak.</summary>
internal static class SpeechCues
{
    // Verbs that report words: the subject of one is the speaker of the quote beside it.
    private static readonly WordSet s_strong = WordSet.IgnoreCase(
    [
        "said", "says", "say", "saying", "told", "tells", "tell", "telling", "added", "adds", "adding", "stated",
        "stating", "wrote", "writes", "writing", "asked", "asks", "asking", "replied", "replies", "replying", "responded",
        "responds", "responding", "answered", "answers", "explained", "explains", "explaining", "declared", "declares",
        "tweeted", "tweets", "tweeting", "noted", "notes", "noting", "insisted", "insists", "insisting", "argued", "argues",
        "arguing", "warned", "warns", "warning", "informed", "announced", "announces", "continued", "continues",
        "recalled", "recalls", "remarked", "observed", "quipped", "joked", "jokes", "shouted", "yelled", "whispered",
        "exclaimed", "exhorted", "fumed", "surmised", "mused", "muses", "demurred", "conceded", "concedes", "acknowledged",
        "acknowledges", "admitted", "admits", "testified", "reiterated", "stressed", "stresses", "emphasized",
        "emphasised", "emphasizes", "concluded", "concludes", "countered", "counters", "retorted", "posted", "posts",
        "predicted", "predicts", "promised", "promises", "vowed", "vows", "cautioned", "complained", "complains",
        "boasted", "boasts", "bragged", "lamented", "laments", "scoffed", "sniped", "thundered", "opined", "interjected",
        "recounted", "reported", "reports", "claimed", "claiming", "confirmed", "confirms",
        "suggested", "suggests", "suggesting", "urged", "urges", "urging", "pledged", "pledges", "charged", "charges",
        "alleged", "alleges", "maintained", "maintains", "contended", "contends", "assured", "assures", "proclaimed",
        "according", "asserted", "asserts", "beamed", "gloated", "chanted", "interrupted", "cracked",
        "snapped", "sighed", "laughed", "offered", "pointed", "read", "reads", "wondered", "wonders", "pleaded", "begged", "chimed", "mocked", "teased", "gushed",
        "remembered", "echoed", "echoes", "revealed", "reveals", "demanded", "demands", "reminded", "reminds", "elaborated", "written",
        "recommended", "recommends",
    ]);

    // Verbs that may frame quoted words without saying them: used only when no strong verb is near.
    private static readonly WordSet s_weak = WordSet.IgnoreCase(
    [
        "called", "calls", "calling", "described", "describes", "describing", "denied", "denies", "accused", "accuses",
        "accusing", "blasted", "blasts", "criticized", "criticizes", "praised", "praises", "condemned", "condemns",
        "referring", "referred", "refers", "labeled", "labelled", "dubbed", "branded", "termed", "characterized",
        "touted", "touts", "hailed", "slammed", "attacked", "defended", "reaffirmed", "expressed", "expresses", "agrees",
        "agreed",

        // Present forms that are as often plural nouns in political copy (`the March states`, `Republican claims of`).
        "states", "claims",
    ]);

    /// <summary>Whether <paramref name="word"/>, written in lower case, is any speech cue, strong or weak.</summary>
    public static bool IsVerb(ReadOnlySpan<char> word) => IsLower(word) && (s_strong.Contains(word) || s_weak.Contains(word));

    /// <summary>Whether <paramref name="word"/>, written in lower case, is a strong cue, a weak one or none.</summary>
    public static CueStrength StrengthOf(ReadOnlySpan<char> word) =>
        !IsLower(word) ? CueStrength.None : s_strong.Contains(word) ? CueStrength.Strong : s_weak.Contains(word) ? CueStrength.Weak : CueStrength.None;

    /// <summary>A cue that hangs off a clause after a comma (<c>…, saying “…”</c>): its speaker is the clause's subject.</summary>
    public static bool IsParticiple(ReadOnlySpan<char> word) => word.EndsWith("ing", StringComparison.Ordinal);

    // `States` in `United States` is no verb: cues are lower case (a sentence-initial `Asked` aside, which is no subject).
    private static bool IsLower(ReadOnlySpan<char> word) =>
        word.Length >= 3 && (char.IsLower(word[0]) || word.SequenceEqual("According") || word.SequenceEqual("Said") || word.SequenceEqual("Says"));
}
