using NewsParse.Datelines;
using NewsParse.Urls;

namespace NewsParse;

/// <summary>What a <see cref="NewsParser"/> found in one article. Immutable.</summary>
public sealed class NewsArticle
{
    internal NewsArticle(Dateline? dateline, IReadOnlyList<SourceUrl> urls)
    {
        Dateline = dateline;
        Urls = urls;
    }

    /// <summary>Where and when the story was filed, or <see langword="null"/> when its head has no dateline.</summary>
    public Dateline? Dateline { get; }

    /// <summary>Every URL in the text, in text order, one entry per occurrence.</summary>
    public IReadOnlyList<SourceUrl> Urls { get; }
}
