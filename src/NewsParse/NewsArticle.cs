using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse;

/// <summary>What a <see cref="NewsParser"/> found in one article. Immutable.</summary>
public sealed class NewsArticle
{
    internal NewsArticle(Dateline? dateline, IReadOnlyList<Quote> quotes, IReadOnlyList<SourceUrl> urls)
    {
        Dateline = dateline;
        Quotes = quotes;
        Urls = urls;
    }

    /// <summary>Every quote in the text, in text order, with its attribution.</summary>
    public IReadOnlyList<Quote> Quotes { get; }

    /// <summary>Where and when the story was filed, or <see langword="null"/> when its head has no dateline.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Every URL in the text, in text order, one entry per occurrence.</summary>
    public IReadOnlyList<SourceUrl> Urls { get; }
}
