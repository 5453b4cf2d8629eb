using System.Collections.Frozen;

namespace NewsParse.Text;

/// <summary>
/// A fixed set of words looked up by span without allocating. Word lists of a few dozen entries were compared one by
/// one for every word near every quote; a frozen hash set answers in one probe.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    private WordSet(string[] words, StringComparer comparer) =>
        _lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A set whose words match only as written.</summary>
    public static WordSet CaseSensitive(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>A set whose words match in any letter case (ordinal case folding).</summary>
    public static WordSet IgnoreCase(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is one of the set's words.</summary>
    public bool Contains(ReadOnlySpan<char> word) => _lookup.Contains(word);
}
