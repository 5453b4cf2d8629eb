namespace NewsParse.Urls;

/// <summary>One URL of an article, with its text copied out: the object-layer counterpart of <see cref="UrlMatch"/>.</summary>
/// <param name="Url">The URL exactly as written.</param>
/// <param name="Start">The UTF-16 offset of its first character in the article text.</param>
/// <param name="Length">The number of UTF-16 code units it spans.</param>
/// <param name="Role">What the URL does in the article.</param>
/// <param name="Form">How the URL is written.</param>
public sealed record SourceUrl(string Url, int Start, int Length, UrlRole Role, UrlForm Form)
{
    /// <summary>The offset just past the URL's last character.</summary>
    public int End => Start + Length;
}
