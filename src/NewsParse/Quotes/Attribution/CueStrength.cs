namespace NewsParse.Quotes;

/// <summary>How surely a verb attributes the quote beside it.</summary>
internal enum CueStrength
{
    /// <summary>No speech verb.</summary>
    None,

    /// <summary>A verb that may frame quoted words without saying them (<c>called</c>, <c>described</c>).</summary>
    Weak,

    /// <summary>A verb that reports words (<c>said</c>, <c>told</c>).</summary>
    Strong,
}
