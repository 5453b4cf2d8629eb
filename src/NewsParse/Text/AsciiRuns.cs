using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Text;

/// <summary>
/// Where a run of ASCII letters (and digits) ends, found sixteen (or eight) characters at a time. Most of the letters of English
/// text stand in such runs, which a reader of words passes over without a test and a branch per character; whatever
/// follows a run (a point, an apostrophe, a letter beyond ASCII) is the reader's to judge.
/// </summary>
internal static class AsciiRuns
{
    /// <summary>The end of the run of ASCII letters and digits starting at <paramref name="p"/>, at most <paramref name="limit"/>.</summary>
    public static int LettersAndDigitsEnd(ReadOnlySpan<char> text, int p, int limit) => RunEnd(text, p, limit, digits: true);

    /// <summary>The end of the run of ASCII letters starting at <paramref name="p"/>, at most <paramref name="limit"/>.</summary>
    public static int LettersEnd(ReadOnlySpan<char> text, int p, int limit) => RunEnd(text, p, limit, digits: false);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int RunEnd(ReadOnlySpan<char> text, int p, int limit, bool digits)
    {
        limit = Math.Min(limit, text.Length);
        if (Vector256.IsHardwareAccelerated)
        {
            ref ushort first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            while (p < limit && p + Vector256<ushort>.Count <= text.Length)
            {
                Vector256<ushort> block = Vector256.LoadUnsafe(ref first, (nuint)p);
                Vector256<ushort> inRun = Vector256.LessThanOrEqual((block | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a')));
                if (digits)
                {
                    inRun |= Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9));
                }

                uint others = ~inRun.ExtractMostSignificantBits() & 0xFFFF;
                if (others != 0 || p + Vector256<ushort>.Count >= limit)
                {
                    return Math.Min(limit, p + BitOperations.TrailingZeroCount(others | 0x10000));
                }

                p += Vector256<ushort>.Count;
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            ref ushort first = ref MemoryMarshal.GetReference(MemoryMarshal.Cast<char, ushort>(text));
            while (p < limit && p + Vector128<ushort>.Count <= text.Length)
            {
                Vector128<ushort> block = Vector128.LoadUnsafe(ref first, (nuint)p);
                Vector128<ushort> inRun = Vector128.LessThanOrEqual((block | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a')));
                if (digits)
                {
                    inRun |= Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9));
                }

                uint others = ~inRun.ExtractMostSignificantBits() & 0xFF;
                if (others != 0 || p + Vector128<ushort>.Count >= limit)
                {
                    return Math.Min(limit, p + BitOperations.TrailingZeroCount(others | 0x100));
                }

                p += Vector128<ushort>.Count;
            }
        }

        while (p < limit && (char.IsAsciiLetter(text[p]) || (digits && char.IsAsciiDigit(text[p]))))
        {
            p++;
        }

        return p;
    }
}
