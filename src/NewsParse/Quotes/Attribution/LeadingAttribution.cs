using NewsParse.Text;
using static NewsParse.Quotes.SpeakerPhrases;
using static NewsParse.Quotes.WordKinds;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// The attribution before a quote, in its sentence up to the opening mark: <c>a rebel commander said: “…</c>,
/// <c>pledged “unconditional support”</c>, <c>according to X, “…</c>, <c>…, saying “…</c>. The speaker is the subject of
/// the speech verb nearest the quote. The rules, in the order they are tried; the first that applies decides:
/// <list type="number">
/// <item><see cref="ColonLabel"/>, when no cue stands before the quote: <c>Philip Bump: “…</c>.</item>
/// <item><see cref="AccordingTo"/>: <c>according to the ministry, “…</c>.</item>
/// <item><see cref="ParticipleAfterComma"/>: <c>Flea shared the news, writing “…</c>.</item>
/// <item><see cref="TryAside"/>: <c>The paradox, says Carl Anthony, a historian, is that “…</c>.</item>
/// <item>A second verb after <c>and</c> or <c>but</c>, an infinitive cue (<c>interjected to say</c>), or a participle
/// after its object (<c>issued a statement saying</c>): the subject of the clause.</item>
/// <item><see cref="NameBetweenCommas"/>: <c>its secretary, Grace Wanjiru, said</c>.</item>
/// <item><see cref="IsThingCalled"/>, which names no one: <c>an inflation formula called the “chained CPI”</c>.</item>
/// <item><see cref="TryInverted"/>: <c>Said Comey, “…</c>.</item>
/// <item>The subject just before the cue (<c>Lavrov said</c>, past <c>Another source speaking to Fox News</c>), or the
/// cue alone.</item>
/// </list>
/// </summary>
internal static class LeadingAttribution
{
    /// <summary>Whether the mark at <paramref name="open"/> stands inside a sentence, after words that are not a lead-in (a colon or a comma).</summary>
    public static bool IsInsideSentence(ReadOnlySpan<char> text, int open, ref SentenceStarts starts, bool wrapped)
    {
        int start = starts.StartBefore(text, open, Math.Max(0, open - Attributed.Reach), wrapped);
        ReadOnlySpan<char> before = text[start..open].TrimEnd();
        return !before.IsEmpty && before[^1] is not (':' or ',' or '—' or '–' or '-') && before.ContainsAnyInRange('a', 'z');
    }

    /// <summary>
    /// The attribution before a quote opening at <paramref name="open"/>, in its sentence from <paramref name="from"/>;
    /// <paramref name="wrapped"/> for hard-wrapped copy; quote marks before <paramref name="marksFrom"/> are those of a
    /// term inside the words.
    /// </summary>
    public static Attributed Find(ReadOnlySpan<char> text, int from, int open, bool wrapped, int marksFrom = 0)
    {
        from = Math.Max(from, open - Attributed.Reach);
        return Find(WordWindow.ReadLast(text, from, open, stackalloc int[WordWindow.BufferLength], wrapped, marksFrom), open);
    }

