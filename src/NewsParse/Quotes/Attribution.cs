using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>Who said a quote and with what cue, as found around it.</summary>
/// <param name="Speaker">The speaker mention as written; empty when none.</param>
/// <param name="Cue">The speech verb or cue as written; empty when none.</param>
/// <param name="End">Where the attribution clause ends (after the quote), or the quote's end when it has none there.</param>
internal readonly record struct Attributed(Range Speaker, Range Cue, int End)
{
    public bool HasSpeaker => !Speaker.Equals(default(Range));

    public bool HasCue => !Cue.Equals(default(Range));
}

/// <summary>
/// Finds the attribution of a quote in its sentence: after it (<c>…,” Lavrov said</c>, <c>…,” said Lavrov</c>,
/// <c>…,” Jeb Bush, the former governor, told CNN</c>, <c>…” — Martha Aguilar</c>) or before it (<c>a rebel
/// commander said: “…</c>, <c>pledged “unconditional support”</c>, <c>according to X, “…</c>, <c>…, saying “…</c>).
/// The speaker is the subject of the speech verb: a name with its titles, a pronoun, or a noun phrase.
/// </summary>
internal static class Attribution
{
    private const int Reach = 240;
    private const int MaxWords = 48;
    private const int MaxSpeakerWords = 9;

    /// <summary>Whether the mark at <paramref name="open"/> stands inside a sentence, after words that are not a lead-in (a colon or a comma).</summary>
    public static bool IsInsideSentence(ReadOnlySpan<char> text, int open, ref SentenceStarts starts)
    {
        int start = starts.StartBefore(text, open, Math.Max(0, open - Reach));
        ReadOnlySpan<char> before = text[start..open].TrimEnd();
        return !before.IsEmpty && before[^1] is not (':' or ',' or '—' or '–' or '-') && before.ContainsAnyInRange('a', 'z');
    }

