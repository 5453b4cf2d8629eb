using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>
/// The words of a stretch of text beside a quote, read once, up to the end of a sentence or a quote mark: where each
/// word starts and ends, and what stands between two words (a comma, a colon). Attribution rules read a sentence's
/// frame through it.
/// </summary>
internal readonly ref struct WordWindow
{
    /// <summary>The most words a window holds.</summary>
    public const int Capacity = 48;

    /// <summary>The length of the buffer a window is read into: the starts and the ends of its words.</summary>
    public const int BufferLength = 2 * Capacity;

    private readonly Span<int> _starts;
    private readonly Span<int> _ends;

    private WordWindow(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int count)
    {
        // Only the slots read are kept: a rule that asks past the last word throws rather than reading a slot never written.
        Text = text;
        _starts = starts[..count];
        _ends = ends[..count];
        Count = count;
    }

    /// <summary>The whole text the words are read from; word positions are offsets into it.</summary>
    public ReadOnlySpan<char> Text { get; }

    /// <summary>The number of words read.</summary>
    public int Count { get; }

    /// <summary>The first <paramref name="count"/> words of this window, read no further.</summary>
    public WordWindow Prefix(int count) => new(Text, _starts, _ends, count);

    /// <summary>The word at <paramref name="k"/>.</summary>
    public ReadOnlySpan<char> this[int k] => Text[_starts[k].._ends[k]];

    /// <summary>Where the word at <paramref name="k"/> starts in <see cref="Text"/>.</summary>
    public int Start(int k) => _starts[k];

    /// <summary>Where the word at <paramref name="k"/> ends in <see cref="Text"/>.</summary>
    public int End(int k) => _ends[k];

    /// <summary>The words from <paramref name="first"/> to <paramref name="last"/> as a range of <see cref="Text"/>.</summary>
    public Range Words(int first, int last) => new(_starts[first], _ends[last]);

    /// <summary>What stands between the word at <paramref name="k"/> and the next; nothing after the last word.</summary>
    public ReadOnlySpan<char> GapAfter(int k) => k + 1 < Count ? Text[_ends[k].._starts[k + 1]] : default;

    /// <summary>The text from the end of the word at <paramref name="first"/> to the start of the word at <paramref name="last"/>.</summary>
    public ReadOnlySpan<char> Between(int first, int last) => Text[_ends[first].._starts[last]];

    /// <summary>Whether a comma stands between the word at <paramref name="k"/> and the next.</summary>
    public bool CommaAfter(int k) => GapAfter(k).Contains(',');

    /// <summary>
    /// Whether a comma follows the word at <paramref name="k"/> within two characters, even past the last word, or past a
    /// short parenthesis the words pass over (`the UN refugee agency (UNHCR), said`).
    /// </summary>
    public bool CommaJustAfter(int k)
    {
        if (k >= Count || _ends[k] >= Text.Length)
        {
            return false;
        }

        int p = _ends[k];
        if (Text[p..Math.Min(Text.Length, p + 2)].Contains(','))
        {
            return true;
        }

        int open = Text[p..Math.Min(Text.Length, p + 2)].IndexOf('(');
        int close = open < 0 ? -1 : Text[(p + open)..Math.Min(Text.Length, p + open + 30)].IndexOfAny(')', '\n');
        p += open + close + 1;
        return close > 0 && Text[p - 1] == ')' && p < Text.Length && Text[p] == ',';
    }

    /// <summary>
    /// Whether a dash stands between the word at <paramref name="k"/> and the next: <c>—</c>, <c>–</c>, or hyphens set off
    /// by spaces as plain-text copy writes a dash (<c> - </c>, <c>--</c>).
    /// </summary>
    public bool DashAfter(int k) => GapAfter(k).ContainsAny("-–—");

    /// <summary>Whether a mark that no clause runs across (<c>; : [ ]</c>) stands between the word at <paramref name="k"/> and the next.</summary>
    public bool BreakAfter(int k) => GapAfter(k).ContainsAny(";:[]");

    /// <summary>The last word before the first comma among the words before <paramref name="last"/>, or -1.</summary>
    public int FirstComma(int last)
    {
        for (int k = 0; k < last; k++)
        {
            if (CommaAfter(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>The word before the comma that opens the clause ending at <paramref name="last"/>, or -1 past a break.</summary>
    public int LastComma(int last)
    {
        for (int k = last - 1; k >= 0 && last - k <= 40; k--)
        {
            if (BreakAfter(k))
            {
                return -1;
            }

            if (CommaAfter(k))
            {
                return k;
            }
        }

        return -1;
    }

    /// <summary>Whether the word at <paramref name="k"/> opens with a capital, or is a name that opens with a particle (<c>al-Hamdan</c>).</summary>
    public bool IsCapitalised(int k) => char.IsUpper(Text[_starts[k]]) || WordKinds.StartsName(this[k]);

    /// <summary>Whether the word at <paramref name="k"/> opens with a lower-case letter.</summary>
    public bool IsLowerCase(int k) => char.IsLower(Text[_starts[k]]);

    /// <summary>Whether the word at <paramref name="k"/> is <paramref name="word"/>, as written.</summary>
    public bool Is(int k, string word) => this[k].SequenceEqual(word);

    /// <summary>
    /// The first <paramref name="words"/> words (at most <see cref="Capacity"/>) in <c>[p, limit)</c>, read into
    /// <paramref name="buffer"/> of <see cref="BufferLength"/>; in hard-wrapped copy (<paramref name="wrapped"/>) across
    /// the lines of a paragraph.
    /// </summary>
    public static WordWindow Read(ReadOnlySpan<char> text, int p, int limit, Span<int> buffer, bool wrapped, int words = Capacity)
    {
        Span<int> starts = buffer[..Capacity];
        Span<int> ends = buffer[Capacity..BufferLength];
        return new WordWindow(text, starts, ends, ReadWords(text, p, limit, starts[..Math.Min(words, Capacity)], ends, wrapped, p));
    }

    /// <summary>
    /// The last words before <paramref name="open"/>, from <paramref name="from"/> at the earliest; quote marks before
    /// <paramref name="marksFrom"/> are read as the space between words (the marks of a title inside the words).
    /// </summary>
    public static WordWindow ReadLast(ReadOnlySpan<char> text, int from, int open, Span<int> buffer, bool wrapped, int marksFrom = 0)
    {
        Span<int> starts = buffer[..Capacity];
        Span<int> ends = buffer[Capacity..BufferLength];
        int p = SkipToLastWords(text, from, open, Capacity);
        return new WordWindow(text, starts, ends, ReadWords(text, p, open, starts, ends, wrapped, marksFrom));
    }

    // Words of letters, digits, apostrophes, hyphens and points, up to the end of a sentence or a quote mark (from
    // `marksFrom` on).
    private static int ReadWords(ReadOnlySpan<char> text, int p, int limit, Span<int> starts, Span<int> ends, bool wrapped, int marksFrom)
    {
        int n = 0;
        while (p < limit && n < starts.Length)
        {
            char c = text[p];
            if (char.IsLetterOrDigit(c))
            {
                int s = p;
                int apostrophe = -1;
                p = AsciiRuns.LettersAndDigitsEnd(text, p, limit);
                while (p < limit && (char.IsLetterOrDigit(text[p]) || text[p] is '\'' or '’' or '-' || (text[p] == '.' && p + 1 < limit && char.IsLetter(text[p + 1]))))
                {
                    if (apostrophe < 0 && text[p] is '\'' or '’')
                    {
                        apostrophe = p;
                    }

                    p++;
                }

                // `Mr.`, `U.S.`: a point after a title or an initial belongs to the word, not to the sentence.
                if (p < limit && text[p] == '.' && !Sentences.IsEnd(text, p))
                {
                    p++;
                }

                // `He's said`, `she’d told`: the pronoun of a contraction is the word; its auxiliary is not.
                starts[n] = s;
                ends[n] = apostrophe > s && WordKinds.IsPronoun(text[s..apostrophe]) ? apostrophe : p;
                n++;
                continue;
            }

            // `Rep. Earl Blumenauer (D-Ore.) said`: a short parenthesis after a name is no part of the sentence's frame.
            if (c == '(')
            {
                int close = text[p..Math.Min(limit, p + 30)].IndexOfAny(')', '\n');
                if (close > 0 && text[p + close] == ')')
                {
                    p += close + 1;
                    continue;
                }
            }

            if (c == '<' && p + 1 < limit && (char.IsAsciiLetter(text[p + 1]) || text[p + 1] == '/'))
            {
                // A tag holds no `<`: stopping there reads each character once, however many `<` the text holds.
                int close = text[(p + 1)..limit].IndexOfAny('>', '<');
                p = close >= 0 && text[p + 1 + close] == '>' ? p + close + 2 : p + 1;
                continue;
            }

            if (c != ' ' && ((c == '\n' && (!wrapped || Paragraphs.EndsAt(text, p, indented: true))) || (p >= marksFrom && QuoteMarks.EndsWords(text, p, limit))
                || (c is '.' or '!' or '?' && Sentences.IsEnd(text, p))))
            {
                break;
            }

            p++;
        }

        return n;
    }

    // In a long stretch before a quote, only the last words can hold its attribution.
    private static int SkipToLastWords(ReadOnlySpan<char> text, int from, int open, int words)
    {
        // Only white space ends a word: a stretch with fewer characters that may be white space than the words wanted
        // has no words to skip, which a vector count tells without the walk.
        if (from + 1 >= open || CharClass.CountMaybeSpace(text[(from + 1)..open]) < words - 1)
        {
            return from;
        }

        int count = 0;
        for (int p = open - 1; p > from; p--)
        {
            if (CharClass.IsSpace(text[p]) && !CharClass.IsSpace(text[p - 1]) && ++count >= words - 1)
            {
                return p;
            }
        }

        return from;
    }
}
