namespace NewsParse.Cli;

/// <summary>
/// Standard output as the writers see it: buffered, not owned (disposing it leaves the stream open and unflushed), and failing
/// with <see cref="OutputClosedException"/>, so a failed write is told apart from a failed read of an input.
/// </summary>
internal sealed class OutputStream : Stream
{
    private const int BufferSize = 64 * 1024;

    private readonly Stream _buffered;
    private OutputClosedException? _failure;

    /// <summary>Buffers writes to <paramref name="output"/>.</summary>
    /// <param name="output">Standard output; the caller disposes it.</param>
    public OutputStream(Stream output)
    {
        // Never disposed: disposing would close standard output, which belongs to the caller.
        _buffered = new BufferedStream(output, BufferSize);
    }

    /// <inheritdoc/>
    public override bool CanRead => false;

    /// <inheritdoc/>
    public override bool CanSeek => false;

    /// <inheritdoc/>
    public override bool CanWrite => true;

    /// <inheritdoc/>
    public override long Length => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    /// <inheritdoc/>
    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    /// <inheritdoc/>
    public override void Write(ReadOnlySpan<byte> buffer)
    {
        ThrowIfFailed();
        try
        {
            _buffered.Write(buffer);
        }
        catch (IOException ex)
        {
            throw Fail(ex);
        }
    }

    /// <inheritdoc/>
    public override void WriteByte(byte value)
    {
        ThrowIfFailed();
        try
        {
            _buffered.WriteByte(value);
        }
        catch (IOException ex)
        {
            throw Fail(ex);
        }
    }

    /// <inheritdoc/>
    public override void Flush()
    {
        ThrowIfFailed();
        try
        {
            _buffered.Flush();
        }
        catch (IOException ex)
        {
            throw Fail(ex);
        }
    }

    /// <inheritdoc/>
    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    /// <inheritdoc/>
    public override void SetLength(long value) => throw new NotSupportedException();

    private OutputClosedException Fail(IOException ex)
    {
        _failure = ex as OutputClosedException ?? new OutputClosedException(ex);
        return _failure;
    }

    private void ThrowIfFailed()
    {
        // After the first failure the buffer holds bytes that can never be written: fail the same way again
        // (a broken pipe stays a broken pipe) rather than retry.
        if (_failure is not null)
        {
            throw _failure;
        }
    }
}
