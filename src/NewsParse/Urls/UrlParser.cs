namespace NewsParse.Urls;

/// <summary>
/// Finds the source URLs of an article: every URL in the text, as written, with its role. This is the span layer:
/// nothing is allocated, and each <see cref="UrlMatch"/> is a view over the text passed in.
/// </summary>
/// <remarks>
/// The parser is stateless and thread-safe. It runs in time linear in the length of the text, never throws on any
/// text, and reports offsets in UTF-16 code units of the text given.
/// </remarks>
public static class UrlParser
{
    /// <summary>Enumerates the URLs of <paramref name="text"/> with the default options.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static UrlEnumerator Enumerate(ReadOnlySpan<char> text) => new(text, UrlOptions.Default);

    /// <summary>Enumerates the URLs of <paramref name="text"/>.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <param name="options">Parser options.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static UrlEnumerator Enumerate(ReadOnlySpan<char> text, UrlOptions options) => new(text, options);
}
