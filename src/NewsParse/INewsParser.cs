namespace NewsParse;

/// <summary>Parses the raw text of news articles. Implementations are stateless and thread-safe.</summary>
public interface INewsParser
{
    /// <summary>The options this parser was made with.</summary>
    NewsParseOptions Options { get; }

    /// <summary>Parses one article.</summary>
    /// <param name="text">The raw text of the article.</param>
    /// <returns>What was found, with strings copied out of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="text"/> is <see langword="null"/>.</exception>
    NewsArticle Parse(string text);

    /// <summary>
    /// Parses one article with <paramref name="options"/> for this call instead of the parser's own: a story's
    /// publication date as its reference date, say (<c>new NewsParseOptions(parser.Options) { ReferenceDate = … }</c>).
    /// </summary>
    /// <param name="text">The raw text of the article.</param>
    /// <param name="options">The options of this call.</param>
    /// <returns>What was found, with strings copied out of <paramref name="text"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    NewsArticle Parse(string text, NewsParseOptions options);
}
