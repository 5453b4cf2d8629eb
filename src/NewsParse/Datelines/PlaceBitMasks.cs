using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace NewsParse.Datelines;

/// <summary>
/// Reads the place and month of a common wire dateline (<c>WESTPORT, Conn., Feb</c> before <c>26</c>) from bit masks of
/// the first 32 characters — one bit per character for letters, points, spaces, commas and digits — so that word and
/// part boundaries come from bit arithmetic rather than from a branch at every character. It declines whatever it is not
/// sure of, and <see cref="CommonShape"/> reads the line one character at a time; when it answers, its answer is that
/// reader's (a test holds it to that).
/// </summary>
internal static class PlaceBitMasks
{
    private const int Window = 32;

    /// <summary>Reads the place and month at the start of <paramref name="line"/>, or declines.</summary>
    public static bool TryRead(ReadOnlySpan<char> line, out CommonShape.CommonPlace place)
    {
        place = default;
        if (line.Length < Window || !Vector128.IsHardwareAccelerated)
        {
            return false;
        }

        Classify(line, out uint letters, out uint points, out uint spaces, out uint commas, out uint digits);
        int start = BitOperations.TrailingZeroCount(~spaces);
        uint afterStart = start < Window ? uint.MaxValue << start : 0;
        uint laterDigits = digits & afterStart;
        if (laterDigits == 0)
        {
            return false;
        }

        // The place and the month run from the first character to the day's first digit; in between, nothing but
        // letters, points, spaces and commas.
        int day = BitOperations.TrailingZeroCount(laterDigits);
        uint placeAndMonth = afterStart & ((1u << day) - 1);
        uint words = letters | points;
        if ((placeAndMonth & ~(words | spaces | commas)) != 0 || (placeAndMonth & ~spaces) == 0)
        {
            return false;
        }

        // The month word ends at the last character before the spaces ahead of the day, and starts after the last space
        // before it; it is one word of letters and points. Place and month together no longer than one word may be
        // keeps every word within its limit without measuring each (a longer place is the character reader's).
        int monthEnd = Window - BitOperations.LeadingZeroCount(placeAndMonth & ~spaces);
        uint beforeMonthEnd = placeAndMonth & ((1u << monthEnd) - 1);
        uint spacesInside = spaces & beforeMonthEnd;
        int monthStart = spacesInside == 0 ? start : Window - BitOperations.LeadingZeroCount(spacesInside);
        uint monthWord = beforeMonthEnd & ~((1u << monthStart) - 1);
        if (monthEnd == day || monthEnd - start > PlaceToken.MaxWordLength || (monthWord & ~words) != 0)
        {
            return false;
        }

        // Every word starts with a letter, a point follows a letter, a space stands alone before a letter, and a comma
        // follows a word and comes before its space: the shape the character reader accepts, and no other.
        if ((letters & (1u << start)) == 0
            || (points & beforeMonthEnd & ~(letters << 1)) != 0
            || ((spacesInside << 1) & ~letters) != 0
            || ((commas & beforeMonthEnd) & ~(words << 1)) != 0
            || (((commas & beforeMonthEnd) << 1) & ~spaces) != 0)
        {
            return false;
        }

        // At most four words before the month keeps every part within its limit of words and the parts within theirs.
        uint beforeMonth = beforeMonthEnd & ((1u << monthStart) - 1);
        if (BitOperations.PopCount(letters & ~(words << 1) & beforeMonth) > PlaceToken.MaxCityWords)
        {
            return false;
        }

        int month = MonthNames.Read(line[monthStart..monthEnd]);
        if (month == 0)
        {
            return false;
        }

        int cityEnd = -1, regionStart = -1, regionEnd = -1;
        uint placeCommas = commas & beforeMonth;
        if (placeCommas == 0)
        {
            cityEnd = monthStart > start ? monthStart - 1 : -1;
        }
        else
        {
            // Parts end at commas, and the last one also at the month when only a space stands before it.
            int firstComma = BitOperations.TrailingZeroCount(placeCommas);
            int lastComma = Window - 1 - BitOperations.LeadingZeroCount(placeCommas);
            bool monthAfterComma = lastComma == monthStart - 2;
            cityEnd = firstComma;
            if (lastComma > firstComma || !monthAfterComma)
            {
                regionStart = firstComma + 2;
                regionEnd = monthAfterComma ? lastComma : monthStart - 1;
            }
        }

        place = new CommonShape.CommonPlace(start, day, month, cityEnd, regionStart, regionEnd);
        return true;
    }

    // One bit per character of the first 32, for each class: one 512-bit vector where there is one, else two or four
    // narrower ones (the checks on IsHardwareAccelerated are constants to the JIT, which keeps one branch).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Classify(ReadOnlySpan<char> line, out uint letters, out uint points, out uint spaces, out uint commas, out uint digits)
    {
        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(line));
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<ushort> chars = Vector512.LoadUnsafe(ref first);
            letters = (uint)Vector512.LessThanOrEqual((chars | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
            digits = (uint)Vector512.LessThanOrEqual(chars - Vector512.Create((ushort)'0'), Vector512.Create((ushort)9)).ExtractMostSignificantBits();
            points = (uint)Vector512.Equals(chars, Vector512.Create((ushort)'.')).ExtractMostSignificantBits();
            spaces = (uint)Vector512.Equals(chars, Vector512.Create((ushort)' ')).ExtractMostSignificantBits();
            commas = (uint)Vector512.Equals(chars, Vector512.Create((ushort)',')).ExtractMostSignificantBits();
            return;
        }

        letters = points = spaces = commas = digits = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (int i = 0; i < Window; i += Vector256<ushort>.Count)
            {
                Vector256<ushort> chars = Vector256.LoadUnsafe(ref first, (nuint)i);
                letters |= Vector256.LessThanOrEqual((chars | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits() << i;
                digits |= Vector256.LessThanOrEqual(chars - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9)).ExtractMostSignificantBits() << i;
                points |= Vector256.Equals(chars, Vector256.Create((ushort)'.')).ExtractMostSignificantBits() << i;
                spaces |= Vector256.Equals(chars, Vector256.Create((ushort)' ')).ExtractMostSignificantBits() << i;
                commas |= Vector256.Equals(chars, Vector256.Create((ushort)',')).ExtractMostSignificantBits() << i;
            }

            return;
        }

        for (int i = 0; i < Window; i += Vector128<ushort>.Count)
        {
            Vector128<ushort> chars = Vector128.LoadUnsafe(ref first, (nuint)i);
            letters |= Vector128.LessThanOrEqual((chars | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits() << i;
            digits |= Vector128.LessThanOrEqual(chars - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9)).ExtractMostSignificantBits() << i;
            points |= Vector128.Equals(chars, Vector128.Create((ushort)'.')).ExtractMostSignificantBits() << i;
            spaces |= Vector128.Equals(chars, Vector128.Create((ushort)' ')).ExtractMostSignificantBits() << i;
            commas |= Vector128.Equals(chars, Vector128.Create((ushort)',')).ExtractMostSignificantBits() << i;
        }
    }
}
