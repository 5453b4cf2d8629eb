namespace NewsParse.Quotes;

/// <summary>Options of the quote parser. Change them with <c>with</c>.</summary>
public readonly record struct QuoteOptions
{
    /// <summary>The options used when none are given: scare quotes are reported, with kind <see cref="QuoteKind.Scare"/>.</summary>
    public static QuoteOptions Default => default;

    /// <summary>Leave out quotes of kind <see cref="QuoteKind.Scare"/>: terms, titles and nicknames in quote marks.</summary>
    public bool OmitScareQuotes { get; init; }
}
