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
/// to that sequence's bytes. Offsets are mapped counting on from the last one asked about (kept in the pooled buffer, so
/// a copy of the input, or the read-only one a <c>using</c> declaration makes, counts on as well), so ranges asked in
/// text order (one parser's findings) cost one pass over the bytes. Dispose it once, not a copy of it too.
/// </remarks>
public ref struct Utf8Input
{
    // The buffer's last four characters hold where the last mapping stopped: a character offset, and the byte offset
    // where that character starts, each in two characters.
    private const int CursorLength = 4;

    private readonly ReadOnlySpan<byte> _utf8;
    private char[]? _buffer;
    private readonly int _length;

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
        char[] buffer = ArrayPool<char>.Shared.Rent(utf8.Length + CursorLength);
        int length = Encoding.UTF8.GetChars(utf8, buffer);
        buffer.AsSpan(buffer.Length - CursorLength).Clear();
        return new Utf8Input(utf8, buffer, length);
    }

    /// <summary>The decoded text, for the span-layer parsers; empty once disposed.</summary>
    public readonly ReadOnlySpan<char> Chars => _buffer is null ? default : _buffer.AsSpan(0, _length);

    /// <summary>The byte offset of the input where the character at <paramref name="charOffset"/> of <see cref="Chars"/> starts.</summary>
    /// <param name="charOffset">An offset into <see cref="Chars"/>, 0 to its length.</param>
    /// <returns>The offset into the UTF-8 input.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="charOffset"/> is outside <see cref="Chars"/>.</exception>
    public readonly int ToByteOffset(int charOffset)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(charOffset);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(charOffset, Chars.Length);
        if (_buffer is null)
        {
            return 0; // disposed: the only offset left is 0
        }

        Span<char> cursor = _buffer.AsSpan(_buffer.Length - CursorLength);
        int atChar = cursor[0] | (cursor[1] << 16);
        int atByte = cursor[2] | (cursor[3] << 16);
        if (charOffset < atChar)
        {
            (atChar, atByte) = (0, 0);
        }

        while (atChar < charOffset)
        {
            // A run of ASCII maps one byte to one character; it is looked for no further than the offset asked.
            ReadOnlySpan<byte> before = _utf8.Slice(atByte, Math.Min(_utf8.Length - atByte, charOffset - atChar));
            int ascii = before.IndexOfAnyExceptInRange((byte)0, (byte)0x7F);
            int run = ascii < 0 ? before.Length : ascii;
            if (run > 0)
            {
                (atChar, atByte) = (atChar + run, atByte + run);
                continue;
            }

            Rune.DecodeFromUtf8(_utf8[atByte..], out Rune rune, out int bytes);
            int chars = rune.Utf16SequenceLength;
            if (atChar + chars > charOffset)
            {
                break; // an offset inside a surrogate pair: the pair's start
            }

            (atChar, atByte) = (atChar + chars, atByte + bytes);
        }

        (cursor[0], cursor[1], cursor[2], cursor[3]) = ((char)atChar, (char)(atChar >> 16), (char)atByte, (char)(atByte >> 16));
        return atByte;
    }

    /// <summary>The bytes of the input that a range of <see cref="Chars"/> was decoded from.</summary>
    /// <param name="chars">A range of <see cref="Chars"/>, as the span-layer parsers report them.</param>
    /// <returns>The range of the UTF-8 input.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The range is outside <see cref="Chars"/>.</exception>
    public readonly Range ToByteRange(Range chars)
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
