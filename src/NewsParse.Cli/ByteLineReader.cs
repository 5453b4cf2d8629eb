namespace NewsParse.Cli;

/// <summary>
/// Splits a stream into lines of raw bytes, ending at <c>\n</c> with an optional <c>\r</c> before it. Works on
/// bytes rather than a <see cref="StreamReader"/> so each line's UTF-8 can be checked before it is decoded.
/// </summary>
internal sealed class ByteLineReader
{
    private const int InitialBufferSize = 64 * 1024;

    private readonly Stream _stream;
    private byte[] _buffer = new byte[InitialBufferSize];
    private int _start;
    private int _end;
    private int _scanned;
    private bool _endOfStream;

    /// <summary>Reads lines from <paramref name="stream"/>, which the caller disposes.</summary>
    /// <param name="stream">The input.</param>
    public ByteLineReader(Stream stream)
    {
        _stream = stream;
    }

    /// <summary>Reads the next line, without its line ending.</summary>
    /// <param name="line">The line's bytes, valid until the next call.</param>
    /// <returns><see langword="false"/> at the end of the stream.</returns>
    /// <exception cref="IOException">The stream could not be read.</exception>
    public bool TryReadLine(out ReadOnlySpan<byte> line)
    {
        while (true)
        {
            // Resume scanning where the last search stopped: a 10 MB line must not be rescanned per read.
            int newline = _buffer.AsSpan(_scanned, _end - _scanned).IndexOf((byte)'\n');
            if (newline >= 0)
            {
                int lineEnd = _scanned + newline;
                line = TrimCarriageReturn(_buffer.AsSpan(_start, lineEnd - _start));
                _start = _scanned = lineEnd + 1;
                return true;
            }

            _scanned = _end;
            if (_endOfStream)
            {
                if (_start == _end)
                {
                    line = default;
                    return false;
                }

                line = TrimCarriageReturn(_buffer.AsSpan(_start, _end - _start));
                _start = _scanned = _end;
                return true;
            }

            MakeRoom();
            int read = _stream.Read(_buffer, _end, _buffer.Length - _end);
            if (read == 0)
            {
                _endOfStream = true;
            }

            _end += read;
        }
    }

    private static ReadOnlySpan<byte> TrimCarriageReturn(ReadOnlySpan<byte> line) =>
        line.Length > 0 && line[^1] == (byte)'\r' ? line[..^1] : line;

    private void MakeRoom()
    {
        if (_end < _buffer.Length)
        {
            return;
        }

        int pending = _end - _start;
        if (pending * 2 > _buffer.Length)
        {
            Array.Resize(ref _buffer, checked(_buffer.Length * 2));
        }

        // Move the unfinished line to the front so the buffer only grows for lines longer than half of it.
        if (_start > 0)
        {
            _buffer.AsSpan(_start, pending).CopyTo(_buffer);
            _scanned -= _start;
            _end = pending;
            _start = 0;
        }
    }
}
