using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse;

/// <summary>
/// Runs every NewsParse parser over an article: the object layer, for callers who want strings and lists.
/// For zero-allocation access use the span layer (<see cref="TryParseDateline"/>, <see cref="EnumerateUrls"/>,
/// <see cref="DatelineParser"/>, <see cref="UrlParser"/>).
/// </summary>
/// <remarks>Stateless and thread-safe: make one and share it, or use <see cref="Default"/>.</remarks>
public sealed partial class NewsParser : INewsParser
{
    /// <summary>A parser with <see cref="NewsParseOptions.Default"/>.</summary>
    public static NewsParser Default { get; } = new(NewsParseOptions.Default);

    /// <summary>Makes a parser with the given options, which it makes read-only.</summary>
    /// <param name="options">The options; see <see cref="NewsParseOptions"/>.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public NewsParser(NewsParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.MakeReadOnly();
        Options = options;
        _datelineOptions = options.DatelineOptions;
    }

    private readonly DatelineOptions _datelineOptions;

    /// <inheritdoc/>
    public NewsParseOptions Options { get; }

    /// <inheritdoc/>
    public NewsArticle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Parse(text, _datelineOptions, Options);
    }

    /// <inheritdoc/>
    public NewsArticle Parse(string text, NewsParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(options);
        return Parse(text, options.DatelineOptions, options);
    }

    private static NewsArticle Parse(string text, in DatelineOptions datelineOptions, NewsParseOptions options)
    {
        List<SourceUrl>? urls = null;
        foreach (UrlMatch url in UrlParser.Enumerate(text, options.Urls))
        {
            (urls ??= []).Add(SourceUrl.From(url));
        }

        List<Quote>? quotes = null;
        foreach (QuoteMatch quote in QuoteParser.Enumerate(text, options.Quotes))
        {
            (quotes ??= []).Add(Quote.From(text, quote));
        }

        Dateline? dateline = DatelineParser.TryParse(text, datelineOptions, out DatelineMatch match) ? Dateline.From(text, match) : null;
        return new NewsArticle { Dateline = dateline, Quotes = quotes is null ? [] : quotes.ToArray(), Urls = urls is null ? [] : urls.ToArray() };
    }

    /// <summary>Enumerates the quotes of <paramref name="text"/> with this parser's options, without allocating.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public QuoteEnumerator EnumerateQuotes(ReadOnlySpan<char> text) => QuoteParser.Enumerate(text, Options.Quotes);

    /// <summary>Finds the dateline of <paramref name="text"/> with this parser's options, without allocating.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <param name="dateline">The dateline, when there is one.</param>
    /// <returns>Whether the text has a dateline.</returns>
    public bool TryParseDateline(ReadOnlySpan<char> text, out DatelineMatch dateline) =>
        DatelineParser.TryParse(text, _datelineOptions, out dateline);

    /// <summary>Enumerates the URLs of <paramref name="text"/> with this parser's options, without allocating.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public UrlEnumerator EnumerateUrls(ReadOnlySpan<char> text) => UrlParser.Enumerate(text, Options.Urls);
}
