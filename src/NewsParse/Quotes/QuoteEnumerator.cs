using NewsParse.Datelines;
using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// Steps through the quotes of a text in order, without allocating. Use it with <c>foreach</c>:
/// <c>foreach (QuoteMatch quote in QuoteParser.Enumerate(text)) { … }</c>.
/// </summary>
public ref struct QuoteEnumerator
{
    private const int InheritReach = 1200;
    private const int ScareWords = 3;
    private const int MaxTitleWords = 8;

    private readonly ReadOnlySpan<char> _text;
    private readonly QuoteOptions _options;
    private readonly int _headlineEnd;
    private QuotePairing _pairing;
    private SentenceStarts _sentenceStarts;
    private RecentNames _names;

    // Names are read from the text up to here, and only when a speaker is resolved: most quotes name theirs in full.
    private int _namesWanted;
    private PairedQuote _next;
    private bool _hasNext;
    private int _transcriptScan;
    private int _colonAt;
    private int _colonLine;
    private int _previousEnd;

    // The end of the last quote read from its marks: a turn whose line starts before it is quoted inside that quote.
    private int _quotedEnd;

    // Where the body starts after a dateline (`WASHINGTON (AP) — `), once a speaker found in the head reached into it.
    private int _bodyStart;
    private Range _previousSpeaker;
    private Range _previousResolved;
    private Range _previousCue;
    private int _previousAttributedEnd;
    private int _groupStart;
    private bool _previousContinues;
    private int _index;
    private QuoteMatch _current;

    // The attribution after the last closing mark asked about: a quote's is often asked for while the quote before it
    // is attributed (does it lend its speaker, does it continue the group?) and again for itself.
    private int _afterAt;
    private Attributed _after;

    internal QuoteEnumerator(ReadOnlySpan<char> text, QuoteOptions options)
    {
        _text = text;
        _options = options;
        _pairing = new QuotePairing();
        _sentenceStarts = new SentenceStarts();
        _colonAt = -1;
        _names = default;
        _headlineEnd = HeadlineEnd(text);
        _previousAttributedEnd = -1;
        _groupStart = -1;
        _afterAt = -1;
    }

    // A first line followed by more text, short and not ending a sentence, is the headline: its quotes are not speech.
    private static int HeadlineEnd(ReadOnlySpan<char> text)
    {
        int firstBreak = text.IndexOf('\n');

        // Once per text: the search, and at most the rest of the text looked over for anything but white space.
        WorkMeter.Add(text.Length);
        if (firstBreak < 0 || firstBreak > 200 || text[firstBreak..].IsWhiteSpace())
        {
            return 0;
        }

        ReadOnlySpan<char> line = text[..firstBreak].TrimEnd().TrimEnd("\"”’')»›");
        return line.IsEmpty || line[^1] is '.' or '!' or '?' || Sentences.HasEndBetween(text, 0, firstBreak) ? 0 : firstBreak;
    }

    /// <summary>The quote at the current position.</summary>
    public readonly QuoteMatch Current => _current;

    /// <summary>Returns this enumerator, so that it can be used with <c>foreach</c>.</summary>
    public readonly QuoteEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next quote.</summary>
    /// <returns><see langword="true"/> if there is one; <see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        while (true)
        {
            if (!_hasNext && !(_hasNext = _pairing.TryNext(_text, out _next)))
            {
                return TryTranscript(_text.Length);
            }

            if (TryTranscript(_next.OpenMark))
            {
                return true;
            }

            PairedQuote quote = _next;
            WorkMeter.Add(1);
            _hasNext = _pairing.TryNext(_text, out _next);
            if (quote.End <= quote.Start)
            {
                continue;
            }

            _current = Attribute(quote);
            _quotedEnd = quote.End;
            _index++;
            if (_current.Kind != QuoteKind.Scare || !_options.OmitScareQuotes)
            {
                return true;
            }
        }
    }

    // A label ends with a colon on its line, so lines with none are passed over: the next line holding a colon is found
    // with one search, remembered until the scan passes its colon.
    private int NextLineWithColon()
    {
        if (_colonAt < _transcriptScan)
        {
            int colon = _text[_transcriptScan..].IndexOf(':');
            WorkMeter.Add(colon < 0 ? _text.Length - _transcriptScan : colon + 1);
            if (colon < 0)
            {
                (_colonAt, _colonLine) = (int.MaxValue, _text.Length);
            }
            else
            {
                _colonAt = _transcriptScan + colon;
                _colonLine = _transcriptScan + _text[_transcriptScan.._colonAt].LastIndexOf('\n') + 1;
                WorkMeter.Add(_colonAt - _colonLine);
            }
        }

        return Math.Max(_colonLine, _transcriptScan);
    }

    // A labelled transcript turn whose paragraph starts before `limit` comes first; quotes inside it are part of it.
    private bool TryTranscript(int limit)
    {
        while (_transcriptScan < limit)
        {
            _transcriptScan = NextLineWithColon();
            if (_transcriptScan >= limit)
            {
                break;
            }

            int start = _transcriptScan;
            int lineEnd = _text[start..].IndexOf('\n');
            _transcriptScan = lineEnd < 0 ? _text.Length : start + lineEnd + 1;
            WorkMeter.Add(_transcriptScan - start);
            start = Transcripts.SkipIndent(_text, start);

            if (start >= limit || start < _quotedEnd || !Transcripts.TryRead(_text, start, out Range label, out Range colon, out int turnStart, out int turnEnd)
                || !Transcripts.HasTurnNearby(_text, start, turnEnd))
            {
                continue;
            }

            _transcriptScan = turnEnd;
            while (_hasNext && _next.OpenMark < turnEnd)
            {
                _hasNext = _pairing.TryNext(_text, out _next);
            }

            (int textStart, int textEnd) = Unquote(turnStart, turnEnd);
            _namesWanted = turnStart;
            Range resolved = Resolve(label);
            _current = new QuoteMatch(textStart, textEnd, label, resolved, colon, QuoteKind.Transcript, -1);
            _previousEnd = turnEnd;
            _index++;
            return true;
        }

        return false;
    }

    // A speaker that reaches into a dateline starts with its place in capitals or holds its agency or separator.
    private static bool MayHoldDateline(ReadOnlySpan<char> speaker) =>
        (speaker.Length >= 2 && char.IsAsciiLetterUpper(speaker[0]) && char.IsAsciiLetterUpper(speaker[1]))
        || speaker.ContainsAny('(', '—', '–') || speaker.Contains(" - ", StringComparison.Ordinal) || speaker.Contains("--", StringComparison.Ordinal)
        || speaker.Contains(" _ ", StringComparison.Ordinal);

    // Where the body starts after a dateline that opens the line holding `speakerStart`: the dateline wing says.
    private readonly int BodyStart(int speakerStart) =>
        DatelineParser.BodyStartAt(_text, _text[..speakerStart].LastIndexOf('\n') + 1);

    // The last speaker as last mentioned: `“…,” Trump added. He then asked the crowd: / “Who will pay?”` is He's, a
    // sentence that opens with a pronoun standing between the quote and the speaker's attribution.
    private Range NearestMention(int open)
    {
        int p = open - 1;
        while (p > _previousEnd && CharClass.IsSpace(_text[p]))
        {
            p--;
        }

        WorkMeter.Add(open - p);

        int start = p > _previousEnd ? _sentenceStarts.StartBefore(_text, p, Math.Max(_previousEnd, p - 400)) : -1;
        if (start <= _previousEnd)
        {
            return _previousSpeaker;
        }

        while (start < p && CharClass.IsSpace(_text[start]))
        {
            start++;
        }

        int end = start;
        while (end < p && char.IsAsciiLetter(_text[end]))
        {
            end++;
        }

        ReadOnlySpan<char> word = _text[start..end];
        return char.IsUpper(word.IsEmpty ? ' ' : word[0]) && (word.SequenceEqual("He") || word.SequenceEqual("She") || word.SequenceEqual("They"))
            && end < p && _text[end] == ' ' ? new Range(start, end) : _previousSpeaker;
    }

    // Where the sentence holding `open` starts, whatever quotes came before it in the sentence.
    private int WholeSentenceStart(int open) =>
        _sentenceStarts.StartBefore(_text, open, Math.Max(open >= _bodyStart ? _bodyStart : 0, open - 400));

    // The colon ending the paragraph before one that opens with the quote mark at `open`, or -1.
    private readonly int LeadInColon(int open)
    {
        int p = open - 1;
        bool lineBreak = false;
        while (p >= 0 && CharClass.IsSpace(_text[p]))
        {
            lineBreak |= _text[p] == '\n';
            p--;
        }

        WorkMeter.Add(open - p);

        return lineBreak && p >= 0 && _text[p] == ':' ? p : -1;
    }

    // `**Host:** “…”`: a turn given in quote marks is the text inside them.
    private readonly (int Start, int End) Unquote(int start, int end)
    {
        if (end - start >= 2 && _text[start] is '"' or '“' && _text[end - 1] is '"' or '”')
        {
            return (start + 1, end - 1);
        }

        return (start, end);
    }

    private QuoteMatch Attribute(in PairedQuote quote, bool pastDateline = false)
    {
        // What reads the quote itself (its words, its case, its first letter) reads it a bounded number of times.
        WorkMeter.Add(quote.End - quote.Start);
        int sentenceStart = _sentenceStarts.StartBefore(_text, quote.OpenMark, Math.Max(_previousEnd, quote.OpenMark - 400));
        bool inside = LeadingAttribution.IsInsideSentence(_text, quote.OpenMark, ref _sentenceStarts) && sentenceStart < quote.OpenMark
            && _text[sentenceStart..quote.OpenMark].TrimEnd() is { IsEmpty: false } lead && lead[^1] is not (':' or ',');
        int afterMark = quote.Closed ? AfterClosingMark(quote.End) : quote.End;
        Attributed after = AttributionAfter(afterMark);
        Attributed before = LeadingAttribution.Find(_text, Math.Max(sentenceStart, _previousEnd), quote.OpenMark);

        // `In a 1963 speech, he declared:` ending one paragraph, the quote opening the next: the lead-in attributes it.
        int leadColon = LeadInColon(quote.OpenMark);
        if (!before.HasCue && leadColon > _previousEnd)
        {
            int leadStart = _sentenceStarts.StartBefore(_text, leadColon, Math.Max(_previousEnd, leadColon - 400));
            before = LeadingAttribution.Find(_text, leadStart, leadColon + 1);
        }

        Attributed found = inside ? (before.HasCue ? before : after) : (after.HasCue ? after : before);

        // `“…,” Trump told a rally, saying Clinton would “abolish…”`, `he called her “weak” and said she had “zero
        // support”`: a participle, or a verb without a subject of its own, after the last quote's attribution in the
        // same sentence continues that speaker.
        if (found.HasCue && (!found.HasSpeaker || SpeechCues.IsParticiple(_text[found.Cue])) && _previousAttributedEnd >= 0
            && WholeSentenceStart(quote.OpenMark) < _previousAttributedEnd)
        {
            found = new Attributed(_previousSpeaker, found.Cue, found.End);
        }

        // `Syria's “reliance on Russia,” along with its refusal, “created the conditions,” Savett said`: the next
        // quote of the same sentence lends its attribution.
        if (!found.HasSpeaker && _hasNext && _next.Closed && !Sentences.HasEndBetween(_text, afterMark, _next.OpenMark))
        {
            Attributed next = AttributionAfter(AfterClosingMark(_next.End));
            if (next.HasSpeaker)
            {
                found = new Attributed(next.Speaker, next.Cue, afterMark);
            }
        }

        // Words quoted inside a sentence with no speaker of their own are its subject's: `Bush ordered “major party”
        // talks`, `Mensah, citing “…,” said`; unless a quote before them in the sentence has a speaker to continue.
        int wholeSentenceStart = !found.HasSpeaker && inside ? WholeSentenceStart(quote.OpenMark) : -1;
        if (!found.HasSpeaker && inside && wholeSentenceStart >= _previousAttributedEnd)
        {
            Range subject = ClauseSubjects.OfSentence(_text, wholeSentenceStart, quote.OpenMark);
            if (!subject.Equals(default(Range)))
            {
                found = new Attributed(subject, found.Cue, found.HasCue ? found.End : afterMark);
            }
        }

        // `WASHINGTON (AP) — The Senate voted…, saying “…”`: a dateline opens the first sentence but is no part of it. A
        // speaker found in the head that reaches into one is looked for again after it, once.
        if (found.HasSpeaker && !pastDateline && found.Speaker.Start.Value < DatelineParser.HeadLength && MayHoldDateline(_text[found.Speaker]))
        {
            int bodyStart = BodyStart(found.Speaker.Start.Value);
            if (found.Speaker.Start.Value < bodyStart && bodyStart <= quote.OpenMark)
            {
                _bodyStart = Math.Max(_bodyStart, bodyStart);
                _previousEnd = Math.Max(_previousEnd, bodyStart);
                return Attribute(quote, pastDateline: true);
            }
        }

        // A continued quote (a second half, or another paragraph) with no attribution of its own is the last speaker's.
        bool continued = !found.HasCue && !found.HasSpeaker && _previousAttributedEnd >= 0 && quote.OpenMark - _previousAttributedEnd <= InheritReach;
        bool joinsPrevious = _groupStart >= 0 && (_previousContinues || !found.HasCue);

        Range speaker = found.HasSpeaker ? found.Speaker : continued ? NearestMention(quote.OpenMark) : default;
        Range cue = found.HasCue ? found.Cue : continued ? _previousCue : default;
        int words = CountWords(quote.Start, quote.End);
        bool headline = quote.OpenMark < _headlineEnd;
        QuoteKind kind = headline || (!found.HasCue && words <= ScareWords && LooksLikeTermOrTitle(quote)) || (inside && IsTitle(quote)) ? QuoteKind.Scare
            : IsDirect(quote, inside) ? QuoteKind.Direct : QuoteKind.Partial;
        if (kind == QuoteKind.Scare)
        {
            speaker = cue = default;
        }

        _namesWanted = quote.OpenMark;
        Range resolved = kind == QuoteKind.Scare ? default
            : found.HasSpeaker ? Resolve(speaker)
            : continued ? _previousResolved : default;

        if (kind != QuoteKind.Scare && !speaker.Equals(default(Range)))
        {
            _previousSpeaker = speaker;
            _previousResolved = resolved;
            _previousCue = cue;
            _previousAttributedEnd = Math.Max(found.End, quote.End);
        }

        _previousEnd = Math.Max(found.HasCue ? found.End : afterMark, afterMark);

        // A quote continued in the next paragraph, or followed across only its attribution by a quote with none of
        // its own (`“A,” he said. “B.”`), starts or goes on with a group.
        bool nextContinues = _hasNext && kind != QuoteKind.Scare
            && (quote.ContinuesNextParagraph
                || (quote.Closed && IsGluedToNext(_previousEnd) && !AttributionAfter(AfterClosingMark(_next.End)).HasCue));
        int groupId = joinsPrevious ? _groupStart : nextContinues ? _index : -1;
        _groupStart = nextContinues ? groupId : -1;
        _previousContinues = quote.ContinuesNextParagraph;

        return new QuoteMatch(quote.Start, quote.End, speaker, resolved, cue, kind, groupId);
    }

    private Attributed AttributionAfter(int afterMark)
    {
        if (afterMark != _afterAt)
        {
            (_afterAt, _after) = (afterMark, TrailingAttribution.Find(_text, afterMark));
        }

        return _after;
    }

    // `“A,” he said. “B.”`: only the attribution and its punctuation stand between this quote and the next.
    private readonly bool IsGluedToNext(int attributionEnd)
    {
        int p = attributionEnd;
        while (p < _next.OpenMark && (CharClass.IsSpace(_text[p]) || _text[p] is ',' or '.' or ';' or ':') && _text[p] != '\n')
        {
            p++;
        }

        WorkMeter.Add(p - attributionEnd + 1);

        return p == _next.OpenMark;
    }

    private Range Resolve(Range speaker)
    {
        if (speaker.Equals(default(Range)))
        {
            return default;
        }

        ReadOnlySpan<char> mention = _text[speaker];
        if (WordKinds.IsPronoun(mention))
        {
            // `Rubio said … Trump, whom he called a “con artist”`: a lower-case pronoun inside a sentence whose subject
            // is a name stands for that name.
            if (char.IsLower(mention[0]) && !mention.SequenceEqual("who"))
            {
                int sentence = WholeSentenceStart(speaker.Start.Value);
                Range subject = ClauseSubjects.OfSentence(_text, sentence, speaker.Start.Value);
                if (!subject.Equals(default(Range)) && subject.Start.Value < speaker.Start.Value && char.IsUpper(_text[subject.Start.Value])
                    && !WordKinds.IsPronoun(_text[subject]))
                {
                    return Resolve(subject);
                }
            }

            // `he` and `she` are people: one mentioned since the last speaker spoke, else that speaker if named in
            // full, else the last full name read.
            _names.ReadUpTo(_text, _namesWanted);
            if (!_names.LastMention.Equals(default(Range)) && _names.LastMentionAt > _previousAttributedEnd)
            {
                return _names.LastMention;
            }

            return !_previousResolved.Equals(default(Range)) && _text[_previousResolved].Contains(' ') ? _previousResolved : _names.Latest;
        }

        // `Osei`, `Mr. Osei`, `Finance Minister Osei`: a surname, once its titles are gone, names the full name read before.
        Range name = char.IsUpper(mention[0]) ? PersonNames.Name(_text, speaker) : speaker;
        ReadOnlySpan<char> bare = _text[name];
        int space = bare.LastIndexOf(' ');
        ReadOnlySpan<char> surname = bare[(space + 1)..];
        bool shortMention = space < 0 || (space <= 4 && bare[..space].EndsWith('.'));
        if (shortMention && surname.Length > 1 && char.IsUpper(surname[0]))
        {
            _names.ReadUpTo(_text, _namesWanted);
            Range full = _names.FindBySurname(_text, surname);
            return full.Equals(default(Range)) ? speaker : full;
        }

        return name;
    }

    // Direct: starts with a capital where a sentence starts, or after a colon or comma lead-in. Partial: words
    // quoted inside a sentence.
    private readonly bool IsDirect(in PairedQuote quote, bool inside)
    {
        int p = quote.Start;
        while (p < quote.End && _text[p] is '[' or '(' or '‘' or '\'' or '…' or '.' or ' ')
        {
            p++;
        }

        return !inside && p < quote.End && (char.IsUpper(_text[p]) || char.IsDigit(_text[p]));
    }

    // A title (`Meet the Press`), a name or a term set apart (`so-called “austerity”`): not words someone said.
    private readonly bool LooksLikeTermOrTitle(in PairedQuote quote)
    {
        ReadOnlySpan<char> words = _text[quote.Start..quote.End].Trim().TrimEnd(".,;:!?");
        if (words.IsEmpty)
        {
            return true;
        }

        int before = quote.OpenMark;
        ReadOnlySpan<char> lead = _text[Math.Max(0, before - 12)..before].TrimEnd();
        if (lead.EndsWith("so-called", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("so called", StringComparison.OrdinalIgnoreCase) || lead.EndsWith("dubbed", StringComparison.Ordinal)
            || lead.EndsWith("titled", StringComparison.Ordinal) || lead.EndsWith("word", StringComparison.Ordinal) || lead.EndsWith("term", StringComparison.Ordinal))
        {
            return true;
        }

        // Every word capitalised: a title or a name, not a phrase from speech.
        return IsTitleCase(words);
    }

    // Words quoted inside a sentence in title case, two words or more, are a title, a name or a slogan even where the
    // sentence has a speaker (`Osei said he watched “Harbour Nights”`); an exclamation or a question is still speech.
    private readonly bool IsTitle(in PairedQuote quote)
    {
        ReadOnlySpan<char> words = _text[quote.Start..quote.End].Trim().TrimEnd(".,;:");
        return !words.IsEmpty && words[^1] is not ('!' or '?') && words.Count(' ') is >= 1 and < MaxTitleWords
            && words.ContainsAnyInRange('A', 'Z') && IsTitleCase(words);
    }

    // Every word starts with a capital but the short ones a title leaves in lower case after its first (`Planet of the
    // Apes`; not `from the IMF`).
    private static bool IsTitleCase(ReadOnlySpan<char> words)
    {
        bool first = true;
        foreach (Range word in words.Split(' '))
        {
            ReadOnlySpan<char> w = words[word];
            if (!w.IsEmpty && char.IsLetter(w[0]) && !char.IsUpper(w[0]) && (first || !MinorTitleWords.Contains(w)))
            {
                return false;
            }

            first &= w.IsEmpty;
        }

        return true;
    }

    private readonly int AfterClosingMark(int end)
    {
        int p = end;
        if (p < _text.Length && _text[p] == '\'' && p + 1 < _text.Length && _text[p + 1] == '\'')
        {
            return p + 2;
        }

        return p < _text.Length ? p + 1 : p;
    }

    private readonly int CountWords(int start, int end)
    {
        int words = 0;
        bool inWord = false;
        for (int p = start; p < end && words <= ScareWords; p++)
        {
            bool letter = !CharClass.IsSpace(_text[p]);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }

        return words;
    }
}
