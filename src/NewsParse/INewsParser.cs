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
}