    /// <summary>The attribution in the words of <paramref name="w"/>, read up to a quote opening at <paramref name="open"/>.</summary>
    public static Attributed Find(in WordWindow w, int open)
    {
        // A strong verb (`said`) is preferred to a nearer weak one (`agreed`), unless a comma puts the weak one in a
        // clause of its own (`the owners said, in a deal that officials called “a turning point”`).
        (int cue, int weak) = NearestCues(w, w.Count);
        if (cue < 0 || (weak > cue && w.Between(cue, weak).ContainsAny(",;")))
        {
            cue = weak;
        }

        if (cue < 0)
        {
            return w.Count > 0 ? ColonLabel(w, open) : default;
        }

        // `When Trump suggested a delay, Rubio fired back: “…`: a cue inside an opening subordinate clause reports someone
        // else; the main clause, ending in a colon, introduces its subject's words (but `As Breitbart reported, …:` is the
        // reporter's).
        if (Subordinators.Contains(w[0]) && !w[0].Equals("as", StringComparison.OrdinalIgnoreCase)
            && w.FirstComma(w.Count) is int clauseEnd && clauseEnd >= cue
            && ColonLabel(w, open) is { HasSpeaker: true } lead)
        {
            return lead;
        }

        if (w[cue].Equals("according", StringComparison.OrdinalIgnoreCase) && cue + 2 < w.Count && w.Is(cue + 1, "to"))
        {
            return AccordingTo(w, cue, open);
        }

        Range cueRange = w.Words(cue, cue);
        if (SpeechCues.IsParticiple(w[cue]) && cue > 0 && w.CommaAfter(cue - 1))
        {
            return ParticipleAfterComma(w, cue, open);
        }

        int subjectEnd = SkipBackToSubject(w, cue - 1);
        if (TryAside(w, cue, open, out Attributed aside))
        {
            return aside;
        }

        // `The levy was called “…” by Osei`, `was described by Osei as “…`: the subject of a passive is what was
        // spoken of; the speaker is the agent after `by`, here or after the quote (the cue alone is returned).
        if (IsPassive(w.Text, cueRange))
        {
            int agentEnd = cue + 2 < w.Count && w.Is(cue + 1, "by") ? EndAfterCue(w, cue + 2) : -1;
            if (agentEnd > 0)
            {
                return new Attributed(new Range(w.Start(cue + 2), agentEnd), cueRange, open);
            }

            // `an error that was reported in a “hit piece” by the Graphic`: a quote after a preposition is not what was
            // said (but `was described on its cover as “…”`, `was said to be “…”`); a strong cue before may have said it.
            for (int k = w.Count - 1; k > cue; k--)
            {
                if (w.Is(k, "as") || w.Is(k, "to"))
                {
                    break;
                }

                if (IsPreposition(w, k))
                {
                    return Earlier(w, cue, open);
                }
            }

            return new Attributed(default, cueRange, open);
        }

        // A participle just after a name that is not its own subject hangs off the clause's, which the window may not
        // hold: the cue alone (`Osei wrote to Wired explaining`).
        if (SpeechCues.IsParticiple(w[cue]) && subjectEnd >= 0 && subjectEnd == cue - 1)
        {
            Attributed own = OwnSubject(w, cue, open);
            if (own.HasSpeaker || (w.IsCapitalised(subjectEnd) && !IsPronoun(w[subjectEnd])))
            {
                return own.HasSpeaker ? own : new Attributed(default, cueRange, open);
            }
        }

        if (RelativeClauseSubject(w, cue, open) is { HasSpeaker: true } relative)
        {
            return relative;
        }

        int beforePhrase = BeforePrepositionalPhrases(w, subjectEnd, cue, out int wholeStart);
        if (wholeStart >= 0)
        {
            return IsThingCalled(w, cue, wholeStart) ? default : new Attributed(w.Words(wholeStart, subjectEnd), cueRange, open);
        }

        if (beforePhrase != subjectEnd && !w.Is(beforePhrase, "and") && !w.Is(beforePhrase, "but"))
        {
            int start = SubjectStart(w, beforePhrase);
            return start >= 0 ? new Attributed(w.Words(start, beforePhrase), cueRange, open) : SubjectOfClause(w, beforePhrase + 1, cueRange, open);
        }

        subjectEnd = beforePhrase;

        // `Trump has made his wealth a theme and has boasted of “…”`: a second verb shares the clause's subject; `…, he
        // laughed and said`: the subject of a verb with no object just before it.
        if (subjectEnd > 0 && (w.Is(subjectEnd, "and") || w.Is(subjectEnd, "but")))
        {
            int verb = subjectEnd - 1;
            int before = verb > 0 && w.IsLowerCase(verb) && LooksLikeVerb(w[verb]) && !w.CommaAfter(verb) ? SkipBackToSubject(w, verb - 1) : -1;
            int start = before >= 0 && (IsPronoun(w[before]) || w.IsCapitalised(before)) && !w.Is(before, "who") ? SubjectStart(w, before) : -1;
            if (start >= 0)
            {
                return new Attributed(w.Words(start, before), cueRange, open);
            }

            // `When Trump referred to the shooting and said he would “…”`, `such as when Cruz knocked Rubio and called him
            // a “…”`: both verbs are those of a subordinate clause that opens the sentence or follows its comma, whose
            // subject follows its opening word (not `Reagan said he was silent while he waited and admitted, “…`).
            int opener = LastSubordinator(w, subjectEnd);
            bool opens = opener == 0 || (opener > 0 && (w.CommaAfter(opener - 1) || w.Is(opener - 1, "as")));
            int end = opens ? SubjectAfter(w, opener + 1, subjectEnd) : -1;
            return end >= 0 ? new Attributed(w.Words(opener + 1, end), cueRange, open) : SubjectOfClause(w, subjectEnd, cueRange, open);
        }

        // `Mackler issued a statement saying “…”`: a participle after its object hangs off the clause's subject too.
        if (SpeechCues.IsParticiple(w[cue]) && subjectEnd >= 0 && w.IsLowerCase(subjectEnd))
        {
            Attributed clause = SubjectOfClause(w, cue, cueRange, open);
            if (clause.HasSpeaker)
            {
                return clause;
            }
        }

        // `O'Malley, who signed the law, interjected to say: “…`, `McConnell agreed to a call, but only to tell Garland`:
        // an infinitive cue hangs off the clause's subject; `so subdued that Mr. Trump was prompted to say`: the
        // subject of the clause a subordinating word opens, where one does.
        if (cue > 1 && w.Is(cue - 1, "to"))
        {
            // `a win that led her to declare`, `urged them to say`: the object of the verb before is who speaks.
            if (w.Is(cue - 2, "her") || w.Is(cue - 2, "him") || w.Is(cue - 2, "them"))
            {
                return new Attributed(w.Words(cue - 2, cue - 2), cueRange, open);
            }

            int opener = LastSubordinator(w, cue - 1);
            int end = opener >= 0 ? SubjectAfter(w, opener + 1, cue - 1) : -1;
            return end >= 0 ? new Attributed(w.Words(opener + 1, end), cueRange, open) : SubjectOfClause(w, cue, cueRange, open);
        }

        // `Clinton, who called Sanders after the result, told her supporters`: the subject before the clause.
        if (subjectEnd >= 0 && w.CommaJustAfter(subjectEnd))
        {
            int clauseStart = w.LastComma(subjectEnd);
            if (clauseStart >= 0 && IsName(w, clauseStart + 1, subjectEnd))
            {
                return NameBetweenCommas(w, clauseStart, subjectEnd, cueRange, open);
            }

            // `But he did, for the first time, say`: past the words between the subject and the verb again; where those
            // are a phrase a preposition or a participle opens, past more such phrases before them (`Prince Abdullah, in
            // an interview with the magazine Al-Majalis, carried by the agency, said`; not `in what Bay Buchanan, a
            // party treasurer, called`).
            bool phrase = clauseStart >= 0 && clauseStart + 1 < w.Count && OpensPhrase(w, clauseStart + 1);
            subjectEnd = SkipBackToSubject(w, clauseStart);
            for (int phraseStart; phrase && subjectEnd > 0 && (phraseStart = w.LastComma(subjectEnd)) >= 0 && phraseStart + 1 < subjectEnd
                && OpensPhrase(w, phraseStart + 1);)
            {
                subjectEnd = SkipBackToSubject(w, phraseStart);
            }
        }

        // `Ama Osei, 45, a teacher from Kumasi, said`: an age set off by commas follows the name it is the age of (not
        // `Of those polled by Gallup, 62, said`, `In Ohio, 12, said`: a count after a phrase).
        if (subjectEnd > 0 && char.IsAsciiDigit(w[subjectEnd][0]) && w[subjectEnd].Length <= 3 && w.CommaAfter(subjectEnd - 1) && w.CommaAfter(subjectEnd)
            && IsNameAlone(w, subjectEnd - 1))
        {
            subjectEnd--;
        }

        int subjectStart = subjectEnd >= 0 ? SubjectStart(w, subjectEnd) : -1;
        if (subjectStart >= 0 && subjectEnd < cue - 1 && w.CommaJustAfter(subjectEnd))
        {
            subjectStart = WithNounBeforePhrase(w, subjectStart);
        }

        if (IsThingCalled(w, cue, subjectStart))
        {
            return default;
        }

        // `Another source speaking to Fox News said`: the name after a participle and its preposition is an object (a
        // word in -ing after an article is a noun: `The ruling by the court …, said`).
        if (subjectStart > 2 && IsPreposition(w, subjectStart - 1) && SpeechCues.IsParticiple(w[subjectStart - 2]) && !w.CommaAfter(subjectStart - 3)
            && !Articles.Contains(w[subjectStart - 3]))
        {
            int outerStart = SubjectStart(w, subjectStart - 3);
            if (outerStart >= 0)
            {
                (subjectStart, subjectEnd) = (outerStart, subjectStart - 3);
            }
        }

        if (subjectStart < 0 && TryInverted(w, cue, open, out Attributed inverted))
        {
            return inverted;
        }

        if (subjectStart >= 0)
        {
            return new Attributed(w.Words(subjectStart, subjectEnd), cueRange, open);
        }

        // `A source said the parts of the network that were hacked suggested “…”`: a verb with no subject that can be
        // read leaves the quote to the strong cue before it, where that has a speaker.
        Attributed outer = Earlier(w, cue, open);
        return outer.HasSpeaker ? outer : new Attributed(default, cueRange, open);
    }

