using System.Diagnostics.CodeAnalysis;

namespace NewsParse.Cli;

/// <summary>
/// The documents of one JSON Lines input, one per non-blank line, split from the stream but not decoded: that is left to
/// the threads that parse them. Never throws on bad input.
/// </summary>
internal sealed class JsonLinesSource
{
    private readonly JsonLinesInput _input;
    private readonly ByteLineReader _lines;
    private long _lineNumber;
    private bool _started;
    private bool _finished;

    /// <summary>Reads documents from <paramref name="stream"/>, which the caller disposes.</summary>
    /// <param name="name">The path as given, or <c>-</c>: the <c>PATH</c> of <c>PATH:LINE</c>.</param>
    /// <param name="stream">The input.</param>
    /// <param name="warn">Receives the one invalid-UTF-8 warning of this input.</param>
    /// <param name="firstLineNumber">The number of the stream's first line: more than 1 for a part of a longer input.</param>
    public JsonLinesSource(string name, Stream stream, Action<string> warn, long firstLineNumber = 1)
    {
        _input = new JsonLinesInput(name, warn);
        _lines = new ByteLineReader(stream);
        _lineNumber = firstLineNumber - 1;
    }

    /// <summary>Reads the next document.</summary>
    /// <param name="document">The document, possibly a failed one.</param>
    /// <returns><see langword="false"/> when the input has no more lines.</returns>
    public bool TryReadNext([NotNullWhen(true)] out SourceDocument? document)
    {
        if (_finished)
        {
            document = null;
            return false;
        }

        try
        {
            while (_lines.TryReadLine(out ReadOnlySpan<byte> line))
            {
                _lineNumber++;
                // A byte order mark opens an input, not a part of one that starts further on.
                if (!_started)
                {
                    line = _lineNumber == 1 ? Utf8Text.SkipByteOrderMark(line) : line;
                    _started = true;
                }

                if (IsBlank(line))
                {
                    continue;
                }

                document = SourceDocument.JsonLine(line.ToArray(), _input, _lineNumber);
                return true;
            }
        }
        catch (IOException ex)
        {
            // The rest of the input is unknowable; one failed document marks where reading stopped.
            _finished = true;
            string location = $"{_input.Name}:{_lineNumber + 1}";
            document = SourceDocument.Read(InputDocument.Failed(location, $"{location}: cannot read further: {ex.Message}"));
            return true;
        }

        _finished = true;
        document = null;
        return false;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;
}
