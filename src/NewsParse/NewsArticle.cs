using System.Text.Json.Serialization;
using NewsParse.Datelines;
using NewsParse.Json;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse;

/// <summary>What a <see cref="NewsParser"/> found in one article.</summary>
/// <remarks>Made with an object initializer, so that a property added later breaks no caller.</remarks>
[JsonConverter(typeof(NewsArticleJsonConverter))]
public sealed class NewsArticle
{
    /// <summary>Where and when the story was filed, or <see langword="null"/> when its head has no dateline.</summary>
    public Dateline? Dateline { get; init; }

    /// <summary>Every quote in the text, in text order, with its attribution.</summary>
    public IReadOnlyList<Quote> Quotes { get; init; } = [];

    /// <summary>Every URL in the text, in text order, one entry per occurrence.</summary>
    public IReadOnlyList<SourceUrl> Urls { get; init; } = [];
}
