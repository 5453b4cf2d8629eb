namespace NewsParse.Quotes;

/// <summary>What kind of quotation a quote is.</summary>
public enum QuoteKind
{
    /// <summary>A full quoted sentence or clause attributed to a speaker: <c>“It is inadmissible…,” Lavrov said.</c></summary>
    Direct,

    /// <summary>A few quoted words inside reported speech: <c>pledged “unconditional support”</c>.</summary>
    Partial,

    /// <summary>A turn of an interview or transcript, introduced by a <c>Name:</c> label, quoted or not.</summary>
    Transcript,

    /// <summary>Quote marks around a term, title or nickname, with no speaker: not speech.</summary>
    Scare,
}