    // The attribution of the strong cue before the one at `cue`, where it has a speaker; none otherwise.
    private static Attributed Earlier(in WordWindow w, int cue, int open)
    {
        int earlier = NearestCues(w, cue).Strong;
        Attributed outer = earlier > 0 ? Find(w.Prefix(earlier + 1), open) : default;
        return outer.HasSpeaker ? outer : default;
    }

    // `The advert ends with a narrator saying`, `with the campaign of the senator saying`, `…, and Osei calling it`,
    // `Radio Accra quoted the minister saying`: a participle's own subject, just before it after `with`, `and`, a comma,
    // a dash or `quoted`; `responded to the question on Facebook writing`: after another preposition the words are an
    // object, and the participle hangs off the clause's subject before it. None when the participle's subject is the
    // clause's.
    private static Attributed OwnSubject(in WordWindow w, int cue, int open)
    {
        // `quoted the minister as saying`: the words before `as` are the speaker only after `quoted`.
        bool asSaying = cue > 1 && w.Is(cue - 1, "as");
        int last = asSaying ? cue - 2 : cue - 1;
        if (IsFunctionWord(w, last))
        {
            return default;
        }

        Range cueRange = w.Words(cue, cue);
        for (int k = asSaying ? -1 : last - 1; k >= 0 && last - k < SpeakerPhrases.MaxWords && !w.CommaAfter(k) && !w.BreakAfter(k); k--)
        {
            if (w.Is(k, "with"))
            {
                return ClauseSubjects.CanSpeak(w, k + 1, last) ? new Attributed(w.Words(k + 1, last), cueRange, open) : default;
            }

            if (w.IsLowerCase(k) && (LooksLikeVerb(w[k]) || SpeechCues.IsParticiple(w[k])))
            {
                break;
            }
        }

        int first = SubjectStart(w, last);
        if (first <= 0)
        {
            return default;
        }

        if ((w.Is(first - 1, "quoted") || (!asSaying && (w.Is(first - 1, "and") || w.CommaAfter(first - 1) || w.DashAfter(first - 1))))
            && (w.IsCapitalised(first) || Determiners.Contains(w[first])) && ClauseSubjects.CanSpeak(w, first, last))
        {
            return new Attributed(w.Words(first, last), cueRange, open);
        }

        Attributed clause = !asSaying && IsPreposition(w, first - 1) ? SubjectOfClause(w, cue, cueRange, open) : default;
        return clause.HasSpeaker && clause.Speaker.End.Value < w.Start(first - 1) ? clause : default;
    }

