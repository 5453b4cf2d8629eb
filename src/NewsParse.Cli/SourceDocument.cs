namespace NewsParse.Cli;

/// <summary>
/// A document as the reader hands it on: read and decoded already, or the raw bytes of one JSON Lines line whose UTF-8
/// repair and JSON decoding are left to the thread that parses it, so that reading stays a cheap split into lines.
/// </summary>
internal sealed class SourceDocument
{
    private readonly InputDocument? _document;
    private readonly byte[]? _line;
    private readonly JsonLinesInput? _input;
    private readonly long _lineNumber;

    private SourceDocument(InputDocument? document, byte[]? line, JsonLinesInput? input, long lineNumber, long byteCount)
    {
        _document = document;
        _line = line;
        _input = input;
        _lineNumber = lineNumber;
        ByteCount = byteCount;
    }

    /// <summary>How many input bytes it came from, for batching and progress.</summary>
    public long ByteCount { get; }

    /// <summary>A document read whole, or one that could not be read.</summary>
    /// <param name="document">The document.</param>
    /// <returns>It, as the reader hands it on.</returns>
    public static SourceDocument Read(InputDocument document) => new(document, null, null, 0, document.ByteCount);

    /// <summary>One non-blank line of a JSON Lines input, not decoded yet.</summary>
    /// <param name="line">A copy of the line's bytes, without its line ending.</param>
    /// <param name="input">The input it came from.</param>
    /// <param name="lineNumber">Its 1-based line number there.</param>
    /// <returns>The pending document.</returns>
    public static SourceDocument JsonLine(byte[] line, JsonLinesInput input, long lineNumber) =>
        new(null, line, input, lineNumber, line.Length);

    /// <summary>The document, decoded on the calling thread if it was not already.</summary>
    /// <returns>The document, possibly a failed one.</returns>
    public InputDocument Decode() => _document ?? _input!.Decode(_line!, _lineNumber);
}
