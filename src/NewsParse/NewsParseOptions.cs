using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse;

/// <summary>
/// Options of a <see cref="NewsParser"/>. Immutable: change them with <c>with</c>,
/// <c>NewsParseOptions.Default with { ReferenceDate = new DateOnly(2024, 12, 10) }</c>.
/// </summary>
public sealed record NewsParseOptions
{
    /// <summary>The options used when none are given.</summary>
    public static NewsParseOptions Default { get; } = new();

    /// <summary>
    /// The date the articles are read against: a date written without a year is taken as the latest such date not
    /// after it. <see langword="null"/> leaves such dates without a year.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>How to read all-numeric dates such as <c>12/07/2024</c>; by default only those that read one way.</summary>
    public NumericDateOrder NumericDateOrder { get; init; }

    /// <summary>Options of the quote parser.</summary>
    public QuoteOptions Quotes { get; init; }

    /// <summary>Options of the source-URL parser.</summary>
    public UrlOptions Urls { get; init; }
}