    // `a White House official who spoke anonymously to discuss strategy said`, `Alan Beith - who chairs the committee -
    // said`, `Small, who attended the rally on Wednesday, said`: the subject before a relative clause that runs up to
    // the cue, or that commas or dashes set off on both sides.
    private static Attributed RelativeClauseSubject(in WordWindow w, int cue, int open)
    {
        // Most attributions have no `who` before the cue: it is looked for first, the words after it judged only then.
        int who = -1;
        for (int k = cue - 2; k > 0 && cue - k <= 12 && !w.CommaAfter(k) && !w.BreakAfter(k); k--)
        {
            if (w.Is(k, "who"))
            {
                who = k;
                break;
            }
        }

        if (who < 0)
        {
            return default;
        }

        bool dashed = false;
        for (int k = cue - 1; k > who; k--)
        {
            // `the congressman who gained attention when he yelled`, `consumers who pay what it calls`: the nearer
            // clause has a subject of its own. (A cue before `to` or `not` says what was asked of the speaker, not what
            // they said: `an official who asked not to be named said`.)
            if ((SpeechCues.StrengthOf(w[k]) == CueStrength.Strong && !(k + 1 < cue && (w.Is(k + 1, "to") || w.Is(k + 1, "not"))))
                || (w.IsLowerCase(k) && Subordinators.Contains(w[k]) && !RelativePronouns.Contains(w[k])) || IsPronoun(w[k]))
            {
                return default;
            }

            dashed |= w.DashAfter(k);
        }

        bool commas = w.CommaAfter(cue - 1);
        int first = w.CommaAfter(who - 1) != commas || w.DashAfter(who - 1) != dashed ? -1 : WithNounBeforePhrase(w, SubjectStart(w, who - 1));
        return first >= 0 && !IsPronoun(w[first]) && ClauseSubjects.CanSpeak(w, first, who - 1)
            ? new Attributed(w.Words(first, who - 1), w.Words(cue, cue), open)
            : default;
    }

