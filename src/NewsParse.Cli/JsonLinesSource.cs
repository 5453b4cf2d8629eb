using System.Diagnostics.CodeAnalysis;

namespace NewsParse.Cli;

/// <summary>The documents of one JSON Lines input, one per non-blank line. Never throws on bad input.</summary>
internal sealed class JsonLinesSource
{
    private readonly string _name;
    private readonly ByteLineReader _lines;
    private readonly Action<string> _warn;
    private long _lineNumber;
    private bool _warnedInvalidUtf8;
    private bool _finished;

    /// <summary>Reads documents from <paramref name="stream"/>, which the caller disposes.</summary>
    /// <param name="name">The path as given, or <c>-</c>: the <c>PATH</c> of <c>PATH:LINE</c>.</param>
    /// <param name="stream">The input.</param>
    /// <param name="warn">Receives the one invalid-UTF-8 warning of this input.</param>
    public JsonLinesSource(string name, Stream stream, Action<string> warn)
    {
        _name = name;
        _lines = new ByteLineReader(stream);
        _warn = warn;
    }

    /// <summary>Reads the next document.</summary>
    /// <param name="document">The document, possibly a failed one.</param>
    /// <returns><see langword="false"/> when the input has no more lines.</returns>
    public bool TryReadNext([NotNullWhen(true)] out InputDocument? document)
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
                if (_lineNumber == 1)
                {
                    line = Utf8Text.SkipByteOrderMark(line);
                }

                if (IsBlank(line))
                {
                    continue;
                }

                int byteCount = line.Length;
                line = Utf8Text.Repair(line, out bool hadInvalidBytes);
                if (hadInvalidBytes && !_warnedInvalidUtf8)
                {
                    _warnedInvalidUtf8 = true;
                    _warn($"{_name}: invalid UTF-8 replaced with U+FFFD");
                }

                document = JsonLineParser.Parse(line, _name, _lineNumber, byteCount);
                return true;
            }
        }
        catch (IOException ex)
        {
            // The rest of the input is unknowable; one failed document marks where reading stopped.
            _finished = true;
            string location = $"{_name}:{_lineNumber + 1}";
            document = InputDocument.Failed(location, $"{location}: cannot read further: {ex.Message}");
            return true;
        }

        _finished = true;
        document = null;
        return false;
    }

    private static bool IsBlank(ReadOnlySpan<byte> line) => line.IndexOfAnyExcept(" \t\r"u8) < 0;
}
