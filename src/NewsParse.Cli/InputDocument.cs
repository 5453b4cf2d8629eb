namespace NewsParse.Cli;

/// <summary>One document as read from the input: its text, or why it could not be read.</summary>
/// <param name="Id">The output id: a path, a JSON Lines id, or <c>PATH:LINE</c>.</param>
/// <param name="Text">The decoded text; <see langword="null"/> when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the document could not be read, or <see langword="null"/>.</param>
/// <param name="ByteCount">How many input bytes it came from, for batching and progress.</param>
/// <param name="ReferenceDate">The document's own reference date (a JSON Lines <c>referenceDate</c> or <c>published</c>), or <see langword="null"/> for the run's.</param>
/// <param name="Fields">The fields of its JSON Lines object that travel into its output line, in input order.</param>
internal sealed record InputDocument(
    string Id, string? Text, string? Error, long ByteCount, DateOnly? ReferenceDate = null, IReadOnlyList<PassThroughField>? Fields = null)
{
    /// <summary>A document that could not be read.</summary>
    /// <param name="id">The output id.</param>
    /// <param name="error">A message saying what went wrong.</param>
    /// <returns>The failed document.</returns>
    public static InputDocument Failed(string id, string error) => new(id, null, error, 0);
}