    /// <summary>The attribution after a quote whose closing mark ends at <paramref name="after"/>.</summary>
    public static Attributed FindAfter(ReadOnlySpan<char> text, int after)
    {
        int limit = Math.Min(text.Length, after + Reach);
        int p = after;
        while (p < limit && text[p] is ',' or ' ' or '\t' or '\u00A0')
        {
            p++;
        }

        if (p < limit && text[p] is '—' or '–')
        {
            int nameStart = Skip(text, p + 1, limit);
            int nameEnd = CapitalisedRunEnd(text, nameStart, limit);
            return nameEnd > nameStart ? new Attributed(new Range(nameStart, nameEnd), new Range(p, p + 1), nameEnd) : default;
        }

        // A quote ending its paragraph, signed on a line of its own: `- Bernie Sanders.`, `—Michelle Marks, Philadelphia.`
        if (p < limit && text[p] == '\n')
        {
            int line = p;
            while (line < limit && CharClass.IsSpace(text[line]))
            {
                line++;
            }

            if (line + 1 < limit && text[line] is '-' or '—' or '–' && (text[line + 1] == ' ' || char.IsUpper(text[line + 1])))
            {
                int nameStart = Skip(text, line + 1, limit);
                int nameEnd = CapitalisedRunEnd(text, nameStart, limit);
                int lineEnd = text[line..limit].IndexOf('\n');
                if (nameEnd - nameStart > 3 && text[nameEnd - 1] == '.' && char.IsLower(text[nameEnd - 2]))
                {
                    nameEnd--; // the full stop of the line, not of an abbreviation
                }

                // A name alone or before its place: not a subheading like `– Ready to quiz Trump –`.
                int afterName = Skip(text, nameEnd, limit);
                bool signature = afterName >= limit || text[afterName] is '\n' or ',' or '.';
                if (nameEnd > nameStart && signature && (lineEnd < 0 || lineEnd < 120))
                {
                    return new Attributed(new Range(nameStart, nameEnd), new Range(line, line + 1), nameEnd);
                }
            }
        }

        Span<int> starts = stackalloc int[MaxWords];
        Span<int> ends = stackalloc int[MaxWords];
        int words = ReadWords(text, p, limit, starts, ends);
        if (words == 0)
        {
            return default;
        }

        if (SpeechCues.IsVerb(Word(text, starts, ends, 0)))
        {
            if (words > 2 && Word(text, starts, ends, 0).Equals("according", StringComparison.OrdinalIgnoreCase)
                && Word(text, starts, ends, 1).SequenceEqual("to"))
            {
                int sourceEnd = SpeakerAfterCue(text, starts, ends, words, 2);
                return sourceEnd > 0
                    ? new Attributed(new Range(starts[2], sourceEnd), new Range(starts[0], ends[1]), sourceEnd)
                    : default;
            }

            // `“…,” adding that …`, `“…,” saying the city embodied …`: a participle after a quote introduces the next
            // words, not this quote.
            if (SpeechCues.IsParticiple(Word(text, starts, ends, 0)))
            {
                return default;
            }

            int cueEnd = CueEnd(text, ends[0], limit);
            int speakerEnd = SpeakerAfterCue(text, starts, ends, words, 1);
            return speakerEnd > 0
                ? new Attributed(new Range(starts[1], speakerEnd), new Range(starts[0], cueEnd), speakerEnd)
                : new Attributed(default, new Range(starts[0], cueEnd), cueEnd);
        }

        // `Lavrov said`, `Jeb Bush, the former governor, told CNN`, `he also said`: the first verb whose subject opens the clause.
        for (int k = 1; k < Math.Min(words, 24); k++)
        {
            if (!SpeechCues.IsVerb(Word(text, starts, ends, k)))
            {
                if (HardBreak(text, ends[k - 1], starts[k]))
                {
                    break;
                }

                continue;
            }

            int subjectEnd = SkipBackBetween(text, starts, ends, k - 1, 0);

            // `Perhaps, he said,`: a pronoun just after a comma is the subject, not an apposition's head before it.
            if (subjectEnd > 0 && IsPronoun(Word(text, starts, ends, subjectEnd)) && !Word(text, starts, ends, subjectEnd).SequenceEqual("who")
                && text[ends[subjectEnd - 1]..starts[subjectEnd]].Contains(','))
            {
                int pronounCueEnd = CueEnd(text, ends[k], limit);
                return new Attributed(new Range(starts[subjectEnd], ends[subjectEnd]), new Range(starts[k], pronounCueEnd), pronounCueEnd);
            }

            int clause = FirstClauseEnd(text, starts, ends, subjectEnd);
            int last = clause >= 0 ? clause : subjectEnd;
            if (last < 0 || !IsSpeaker(text, starts, ends, 0, last))
            {
                // `a “small handful” of sponsors stayed away, Gilbert said.` and `…, said Steve Elmendorf.`: the
                // attribution that closes the sentence.
                if (text[ends[k - 1]..starts[k]].Contains(',') && k + 1 < words && char.IsUpper(text[starts[k + 1]]))
                {
                    int invertedEnd = SpeakerAfterCue(text, starts, ends, words, k + 1);
                    if (invertedEnd > 0)
                    {
                        return new Attributed(new Range(starts[k + 1], invertedEnd), new Range(starts[k], ends[k]), invertedEnd);
                    }
                }

                int comma = subjectEnd > 0 && k >= words - 4 ? PreviousComma(text, starts, ends, subjectEnd + 1) : -1;

                if (comma >= 0 && comma < subjectEnd && IsSpeaker(text, starts, ends, comma + 1, subjectEnd))
                {
                    int closingCueEnd = CueEnd(text, ends[k], limit);
                    return new Attributed(new Range(starts[comma + 1], ends[subjectEnd]), new Range(starts[k], closingCueEnd), closingCueEnd);
                }

                return default;
            }

            // `“We are not terrorists.” Mr. Zahed said: “…”`: a lead-in ending in a colon introduces the next quote.
            int cueEnd = CueEnd(text, ends[k], limit);
            int afterCue = Skip(text, cueEnd, limit);
            if (k == words - 1 && afterCue < limit && text[afterCue] == ':')
            {
                return default;
            }

            return new Attributed(new Range(starts[0], ends[last]), new Range(starts[k], cueEnd), cueEnd);
        }

        return default;
    }

