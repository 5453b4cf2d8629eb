using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.InteropServices;

namespace NewsParse.Text;

/// <summary>
/// A fixed set of words looked up by span without allocating. Most words that are not in the set are turned away by
/// their length and their first and last letters; the rest are found by a hash of their first and last four characters
/// in a table of their own, and compared where the hash meets.
/// </summary>
/// <remarks>
/// The table holds the set's words of ASCII characters, and is looked up by the words of ASCII characters, which are
/// nearly all the words looked up: a frozen set's lookup by span went through a generic virtual call that cost more
/// than the comparison, and a hash of every character cost more than the rest of the lookup. The frozen set answers for
/// the rest, because case folding may meet an ASCII letter beyond ASCII (`ı`, `ſ`).
/// </remarks>
internal sealed class WordSet
{
    // Four characters read as one number, and the bits that are set in it when one of them is beyond ASCII.
    private const int Chunk = 4;
    private const ulong BeyondAscii = 0xFF80_FF80_FF80_FF80;

    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _lookup;
    private readonly StringComparison _comparison;

    // What each character is or-ed with before it is hashed: 0x20 folds ASCII capitals to lower case (and a few signs
    // and control characters onto others, which only makes them share a hash: a word is compared before it is found).
    private readonly ulong _fold;

    // Slots of the table: 0, or one more than the index of a word in `_words`, whose hash `_hashes` holds beside it.
    private readonly int[] _slots;
    private readonly ulong[] _hashes;
    private readonly string[] _words;
    private readonly int _shift;

    // Whether the set holds words beyond ASCII, which only the frozen set holds, and which an ASCII word may equal.
    private readonly bool _holdsWordsBeyondAscii;

    // For each length and each first character, one bit per last character of a word of that length, both folded to
    // their low five bits so that both letter cases share one: a filter that may let a word through, never turn one away.
    private readonly uint[] _lastCharsByFirstAndLength;

    private WordSet(string[] words, StringComparer comparer, StringComparison comparison)
    {
        _lookup = words.ToFrozenSet(comparer).GetAlternateLookup<ReadOnlySpan<char>>();
        _comparison = comparison;
        _fold = comparison == StringComparison.OrdinalIgnoreCase ? 0x0020_0020_0020_0020UL : 0;
        _words = [.. words.Where(word => word.All(char.IsAscii)).Distinct(comparer)];
        _holdsWordsBeyondAscii = words.Any(word => !word.All(char.IsAscii));
        _slots = new int[Math.Max(16, (int)BitOperations.RoundUpToPowerOf2((uint)_words.Length * 4))];
        _hashes = new ulong[_slots.Length];
        _shift = 64 - BitOperations.Log2((uint)_slots.Length);
        for (int i = 0; i < _words.Length; i++)
        {
            ulong hash = Hash(_words[i], out _);
            int slot = (int)(hash >> _shift);
            while (_slots[slot] != 0)
            {
                slot = (slot + 1) & (_slots.Length - 1);
            }

            _slots[slot] = i + 1;
            _hashes[slot] = hash;
        }

        int maxLength = words.Max(word => word.Length);
        _lastCharsByFirstAndLength = new uint[(maxLength + 1) * 32];
        foreach (string word in words)
        {
            // A word that opens or ends beyond ASCII may equal ASCII words of its length in any letters.
            if (word.Length == 0 || word[0] >= 0x80 || word[^1] >= 0x80)
            {
                _lastCharsByFirstAndLength.AsSpan(word.Length * 32, 32).Fill(uint.MaxValue);
                continue;
            }

            _lastCharsByFirstAndLength[(word.Length * 32) + (word[0] & 31)] |= Bit(word[^1]);
        }
    }

    /// <summary>The number of distinct words in the set.</summary>
    public int Count => _lookup.Set.Count;

    /// <summary>The length of the longest word in the set.</summary>
    public int MaxLength => (_lastCharsByFirstAndLength.Length / 32) - 1;

    /// <summary>A set whose words match only as written.</summary>
    public static WordSet CaseSensitive(params string[] words) => new(words, StringComparer.Ordinal, StringComparison.Ordinal);

    /// <summary>A set whose words match in any letter case (ordinal case folding).</summary>
    public static WordSet IgnoreCase(params string[] words) => new(words, StringComparer.OrdinalIgnoreCase, StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether <paramref name="word"/> is one of the set's words.</summary>
    public bool Contains(ReadOnlySpan<char> word)
    {
        if ((uint)word.Length > (uint)MaxLength)
        {
            return false;
        }

        if (!word.IsEmpty && word[0] < 0x80 && word[^1] < 0x80
            && (_lastCharsByFirstAndLength[(word.Length * 32) + (word[0] & 31)] & Bit(word[^1])) == 0)
        {
            return false;
        }

        ulong hash = Hash(word, out bool ascii);
        if (!ascii)
        {
            return _lookup.Contains(word);
        }

        int mask = _slots.Length - 1;
        for (int slot = (int)(hash >> _shift); _slots[slot] != 0; slot = (slot + 1) & mask)
        {
            if (_hashes[slot] == hash && word.Equals(_words[_slots[slot] - 1], _comparison))
            {
                return true;
            }
        }

        return _holdsWordsBeyondAscii && _lookup.Contains(word);
    }

    // A hash of the word's length and its first and last four characters (which overlap in a short word), and whether
    // every character of the word is ASCII.
    private ulong Hash(ReadOnlySpan<char> word, out bool ascii)
    {
        ulong first;
        ulong last;
        ulong seen;
        if (word.Length >= Chunk)
        {
            first = Read(word);
            last = Read(word[^Chunk..]);
            seen = first | last;
            for (int i = Chunk; i < word.Length - Chunk; i += Chunk)
            {
                seen |= Read(word[i..]);
            }
        }
        else
        {
            first = 0;
            for (int i = 0; i < word.Length; i++)
            {
                first |= (ulong)word[i] << (16 * i);
            }

            last = 0;
            seen = first;
        }

        ascii = (seen & BeyondAscii) == 0;
        return (((first | _fold) * 0x9E37_79B9_7F4A_7C15) ^ ((last | _fold) * 0xC2B2_AE3D_27D4_EB4F) ^ (ulong)word.Length)
            * 0x1656_67B1_9E37_79F9;
    }

    private static ulong Read(ReadOnlySpan<char> chars) => MemoryMarshal.Read<ulong>(MemoryMarshal.AsBytes(chars[..Chunk]));

    private static uint Bit(char c) => 1u << (c & 31);
}