    // `A spokeswoman for the ministry, who declined to be named, said`, `Diplomats at the ministry — who …`, `Ama Osei of
    // the University of Ghana — who …`: a subject read back to a preposition after a noun or a name is that noun's
    // phrase, from where the noun's own phrase starts; `start` when no such noun stands before it. (Without a clause
    // before the cue the phrase is read whole elsewhere: BeforePrepositionalPhrases.)
    private static int WithNounBeforePhrase(in WordWindow w, int start)
    {
        // A phrase may follow another's noun (`The ruling by the court for the region`): a few are read back.
        for (int phrases = 0; phrases < 3; phrases++)
        {
            int noun = start - 2;
            if (noun < 0 || !w.IsLowerCase(start - 1) || !PhrasePrepositions.Contains(w[start - 1]) || w.CommaAfter(noun) || w.DashAfter(noun)
                || IsPronoun(w[noun]) || LooksLikeVerb(w[noun]) || IsFunctionWord(w, noun)
                || (SpeechCues.IsParticiple(w[noun]) && !(noun > 0 && Articles.Contains(w[noun - 1]))))
            {
                return start;
            }

            int outer = SubjectStart(w, noun);
            if (outer < 0)
            {
                return start;
            }

            start = outer;
        }

        return start;
    }

    // Whether the capitalised words ending at `last` are a name that opens its clause or follows its comma, and opens with no preposition.
    private static bool IsNameAlone(in WordWindow w, int last)
    {
        int first = last;
        while (first > 0 && w.IsCapitalised(first - 1) && !w.CommaAfter(first - 1))
        {
            first--;
        }

        return w.IsCapitalised(last) && IsName(w, first, last) && !Prepositions.Contains(w[first]) && (first == 0 || w.CommaAfter(first - 1));
    }

    // Whether the word at `k` is a lower-case preposition, auxiliary, relative or subordinating word: no noun phrase ends in one.
    private static bool IsFunctionWord(in WordWindow w, int k) =>
        w.IsLowerCase(k) && (IsNounPhraseEnd(w[k]) || Subordinators.Contains(w[k]));

    // `Philip Bump: “…`, `Rep. Trey Gowdy (R-S.C.): “…`: a name and a colon before the quote.
    private static Attributed ColonLabel(in WordWindow w, int open)
    {
        ReadOnlySpan<char> text = w.Text;
        int last = w.Count - 1;
        int colon = text[w.End(last)..open].IndexOf(':');
        if (colon < 0 || text[(w.End(last) + colon + 1)..open].ContainsAnyExcept(" \t\u00A0"))
        {
            return default;
        }

        int colonAt = w.End(last) + colon;
        int runStart = last;
        while (runStart > 0 && w.IsCapitalised(runStart - 1) && !w.GapAfter(runStart - 1).ContainsAny(",;.!?"))
        {
            runStart--;
        }

        // `McConnell delivered a blunt message to Trump: “…`: a name after a preposition is who was spoken to.
        if (w.IsLowerCase(last) || (runStart > 0 && Prepositions.Contains(w[runStart - 1])))
        {
            // `She then addressed the crowd again: “…`: a clause ending in a colon introduces its subject's words.
            (int subject, int subjectLast) = ClauseSubjects.Find(w, w.Count);
            return subject >= 0 && (IsPronoun(w[subject]) || w.IsCapitalised(subject) || ClauseSubjects.CanSpeak(w, subject, subjectLast))
                ? new Attributed(w.Words(subject, subjectLast), new Range(colonAt, colonAt + 1), open)
                : default;
        }

        // The label is the last five capitalised words at most; a parenthesis after the name, `(R-S.C.)`, is read as
        // words of capitals: the name ends before it.
        int first = Math.Max(runStart, last - 5);
        while (first < last && !w.IsCapitalised(first))
        {
            first++;
        }

        if (!w.IsCapitalised(first) || NotSubjects.Contains(w[first]))
        {
            return default;
        }

        return new Attributed(w.Words(first, last), new Range(colonAt, colonAt + 1), open);
    }

