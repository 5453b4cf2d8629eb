using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>A quote as paired from its marks, before attribution.</summary>
/// <param name="OpenMark">The offset of the opening mark.</param>
/// <param name="Start">The first quoted character.</param>
/// <param name="End">Just past the last quoted character.</param>
/// <param name="Closed">Whether a closing mark ends it; an unclosed quote ends at its paragraph or before the next opening mark.</param>
/// <param name="ContinuesNextParagraph">Unclosed at the end of its paragraph, with the next paragraph reopening: one quote over several paragraphs.</param>
internal readonly record struct PairedQuote(int OpenMark, int Start, int End, bool Closed, bool ContinuesNextParagraph);

/// <summary>
/// Pairs quote marks of the styles of <see cref="QuoteMarks"/>, left to right, in one pass: a mark that both opens and
/// closes (<c>"</c>, <c>''</c>) has its role read from the characters around it, and single marks (<c>‘ ’</c>, <c>'</c>)
/// pair only when they truly pair — never apostrophes. Marks of the other kind inside a quote are nested and skipped.
/// </summary>
internal struct QuotePairing
{
    private const int SingleQuoteReach = 400;

    private const int TagReach = 300;

    private int _position;

    // Whether the text is hard-wrapped copy that indents its paragraphs: 0 until asked, then 1 or -1.
    private int _indentsParagraphs;
    private int _singleCloserSearchedTo;
    private int _nextSingleCloser;
    private SentenceStarts _sentenceStarts;

    public QuotePairing()
    {
        _sentenceStarts = new SentenceStarts();
        _position = 0;
        _singleCloserSearchedTo = -1;
        _nextSingleCloser = -1;
    }

    /// <summary>Finds the next quote; the position moves past it.</summary>
    public bool TryNext(ReadOnlySpan<char> text, out PairedQuote quote)
    {
        quote = default;
        int open = -1;

        // The style of the open quote: outside a quote, only what may open one and the start of a tag is looked for (a
        // closing mark or an apostrophe, `’`, the commonest mark of all, opens nothing, and a line break ends nothing).
        int style = -1;
        int p = _position;
        while (p < text.Length)
        {
            int hit = text[p..].IndexOfAny(open < 0 ? QuoteMarks.OutsideQuote : QuoteMarks.InsideQuote);
            WorkMeter.Add(hit < 0 ? text.Length - p : hit + 1);
            if (hit < 0)
            {
                break;
            }

            int i = p + hit;
            char c = text[i];
            MarkRole role = QuoteMarks.RoleOf(c);
            int width = role.MayStartLongMark ? QuoteMarks.WidthAt(text, i) : 1;
            if (c == '<')
            {
                // `<tweet author="…">`: the quotes of markup are not quotes. A tag holds no `<` or line break.
                int close = i + 1 < text.Length && (char.IsAsciiLetter(text[i + 1]) || text[i + 1] == '/')
                    ? text[(i + 1)..Math.Min(text.Length, i + TagReach)].IndexOfAny('>', '\n', '<') : -1;
                p = close >= 0 && text[i + 1 + close] == '>' ? i + 2 + close : i + 1;
                continue;
            }

            if (c == '\n')
            {
                // A line that opens a turn of an interview starts a paragraph, however long the line before it; in copy
                // that indents its paragraphs, a line that is not indented goes on with the one before.
                bool indents = open >= 0 && IndentsParagraphs(text);
                if (open >= 0 && (Paragraphs.EndsAt(text, i, indents) || (!indents && Transcripts.OpensTurn(text, i + 1))))
                {
                    return Unclosed(text, open, style, i, out quote);
                }

                p = i + 1;
                continue;
            }

            if (open < 0)
            {
                if (IsDoubleOpener(text, i, width, role))
                {
                    open = i;
                    style = QuoteMarks.StyleOpenedAt(text, i);
                    p = i + width;
                    continue;
                }

                if (width == 1 && role.OpensSingle && CanOpenSingle(text, i) && TryCloseSingle(text, i, out int closer) && closer - i > 2)
                {
                    quote = new PairedQuote(i, i + 1, closer, Closed: true, ContinuesNextParagraph: false);
                    _position = closer + 1;
                    return true;
                }

                p = i + width;
                continue;
            }

            if (width == 1 && role.IsNestedIn(c, style))
            {
                p = i + 1; // a nested quote or an apostrophe inside a double quote
                continue;
            }

            if (ReopensAfterSentence(text, i, width, role))
            {
                // `… we will pay. "Every cedi …`: copy whose paragraph breaks were lost, the quote going on in a
                // new paragraph reopened with no closing mark. This quote ends here and the next continues it.
                return Unclosed(text, open, style, i, out quote, reopened: true);
            }

            if (IsDoubleCloser(text, i, width, role, style))
            {
                quote = new PairedQuote(open, open + QuoteMarks.Styles[style].Opening.Length, i, Closed: true, ContinuesNextParagraph: false);
                _position = i + width;
                return true;
            }

            if (QuoteMarks.OpensUnambiguously(text, i, width, role))
            {
                // A new quote opens while this one is unclosed: this one ends before it.
                return Unclosed(text, open, style, i, out quote);
            }

            p = i + width;
        }

        if (open >= 0)
        {
            return Unclosed(text, open, style, text.Length, out quote);
        }

        _position = text.Length;
        return false;
    }

