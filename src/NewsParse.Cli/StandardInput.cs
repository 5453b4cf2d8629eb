namespace NewsParse.Cli;

/// <summary>
/// Tells a standard input the caller closed (<c>newsparse - &lt;&amp;-</c>), which is read as empty. On Linux a closed
/// descriptor 0 is taken by the first file the runtime opens, its own signal pipe, from which a read waits for ever:
/// descriptor 0 as the end of a pipe whose writing end this process also holds is that pipe, not input (the runtime's
/// copies of descriptor 0 only read).
/// </summary>
internal static class StandardInput
{
    private const string Descriptors = "/proc/self/fd";

    /// <summary>Whether standard input was closed by the caller.</summary>
    public static bool IsClosed()
    {
        if (!OperatingSystem.IsLinux())
        {
            return false;
        }

        try
        {
            string? input = Target("0");
            if (input is null || !input.StartsWith("pipe:", StringComparison.Ordinal))
            {
                return false;
            }

            foreach (string path in Directory.EnumerateFileSystemEntries(Descriptors))
            {
                string descriptor = Path.GetFileName(path);
                if (Target(descriptor) == input && Writes(descriptor))
                {
                    return true;
                }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Without /proc the input is taken as it is.
        }

        return false;
    }

    private static string? Target(string descriptor) => new FileInfo(Path.Combine(Descriptors, descriptor)).LinkTarget;

    // Whether a descriptor was opened for writing: the access mode in the low bits of its octal `flags:` line.
    private static bool Writes(string descriptor)
    {
        foreach (string line in File.ReadLines($"/proc/self/fdinfo/{descriptor}"))
        {
            if (line.StartsWith("flags:", StringComparison.Ordinal))
            {
                return (line[^1] - '0' & 3) != 0;
            }
        }

        return false;
    }
}