    // `according to the ministry, “…`: the speaker follows the cue.
    private static Attributed AccordingTo(in WordWindow w, int cue, int open)
    {
        int speakerEnd = EndAfterCue(w, cue + 2, clauseMayFollow: true);
        return speakerEnd > 0 ? new Attributed(new Range(w.Start(cue + 2), speakerEnd), w.Words(cue, cue + 1), open) : default;
    }

    // `Flea shared the news last week, writing “…`: a participle after a comma hangs off the clause's subject.
    private static Attributed ParticipleAfterComma(in WordWindow w, int cue, int open)
    {
        Range cueRange = w.Words(cue, cue);
        int main = NearestCues(w, cue).Strong;
        if (main > 0 && !SpeechCues.IsParticiple(w[main]))
        {
            int mainEnd = SkipBackToSubject(w, main - 1);
            int mainStart = mainEnd >= 0 ? SubjectStart(w, mainEnd) : -1;
            if (mainStart >= 0)
            {
                return new Attributed(w.Words(mainStart, mainEnd), cueRange, open);
            }
        }

        return SubjectOfClause(w, cue, cueRange, open);
    }

    // `The paradox of Nancy, says Carl Anthony, a historian, is that “…`: an attribution set off by commas; but `Osei, a
    // board member, told Reuters, “…` names whom he told.
    private static bool TryAside(in WordWindow w, int cue, int open, out Attributed aside)
    {
        aside = default;
        if (cue > 0 && cue + 1 < w.Count && w.CommaAfter(cue - 1) && w.IsCapitalised(cue + 1) && !SpeechCues.IsParticiple(w[cue])
            && !VerbsOfTelling.Contains(w[cue]))
        {
            int asideEnd = EndAfterCue(w, cue + 1);
            if (asideEnd > 0 && asideEnd < w.Text.Length && w.Text[asideEnd] == ',')
            {
                aside = new Attributed(new Range(w.Start(cue + 1), asideEnd), w.Words(cue, cue), open);
                return true;
            }
        }

        return false;
    }

    // `Mensah, in an interview on Saturday, said`, `who has in the past described`, `but in a later interview said`:
    // a phrase a preposition opens may stand between the subject and its verb; the word that ends the subject before
    // it is returned (`subjectEnd` when there is no such phrase). After a common noun the phrase is part of the subject
    // (`A spokesman for the ministry said`), which is then found whole: from `wholeStart` to `subjectEnd`.
    private static int BeforePrepositionalPhrases(in WordWindow w, int subjectEnd, int cue, out int wholeStart)
    {
        wholeStart = -1;
        int end = subjectEnd;
        // `by a message that said`: a relative word is the subject; `issued a statement saying`: a participle after
        // its object hangs off the clause's subject, found elsewhere.
        if (end < 0 || w.CommaJustAfter(end) || OpeningConjunctions.Contains(w[end]) || RelativePronouns.Contains(w[end])
            || (SpeechCues.IsParticiple(w[cue]) && w.IsLowerCase(end)) || w.Is(cue - 1, "to"))
        {
            return end;
        }

        for (int phrases = 0; phrases < 3 && end > 1; phrases++)
        {
            int phrase = SubjectStart(w, end);
            int preposition = phrase - 1;
            if (phrase < 2 || !w.IsLowerCase(preposition) || !PhrasePrepositions.Contains(w[preposition]) || w.BreakAfter(preposition - 1)
                || w.CommaAfter(preposition))
            {
                // `The letter signed by the panel said`: a participle and its phrase with no other phrase before them
                // qualify the noun the participle follows.
                if (end != subjectEnd && phrase >= 0)
                {
                    wholeStart = phrase;
                    return subjectEnd;
                }

                break;
            }

            // `…, with Senator Osei calling it`: a phrase a comma opens and none closes is a clause of its own, whose
            // subject is the name in it.
            if (w.CommaAfter(preposition - 1) && !w.Between(end, cue).Contains(','))
            {
                break;
            }

            // `Commenting on the debt Fernandez said`: a participle opening the sentence is no subject.
            int before = SkipBackToSubject(w, preposition - 1);
            if (before < 0 || w[before].EndsWith("ing", StringComparison.Ordinal))
            {
                break;
            }

            // `Chancellor of the Exchequer Nigel Lawson said`: capitals on both sides are one title and name.
            if (before == preposition - 1 && w.IsCapitalised(before) && !w.CommaAfter(before) && IsCapitalisedPhrase(w, phrase, end))
            {
                wholeStart = SubjectStart(w, before);
                return subjectEnd;
            }

            // `a statement released by the ministry`: a participle, its agent and the noun before them are looked past
            // together; `Osei appeared on CNN saying`: after another verb the phrase is the verb's, and the subject
            // ends before the verb.
            // `Most of the growers said`: a word that counts a part of a group heads its subject, capitalised or not.
            bool verb = LooksLikeVerb(w[before]);
            bool skipped = before < preposition - 1;
            if (!skipped && !verb && (w.IsLowerCase(before) || (w.Is(preposition, "of") && PartitiveWords.Contains(w[before])))
                && !IsPronoun(w[before]) && !w.CommaAfter(before) && !OpeningConjunctions.Contains(w[before]))
            {
                wholeStart = SubjectStart(w, before);
                return subjectEnd;
            }

            if (verb && !skipped && !w.Is(preposition, "by"))
            {
                int verbSubject = SkipBackToSubject(w, before - 1);
                return verbSubject >= 0 ? verbSubject : subjectEnd;
            }

            end = before;
            if (skipped || !verb)
            {
                break;
            }
        }

        return end;
    }