    private bool Unclosed(ReadOnlySpan<char> text, int open, int style, int limit, out PairedQuote quote, bool reopened = false)
    {
        int start = open + QuoteMarks.Styles[style].Opening.Length;
        int end = limit;
        bool continues = reopened;
        if (limit < text.Length && text[limit] == '\n')
        {
            int next = Paragraphs.NextParagraphStart(text, limit);
            continues = next < text.Length && IsDoubleOpener(text, next, QuoteMarks.WidthAt(text, next), QuoteMarks.RoleOf(text[next]));
        }

        // Quoted words inside a sentence, left open: the quote ends with its sentence.
        if (!continues && LeadingAttribution.IsInsideSentence(text, open, ref _sentenceStarts, IndentsParagraphs(text)))
        {
            end = Sentences.EndAfter(text, start, limit, IndentsParagraphs(text));
        }

        int trimmed = end;
        while (end > start && CharClass.IsSpace(text[end - 1]))
        {
            end--;
        }

        WorkMeter.Add(trimmed - end);
        quote = new PairedQuote(open, start, end, Closed: false, continues);
        _position = limit < text.Length && text[limit] == '\n' ? limit + 1 : limit;
        return true;
    }

    private static bool IsDoubleOpener(ReadOnlySpan<char> text, int i, int width, MarkRole role)
    {
        if (QuoteMarks.OpensUnambiguously(text, i, width, role))
        {
            return true;
        }

        if (!QuoteMarks.IsAmbiguousDouble(text, i, width, role))
        {
            return false;
        }

        char before = i > 0 ? text[i - 1] : ' ';
        char after = i + width < text.Length ? text[i + width] : ' ';
        return (CharClass.IsSpace(before) || before is '(' or '[' or '—' or '–' or '-' or '/' or ':')
            && !CharClass.IsSpace(after);
    }

    private static bool IsDoubleCloser(ReadOnlySpan<char> text, int i, int width, MarkRole role, int style)
    {
        char c = text[i];
        if (QuoteMarks.IsAmbiguousDouble(text, i, width, role))
        {
            char before = i > 0 ? text[i - 1] : ' ';
            char after = i + width < text.Length ? text[i + width] : ' ';

            // `Nakasone"s`: a mark typed for an apostrophe, between two letters, closes nothing.
            return !(char.IsLetter(before) && char.IsLetter(after));
        }

        if (role.ClosesAnyDouble || (width == 1 && QuoteMarks.Styles[style].Closing[0] == c))
        {
            return true;
        }

        // `“…,“ said Noble`: an opening mark typed at the end of a quote, glued to its last word.
        return c == '“' && i > 0 && (char.IsLetterOrDigit(text[i - 1]) || text[i - 1] is ',' or '.' or '?' or '!')
            && (i + 1 >= text.Length || CharClass.IsSpace(text[i + 1]) || text[i + 1] is ',' or '.' or ';' or ':' or ')');
    }

