using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>
/// Finds the dateline of an article: a wire or newspaper dateline at the start of the story
/// (<c>DOHA, Qatar, Dec. 7 (Reuters) -</c>, <c>WASHINGTON —</c>) or a header date line of a scraped page
/// (<c>December 4, 2024 Hour: 1:34 pm</c>). This is the span layer: nothing is allocated.
/// </summary>
/// <remarks>
/// <para>
/// Only the head is read, the way an editor reads it, at most <see cref="HeadLength"/> characters and 24 lines, so
/// the cost does not grow with the article:
/// </para>
/// <list type="number">
/// <item>the first line is the headline, unless a dateline opens it and the story runs on after it on that line
/// (<c>WASHINGTON (AP) — The Senate…</c>), or it stands alone there (<c>MADRID, April 9, 1997 (AFP)</c>);</item>
/// <item>every line below is first read for a dateline (<see cref="DatelineReader"/>); a page's date line
/// (<c>Updated March 4, 2024</c>) is kept, and taken only if no dateline of the story follows;</item>
/// <item>failing both, a line of the head is passed over (<see cref="HeadLines"/>): up to two decks, bylines and
/// credits, kickers, bullets, photo captions, editor's notes, share buttons and menus;</item>
/// <item>the story's first paragraph (a line longer than a deck, two sentences, wrapped prose) or a table's row ends
/// the walk: a date or a place in the body is never a dateline, nor is a headline, a caption or a label.</item>
/// </list>
/// <para>Stateless, thread-safe, never throws on any text.</para>
/// </remarks>
public static class DatelineParser
{
    /// <summary>How far into the text a dateline is looked for, in UTF-16 code units.</summary>
    public const int HeadLength = 2000;

    private const int MaxLines = 24;

    // The longest dateline alone on a first line in capitals (`SAN FRANCISCO, CALIF., DEC. 4, 2005 (AFP)`): a longer
    // line in capitals is a headline.
    private const int MaxAloneLength = 48;

    // Decks and standfirsts under a headline, before the first paragraph of the story.
    private const int MaxDecks = 2;

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
        int decks = 0;
        int pageDateStart = -1, pageDateEnd = 0;
        while (start < head.Length && lines < MaxLines)
        {
            // Line breaks, blank lines, indents and a byte order mark: every reader skips the spaces that open a line.
            if (CharClass.IsSpace(head[start]))
            {
                start++;
                continue;
            }

            bool first = lines++ == 0;
            int end;
            if (first)
            {
                // A first line is the headline unless its dateline runs on into the story's lower case (`WASHINGTON
                // (Reuters) - The Senate…`) or stands alone on it, with no word after it (`MADRID, April 9, 1997 (AFP)`,
                // not `SUGAR IMPORTS DETAILED -- USDA`): a headline may hold a place and a date too. A headline in
                // capitals with more text below holds one only alone on its line, ending as a dateline ends.
                end = FirstLineEnd(head, start, out int lastLower);
                bool capitalHeadline = end < head.Length && lastLower < 0;
                if ((!capitalHeadline || (end - start <= MaxAloneLength && EndsLikeDateline(head[start..end])))
                    && DatelineReader.TryRead(head[start..end], start, options, out dateline, out DatelineEnding ending)
                    && (end == head.Length || (ending == DatelineEnding.Story && lastLower >= dateline.End)
                        || (LineRest.IsBare(head, dateline.End) && FollowsAsItMust(head, end, ending))))
                {
                    return true;
                }

                // Nor a date line: scraped pages write theirs in lower case.
                if (capitalHeadline)
                {
                    start = end + 1;
                    continue;
                }
            }
            else
            {
                // Below the first line a dateline is read before the line's end is looked for: the reader stops there. A
                // place and a date alone are a dateline only before a blank line; below a deck, a paragraph may open with
                // a sentence's words before a date (`In an email dated Feb. 12, 2012 —`), so a dateline there names its
                // place as a place.
                if (DatelineReader.TryRead(head[start..], start, options, out dateline, out DatelineEnding ending)
                    && (ending == DatelineEnding.Story || FollowsAsItMust(head, HeadLines.LineEnd(head, start, head.Length), ending))
                    && (decks == 0 || IsWrittenAsPlace(head, dateline)))
                {
                    return true;
                }

                // A line longer than a deck is the story's first paragraph, which ends the walk, unless it is an aside (a
                // caption, an editor's note); its end is looked for no further than that tells.
                end = HeadLines.LineEnd(head, start, start + HeadLines.MaxDeckLength + 1);
                if (end - start > HeadLines.MaxDeckLength)
                {
                    end = HeadLines.AsideEnd(head, start);
                    if (end < 0)
                    {
                        break;
                    }

                    start = end + 1;
                    continue;
                }
            }

            ReadOnlySpan<char> line = head[start..end];
            // A page's date line is the dateline unless the story's own is below it.
            if (pageDateStart < 0 && HeaderDateLine.MayBe(line) && HeaderDateLine.TryRead(line, start, options, out _))
            {
                (pageDateStart, pageDateEnd) = (start, end);
                start = end + 1;
                continue;
            }

            // Headline, decks, bylines, captions and notes are passed over; the first paragraph of prose holds the dateline
            // or there is none: the body's dates and places are not datelines. The headline stops the walk only as
            // running text.
            HeadLineKind kind = first ? HeadLines.ClassifyHeadline(head, start, end) : HeadLines.Classify(head, start, end);
            if (kind == HeadLineKind.Prose
                || (!first && (kind is HeadLineKind.Sentences or HeadLineKind.Row || (kind == HeadLineKind.Deck && ++decks > MaxDecks))))
            {
                break;
            }

            start = end + 1;
        }

