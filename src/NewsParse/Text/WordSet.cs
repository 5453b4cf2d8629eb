using System.Collections.Frozen;

namespace NewsParse.Text;

/// <summary>
/// A fixed set of words looked up by span without allocating. Word lists of a few dozen entries were compared one by
/// one for every word near every quote; a frozen hash set answers in one probe, and most words that are not in the
/// set are turned away before it by their length and first letter.
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;

    // For each length, one bit per ASCII first character of a word of that length, folded to its low five bits so that
    // both letter cases share one: a filter that may let a word through, never turn one away.
    private readonly uint[] _firstCharsByLength;

    private WordSet(string[] words, StringComparer comparer)
    {
        _lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        _firstCharsByLength = new uint[words.Max(word => word.Length) + 1];
        foreach (string word in words)
        {
            _firstCharsByLength[word.Length] |= word.Length == 0 || word[0] >= 0x80 ? uint.MaxValue : Bit(word[0]);
        }
    }

    /// <summary>The length of the longest word in the set.</summary>
    public int MaxLength => _firstCharsByLength.Length - 1;

    /// <summary>A set whose words match only as written.</summary>
    public static WordSet CaseSensitive(params string[] words) => new(words, StringComparer.Ordinal);

    /// <summary>A set whose words match in any letter case (ordinal case folding).</summary>
    public static WordSet IgnoreCase(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is one of the set's words.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length >= (uint)_firstCharsByLength.Length)
        {
            return false;
        }

        // Beyond ASCII, case folding may meet an ASCII letter (`ı` folds to `I`): only the set can say.
        return (word.IsEmpty || word[0] >= 0x80 || (_firstCharsByLength[word.Length] & Bit(word[0])) != 0) && _lookup.Contains(word);
    }

    private static uint Bit(char c) => 1u << (c & 31);
}