    /// <summary>The attribution before a quote opening at <paramref name="open"/>, in its sentence from <paramref name="from"/>.</summary>
    public static Attributed FindBefore(ReadOnlySpan<char> text, int from, int open)
    {
        from = Math.Max(from, open - Reach);
        Span<int> starts = stackalloc int[MaxWords];
        Span<int> ends = stackalloc int[MaxWords];
        int words = ReadWords(text, SkipToLastWords(text, from, open, MaxWords), open, starts, ends);
        // A strong verb (`said`) is preferred to a nearer weak one (`agreed`), unless a comma puts the weak one in a
        // clause of its own (`the owners said, in a deal that officials called “a turning point”`).
        (int cue, int weak) = NearestCues(text, starts, ends, words);
        if (cue < 0 || (weak > cue && text[ends[cue]..starts[weak]].ContainsAny(",;")))
        {
            cue = weak;
        }

        if (cue < 0)
        {
            return words > 0 ? ColonLabel(text, starts, ends, words, open) : default;
        }

        // `according to the ministry, “…`: the speaker follows the cue.
        if (Word(text, starts, ends, cue).Equals("according", StringComparison.OrdinalIgnoreCase) && cue + 2 < words && Word(text, starts, ends, cue + 1).SequenceEqual("to"))
        {
            int speakerEnd = SpeakerAfterCue(text, starts, ends, words, cue + 2);
            return speakerEnd > 0 ? new Attributed(new Range(starts[cue + 2], speakerEnd), new Range(starts[cue], ends[cue + 1]), open) : default;
        }

        Range cueRange = new(starts[cue], ends[cue]);

        // `Flea shared the news last week, writing “…`: a participle after a comma hangs off the clause's subject.
        if (SpeechCues.IsParticiple(Word(text, starts, ends, cue)) && cue > 0 && text[ends[cue - 1]..starts[cue]].Contains(','))
        {
            int main = NearestCues(text, starts, ends, cue).Strong;
            if (main > 0 && !SpeechCues.IsParticiple(Word(text, starts, ends, main)))
            {
                int mainEnd = SkipBackBetween(text, starts, ends, main - 1, 0);
                int mainStart = mainEnd >= 0 ? SubjectStart(text, starts, ends, mainEnd) : -1;
                if (mainStart >= 0)
                {
                    return new Attributed(new Range(starts[mainStart], ends[mainEnd]), cueRange, open);
                }
            }

            (int first, int last) = ClauseSubject(text, starts, ends, cue);
            return first >= 0 ? new Attributed(new Range(starts[first], ends[last]), cueRange, open) : new Attributed(default, cueRange, open);
        }

        int subjectEnd = SkipBackBetween(text, starts, ends, cue - 1, 0);

        // `The paradox of Nancy, says Carl Anthony, a historian, is that “…`: an attribution set off by commas.
        if (cue > 0 && cue + 1 < words && text[ends[cue - 1]..starts[cue]].Contains(',') && char.IsUpper(text[starts[cue + 1]])
            && !SpeechCues.IsParticiple(Word(text, starts, ends, cue)))
        {
            int asideEnd = SpeakerAfterCue(text, starts, ends, words, cue + 1);
            if (asideEnd > 0 && asideEnd < text.Length && text[asideEnd] == ',')
            {
                return new Attributed(new Range(starts[cue + 1], asideEnd), cueRange, open);
            }
        }
        if (subjectEnd > 0 && (Word(text, starts, ends, subjectEnd).SequenceEqual("and") || Word(text, starts, ends, subjectEnd).SequenceEqual("but")))
        {
            // `Trump has made his wealth a theme and has boasted of “…”`: a second verb shares the clause's subject.
            (int first, int last) = ClauseSubject(text, starts, ends, subjectEnd);
            return first >= 0 ? new Attributed(new Range(starts[first], ends[last]), cueRange, open) : new Attributed(default, cueRange, open);
        }

        // `Mackler issued a statement saying “…”`: a participle after its object hangs off the clause's subject too.
        if (SpeechCues.IsParticiple(Word(text, starts, ends, cue)) && subjectEnd >= 0 && char.IsLower(text[starts[subjectEnd]]))
        {
            (int first, int last) = ClauseSubject(text, starts, ends, cue);
            if (first >= 0)
            {
                return new Attributed(new Range(starts[first], ends[last]), cueRange, open);
            }
        }

        // `O'Malley, who signed the law, interjected to say: “…`, `McConnell agreed to a call, but only to tell Garland`:
        // an infinitive cue hangs off the clause's subject.
        if (cue > 1 && Word(text, starts, ends, cue - 1).SequenceEqual("to"))
        {
            (int first, int last) = ClauseSubject(text, starts, ends, cue);
            return first >= 0 ? new Attributed(new Range(starts[first], ends[last]), cueRange, open) : new Attributed(default, cueRange, open);
        }

        if (subjectEnd >= 0 && HasCommaAfter(text, starts, ends, subjectEnd))
        {
            // `Clinton, who called Sanders after the result, told her supporters`: the subject before the clause;
            // but `its secretary, Grace Wanjiru, said`: the name between the commas.
            // `Giovanni Vian, the editor of its newspaper, L'Osservatore Romano, said`: a name opening the sentence wins.
            int clauseStart = PreviousComma(text, starts, ends, subjectEnd);
            if (clauseStart < 0 || !IsName(text, starts, ends, clauseStart + 1, subjectEnd))
            {
                subjectEnd = clauseStart;
            }
            else
            {
                (int opening, int openingLast) = ClauseSubject(text, starts, ends, clauseStart + 1);
                bool namedFirst = opening >= 0 && openingLast < clauseStart && HasCommaAfter(text, starts, ends, openingLast)
                    && char.IsUpper(text[starts[opening]]) && !Determiners.Contains(Word(text, starts, ends, opening)) && !IsPronoun(Word(text, starts, ends, opening));
                return namedFirst
                    ? new Attributed(new Range(starts[opening], ends[openingLast]), cueRange, open)
                    : new Attributed(new Range(starts[clauseStart + 1], ends[subjectEnd]), cueRange, open);
            }
        }

        int subjectStart = subjectEnd >= 0 ? SubjectStart(text, starts, ends, subjectEnd) : -1;

        // `both oppose an inflation formula called the “chained CPI”`: a thing called something is named, not speaking.
        if ((cue == words - 1 || (cue == words - 2 && IsOneOf(Word(text, starts, ends, words - 1), ["a", "an", "the"])))
            && subjectStart >= 0 && Word(text, starts, ends, cue).SequenceEqual("called")
            && IsOneOf(Word(text, starts, ends, subjectStart), ["a", "an", "the"]) && (subjectStart == 0 || !IsOneOf(Word(text, starts, ends, subjectStart - 1), ["that", "which", "who"])))
        {
            return default;
        }

        // `Another source speaking to Fox News said`: the name after a participle and its preposition is an object.
        if (subjectStart > 2 && IsPreposition(text, starts, ends, subjectStart - 1) && SpeechCues.IsParticiple(Word(text, starts, ends, subjectStart - 2))
            && !text[ends[subjectStart - 3]..starts[subjectStart - 2]].Contains(','))
        {
            int outerStart = SubjectStart(text, starts, ends, subjectStart - 3);
            if (outerStart >= 0)
            {
                (subjectStart, subjectEnd) = (outerStart, subjectStart - 3);
            }
        }
        if (subjectStart < 0 && cue + 1 < words
            && (cue == 0 ? char.IsUpper(text[starts[cue + 1]]) : text[ends[cue - 1]..starts[cue]].Contains(',')))
        {
            // `Said Comey, “…`, `In other words, explained Nancy Cordes: “…`: an inverted attribution names the speaker
            // after the verb.
            // The speaker runs up to the quote; `…, said the days when the nation had “…` names no one.
            int speakerEnd = SpeakerAfterCue(text, starts, ends, words, cue + 1);
            if (speakerEnd > 0 && (cue == 0 || speakerEnd == ends[words - 1]))
            {
                return new Attributed(new Range(starts[cue + 1], speakerEnd), cueRange, open);
            }
        }

        return subjectStart >= 0
            ? new Attributed(new Range(starts[subjectStart], ends[subjectEnd]), cueRange, open)
            : new Attributed(default, cueRange, open);
    }

