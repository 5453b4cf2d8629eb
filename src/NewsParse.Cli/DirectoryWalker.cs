using System.Security;

namespace NewsParse.Cli;

/// <summary>One file found below a directory, or a subdirectory that could not be listed.</summary>
/// <param name="Id">The directory as given joined with the relative path, with <c>/</c> separators.</param>
/// <param name="FullPath">Where to open it.</param>
/// <param name="Error">Why the directory could not be listed, or <see langword="null"/> for a file.</param>
internal readonly record struct DirectoryEntry(string Id, string FullPath, string? Error);

/// <summary>Finds the input files below a directory, in a fixed order.</summary>
internal static class DirectoryWalker
{
    private static readonly EnumerationOptions ListOptions = new()
    {
        RecurseSubdirectories = false,

        // "All files below" includes hidden ones, and an unreadable subdirectory must surface, not vanish.
        AttributesToSkip = 0,
        IgnoreInaccessible = false,
    };

    /// <summary>
    /// Lists the files below <paramref name="directory"/> whose names end with <paramref name="extension"/>
    /// (ignoring case), sorted by relative path in ordinal order, so output order does not depend on the file
    /// system. Symbolic links to directories are not followed (they could loop); links to files are.
    /// </summary>
    /// <param name="directory">The directory exactly as given on the command line.</param>
    /// <param name="extension">The file-name ending to match, such as <c>.txt</c>.</param>
    /// <returns>The files, and an entry with an error for each directory that could not be listed.</returns>
    public static List<DirectoryEntry> Find(string directory, string extension)
    {
        var found = new List<(string Relative, DirectoryEntry Entry)>();
        var pending = new Stack<(string FullPath, string Relative)>();
        pending.Push((directory, ""));
        while (pending.TryPop(out (string FullPath, string Relative) current))
        {
            try
            {
                foreach (FileSystemInfo info in new DirectoryInfo(current.FullPath).EnumerateFileSystemInfos("*", ListOptions))
                {
                    string relative = current.Relative.Length == 0 ? info.Name : $"{current.Relative}/{info.Name}";
                    if (info is DirectoryInfo)
                    {
                        if ((info.Attributes & FileAttributes.ReparsePoint) == 0)
                        {
                            pending.Push((info.FullName, relative));
                        }
                    }
                    else if (info.Name.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
                    {
                        found.Add((relative, new DirectoryEntry(JoinId(directory, relative), info.FullName, null)));
                    }
                }
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or SecurityException)
            {
                string message = ex is UnauthorizedAccessException
                    ? "cannot list directory: permission denied"
                    : $"cannot list directory: {ex.Message}";
                found.Add((current.Relative, new DirectoryEntry(JoinId(directory, current.Relative), current.FullPath, message)));
            }
        }

        found.Sort(static (a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return found.ConvertAll(static f => f.Entry);
    }

    private static string JoinId(string directory, string relative) =>
        relative.Length == 0 ? directory
        : directory.EndsWith('/') || directory.EndsWith(Path.DirectorySeparatorChar) ? directory + relative
        : $"{directory}/{relative}";
}
