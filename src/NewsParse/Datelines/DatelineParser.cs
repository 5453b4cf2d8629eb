using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>
/// Finds the dateline of an article: a wire dateline at the start of the first paragraph
/// (<c>DOHA, Qatar, Dec. 7 (Reuters) -</c>) or a header date line of a scraped page (<c>December 4, 2024 Hour: 1:34 pm</c>).
/// This is the span layer: nothing is allocated.
/// </summary>
/// <remarks>
/// Only the head of the text is read — the lines before the first paragraph of prose, at most
/// <see cref="HeadLength"/> characters — so the cost does not grow with the article, and a date in the body, a
/// headline or a caption is never taken. Stateless, thread-safe, never throws on any text.
/// </remarks>
public static class DatelineParser
{
    /// <summary>How far into the text a dateline is looked for, in UTF-16 code units.</summary>
    public const int HeadLength = 2000;

    private const int MaxLines = 12;
    private const int ProseLineLength = 200;
    private const int ProseWords = 8;

    /// <summary>Finds the dateline of <paramref name="text"/> with the default options.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <param name="dateline">The dateline, when there is one.</param>
    /// <returns>Whether the text has a dateline.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DatelineMatch dateline) => TryParse(text, DatelineOptions.Default, out dateline);

    /// <summary>Finds the dateline of <paramref name="text"/>.</summary>
    /// <param name="text">The raw text of an article.</param>
    /// <param name="options">Parser options: the reference date, the order of numeric dates.</param>
    /// <param name="dateline">The dateline, when there is one.</param>
    /// <returns>Whether the text has a dateline.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, DatelineOptions options, out DatelineMatch dateline)
    {
        // Everything below reads the head alone, whose length is bounded: one step, whatever the text.
        WorkMeter.Add(1);
        ReadOnlySpan<char> head = text[..Math.Min(text.Length, HeadLength)];
        int lines = 0;
        int start = 0;
        while (start < head.Length && lines < MaxLines)
        {
            // Line breaks, blank lines and indents: every reader skips the spaces that open a line.
            if (char.IsWhiteSpace(head[start]))
            {
                start++;
                continue;
            }

            // Below the first line, a dateline is read before the line's end is looked for: the reader stops at it.
            if (lines > 0 && DatelineReader.TryRead(head[start..], start, options, out dateline))
            {
                return true;
            }

            int lastLower = -1;
            int end = lines == 0 ? FirstLineEnd(head, start, out lastLower) : LineEnd(head, start);
            ReadOnlySpan<char> line = head[start..end];
            lines++;

            // A headline in capitals with more text below holds no dateline: a wire dateline there would run on into the
            // story's lower-case words, and scraped pages write their dates in lower case.
            if (lines == 1 && end < head.Length && lastLower < 0)
            {
                start = end + 1;
                continue;
            }

            // A first line is the headline unless its dateline runs on into the story's lower case
            // (`WASHINGTON (Reuters) - The Senate…`): a headline may hold a place and a date too.
            if ((lines == 1 && DatelineReader.TryRead(line, start, options, out dateline) && (end == head.Length || lastLower >= dateline.End))
                || (HeaderDateLine.MayBe(line) && HeaderDateLine.TryRead(line, start, options, out dateline)))
            {
                return true;
            }

            // The first paragraph of prose holds the dateline or there is none: the body's dates are not datelines.
            if (IsProse(line))
            {
                break;
            }

            start = end + 1;
        }

        dateline = default;
        return false;
    }

