namespace NewsParse.Cli;

/// <summary>The outcome for one document: what the parser found, or an error.</summary>
/// <param name="Id">The output id of the document.</param>
/// <param name="Article">What was found; <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document failed, or <see langword="null"/>.</param>
/// <param name="Fields">The input fields its output line carries after the id, or <see langword="null"/>.</param>
/// <param name="Text">The text <paramref name="Article"/> was parsed from, whose offsets an output in another unit counts.</param>
internal readonly record struct DocumentResult(
    string Id, NewsArticle? Article, string? Error, IReadOnlyList<PassThroughField>? Fields = null, string? Text = null);