    /// <summary>Whether the cue at <paramref name="cue"/>, no participle in <c>-ing</c>, follows a form of <c>be</c>: <c>was called</c>, <c>has been widely described</c>.</summary>
    public static bool IsPassive(ReadOnlySpan<char> text, Range cue)
    {
        if (SpeechCues.IsParticiple(text[cue]))
        {
            return false;
        }

        int p = cue.Start.Value;
        for (int words = 0; words < 3; words++)
        {
            int end = p;
            while (end > 0 && CharClass.IsSpace(text[end - 1]))
            {
                end--;
            }

            int start = end;
            while (start > 0 && char.IsAsciiLetter(text[start - 1]))
            {
                start--;
            }

            if (end == p || start == end)
            {
                return false;
            }

            ReadOnlySpan<char> word = text[start..end];
            if (FormsOfBe.Contains(word))
            {
                return true;
            }

            if (!IsAdverb(word) && !word.SequenceEqual("also"))
            {
                return false;
            }

            p = start;
        }

        return false;
    }

    // Whether the words from `first` to `last` are capitalised, but for an article that opens them and particles.
    private static bool IsCapitalisedPhrase(in WordWindow w, int first, int last)
    {
        for (int k = Articles.Contains(w[first]) ? first + 1 : first; k <= last; k++)
        {
            if (!w.IsCapitalised(k) && !NameParticles.Contains(w[k]))
            {
                return false;
            }
        }

        return true;
    }

    // `its secretary, Grace Wanjiru, said`: the name between the commas; but `Giovanni Vian, the editor of its
    // newspaper, L'Osservatore Romano, said`: a name opening the sentence wins.
    private static Attributed NameBetweenCommas(in WordWindow w, int clauseStart, int subjectEnd, Range cue, int open)
    {
        (int opening, int openingLast) = ClauseSubjects.Find(w, clauseStart + 1);
        bool namedFirst = opening >= 0 && openingLast < clauseStart && w.CommaJustAfter(openingLast)
            && w.IsCapitalised(opening) && !Determiners.Contains(w[opening]) && !IsPronoun(w[opening]);
        return namedFirst
            ? new Attributed(w.Words(opening, openingLast), cue, open)
            : new Attributed(w.Words(clauseStart + 1, subjectEnd), cue, open);
    }

    // `both oppose an inflation formula called the “chained CPI”`: a thing called something is named, not speaking.
    private static bool IsThingCalled(in WordWindow w, int cue, int subjectStart) =>
        (cue == w.Count - 1 || (cue == w.Count - 2 && Articles.Contains(w[w.Count - 1])))
        && subjectStart >= 0 && w.Is(cue, "called")
        && Articles.Contains(w[subjectStart]) && (subjectStart == 0 || !RelativePronouns.Contains(w[subjectStart - 1]));

