namespace NewsParse.Quotes;

/// <summary>
/// Options of the quote parser: a value, like <see cref="System.Text.Json.JsonReaderOptions"/>, set where it is made
/// (<c>new QuoteOptions { OmitScareQuotes = true }</c>) and copied where it is passed.
/// </summary>
public record struct QuoteOptions
{
    /// <summary>The options used when none are given: scare quotes are reported, with kind <see cref="QuoteKind.Scare"/>.</summary>
    public static QuoteOptions Default => default;

    /// <summary>Leave out quotes of kind <see cref="QuoteKind.Scare"/>: terms, titles and nicknames in quote marks.</summary>
    public bool OmitScareQuotes { get; set; }
}
