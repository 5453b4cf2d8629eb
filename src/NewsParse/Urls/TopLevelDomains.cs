using System.Collections.Frozen;

namespace NewsParse.Urls;

/// <summary>The delegated top-level domains (the IANA root zone list), looked up without allocating.</summary>
internal static partial class TopLevelDomains
{
    private static readonly FrozenSet<string> s_names = FrozenSet.Create(
        StringComparer.OrdinalIgnoreCase,
        [.. AsciiNames.Split(' ', StringSplitOptions.RemoveEmptyEntries), .. UnicodeNames.Split(' ', StringSplitOptions.RemoveEmptyEntries)]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_names.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The length of the longest name, in UTF-16 code units.</summary>
    public static readonly int MaxLength = s_names.Max(static n => n.Length);

    /// <summary>Whether <paramref name="label"/> is a delegated top-level domain, in any letter case.</summary>
    public static bool Contains(ReadOnlySpan<char> label) =>
        label.Length >= 2 && label.Length <= MaxLength && s_lookup.Contains(label);
}