    // `Said Comey, “…`, `In other words, explained Nancy Cordes: “…`: an inverted attribution names the speaker after
    // the verb. The speaker runs up to the quote; `…, said the days when the nation had “…` names no one.
    private static bool TryInverted(in WordWindow w, int cue, int open, out Attributed inverted)
    {
        inverted = default;
        if (cue + 1 < w.Count && (cue == 0 ? w.IsCapitalised(cue + 1) : w.CommaAfter(cue - 1)))
        {
            // `he, once again, pledged a “…”`: a lone article is no speaker.
            int speakerEnd = EndAfterCue(w, cue + 1);
            if (speakerEnd > 0 && (cue == 0 || speakerEnd == w.End(w.Count - 1)) && (speakerEnd > w.End(cue + 1) || !NounDeterminers.Contains(w[cue + 1])))
            {
                inverted = new Attributed(new Range(w.Start(cue + 1), speakerEnd), w.Words(cue, cue), open);
                return true;
            }
        }

        return false;
    }

    // The last word before `before` that opens a subordinate clause, or -1 past a comma or a break.
    private static int LastSubordinator(in WordWindow w, int before)
    {
        for (int k = before - 1; k >= 0 && !w.CommaAfter(k) && !w.BreakAfter(k); k--)
        {
            if ((w.IsLowerCase(k) || k == 0) && Subordinators.Contains(w[k]))
            {
                return k;
            }
        }

        return -1;
    }

    // The last word of the subject that opens the clause at `k`, before `limit`: a pronoun or a name (`that Mr. Trump
    // was prompted`); -1 when none opens it.
    private static int SubjectAfter(in WordWindow w, int k, int limit)
    {
        if (k >= limit)
        {
            return -1;
        }

        if (IsPronoun(w[k]))
        {
            return w.Is(k, "who") || w.Is(k, "it") ? -1 : k;
        }

        int last = k;
        while (last + 1 < limit && w.IsCapitalised(last + 1) && !w.CommaAfter(last))
        {
            last++;
        }

        return w.IsCapitalised(k) && !NotSubjects.Contains(w[k]) ? last : -1;
    }

    // Whether the word at `k` opens a phrase set off by commas that is no subject: a preposition or a participle.
    private static bool OpensPhrase(in WordWindow w, int k) => IsPreposition(w, k) || (w.IsLowerCase(k) && LooksLikeVerb(w[k]));

    private static Attributed SubjectOfClause(in WordWindow w, int before, Range cue, int open)
    {
        (int first, int last) = ClauseSubjects.Find(w, before);
        return first >= 0 ? new Attributed(w.Words(first, last), cue, open) : new Attributed(default, cue, open);
    }

    // Whether the cue word at `k` is a noun: after an article or a possessive determiner (`a written statement`, `his
    // remarks`), or in the plural or in -ing after a possessive (`the ministry's claims`, `her warning`); `Osei's said`
    // is `has said`.
    private static bool IsNoun(in WordWindow w, int k) =>
        !w.CommaAfter(k - 1)
        && (NounDeterminers.Contains(w[k - 1])
            || ((w[k].EndsWith('s') || SpeechCues.IsParticiple(w[k])) && (IsPossessive(w[k - 1]) || w.Is(k - 1, "her"))));

    // The nearest strong cue before `words`, and the nearest cue of any strength, in one pass back over the words.
    private static (int Strong, int Any) NearestCues(in WordWindow w, int words)
    {
        int any = -1;
        for (int k = words - 1; k >= 0; k--)
        {
            ReadOnlySpan<char> word = w[k];
            CueStrength strength = SpeechCues.StrengthOf(word);

            // `so called “…”` is a name for something, no speech; `the ministry's claims`, `a written statement`, a noun.
            if (strength != CueStrength.None && k > 0 && (w[k - 1].Equals("so", StringComparison.OrdinalIgnoreCase) || IsNoun(w, k)))
            {
                strength = CueStrength.None;
            }

            // `As Professor Foner put it, “…`.
            if (strength == CueStrength.Strong
                || ((word.SequenceEqual("put") || word.SequenceEqual("puts")) && k + 1 < words && w.Is(k + 1, "it")))
            {
                return (k, any < 0 ? k : any);
            }

            if (strength == CueStrength.Weak && any < 0)
            {
                any = k;
            }
        }

        return (-1, any);
    }
}