    // `Philip Bump: “…`, `Rep. Trey Gowdy (R-S.C.): “…`: a name and a colon before the quote.
    private static Attributed ColonLabel(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int words, int open)
    {
        int colon = text[ends[words - 1]..open].IndexOf(':');
        if (colon < 0 || text[(ends[words - 1] + colon + 1)..open].ContainsAnyExcept(" \t\u00A0"))
        {
            return default;
        }

        int colonAt = ends[words - 1] + colon;
        int last = words - 1;
        int runStart = last;
        while (runStart > 0 && char.IsUpper(text[starts[runStart - 1]]) && !text[ends[runStart - 1]..starts[runStart]].ContainsAny(",;.!?"))
        {
            runStart--;
        }

        // `McConnell delivered a blunt message to Trump: “…`: a name after a preposition is who was spoken to.
        if (char.IsLower(text[starts[last]]) || (runStart > 0 && Prepositions.Contains(Word(text, starts, ends, runStart - 1))))
        {
            // `She then addressed the crowd again: “…`: a clause ending in a colon introduces its subject's words.
            (int subject, int subjectLast) = ClauseSubject(text, starts, ends, words);
            return subject >= 0 && (IsPronoun(Word(text, starts, ends, subject)) || char.IsUpper(text[starts[subject]]))
                ? new Attributed(new Range(starts[subject], ends[subjectLast]), new Range(colonAt, colonAt + 1), open)
                : default;
        }

        // The label is the last five capitalised words at most; a parenthesis after the name, `(R-S.C.)`, is read as
        // words of capitals: the name ends before it.
        int first = Math.Max(runStart, last - 5);
        while (first < last && !char.IsUpper(text[starts[first]]))
        {
            first++;
        }

        if (!char.IsUpper(text[starts[first]]) || NotSubjects.Contains(Word(text, starts, ends, first)))
        {
            return default;
        }

        return new Attributed(new Range(starts[first], ends[last]), new Range(colonAt, colonAt + 1), open);
    }