    // The end of the first line (its line break, or the end of the head), and where its last lower-case ASCII letter is
    // (-1 when it has none): one pass over the line, which tells both whether the line is a headline in capitals and
    // whether a dateline on it runs on into the story.
    private static int FirstLineEnd(ReadOnlySpan<char> head, int start, out int lastLower)
    {
        lastLower = -1;
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(head));
        int p = start;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; p + Vector256<ushort>.Count <= head.Length; p += Vector256<ushort>.Count)
            {
                Vector256<ushort> block = Vector256.LoadUnsafe(ref chars, (nuint)p);
                uint breaks = (Vector256.Equals(block, Vector256.Create((ushort)'\n')) | Vector256.Equals(block, Vector256.Create((ushort)'\r'))).ExtractMostSignificantBits();
                uint lower = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'a'), Vector256.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
                if (breaks != 0)
                {
                    return BlockEnd(p, breaks, lower, ref lastLower);
                }

                lastLower = lower != 0 ? p + 31 - BitOperations.LeadingZeroCount(lower) : lastLower;
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; p + Vector128<ushort>.Count <= head.Length; p += Vector128<ushort>.Count)
            {
                Vector128<ushort> block = Vector128.LoadUnsafe(ref chars, (nuint)p);
                uint breaks = (Vector128.Equals(block, Vector128.Create((ushort)'\n')) | Vector128.Equals(block, Vector128.Create((ushort)'\r'))).ExtractMostSignificantBits();
                uint lower = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'a'), Vector128.Create((ushort)('z' - 'a'))).ExtractMostSignificantBits();
                if (breaks != 0)
                {
                    return BlockEnd(p, breaks, lower, ref lastLower);
                }

                lastLower = lower != 0 ? p + 31 - BitOperations.LeadingZeroCount(lower) : lastLower;
            }
        }

        for (; p < head.Length && head[p] is not ('\n' or '\r'); p++)
        {
            lastLower = char.IsAsciiLetterLower(head[p]) ? p : lastLower;
        }

        return p;
    }

    // The line break in the block at `p` (a mask with one bit per character), with the last lower-case letter before it.
    private static int BlockEnd(int p, uint breaks, uint lower, ref int lastLower)
    {
        int at = BitOperations.TrailingZeroCount(breaks);
        lower &= (1u << at) - 1;
        lastLower = lower != 0 ? p + 31 - BitOperations.LeadingZeroCount(lower) : lastLower;
        return p + at;
    }

    // The end of the line starting at `start`: its line break, or the end of the head.
    private static int LineEnd(ReadOnlySpan<char> head, int start)
    {
        ref ushort chars = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(head));
        int p = start;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; p + Vector256<ushort>.Count <= head.Length; p += Vector256<ushort>.Count)
            {
                Vector256<ushort> block = Vector256.LoadUnsafe(ref chars, (nuint)p);
                uint breaks = (Vector256.Equals(block, Vector256.Create((ushort)'\n')) | Vector256.Equals(block, Vector256.Create((ushort)'\r'))).ExtractMostSignificantBits();
                if (breaks != 0)
                {
                    return p + BitOperations.TrailingZeroCount(breaks);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; p + Vector128<ushort>.Count <= head.Length; p += Vector128<ushort>.Count)
            {
                Vector128<ushort> block = Vector128.LoadUnsafe(ref chars, (nuint)p);
                uint breaks = (Vector128.Equals(block, Vector128.Create((ushort)'\n')) | Vector128.Equals(block, Vector128.Create((ushort)'\r'))).ExtractMostSignificantBits();
                if (breaks != 0)
                {
                    return p + BitOperations.TrailingZeroCount(breaks);
                }
            }
        }

        while (p < head.Length && head[p] is not ('\n' or '\r'))
        {
            p++;
        }

        return p;
    }

    // A sentence of running text: long, or ending like a sentence, with more words than a title and some lower case
    // (a headline in capitals is not prose, whatever its punctuation).
    private static bool IsProse(ReadOnlySpan<char> line)
    {
        line = line.Trim();
        if (line.Length > ProseLineLength)
        {
            return true;
        }

        if (line.IsEmpty || line[^1] is not ('.' or '!' or '?' or '"' or '”' or '»'))
        {
            return false;
        }

        return line.Count(' ') + 1 >= ProseWords && line.ContainsAnyInRange('a', 'z');
    }
}
