namespace NewsParse.Cli;

/// <summary>Standard output could not be written: its reader went away, or the device failed.</summary>
internal sealed class OutputClosedException : IOException
{
    // errno EPIPE on Linux and macOS; ERROR_BROKEN_PIPE and ERROR_NO_DATA on Windows.
    private const int UnixBrokenPipe = 32;
    private const int WindowsBrokenPipe = unchecked((int)0x8007006D);
    private const int WindowsNoData = unchecked((int)0x800700E8);

    /// <summary>Wraps the failure of a write to standard output.</summary>
    /// <param name="inner">What the stream threw.</param>
    public OutputClosedException(IOException inner)
        : base(inner.Message, inner)
    {
        IsBrokenPipe = inner.HResult is UnixBrokenPipe or WindowsBrokenPipe or WindowsNoData;
    }

    /// <summary>Whether the reader closed its end, as <c>head</c> does: not an error worth reporting.</summary>
    public bool IsBrokenPipe { get; }
}
