using System.Globalization;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Text;

/// <summary>Character tests shared by the parsers; ASCII answers come from comparisons, the rest from the Unicode category.</summary>
internal static class CharClass
{
    /// <summary>Any Unicode white space, including no-break and zero-width spaces that scraped pages leave behind.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsSpace(char c) => c <= ' ' || (c >= 0x80 && (char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF'));

    /// <summary>
    /// How many characters of <paramref name="text"/> may be white space: the ASCII white space and controls, and every
    /// character beyond ASCII. A bound on <see cref="IsSpace"/>, counted sixteen (or eight) characters at a time.
    /// </summary>
    public static int CountMaybeSpace(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
        int count = 0;
        int i = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; i + Vector256<ushort>.Count <= units.Length; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> block = Vector256.Create(units.Slice(i, Vector256<ushort>.Count));
                Vector256<ushort> outsidePrintable = Vector256.GreaterThanOrEqual(block - Vector256.Create((ushort)0x21), Vector256.Create((ushort)0x5F));
                count += BitOperations.PopCount(outsidePrintable.ExtractMostSignificantBits());
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; i + Vector128<ushort>.Count <= units.Length; i += Vector128<ushort>.Count)
            {
                Vector128<ushort> block = Vector128.Create(units.Slice(i, Vector128<ushort>.Count));
                Vector128<ushort> outsidePrintable = Vector128.GreaterThanOrEqual(block - Vector128.Create((ushort)0x21), Vector128.Create((ushort)0x5F));
                count += BitOperations.PopCount(outsidePrintable.ExtractMostSignificantBits());
            }
        }

        for (; i < units.Length; i++)
        {
            if ((ushort)(units[i] - 0x21) >= 0x5F)
            {
                count++;
            }
        }

        return count;
    }

    /// <summary>A letter: an ASCII answer from two comparisons, <see cref="char.IsLetter(char)"/> beyond ASCII.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLetter(char c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a' || (c >= 0x80 && char.IsLetter(c));

    /// <summary>A line break: LF, CR, NEL, LINE SEPARATOR or PARAGRAPH SEPARATOR.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\u2029';

    /// <summary>A letter, digit or combining mark outside ASCII.</summary>
    public static bool IsNonAsciiWordChar(char c)
    {
        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category <= UnicodeCategory.OtherLetter // the five letter categories
            || category is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                or UnicodeCategory.EnclosingMark or UnicodeCategory.DecimalDigitNumber
                or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber;
    }

    /// <summary>A symbol outside ASCII (✪, ➡, currency and math signs) or half of a surrogate pair (emoji).</summary>
    public static bool IsNonAsciiSymbol(char c)
    {
        if (char.IsSurrogate(c))
        {
            return true;
        }

        UnicodeCategory category = CharUnicodeInfo.GetUnicodeCategory(c);
        return category is UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol
            or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol;
    }

    /// <summary>The script of a character, for splitting unspaced text where one script gives way to another.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Script ScriptOf(char c)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetter(c) ? Script.Latin : Script.Neutral;
        }

        return ScriptOfNonAscii(c);
    }

    private static Script ScriptOfNonAscii(char c)
    {
        if (c is >= '\u3040' and <= '\u30FF' or >= '\u3400' and <= '\u4DBF' or >= '\u4E00' and <= '\u9FFF'
            or >= '\uAC00' and <= '\uD7AF' or >= '\u1100' and <= '\u11FF' or >= '\uF900' and <= '\uFAFF'
            or >= '\u3130' and <= '\u318F' or >= '\uFF66' and <= '\uFF9F'
            or >= '\u0E00' and <= '\u0EFF' or >= '\u1780' and <= '\u17FF' or >= '\u1000' and <= '\u109F')
        {
            return Script.Unspaced;
        }

        if (c is >= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7' or >= '\u1E00' and <= '\u1EFF')
        {
            return Script.Latin;
        }

        return char.IsLetter(c) ? Script.Other : Script.Neutral;
    }
}
