using System.Buffers;
using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>What a line of an article's head is, as an editor reads it: what the head walk passes over, and where it stops.</summary>
internal enum HeadLineKind : byte
{
    /// <summary>Short and not ending a sentence: a headline, a byline or credit, a kicker, a share button, <c>Updated 3:45 p.m.</c>.</summary>
    Label,

    /// <summary>One short sentence: a headline, or a deck (standfirst) under it.</summary>
    Deck,

    /// <summary>Two sentences or more in a short line: a paragraph of prose, or a headline that asks and answers.</summary>
    Sentences,

    /// <summary>A photo caption, an editor's note or a correction: passed over at any length.</summary>
    Aside,

    /// <summary>
    /// Words in capitals before a dash that are no dateline: a table's row or a section's label
    /// (<c>COPPER GRADE A - 2650 tonnes</c>, <c>IOWA POLLS NOT WRONG - …</c>), which only a body holds; or a headline.
    /// </summary>
    Row,

    /// <summary>Running text: a line longer than a deck (the story's lede, or a paragraph of it), or one wrapped onto the next line.</summary>
    Prose,
}

/// <summary>Tells the kind of each line of an article's head.</summary>
internal static class HeadLines
{
    // Longer than any headline: a first line of more is running text.
    private const int MaxLabelLength = 320;
    // The longest line passed over as an aside (an editor's note, a correction): any longer is running text.
    private const int MaxAsideLength = 600;
    private const int MaxCaptionLength = 400;

    /// <summary>The longest deck: decks run to a line of print, and a longer line under a headline is the story's lede.</summary>
    public const int MaxDeckLength = 100;

    // Five characters or fewer: a vector search each, where a set of characters beyond ASCII would be a slower one.
    private const string KickerPunctuation = ":-–—―";
    private const string Dashes = "-_–—―";
    private static readonly SearchValues<char> s_creditPunctuationAndLineBreaks = SearchValues.Create("/:\n\r");
    private static readonly SearchValues<char> s_sentencePunctuation = SearchValues.Create(".!?:;");

    // How far into a line a kicker's colon or dash stands: `CLARIFICATIONS —`, `EDITOR'S NOTE:`.
    private const int MaxKickerReach = 32;

    // How far into a line a label in capitals and its dash reach: `ZINC HIGH GRADE -`.
    private const int MaxLabelDashReach = 40;

    /// <summary>
    /// The kind of the line from <paramref name="start"/> to <paramref name="end"/> (its line break, or the end of
    /// <paramref name="head"/>), a line below the headline of no more than <see cref="MaxDeckLength"/> characters; a longer
    /// one is told by <see cref="AsideEnd"/>.
    /// </summary>
    public static HeadLineKind Classify(ReadOnlySpan<char> head, int start, int end)
    {
        ReadOnlySpan<char> line = head[start..end].TrimEnd();
        if (OpensWithKicker(line))
        {
            return HeadLineKind.Aside;
        }

        // `• Three parks close in May.`: a key point, passed over whatever it holds, and no deck.
        if (line.Length > 1 && line[0] is '•' or '●' or '▪' or '◦' or '*' && line[1] == ' ')
        {
            return HeadLineKind.Label;
        }

        // `COPPER GRADE A - 2650 tonnes…`, `BREAKING NEWS — …` that no reader took for a dateline: a table's row or a
        // section's label, which only the body holds.
        if (OpensWithCapitalsAndDash(line))
        {
            return HeadLineKind.Row;
        }

        bool runsOn = IsWrapped(head, end);
        if (runsOn || HasInnerSentenceEnd(line))
        {
            return IsCaption(line) ? HeadLineKind.Aside : runsOn ? HeadLineKind.Prose : HeadLineKind.Sentences;
        }

        return EndsSentence(line) ? HeadLineKind.Deck : HeadLineKind.Label;
    }