    /// <summary>The subject that opens the sentence from <paramref name="from"/> to the quote at <paramref name="open"/>: who a partial quote without a speech verb belongs to.</summary>
    public static Range SentenceSubject(ReadOnlySpan<char> text, int from, int open)
    {
        Span<int> starts = stackalloc int[MaxWords];
        Span<int> ends = stackalloc int[MaxWords];
        int words = ReadWords(text, Math.Max(from, open - Reach), open, starts, ends);
        if (words == 0)
        {
            return default;
        }

        // `It has not helped that her campaign cycled through “…”`: an empty it says nothing.
        (int first, int last) = ClauseSubject(text, starts, ends, words);
        return first >= 0 && !Word(text, starts, ends, first).Equals("it", StringComparison.OrdinalIgnoreCase) ? new Range(starts[first], ends[last]) : default;
    }

    private static bool IsName(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int from, int to)
    {
        for (int k = from; k <= to; k++)
        {
            if (!char.IsUpper(text[starts[k]]) && !NameParticles.Contains(Word(text, starts, ends, k)))
            {
                return false;
            }
        }

        return to - from < 5 && !NotSubjects.Contains(Word(text, starts, ends, from));
    }

    // The nearest strong cue before the quote, and the nearest cue of any strength, in one pass back over the words.
    private static (int Strong, int Any) NearestCues(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int words)
    {
        int any = -1;
        for (int k = words - 1; k >= 0; k--)
        {
            ReadOnlySpan<char> word = Word(text, starts, ends, k);
            CueStrength strength = SpeechCues.StrengthOf(word);

            // `so called “…”` is a name for something, no speech.
            if (strength != CueStrength.None && k > 0 && Word(text, starts, ends, k - 1).Equals("so", StringComparison.OrdinalIgnoreCase))
            {
                strength = CueStrength.None;
            }

            // `As Professor Foner put it, “…`.
            if (strength == CueStrength.Strong
                || ((word.SequenceEqual("put") || word.SequenceEqual("puts")) && k + 1 < words && Word(text, starts, ends, k + 1).SequenceEqual("it")))
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

    // Back over `also`, `has`, `went on to` between a subject and its verb; -1 when nothing is left.
    private static int SkipBackBetween(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int k, int floor)
    {
        while (k >= floor && (char.IsLower(text[starts[k]]) || IsWeekday(Word(text, starts, ends, k)))
            && (BetweenSpeakerAndVerb.Contains(Word(text, starts, ends, k)) || IsAdverb(Word(text, starts, ends, k)))
            && (k == 0 || !HardBreak(text, ends[k - 1], starts[k])))
        {
            // `leaders this week, on Friday described`: a comma closes what the subject was; stop at the word before it.
            bool comma = k > 0 && text[ends[k - 1]..starts[k]].Contains(',');
            k--;
            if (comma)
            {
                break;
            }
        }

        return k;
    }

    // The first word of the subject that ends at `last`: a pronoun, a run of capitalised words with particles and
    // lower-case titles before them (`former speechwriter Noam Neusner`), or a determiner phrase (`a rebel commander`).
    private static int SubjectStart(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int last)
    {
        ReadOnlySpan<char> head = Word(text, starts, ends, last);
        if (IsPronoun(head))
        {
            return last;
        }

        int first = last;
        bool capitalised = char.IsUpper(head[0]);
        for (int k = last - 1; k >= 0 && last - k < MaxSpeakerWords; k--)
        {
            if (HardBreak(text, ends[k], starts[k + 1]) || text[ends[k]..starts[k + 1]].Contains(','))
            {
                break;
            }

            ReadOnlySpan<char> word = Word(text, starts, ends, k);

            // `a deal that officials called`: a bare noun after a relative word is a subject of its own.
            if (!capitalised && ClauseOpeners.Contains(word))
            {
                first = first < last ? first : last;
                return NotSubjects.Contains(Word(text, starts, ends, first)) ? -1 : first;
            }

            if (Determiners.Contains(word))
            {
                first = k;
                break;
            }

            if (char.IsUpper(word[0]) || NameParticles.Contains(word) || (capitalised && IsTitleWord(word))
                || (!capitalised && last - k <= 3 && !SpeechCues.IsVerb(word) && (char.IsLower(word[0]) || char.IsDigit(word[0]))))
            {
                first = k;
                continue;
            }

            break;
        }

        while (first < last && (NameParticles.Contains(Word(text, starts, ends, first)) || NotSubjects.Contains(Word(text, starts, ends, first))))
        {
            first++;
        }

        ReadOnlySpan<char> firstWord = Word(text, starts, ends, first);
        if (NotSubjects.Contains(firstWord)
            || (!capitalised && !Determiners.Contains(firstWord) && first > 0 && !char.IsUpper(firstWord[0]) && !char.IsDigit(firstWord[0])))
        {
            return -1;
        }

        return first;
    }

    // The subject that opens the clause before `cue`: after an introductory phrase (`On Saturday, `, `Filling in for
    // Sanders, `), the first noun phrase — a pronoun, a run of capitalised words, or a determiner and the words up to
    // its verb (`His campaign protested`, `The judge pointed`).
    private static (int First, int Last) ClauseSubject(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int cue)
    {
        int k = 0;
        ReadOnlySpan<char> opening = Word(text, starts, ends, 0);
        if (k < cue && (NotSubjects.Contains(opening) || opening.EndsWith("ing", StringComparison.Ordinal) || IsAdverb(opening) || opening.EndsWith("where", StringComparison.Ordinal)))
        {
            // `Yet she did not stop there, also calling …`: a conjunction with no comma after it opens the clause alone.
            int comma = FirstClauseEnd(text, starts, ends, cue - 1);
            bool conjunction = IsOneOf(opening, ["But", "And", "Yet", "So", "Or", "Then", "Now", "Still"]) && cue > 1
                && !text[ends[0]..starts[1]].Contains(',');
            k = conjunction ? 1 : comma >= 0 && comma + 1 < cue ? comma + 1 : cue;

            // `And then Trump went on the attack`, `And although he thanked them, he sounded`.
            while (conjunction && k + 1 < cue && IsOneOf(Word(text, starts, ends, k), ["then", "also", "now", "still", "later", "yet"]))
            {
                k++;
            }

            if (conjunction && NotSubjects.Contains(Word(text, starts, ends, k)))
            {
                int clauseComma = FirstClauseEnd(text, starts, ends, cue - 1);
                k = clauseComma >= k && clauseComma + 1 < cue ? clauseComma + 1 : cue;
            }

            // `In Davenport, Iowa, on Sunday, Mrs. Clinton`: the state after a place and a phrase opened by a preposition
            // belong to the introduction too.
            while (k + 1 < cue && (IsPreposition(text, starts, ends, k) || NotSubjects.Contains(Word(text, starts, ends, k))
                || (char.IsUpper(text[starts[k]]) && text[ends[k]..starts[k + 1]].Contains(',') && IsPreposition(text, starts, ends, k + 1))
                || IsStateAfterPlace(text, starts, ends, k, cue)))
            {
                int next = k;
                while (next + 1 < cue && !text[ends[next]..starts[next + 1]].Contains(','))
                {
                    next++;
                }

                k = next + 1;
            }
        }

        if (k >= cue)
        {
            return (-1, -1);
        }

        ReadOnlySpan<char> first = Word(text, starts, ends, k);
        if (IsPronoun(first))
        {
            return (k, k);
        }

        int last = k;
        if (Determiners.Contains(first))
        {
            // A determiner and its noun: up to the first verb-like word, a comma, or five words.
            while (last + 1 < cue && last - k < 5 && !HardBreak(text, ends[last], starts[last + 1]) && !text[ends[last]..starts[last + 1]].Contains(',')
                && !LooksLikeVerb(Word(text, starts, ends, last + 1)))
            {
                last++;
            }

            return last > k ? (k, last) : (-1, -1);
        }

        while (last + 1 < cue && !HardBreak(text, ends[last], starts[last + 1]) && !text[ends[last]..starts[last + 1]].Contains(',')
            && (char.IsUpper(text[starts[last + 1]]) || NameParticles.Contains(Word(text, starts, ends, last + 1))))
        {
            last++;
        }

        // `Cruz's campaign also went on the offensive`: a possessive and its noun.
        if (IsPossessive(first) && char.IsUpper(first[0]))
        {
            // `Obama's first five questioners ranged`: up to the verb, a comma, or four words.
            int end = k;
            while (end + 1 < cue && end - k < 4 && !HardBreak(text, ends[end], starts[end + 1]) && !text[ends[end]..starts[end + 1]].Contains(',')
                && char.IsLower(text[starts[end + 1]]) && !IsNounPhraseEnd(Word(text, starts, ends, end + 1)))
            {
                end++;
            }

            if (end > k)
            {
                return (k, end);
            }
        }

        return char.IsUpper(first[0]) && !NotSubjects.Contains(first) && !IsPossessive(first) ? (k, last) : (-1, -1);
    }

    // A lower-case word that reads as a finite verb: `protested`, `left`, `has`, `is`, `says`.
    private static bool LooksLikeVerb(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || SpeechCues.IsVerb(word) || BetweenSpeakerAndVerb.Contains(word)
            || IsAuxiliary(word) || IrregularPasts.Contains(word));

    private static bool IsNounPhraseEnd(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || IsAuxiliary(word) || SpeechCues.IsVerb(word) || IrregularPasts.Contains(word)
        || Prepositions.Contains(word) || NameParticles.Contains(word) || IsOneOf(word, ["also", "then", "has", "had", "that", "who", "which"]);

    // `in Salem, New Hampshire, Trump went`: one or two capitalised words between commas, after a capitalised place.
    private static bool IsStateAfterPlace(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int k, int cue)
    {
        if (k < 1 || !char.IsUpper(text[starts[k - 1]]) || !text[ends[k - 1]..starts[k]].Contains(','))
        {
            return false;
        }

        for (int end = k; end < cue - 1 && end - k < 2; end++)
        {
            if (!char.IsUpper(text[starts[end]]))
            {
                return false;
            }

            if (text[ends[end]..starts[end + 1]].Contains(','))
            {
                return char.IsUpper(text[starts[end + 1]]);
            }
        }

        return false;
    }

    private static bool IsPreposition(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int k) =>
        char.IsLower(text[starts[k]]) && Prepositions.Contains(Word(text, starts, ends, k));

    // `Trump's`, not `O'Malley`: an apostrophe before a capital is part of a name.
    private static bool IsPossessive(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe >= 0 && (apostrophe + 1 >= word.Length || !char.IsUpper(word[apostrophe + 1]));
    }

    private static bool IsAuxiliary(ReadOnlySpan<char> word) =>
        Auxiliaries.Contains(word);

    // After a cue: `said Russian Foreign Minister Sergei Lavrov`, `said a spokesman`, `said he`. Returns the end, or -1.
    private static int SpeakerAfterCue(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int words, int from)
    {
        if (from >= words)
        {
            return -1;
        }

        if (IsPronoun(Word(text, starts, ends, from)))
        {
            return ends[from];
        }

        int end = -1;
        bool determiner = Determiners.Contains(Word(text, starts, ends, from));
        for (int k = from; k < words && k - from < MaxSpeakerWords; k++)
        {
            if (k > from && (HardBreak(text, ends[k - 1], starts[k]) || text[ends[k - 1]..starts[k]].Contains(',')))
            {
                break;
            }

            ReadOnlySpan<char> word = Word(text, starts, ends, k);
            bool capital = char.IsUpper(word[0]);
            // `said the candidate could win`: the words after the verb are what was said, not who said it.
            if (k > from && IsAuxiliary(word))
            {
                return -1;
            }

            if (capital || (k > from && NameParticles.Contains(word)) || IsTitleWord(word)
                || (determiner && k - from <= 4 && !SpeechCues.IsVerb(word) && !PhraseBreaks.Contains(word)))
            {
                if (capital || !NameParticles.Contains(word))
                {
                    end = ends[k];
                }

                continue;
            }

            break;
        }

        return end;
    }

    // `told reporters`: the cue as written takes the object of `told`.
    private static int CueEnd(ReadOnlySpan<char> text, int verbEnd, int limit)
    {
        int p = Skip(text, verbEnd, limit);
        return text[p..limit].StartsWith("reporters", StringComparison.Ordinal) ? p + "reporters".Length : verbEnd;
    }

    // A subject of the words [from, to]: a pronoun, a name (capitalised at the end), or a determiner phrase.
    private static bool IsSpeaker(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int from, int to)
    {
        ReadOnlySpan<char> first = Word(text, starts, ends, from);
        if (IsPronoun(first))
        {
            // `She also gushes about her grandchildren and jokes`: a pronoun is a subject on its own or not at all.
            return to == from;
        }

        if (NotSubjects.Contains(first) || Prepositions.Contains(first) || to - from >= MaxSpeakerWords + 6)
        {
            return false;
        }

        if (Determiners.Contains(first))
        {
            return true;
        }

        for (int k = from; k <= to; k++)
        {
            ReadOnlySpan<char> word = Word(text, starts, ends, k);
            if (SpeechCues.IsVerb(word))
            {
                return false;
            }
        }

        return char.IsUpper(Word(text, starts, ends, to)[0]) || char.IsUpper(first[0]);
    }

    // The last word before the first comma after the subject's start: a name followed by an appositive or clause.
    private static int FirstClauseEnd(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int last)
    {
        for (int k = 0; k < last; k++)
        {
            if (text[ends[k]..starts[k + 1]].Contains(','))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HasCommaAfter(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int k) =>
        k + 1 < MaxWords && ends[k] < text.Length && text[ends[k]..Math.Min(text.Length, ends[k] + 2)].Contains(',');

    // The word before the comma that opens the clause ending at `last`.
    private static int PreviousComma(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int last)
    {
        for (int k = last - 1; k >= 0 && last - k <= 40; k--)
        {
            if (HardBreak(text, ends[k], starts[k + 1]))
            {
                return -1;
            }

            if (text[ends[k]..starts[k + 1]].Contains(','))
            {
                return k;
            }
        }

        return -1;
    }

    private static bool HardBreak(ReadOnlySpan<char> text, int from, int to) => text[from..to].ContainsAny(";:[]");

    /// <summary>Words of letters, digits, apostrophes, hyphens and points, in <c>[p, limit)</c>, up to the end of a sentence or a quote mark.</summary>
    private static int ReadWords(ReadOnlySpan<char> text, int p, int limit, Span<int> starts, Span<int> ends)
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
                ends[n] = apostrophe > s && IsPronoun(text[s..apostrophe]) ? apostrophe : p;
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

            if (c is '"' or '“' or '”' or '\n' or '«' or '»' or '‹' or '›' or '„' or '「' or '」' or '『' or '』' || (c == '\'' && p + 1 < limit && text[p + 1] == '\'')
                || (c is '.' or '!' or '?' && Sentences.IsEnd(text, p)))
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

    private static int CapitalisedRunEnd(ReadOnlySpan<char> text, int p, int limit)
    {
        int end = p;
        int q = p;
        int words = 0;
        while (q < limit && char.IsUpper(text[q]) && words < 6)
        {
            while (q < limit && (char.IsLetter(text[q]) || text[q] is '.' or '\'' or '’' or '-'))
            {
                q++;
            }

            end = q;
            words++;
            q = Skip(text, q, limit);
        }

        return end;
    }

    private static int Skip(ReadOnlySpan<char> text, int p, int limit)
    {
        while (p < limit && text[p] is ' ' or '\t' or '\u00A0')
        {
            p++;
        }

        return p;
    }

    // `She regularly tells`, `he erroneously suggested`: an adverb between a subject and its verb.
    private static bool IsAdverb(ReadOnlySpan<char> word) => word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal);

    private static bool IsWeekday(ReadOnlySpan<char> word) =>
        word.EndsWith("day", StringComparison.Ordinal) && Weekdays.Contains(word);

    private static ReadOnlySpan<char> Word(ReadOnlySpan<char> text, Span<int> starts, Span<int> ends, int k) => text[starts[k]..ends[k]];

    // Lower-case words that stand before a name in a title: `former speechwriter Noam Neusner`, `campaign manager Jeff Weaver`.
    private static bool IsTitleWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsLower(word[0]) && !SpeechCues.IsVerb(word) && !BetweenSpeakerAndVerb.Contains(word)
        && !NotTitleWords.Contains(word);

    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.Contains(word);

    private static bool IsOneOf(ReadOnlySpan<char> word, ReadOnlySpan<string> set)
    {
        foreach (string item in set)
        {
            if (word.Equals(item, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }
}
