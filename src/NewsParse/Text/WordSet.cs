using System.Collections.Frozen;
using System.Numerics;

namespace NewsParse.Text;

/// <summary>
/// A fixed set of words looked up by span without allocating. Most words that are not in the set are turned away by
/// their length and first letter; the rest are found by a hash of their letters in a table of their own, with one
/// comparison where the hash meets.
/// </summary>
/// <remarks>
/// The table holds the set's words of ASCII characters, and is looked up by the words of ASCII characters, which are
/// nearly all the words looked up: a frozen set's lookup by span went through a generic virtual call that cost more
/// than the comparison. The frozen set answers for the rest, because case folding may meet an ASCII letter beyond
/// ASCII (`ı`, `ſ`).
/// </remarks>
internal sealed class WordSet
{
    private const uint FnvOffset = 2166136261;
    private const uint FnvPrime = 16777619;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringComparison _comparison;

    // What a character is or-ed with before it is hashed: 0x20 folds ASCII capitals to lower case (and a few signs onto
    // others, which only makes them share a hash).
    private readonly char _fold;

    // Slots of the table: 0, or one more than the index of a word in `_words`, whose hash `_hashes` holds beside it.
    private readonly int[] _slots;
    private readonly uint[] _hashes;
    private readonly string[] _words;

    // Whether the set holds words beyond ASCII, which only the frozen set holds, and which an ASCII word may equal.
    private readonly bool _holdsWordsBeyondAscii;

    // For each length, one bit per ASCII first character of a word of that length, folded to its low five bits so that
    // both letter cases share one: a filter that may let a word through, never turn one away.
    private readonly uint[] _firstCharsByLength;

    private WordSet(string[] words, StringComparer comparer, StringComparison comparison)
    {
        _lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        _comparison = comparison;
        _fold = comparison == StringComparison.OrdinalIgnoreCase ? (char)0x20 : (char)0;
        _words = [.. words.Where(word => word.All(char.IsAscii)).Distinct(comparer)];
        _holdsWordsBeyondAscii = words.Any(word => !word.All(char.IsAscii));
        _slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)_words.Length * 4))];
        _hashes = new uint[_slots.Length];
        for (int i = 0; i < _words.Length; i++)
        {
            uint hash = Hash(_words[i], out _);
            int slot = (int)hash & (_slots.Length - 1);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = i + 1;
            _hashes[slot] = hash;
        }

        _firstCharsByLength = new uint[words.Max(word => word.Length) + 1];
        foreach (string word in words)
        {
            _firstCharsByLength[word.Length] |= word.Length == 0 || word[0] >= 0x80 ? uint.MaxValue : Bit(word[0]);
        }
    }

    /// <summary>The number of distinct words in the set.</summary>
    public int Count => _lookup.Set.Count;

    /// <summary>The length of the longest word in the set.</summary>
    public int MaxLength => _firstCharsByLength.Length - 1;

    /// <summary>A set whose words match only as written.</summary>
    public static WordSet CaseSensitive(params string[] words) => new(words, StringComparer.Ordinal, StringComparison.Ordinal);

    /// <summary>A set whose words match in any letter case (ordinal case folding).</summary>
    public static WordSet IgnoreCase(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is one of the set's words.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length >= (uint)_firstCharsByLength.Length
            || (!word.IsEmpty && word[0] < 0x80 && (_firstCharsByLength[word.Length] & Bit(word[0])) == 0))
        {
            return false;
        }

        uint hash = Hash(word, out bool ascii);
        if (!ascii)
        {
            return _lookup.Contains(word);
        }

        int mask = _slots.Length - 1;
        for (int slot = (int)hash & mask; _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && word.Equals(_words[_slots[slot] - 1], _comparison))
            {
                return true;
            }
        }

        return _holdsWordsBeyondAscii && _lookup.Contains(word);
    }

    private uint Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        uint hash = FnvOffset;
        int seen = 0;
        foreach (char c in word)
        {
            seen |= c;
            hash = (hash ^ (uint)(c | _fold)) * FnvPrime;
        }

        ascii = seen < 0x80;
        return hash;
    }

    private static uint Bit(char c) => 1u << (c & 31);
}
