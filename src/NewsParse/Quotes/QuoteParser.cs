namespace NewsParse.Quotes;

/// <summary>
/// Finds the quotes of an article with their attribution: the quoted words, the speaker, the speech verb, the kind
/// of quote and the group of segments of one utterance. This is the span layer: nothing is allocated.
/// </summary>
/// <remarks>Stateless and thread-safe; linear in the length of the text; never throws on any text.</remarks>
public static class QuoteParser
{
    /// <summary>Enumerates the quotes of <paramref name="text"/> with the default options.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static QuoteEnumerator Enumerate(ReadOnlySpan<char> text) => new(text, QuoteOptions.Default);

    /// <summary>Enumerates the quotes of <paramref name="text"/>.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <param name="options">Parser options.</param>
    /// <returns>An enumerator for <c>foreach</c>.</returns>
    public static QuoteEnumerator Enumerate(ReadOnlySpan<char> text, QuoteOptions options) => new(text, options);
}
