using System.Buffers;
using System.Text;

namespace NewsParse;

/// <summary>
/// An article's UTF-8 bytes decoded for the span-layer parsers, which read UTF-16, into a buffer from the shared pool,
/// and the map from the ranges they report back to byte ranges of the input: the span layer for a pipeline that holds
/// bytes and slices them. Dispose it to return the buffer; once the pool holds one, nothing is allocated.
/// </summary>
/// <example>
/// <code>
/// using Utf8Input input = Utf8Input.Decode(bytes);
/// foreach (UrlMatch url in UrlParser.Enumerate(input.Chars))
/// {
///     Range inBytes = input.ToByteRange(url.Range); // bytes[inBytes] is the URL as the input wrote it
/// }
/// </code>
/// </example>
/// <remarks>
/// Invalid UTF-8 is decoded as the replacement character U+FFFD, one for each maximal invalid sequence, and maps back
/// to that sequence's bytes. Offsets are mapped counting on from the last one asked about, so ranges asked in text
/// order (one parser's findings) cost one pass over the bytes.
/// </remarks>
public ref struct Utf8Input
{
    private readonly ReadOnlySpan<byte> _utf8;
    private char[]? _buffer;
    private readonly int _length;

    // Where the last mapping stopped: a character offset and the byte offset where that character starts.
    private int _char;
    private int _byte;

    private Utf8Input(ReadOnlySpan<byte> utf8, char[] buffer, int length)
    {
        _utf8 = utf8;
        _buffer = buffer;
        _length = length;
    }

    /// <summary>Decodes <paramref name="utf8"/> into a pooled buffer (a byte order mark is kept, as U+FEFF).</summary>
    /// <param name="utf8">The article's text in UTF-8.</param>
    /// <returns>The decoded text and its map back to <paramref name="utf8"/>.</returns>
    public static Utf8Input Decode(ReadOnlySpan<byte> utf8)
    {
        char[] buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, utf8.Length));
        int length = Encoding.UTF8.GetChars(utf8, buffer);
        return new Utf8Input(utf8, buffer, length);
    }

    /// <summary>The decoded text, for the span-layer parsers; empty once disposed.</summary>
    public readonly ReadOnlySpan<char> Chars => _buffer is null ? default : _buffer.AsSpan(0, _length);

    /// <summary>The byte offset of the input where the character at <paramref name="charOffset"/> of <see cref="Chars"/> starts.</summary>
    /// <param name="charOffset">An offset into <see cref="Chars"/>, 0 to its length.</param>
    /// <returns>The offset into the UTF-8 input.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="charOffset"/> is outside <see cref="Chars"/>.</exception>
    public int ToByteOffset(int charOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(charOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charOffset, Chars.Length);
        if (charOffset < _char)
        {
            (_char, _byte) = (0, 0);
        }

        while (_char < charOffset)
        {
            // A run of ASCII maps one byte to one character.
            int ascii = _utf8[_byte..].IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            int run = Math.Min(ascii < 0 ? _utf8.Length - _byte : ascii, charOffset - _char);
            if (run > 0)
            {
                (_char, _byte) = (_char + run, _byte + run);
                continue;
            }

            Rune.DecodeFromUtf8(_utf8[_byte..], out Rune rune, out int bytes);
            int chars = rune.Utf16SequenceLength;
            if (_char + chars > charOffset)
            {
                break; // an offset inside a surrogate pair: the pair's start
            }

            (_char, _byte) = (_char + chars, _byte + bytes);
        }

        return _byte;
    }

    /// <summary>The bytes of the input that a range of <see cref="Chars"/> was decoded from.</summary>
    /// <param name="chars">A range of <see cref="Chars"/>, as the span-layer parsers report them.</param>
    /// <returns>The range of the UTF-8 input.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside <see cref="Chars"/>.</exception>
    public Range ToByteRange(Range chars)
    {
        (int start, int length) = chars.GetOffsetAndLength(Chars.Length);
        int byteStart = ToByteOffset(start);
        return new Range(byteStart, ToByteOffset(start + length));
    }

    /// <summary>Returns the buffer to the pool; <see cref="Chars"/> is empty afterwards.</summary>
    public void Dispose()
    {
        if (_buffer is not null)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            _buffer = null;
        }
    }
}
