using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>
/// Steps through the quotes of a text in order, without allocating. Use it with <c>foreach</c>:
/// <c>foreach (QuoteMatch quote in QuoteParser.Enumerate(text)) { … }</c>.
/// </summary>
public ref struct QuoteEnumerator
{
    private const int InheritReach = 1200;

    private readonly ReadOnlySpan<char> _text;
    private readonly QuoteOptions _options;
    private QuotePairing _pairing;
    private SentenceStarts _sentenceStarts;
    private TextHead _head;
    private TranscriptTurns _turns;
    private SpeakerMemory _speakers;
    private QuoteGroups _groups;
    private PairedQuote _next;
    private bool _hasNext;
    private int _previousEnd;

    // While the last quote read is a term in marks, where the quotes before it left off and where its first mark
    // stands; -1 otherwise.
    private int _scareFloor = -1;
    private int _scareOpen = -1;

    // The end of the last quote read from its marks: a turn whose line starts before it is quoted inside that quote.
    private int _quotedEnd;
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
        _head = new TextHead(text);
        _turns = new TranscriptTurns();
        _speakers = new SpeakerMemory();
        _groups = new QuoteGroups();
        _afterAt = -1;
    }

    // Whether the text is hard-wrapped copy that indents its paragraphs: its lines are one paragraph up to an indent.
    private bool Wrapped => _pairing.IndentsParagraphs(_text);

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

    // A labelled transcript turn whose paragraph starts before `limit` comes first; quotes inside it are part of it.
    private bool TryTranscript(int limit)
    {
        if (!_turns.TryNextBefore(_text, limit, _quotedEnd, out TranscriptTurn turn))
        {
            return false;
        }

        while (_hasNext && _next.OpenMark < turn.End)
        {
            _hasNext = _pairing.TryNext(_text, out _next);
        }

        (int textStart, int textEnd) = Unquote(turn.Start, turn.End);
        _speakers.NamesBefore(turn.Start);
        Range resolved = _speakers.Resolve(_text, turn.Label, ref _sentenceStarts, _head, Wrapped);
        _current = new QuoteMatch(textStart, textEnd, turn.Label, resolved, turn.Colon, QuoteKind.Transcript, -1);
        _previousEnd = turn.End;
        _scareFloor = -1;
        _index++;
        return true;
    }

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

        int start = p > _previousEnd ? _sentenceStarts.StartBefore(_text, p, Math.Max(_previousEnd, p - 400), Wrapped) : -1;
        if (start <= _previousEnd)
        {
            return _speakers.Speaker;
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
            && end < p && _text[end] == ' ' ? new Range(start, end) : _speakers.Speaker;
    }

    // The attribution of the sentence that ends just before the quote mark at `open`, after the last quote's, when a
    // strong cue in it has a subject: `Boateng argued in her letter that talks matter.`
    private Attributed ReportedJustBefore(int open)
    {
        // A sentence inside the last quote's marks is that speaker's words, not a report of them.
        int floor = Math.Max(_previousEnd, _quotedEnd);
        int p = open - 1;
        while (p > floor && CharClass.IsSpace(_text[p]))
        {
            p--;
        }

        WorkMeter.Add(open - p);
        if (p <= floor || _text[p] != '.')
        {
            return default;
        }

        int start = _sentenceStarts.StartBefore(_text, p, Math.Max(floor, p - Attributed.Reach), Wrapped);
        if (start <= floor && floor > 0)
        {
            return default;
        }

        // `Byrd said he was heartened that Reagan had acknowledged mistakes.`: the sentence's first strong cue is its
        // main clause's; the attribution is read up to it.
        WordWindow w = WordWindow.Read(_text, start, p, stackalloc int[WordWindow.BufferLength], Wrapped);
        for (int k = 1; k < w.Count; k++)
        {
            // `The levy, according to Osei, will ruin farmers`: an aside is not the main clause.
            if (SpeechCues.StrengthOf(w[k]) == CueStrength.Strong && !w[k].Equals("according", StringComparison.OrdinalIgnoreCase))
            {
                // The words read are the ones the attribution would read again, when they are few and near enough.
                int end = w.End(k);
                Attributed reported = end - start <= Attributed.Reach && k < WordWindow.Capacity - 3
                    ? LeadingAttribution.Find(w.Prefix(k + 1), end)
                    : LeadingAttribution.Find(_text, start, end, Wrapped);
                return reported.HasSpeaker ? reported : default;
            }
        }

        return default;
    }

    // Where the sentence holding `open` starts, whatever quotes came before it in the sentence.
    private int WholeSentenceStart(int open) =>
        _sentenceStarts.StartBefore(_text, open, _head.SentenceFloor(open), Wrapped);

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

    // The sign the quote mark at `open` follows in its paragraph, past a few spaces and at most one line break (`Osei
    // said, “…`, and across a wrapped line: a comma); a space when there is none.
    private readonly char LeadInSign(int open)
    {
        int p = open - 1;
        int lineBreaks = 0;
        while (p >= 0 && open - p < 4 && CharClass.IsSpace(_text[p]) && (lineBreaks += _text[p] == '\n' ? 1 : 0) < 2)
        {
            p--;
        }

        return p >= 0 ? _text[p] : ' ';
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
        if (_head.IsInHeadline(quote.OpenMark) && !_head.DatelineOpensBefore(_text, quote.OpenMark))
        {
            return InHeadline(quote);
        }

        int sentenceStart = _sentenceStarts.StartBefore(_text, quote.OpenMark, Math.Max(_previousEnd, quote.OpenMark - 400), Wrapped);
        bool inside = LeadingAttribution.IsInsideSentence(_text, quote.OpenMark, ref _sentenceStarts, Wrapped) && sentenceStart < quote.OpenMark
            && _text[sentenceStart..quote.OpenMark].TrimEnd() is { IsEmpty: false } lead && lead[^1] is not (':' or ',');
        int afterMark = quote.Closed ? AfterClosingMark(quote.End) : quote.End;
        // A quote inside a sentence takes the attribution before it where it has one, a quote that opens its sentence
        // the one after it; the other is looked for only when the first has no cue.
        Attributed found;
        if (inside)
        {
            // `Comey cannot say that “from his perspective,” Lewandowski added`: a quote its comma closes, then a speaker
            // and a cue that close the clause, is theirs whatever the words before it report.
            // `He pledged a “deep” bond in pursuit of “mutual good.” Osei said the talks…`: a quote that ends its sentence
            // takes from the next only an attribution that closes its clause.
            Attributed before = AttributionBefore(quote.OpenMark, sentenceStart);
            Attributed after = before.HasCue && !EndsInComma(quote) ? default : AttributionAfter(afterMark);
            bool closes = after.HasCue && Follows(afterMark, after) && TrailingAttribution.CueClosesClause(_text, after.Cue.End.Value);
            bool afterFits = closes || !(quote.Closed && TrailingAttribution.ClosesSentence(_text, afterMark));
            found = after.HasSpeaker && after.HasCue && (before.HasCue ? closes : afterFits) ? after
                : before.HasCue ? before
                : afterFits ? after : default;

            // `The levy was called “…” by Osei`: a passive's speaker is its agent after the quote.
            if (found.HasCue && !found.HasSpeaker && LeadingAttribution.IsPassive(_text, found.Cue))
            {
                Attributed agent = TrailingAttribution.PassiveAgent(_text, afterMark, Wrapped);
                found = agent.HasSpeaker ? new Attributed(agent.Speaker, found.Cue, agent.End) : found;
            }
        }
        else
        {
            // `But, Mr. Osei said, “….” And, he acknowledged, …`: a quote its attribution leads in, that ends its own
            // sentence, is the lead-in's where that names a speaker; the words after it open a sentence of their own.
            bool ledIn = quote.Closed && LeadInSign(quote.OpenMark) is ',' or ':' && TrailingAttribution.ClosesSentence(_text, afterMark);
            Attributed leadIn = ledIn ? AttributionBefore(quote.OpenMark, sentenceStart) : default;
            if (leadIn.HasSpeaker)
            {
                found = leadIn;
            }
            else
            {
                Attributed after = AttributionAfter(afterMark);
                found = after.HasCue ? after : ledIn ? leadIn : AttributionBefore(quote.OpenMark, sentenceStart);
            }
        }

        // `“…,” Trump told a rally, saying Clinton would “abolish…”`, `he called her “weak” and said she had “zero
        // support”`: a participle, or a verb without a subject of its own, after the last quote's attribution in the
        // same sentence continues that speaker.
        // A participle's own subject just before it is its speaker (`…, and Osei calling it a “…”`).
        if (found.HasCue && (!found.HasSpeaker || (SpeechCues.IsParticiple(_text[found.Cue]) && !IsJustBefore(found.Speaker, found.Cue)))
            && _speakers.AttributedEnd >= 0 && WholeSentenceStart(quote.OpenMark) < _speakers.AttributedEnd)
        {
            found = new Attributed(_speakers.Speaker, found.Cue, found.End);
        }

        // `Syria's “reliance on Russia,” along with its refusal, “created the conditions,” Savett said`: the next
        // quote of the same sentence lends its attribution; a quote whose own full stop ends its sentence has none to
        // share (`“… they will be paid.” The board has made “firm offers”, it said.`), nor has the next quote when its
        // full stop ends the sentence (what follows it opens another: `… called him “my friend.” – Reuters`).
        if (!found.HasSpeaker && _hasNext && _next.Closed && !(quote.Closed && TrailingAttribution.ClosesSentence(_text, afterMark))
            && !Sentences.HasEndBetween(_text, afterMark, _next.OpenMark, Wrapped) && !TrailingAttribution.ClosesSentence(_text, AfterClosingMark(_next.End)))
        {
            Attributed next = AttributionAfter(AfterClosingMark(_next.End));
            if (next.HasSpeaker)
            {
                found = new Attributed(next.Speaker, next.Cue, afterMark);
            }
        }

        // Words quoted inside a sentence with no speaker of their own are its subject's: `Bush ordered “major party”
        // talks`, `Mensah, citing “…,” said`; unless a quote before them in the sentence has a speaker to continue.
        // A short term with neither a cue nor a subject that can speak in reach is set apart, not quoted (`The new
        // model has a larger “frunk”`).
        // `In a statement, Esmaeil Baghaei, a spokesman, “strongly condemned the attack”`: a quote in lower case after a
        // comma goes on with its sentence as well.
        bool goesOn = inside || (quote.Start < _text.Length && char.IsLower(_text[quote.Start]) && LeadInSign(quote.OpenMark) == ',');
        int wholeSentenceStart = !found.HasSpeaker && goesOn ? WholeSentenceStart(quote.OpenMark) : -1;
        bool speakerInReach = true;
        if (!found.HasSpeaker && goesOn && wholeSentenceStart >= _speakers.AttributedEnd)
        {
            Range subject = ClauseSubjects.SpeakerOfSentence(_text, wholeSentenceStart, quote.OpenMark, Wrapped);
            if (!subject.Equals(default(Range)))
            {
                found = new Attributed(subject, found.Cue, found.HasCue ? found.End : afterMark);
            }

            speakerInReach = found.HasSpeaker || found.HasCue;
        }

        // `WASHINGTON (AP) — The Senate voted…, saying “…”`: a dateline opens the first sentence but is no part of it. A
        // speaker found in the head that reaches into one is looked for again after it, once.
        if (found.HasSpeaker && !pastDateline && _head.TryPassDateline(_text, found.Speaker, quote.OpenMark, out int bodyStart))
        {
            _previousEnd = Math.Max(_previousEnd, bodyStart);
            return Attribute(quote, pastDateline: true);
        }

        // `Boateng said the levy would ruin farmers.` ⏎ `“Nobody can pay this.”`: a quote opening its sentence with no
        // attribution of its own, after a sentence that reports someone's words, is theirs.
        if (!found.HasCue && !found.HasSpeaker && !inside)
        {
            Attributed reported = ReportedJustBefore(quote.OpenMark);
            if (reported.HasSpeaker)
            {
                found = new Attributed(reported.Speaker, reported.Cue, afterMark);
            }
        }

        // `As Ama Osei, author of “The Long Road,” put it, “…`: a title or a term in marks inside the lead-in leaves the
        // cue's subject before it, in the same sentence, where no other rule found one (a subject is no title: not
        // `the co-author of "Going Viral`).
        if (found.HasCue && !found.HasSpeaker && _scareFloor >= 0 && found.Cue.End.Value <= quote.OpenMark)
        {
            int start = _sentenceStarts.StartBefore(_text, quote.OpenMark, Math.Max(_scareFloor, quote.OpenMark - 400), Wrapped);
            Attributed whole = start < _previousEnd ? LeadingAttribution.Find(_text, start, quote.OpenMark, Wrapped, marksFrom: _previousEnd) : default;
            found = whole.HasSpeaker && whole.Cue.Equals(found.Cue) && whole.Speaker.End.Value < _scareOpen ? whole : found;
        }

        // A continued quote (a second half, or another paragraph) with no attribution of its own is the last speaker's.
        bool continued = !found.HasCue && !found.HasSpeaker && _speakers.AttributedEnd >= 0 && quote.OpenMark - _speakers.AttributedEnd <= InheritReach;
        bool joinsPrevious = _groups.Joins(found.HasCue);

        Range speaker = found.HasSpeaker ? found.Speaker : continued ? NearestMention(quote.OpenMark) : default;
        Range cue = found.HasCue ? found.Cue : continued ? _speakers.Cue : default;
        _speakers.NamesBefore(quote.OpenMark);
        QuoteKind kind = QuoteKinds.Classify(_text, quote, inside, found.HasCue, _head.IsInHeadline(quote.OpenMark), speakerInReach);

        if (kind == QuoteKind.Scare)
        {
            speaker = cue = default;
        }

        Range resolved = kind == QuoteKind.Scare ? default
            : found.HasSpeaker ? _speakers.Resolve(_text, speaker, ref _sentenceStarts, _head, Wrapped)
            : continued ? _speakers.Resolved : default;

        if (kind != QuoteKind.Scare && !speaker.Equals(default(Range)))
        {
            _speakers.Remember(speaker, resolved, cue, Math.Max(found.End, quote.End));
        }

        // An unclosed quote may run on over its attribution (`"There's been talk, said analyst Ama Owusu.`).
        if (quote.Closed)
        {
            _speakers.Quoted(quote.Start, quote.End);
        }

        // A term in marks leaves the attribution after it to the quotes that follow: `On “Farm Hour”, Osei said
        // the union is in “overdrive”`.
        int floor = _previousEnd;
        _previousEnd = Math.Max(found.HasCue && kind != QuoteKind.Scare ? found.End : afterMark, afterMark);
        (_scareFloor, _scareOpen) = kind != QuoteKind.Scare ? (-1, -1) : _scareFloor >= 0 ? (_scareFloor, _scareOpen) : (floor, quote.OpenMark);

        // A quote continued in the next paragraph, or followed across only its attribution by a quote with none of
        // its own (`“A,” he said. “B.”`), starts or goes on with a group.
        bool nextContinues = _hasNext && kind != QuoteKind.Scare
            && (quote.ContinuesNextParagraph
                || (quote.Closed && IsGluedToNext(_previousEnd) && !AttributionAfter(AfterClosingMark(_next.End)).HasCue));
        int groupId = _groups.Assign(_index, joinsPrevious, nextContinues, quote.ContinuesNextParagraph);

        return new QuoteMatch(quote.Start, quote.End, speaker, resolved, cue, kind, groupId);
    }

    // A quote in the headline is a title's words, set apart whatever stands around it (QuoteKinds): no attribution is
    // read for it, and it opens no group, as the headline holds no quote that speaks before it. (A headline opened by a
    // dateline is attributed all the same: a speaker found there that reaches into the dateline moves the body's start.)
    private QuoteMatch InHeadline(in PairedQuote quote)
    {
        if (quote.Closed)
        {
            _speakers.Quoted(quote.Start, quote.End);
        }

        (_scareFloor, _scareOpen) = _scareFloor >= 0 ? (_scareFloor, _scareOpen) : (_previousEnd, quote.OpenMark);
        _previousEnd = quote.Closed ? AfterClosingMark(quote.End) : quote.End;
        int groupId = _groups.Assign(_index, joins: false, nextContinues: false, quote.ContinuesNextParagraph);
        return new QuoteMatch(quote.Start, quote.End, default, default, default, QuoteKind.Scare, groupId);
    }

    // The attribution before the quote mark at `open` in the sentence from `sentenceStart`, or ending the paragraph before.
    private Attributed AttributionBefore(int open, int sentenceStart)
    {
        Attributed before = LeadingAttribution.Find(_text, Math.Max(sentenceStart, _previousEnd), open, Wrapped);

        // `In a 1963 speech, he declared:` ending one paragraph, the quote opening the next: the lead-in attributes it.
        int leadColon = LeadInColon(open);
        if (!before.HasCue && leadColon > _previousEnd)
        {
            int leadStart = _sentenceStarts.StartBefore(_text, leadColon, Math.Max(_previousEnd, leadColon - 400), Wrapped);
            before = LeadingAttribution.Find(_text, leadStart, leadColon + 1, Wrapped);
        }

        return before;
    }

    private Attributed AttributionAfter(int afterMark)
    {
        if (afterMark != _afterAt)
        {
            (_afterAt, _after) = (afterMark, TrailingAttribution.Find(_text, afterMark, Wrapped));
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

    // Whether the quote's last word ends in a comma, inside or just outside its closing mark: `“…,” he said`, `"…", he said`.
    private readonly bool EndsInComma(in PairedQuote quote) =>
        quote.Closed && ((quote.End > quote.Start && _text[quote.End - 1] == ',') || (AfterClosingMark(quote.End) is int after && after < _text.Length && _text[after] == ','));

    // Whether the attribution opens just after `afterMark`, past a comma and spaces: `“…,” Osei said`, `“…,” said Osei`.
    private readonly bool Follows(int afterMark, in Attributed attribution)
    {
        int start = Math.Min(attribution.Speaker.Start.Value, attribution.Cue.Start.Value);
        return start >= afterMark && _text[afterMark..start].Trim(", ").IsEmpty;
    }

    // Whether only spaces stand between the end of `first` and the start of `second`.
    private readonly bool IsJustBefore(Range first, Range second) =>
        first.End.Value < second.Start.Value && _text[first.End.Value..second.Start.Value].IsWhiteSpace();

    private readonly int AfterClosingMark(int end) => end < _text.Length ? end + QuoteMarks.WidthAt(_text, end) : end;
}
