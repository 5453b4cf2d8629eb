using Microsoft.Win32.SafeHandles;

namespace NewsParse.Cli;

/// <summary>Opens the process's standard output as a stream that reports a closed reader.</summary>
internal static class StandardOutput
{
    private static readonly IntPtr UnixStandardOutputDescriptor = 1;

    /// <summary>
    /// Opens standard output. On Unix the console stream silently discards writes once the reader is gone
    /// (<c>newsparse corpus/ | head</c> would parse the whole corpus for nothing), so when file descriptor 1 is a
    /// pipe or a terminal it is opened directly: there a write to a closed pipe throws an
    /// <see cref="IOException"/> and the run can stop.
    /// </summary>
    /// <returns>A write-only stream; disposing it does not close descriptor 1.</returns>
    public static Stream Open()
    {
        if (OperatingSystem.IsWindows())
        {
            return Console.OpenStandardOutput();
        }

        try
        {
            var handle = new SafeFileHandle(UnixStandardOutputDescriptor, ownsHandle: false);
            var stream = new FileStream(handle, FileAccess.Write, bufferSize: 0);
            if (!stream.CanSeek)
            {
                return stream;
            }

            // A regular file: FileStream writes at offsets it tracks itself and leaves the descriptor's shared
            // offset behind, so `{ newsparse a; echo done; } > out` would overwrite our output. Pipes are the
            // case that matters, and there the console stream is no better.
            stream.Dispose();
        }
        catch (Exception ex) when (ex is IOException or ArgumentException or UnauthorizedAccessException)
        {
            // A closed or unusual descriptor 1: fall back to the console stream rather than fail to start.
        }

        return Console.OpenStandardOutput();
    }
}
