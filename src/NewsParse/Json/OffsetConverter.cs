using System.Text;

namespace NewsParse.Json;

/// <summary>
/// Turns UTF-16 offsets into a text into offsets of another <see cref="OffsetUnit"/>, counting on from the last offset
/// asked about: asked in text order (a list of findings), each character is counted once. A lone surrogate counts as
/// the replacement character it is written as: three bytes, one code point.
/// </summary>
internal struct OffsetConverter(string? text, OffsetUnit unit)
{
    private int _utf16;
    private int _converted;

    /// <summary>The offset <paramref name="utf16"/> in the converter's unit.</summary>
    public int Convert(int utf16)
    {
        if (unit == OffsetUnit.Utf16)
        {
            return utf16;
        }

        if (utf16 < _utf16)
        {
            (_utf16, _converted) = (0, 0);
        }

        ReadOnlySpan<char> between = text.AsSpan(_utf16, utf16 - _utf16);
        _converted += unit == OffsetUnit.Utf8 ? Encoding.UTF8.GetByteCount(between) : CodePoints(between);
        _utf16 = utf16;
        return _converted;
    }

    /// <summary>The range <c>[start, start + length)</c> in the converter's unit, as its start and length.</summary>
    public (int Start, int Length) Convert(int start, int length)
    {
        int convertedStart = Convert(start);
        return (convertedStart, Convert(start + length) - convertedStart);
    }

    // Every UTF-16 code unit but the low half of a surrogate pair starts a scalar value (or a replaced lone surrogate).
    private static int CodePoints(ReadOnlySpan<char> chars)
    {
        int count = chars.Length;
        for (int i = chars.IndexOfAnyInRange('\uD800', '\uDBFF'); i >= 0 && i + 1 < chars.Length; )
        {
            count -= char.IsLowSurrogate(chars[i + 1]) ? 1 : 0;
            int next = chars[(i + 1)..].IndexOfAnyInRange('\uD800', '\uDBFF');
            i = next < 0 ? -1 : i + 1 + next;
        }

        return count;
    }
}