    /// <summary>Whether <paramref name="text"/> is hard-wrapped copy that indents its paragraphs (<see cref="Paragraphs.IndentsParagraphs"/>), read once.</summary>
    public bool IndentsParagraphs(ReadOnlySpan<char> text)
    {
        if (_indentsParagraphs == 0)
        {
            _indentsParagraphs = Paragraphs.IndentsParagraphs(text) ? 1 : -1;
        }

        return _indentsParagraphs > 0;
    }

    // A mark that both opens and closes, after white space after a sentence's end, before a word: it opens.
    private static bool ReopensAfterSentence(ReadOnlySpan<char> text, int i, int width, MarkRole role)
    {
        if (!QuoteMarks.IsAmbiguousDouble(text, i, width, role) || i + width >= text.Length || CharClass.IsSpace(text[i + width]))
        {
            return false;
        }

        int p = i - 1;
        while (p > 0 && text[p] is ' ' or '\t' or '\u00A0')
        {
            p--;
        }

        WorkMeter.Add(i - p);
        return p > 0 && p < i - 1 && text[p] is '.' or '?' or '!' && char.IsLetterOrDigit(text[i + width]);
    }

    // `‘Reconcile’`, `'very frank'`: a single mark at the start of a word, not an apostrophe.
    private static bool CanOpenSingle(ReadOnlySpan<char> text, int i)
    {
        char before = i > 0 ? text[i - 1] : ' ';
        char after = i + 1 < text.Length ? text[i + 1] : ' ';
        return (CharClass.IsSpace(before) || before is '(' or '[' or '—' or '–' or '"' or '“') && char.IsLetterOrDigit(after);
    }

    // The next single mark that can close, found with a search that never goes over the same text twice.
    private bool TryCloseSingle(ReadOnlySpan<char> text, int open, out int closer)
    {
        closer = -1;
        if (_nextSingleCloser <= open)
        {
            int from = Math.Max(open + 1, _singleCloserSearchedTo);
            _nextSingleCloser = int.MaxValue;
            for (int i = from; i < text.Length; i++)
            {
                int hit = text[i..].IndexOfAny(QuoteMarks.SingleClosers);
                if (hit < 0)
                {
                    break;
                }

                i += hit;
                if (IsSingleCloser(text, i))
                {
                    _nextSingleCloser = i;
                    break;
                }
            }

            _singleCloserSearchedTo = _nextSingleCloser == int.MaxValue ? text.Length : _nextSingleCloser;
            WorkMeter.Add(_singleCloserSearchedTo - from);
        }

        int candidate = _nextSingleCloser;
        if (candidate == int.MaxValue || candidate - open > SingleQuoteReach
            || text[(open + 1)..candidate].ContainsAny('\n', '"', '“') || text[(open + 1)..candidate].ContainsAny('”', '«'))
        {
            return false;
        }

        closer = candidate;
        return true;
    }

    // After a word, before white space or punctuation; not `Iran’s` nor the plural possessive `the 80s’ hits`.
    private static bool IsSingleCloser(ReadOnlySpan<char> text, int i)
    {
        char before = text[i - 1];
        char after = i + 1 < text.Length ? text[i + 1] : ' ';
        if (CharClass.IsSpace(before) || char.IsLetterOrDigit(after))
        {
            return false;
        }

        return !(before is 's' or 'S' && CharClass.IsSpace(after) && i + 2 < text.Length && char.IsLower(text[i + 2]));
    }
}