    /// <summary>
    /// Where a line longer than a deck ends when it is an aside — opened by a kicker (<c>EDITOR’S NOTE — …</c>), or a
    /// photo caption — or -1: any other such line is the story's lede or a paragraph of it. Its end is looked for no
    /// further than an aside or a caption runs.
    /// </summary>
    public static int AsideEnd(ReadOnlySpan<char> head, int start)
    {
        if (OpensWithKicker(head[start..Math.Min(head.Length, start + MaxKickerReach)]))
        {
            int end = LineEnd(head, start, start + MaxAsideLength + 1);
            return end - start <= MaxAsideLength ? end : -1;
        }

        // A caption, in one pass over as far as captions run: its line's end, and the marks of a credit on the way.
        ReadOnlySpan<char> reach = head[start..Math.Min(head.Length, start + MaxCaptionLength + 1)];
        bool credit = reach.StartsWith("Image c", StringComparison.OrdinalIgnoreCase);
        for (int from = 0; ;)
        {
            int at = reach[from..].IndexOfAny(s_creditPunctuationAndLineBreaks);
            int end = at < 0 ? reach.Length : from + at;
            if (at < 0 || reach[end] is '\n' or '\r')
            {
                // No line break as far as captions run: running text, unless the head ends first.
                ReadOnlySpan<char> line = reach[..end];
                return (at >= 0 || start + reach.Length == head.Length)
                    && (credit || line.Contains(HeadWords.CopyrightSign) || IsCredited(line.TrimEnd())) ? start + end : -1;
            }

            credit |= IsCreditMark(reach, end);
            from = end + 1;
        }
    }

    /// <summary>
    /// The end of the line starting at <paramref name="start"/>: its line break, or the end of <paramref name="head"/>,
    /// looked for no further than <paramref name="limit"/>.
    /// </summary>
    public static int LineEnd(ReadOnlySpan<char> head, int start, int limit)
    {
        int end = Math.Min(head.Length, limit);
        int at = head[start..end].IndexOfAny('\n', '\r');
        return at < 0 ? end : start + at;
    }

    /// <summary>
    /// The kind of a first line, which is the headline unless it is running text: <see cref="HeadLineKind.Prose"/> or
    /// <see cref="HeadLineKind.Label"/>, told without reading its sentences.
    /// </summary>
    public static HeadLineKind ClassifyHeadline(ReadOnlySpan<char> head, int start, int end) =>
        end - start > MaxLabelLength || IsWrapped(head, end) ? HeadLineKind.Prose : HeadLineKind.Label;

    // A photo's caption or credit: `©…`, `Image caption …`, a credit's word before a slash or a colon (`(AP Photo/…)`,
    // `REUTERS/…`, `Photograph: …`) or after a slash (`… / AFP`), or a photographer and publisher in the brackets that
    // end it. Slashes and colons are rare in prose, so each is looked at where it stands.
    private static bool IsCaption(ReadOnlySpan<char> line)
    {
        if (line.StartsWith("Image c", StringComparison.OrdinalIgnoreCase) || IsCredited(line))
        {
            return true;
        }

        if (line.Contains(HeadWords.CopyrightSign))
        {
            return true;
        }

        for (int from = 0; ;)
        {
            int at = line[from..].IndexOfAny(s_creditPunctuationAndLineBreaks);
            if (at < 0)
            {
                return false;
            }

            at += from;
            if (IsCreditMark(line, at))
            {
                return true;
            }

            from = at + 1;
        }
    }

    // A credit's word before the slash or colon at `at`, or after the slash.
    private static bool IsCreditMark(ReadOnlySpan<char> line, int at) =>
        (line[at] is '/' or ':' && HeadWords.CreditWords.Contains(WordBefore(line, at)))
        || (line[at] == '/' && HeadWords.CreditWords.Contains(WordAfter(line, at + 1)));

    // `… on Monday. (Sam Doe/The Dalton Post)`: a photographer and a publisher in the brackets that end a caption.
    private static bool IsCredited(ReadOnlySpan<char> line)
    {
        if (line.IsEmpty || line[^1] != ')')
        {
            return false;
        }

        int open = line.LastIndexOf('(');
        return open >= 0 && line[open..].Contains('/');
    }

    private static ReadOnlySpan<char> WordBefore(ReadOnlySpan<char> line, int at)
    {
        int end = at;
        while (end > 0 && line[end - 1] == ' ')
        {
            end--;
        }

        int start = end;
        while (start > 0 && char.IsLetter(line[start - 1]))
        {
            start--;
        }

        return line[start..end];
    }

