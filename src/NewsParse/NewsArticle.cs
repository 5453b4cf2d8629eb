using NewsParse.Urls;

namespace NewsParse;

/// <summary>What a <see cref="NewsParser"/> found in one article. Immutable.</summary>
public sealed class NewsArticle
{
    internal NewsArticle(IReadOnlyList<SourceUrl> urls)
    {
        Urls = urls;
    }

    /// <summary>Every URL in the text, in text order, one entry per occurrence.</summary>
    public IReadOnlyList<SourceUrl> Urls { get; }
}
