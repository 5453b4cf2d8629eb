using NewsParse;
using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// The mutable form of <see cref="NewsParseOptions"/> that the <c>configure</c> callback of
/// <see cref="NewsParseServiceCollectionExtensions.AddNewsParse"/> fills in.
/// </summary>
public sealed class NewsParseOptionsBuilder
{
    internal NewsParseOptionsBuilder(NewsParseOptions options)
    {
        ReferenceDate = options.ReferenceDate;
        NumericDateOrder = options.NumericDateOrder;
        Quotes = options.Quotes;
        Urls = options.Urls;
    }

    /// <inheritdoc cref="NewsParseOptions.ReferenceDate"/>
    public DateOnly? ReferenceDate { get; set; }

    /// <inheritdoc cref="NewsParseOptions.NumericDateOrder"/>
    public NumericDateOrder NumericDateOrder { get; set; }

    /// <inheritdoc cref="NewsParseOptions.Quotes"/>
    public QuoteOptions Quotes { get; set; }

    /// <inheritdoc cref="NewsParseOptions.Urls"/>
    public UrlOptions Urls { get; set; }

    internal NewsParseOptions Build() => new() { ReferenceDate = ReferenceDate, NumericDateOrder = NumericDateOrder, Quotes = Quotes, Urls = Urls };
}