    private static ReadOnlySpan<char> WordAfter(ReadOnlySpan<char> line, int p)
    {
        while (p < line.Length && line[p] == ' ')
        {
            p++;
        }

        int end = p;
        while (end < line.Length && char.IsLetter(line[end]))
        {
            end++;
        }

        return line[p..end];
    }

    // `EDITOR’S NOTE — …`, `Correction: …`, `FILE - In this photo…`: a kicker word, perhaps a second word, then a dash or
    // a colon; the word is looked up only when the punctuation is there.
    private static bool OpensWithKicker(ReadOnlySpan<char> line)
    {
        // Most lines have neither a colon nor a dash where a kicker's would stand: one search tells.
        if (line[..Math.Min(line.Length, MaxKickerReach)].IndexOfAny(KickerPunctuation) < 0)
        {
            return false;
        }

        int p = 0;
        ReadOnlySpan<char> first = default;
        for (int words = 0; words < 2; words++)
        {
            int wordStart = p;
            while (p < line.Length && (char.IsLetter(line[p]) || line[p] is '\'' or '’' or '&'))
            {
                p++;
            }

            if (p == wordStart)
            {
                return false;
            }

            first = words == 0 ? line[wordStart..p] : first;
            int q = DateText.SkipSpaces(line, p);
            if (q < line.Length && (line[q] == ':' || Separator.IsDash(line[q])))
            {
                return HeadWords.Kickers.Contains(PlaceWords.WithoutPossessive(first));
            }

            if (q == p)
            {
                return false;
            }

            p = q;
        }

        return false;
    }

    // Words in capitals, then a spaced dash, within the first few characters. Most lines open with a word in lower or
    // title case, told by their first two letters.
    private static bool OpensWithCapitalsAndDash(ReadOnlySpan<char> line)
    {
        if (line.Length < 2 || !char.IsUpper(line[0]) || char.IsLower(line[1]))
        {
            return false;
        }

        ReadOnlySpan<char> start = line[..Math.Min(line.Length, MaxLabelDashReach)];
        int dash = start.IndexOfAny(Dashes);
        if (dash < 2 || start[dash - 1] != ' ' || dash + 1 >= line.Length || !DateText.IsSpace(line[SkipDashes(line, dash)]))
        {
            return false;
        }

        ReadOnlySpan<char> label = start[..dash].TrimEnd();
        return PlaceWords.Read(label).HasFlag(PlaceCase.Capitals) && !label.ContainsAny(s_sentencePunctuation);
    }

    private static int SkipDashes(ReadOnlySpan<char> line, int p)
    {
        while (p < line.Length - 1 && Separator.IsDash(line[p]))
        {
            p++;
        }

        return p;
    }

    // A line of hard-wrapped copy that the next line continues: one paragraph of prose (see Paragraphs.EndsAt).
    private static bool IsWrapped(ReadOnlySpan<char> head, int end)
    {
        int newline = end < head.Length && head[end] == '\r' && end + 1 < head.Length && head[end + 1] == '\n' ? end + 1 : end;
        return newline + 1 < head.Length && head[newline + 1] is not ('\n' or '\r' or ' ' or '\t') && !Paragraphs.EndsAt(head, newline);
    }

    // A sentence ends inside the line, before its last one: two sentences or more.
    private static bool HasInnerSentenceEnd(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> inner = line.TrimEnd("\"”’')»›.!?");
        for (int from = 0; ;)
        {
            int at = inner[from..].IndexOfAny('.', '!', '?');
            if (at < 0)
            {
                return false;
            }

            from += at;
            if (!IsInitials(inner, from) && Sentences.IsEnd(inner, from))
            {
                return true;
            }

            from++;
        }
    }

    // `N.Y. Times`, `J.R. Doe`: the point after the last of dotted initials ends no sentence.
    private static bool IsInitials(ReadOnlySpan<char> line, int point) =>
        point >= 3 && char.IsLetter(line[point - 1]) && line[point - 2] == '.' && char.IsLetter(line[point - 3])
        && (point == 3 || !char.IsLetter(line[point - 4]));

    private static bool EndsSentence(ReadOnlySpan<char> line)
    {
        ReadOnlySpan<char> core = line.TrimEnd("\"”’')»›");
        return !core.IsEmpty && core[^1] is '.' or '!' or '?';
    }
}