        // Read again where it stood, rather than kept: a match held through the walk would be cleared at every call.
        dateline = default;
        return pageDateStart >= 0 && HeaderDateLine.TryRead(head[pageDateStart..pageDateEnd], pageDateStart, options, out dateline);
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

    /// <summary>
    /// Where the story's words start on the line at <paramref name="lineStart"/>: past a dateline that opens the line
    /// and the spaces after it, or <paramref name="lineStart"/> when none does. What the quote parser asks, so that a
    /// dateline is never taken for the first words of a sentence.
    /// </summary>
    internal static int BodyStartAt(ReadOnlySpan<char> text, int lineStart) =>
        DatelineReader.TryRead(text[lineStart..], lineStart, DatelineOptions.Default, out DatelineMatch dateline, out DatelineEnding ending)
            && ending != DatelineEnding.Alone
            ? DateText.SkipSpaces(text, dateline.End)
            : lineStart;

    // A dateline standing alone ends with its separator, a figure of its date or its agency's bracket.
    private static bool EndsLikeDateline(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd();
        return !line.IsEmpty && (Separator.IsDash(line[^1]) || char.IsAsciiDigit(line[^1]) || line[^1] is ')' or '/' or '.');
    }

    private static bool IsWrittenAsPlace(ReadOnlySpan<char> head, in DatelineMatch dateline) =>
        dateline.City.Equals(default(Range)) || PlaceWords.IsWrittenAsPlace(head[dateline.City], head[dateline.Region]);

    // What must follow a dateline that stands at its line's end: a blank line, or for one ending with its separator
    // (`ATLANTA _`) the story's first line.
    private static bool FollowsAsItMust(ReadOnlySpan<char> head, int end, DatelineEnding ending) =>
        ending == DatelineEnding.Story || BlankLineFollows(head, end)
        || (ending == DatelineEnding.LineEnd && LineRest.StoryStarts(head, NextLineStart(head, end)));

    private static int NextLineStart(ReadOnlySpan<char> head, int end)
    {
        int p = end < head.Length && head[end] == '\r' ? end + 1 : end;
        return p < head.Length && head[p] == '\n' ? p + 1 : p;
    }

    // Whether the line after the one ending at `end` is blank, or the head ends first.
    private static bool BlankLineFollows(ReadOnlySpan<char> head, int end)
    {
        int p = end < head.Length && head[end] == '\r' ? end + 1 : end;
        p = p < head.Length && head[p] == '\n' ? p + 1 : p;
        p = DateText.SkipSpaces(head, p);
        return p >= head.Length || head[p] is '\n' or '\r';
    }
}
