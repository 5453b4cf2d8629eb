using System.Text.Json.Serialization;
using NewsParse.Json;

namespace NewsParse.Urls;

/// <summary>One URL of an article, with its text copied out: the object-layer counterpart of <see cref="UrlMatch"/>.</summary>
/// <remarks>Made with an object initializer, so that a property added later breaks no caller.</remarks>
[JsonConverter(typeof(SourceUrlJsonConverter))]
public sealed record SourceUrl
{
    /// <summary>The URL exactly as written.</summary>
    public required string Url { get; init; }

    /// <summary>The UTF-16 offset of its first character in the article text.</summary>
    public int Start { get; init; }

    /// <summary>The number of UTF-16 code units it spans.</summary>
    public int Length { get; init; }

    /// <summary>The offset just past the URL's last character.</summary>
    public int End => Start + Length;

    /// <summary>What the URL does in the article.</summary>
    public UrlRole Role { get; init; }

    /// <summary>How the URL is written.</summary>
    public UrlForm Form { get; init; }

    internal static SourceUrl From(in UrlMatch match) => new()
    {
        Url = match.ToString(),
        Start = match.Start,
        Length = match.Length,
        Role = match.Role,
        Form = match.Form,
    };
}
