using NewsParse.Text;
using static NewsParse.Quotes.SpeakerPhrases;
using static NewsParse.Text.WordLists;
using static NewsParse.Quotes.WordKinds;

namespace NewsParse.Quotes;

/// <summary>
/// The attribution after a quote, in the words from its closing mark to the end of the sentence. The rules, in the
/// order they are tried; the first that applies decides:
/// <list type="number">
/// <item><see cref="SignedAfterDash"/>: <c>…” — Martha Aguilar</c>.</item>
/// <item><see cref="TrySignedOnOwnLine"/>: <c>…”</c> ⏎ <c>- Bernie Sanders.</c></item>
/// <item><see cref="CueFirst"/>: <c>…,” said Lavrov</c>, <c>…,” according to the ministry</c>.</item>
/// <item><see cref="SubjectThenCue"/>: <c>…,” Lavrov said</c>, <c>…,” Jeb Bush, the former governor, told CNN</c>,
/// and the attribution that closes a sentence the quote sits in (<c>…,” Gilbert said</c>, <c>…, said Steve Elmendorf</c>).</item>
/// </list>
/// </summary>
internal static class TrailingAttribution
{
    // A cue this many words after the quote is in another clause.
    private const int CueReach = 24;

    // The words a rule can look at: a cue within reach and the speaker after it. (A cue closes the sentence when it
    // stands among its last four words, which the cut leaves as it is: past the reach.)
    private const int WindowWords = CueReach + SpeakerPhrases.MaxWords + 1;

    /// <summary>The attribution after a quote whose closing mark ends at <paramref name="after"/>; <paramref name="wrapped"/> for hard-wrapped copy.</summary>
    public static Attributed Find(ReadOnlySpan<char> text, int after, bool wrapped)
    {
        int limit = Math.Min(text.Length, after + Attributed.Reach);
        int p = after;
        while (p < limit && text[p] is ',' or ' ' or '\t' or '\u00A0')
        {
            p++;
        }

        if (p < limit && text[p] is '—' or '–')
        {
            return SignedAfterDash(text, p, limit);
        }

        if (p < limit && text[p] == '\n' && TrySignedOnOwnLine(text, p, limit, out Attributed signed))
        {
            return signed;
        }

        WordWindow w = WordWindow.Read(text, p, limit, stackalloc int[WordWindow.BufferLength], wrapped, WindowWords);
        if (w.Count == 0)
        {
            return default;
        }

        return SpeechCues.IsVerb(w[0]) ? CueFirst(w, limit) : SubjectThenCue(w, limit, ClosesSentence(text, after));
    }

    /// <summary>
    /// The agent of a passive cue before the quote, read after the quote's closing mark at <paramref name="after"/>:
    /// <c>was called “…” by Osei</c>; none when no <c>by</c> and a speaker follow.
    /// </summary>
    public static Attributed PassiveAgent(ReadOnlySpan<char> text, int after, bool wrapped)
    {
        int limit = Math.Min(text.Length, after + Attributed.Reach);
        int p = after;
        while (p < limit && text[p] is ',' or ' ' or '\t' or '\u00A0')
        {
            p++;
        }

        WordWindow w = WordWindow.Read(text, p, limit, stackalloc int[WordWindow.BufferLength], wrapped, SpeakerPhrases.MaxWords + 1);
        if (w.Count < 2 || !w.Is(0, "by") || IsWeekday(w[1]) || Months.Contains(w[1]))
        {
            return default;
        }

        // `by the end of the week` is a time.
        int agentEnd = EndAfterCue(w, 1);
        int last = agentEnd > 0 ? w.Text[..agentEnd].LastIndexOf(' ') + 1 : -1;
        return agentEnd > 0 && !TimeUnits.Contains(w.Text[last..agentEnd]) && !w.Text[w.Start(1)..agentEnd].EndsWith(" end", StringComparison.Ordinal)
            ? new Attributed(new Range(w.Start(1), agentEnd), default, agentEnd)
            : default;
    }

    /// <summary>Whether the quote whose closing mark ends at <paramref name="after"/> ends its own sentence: <c>…without him.”</c>, <c>…who pays?”</c>.</summary>
    public static bool ClosesSentence(ReadOnlySpan<char> text, int after)
    {
        int p = after - 1;
        while (p > 0 && after - p <= 2 && QuoteMarks.RoleOf(text[p]) is var role
            && (role.ClosesAnyDouble || role.IsAmbiguousDouble || role.ClosesSingle || role.MayEndLongMark))
        {
            p--;
        }

        return p >= 0 && p < after - 1 && text[p] is '.' or '?' or '!';
    }

    /// <summary>
    /// Whether a clause ends within four words after <paramref name="cueEnd"/>: a stop, a comma, a colon or a line break
    /// (<c>Osei said.</c>, <c>Osei said on Monday, </c>; not <c>Osei said the two cases differ</c>, nor a cue with an
    /// object or a verb after it, <c>called the</c>, <c>said was</c>).
    /// </summary>
    public static bool CueClosesClause(ReadOnlySpan<char> text, int cueEnd)
    {
        // `called the “…”`, `expressed a desire to`, `the board said was`: a cue with an object or a clause of its own
        // reports something else.
        int next = cueEnd;
        while (next < text.Length && text[next] == ' ')
        {
            next++;
        }

        int nextEnd = next;
        while (nextEnd < text.Length && char.IsAsciiLetter(text[nextEnd]))
        {
            nextEnd++;
        }

        if (Articles.Contains(text[next..nextEnd]) || Auxiliaries.Contains(text[next..nextEnd]))
        {
            return false;
        }

        int words = 0;
        for (int p = cueEnd; p < text.Length && p - cueEnd < 60; p++)
        {
            char c = text[p];
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\n')
            {
                return true;
            }

            if (c == ' ' && p > cueEnd && text[p - 1] != ' ' && ++words > 4)
            {
                return false;
            }
        }

        return cueEnd >= text.Length - 1;
    }

    private static Attributed SignedAfterDash(ReadOnlySpan<char> text, int dash, int limit)
    {
        int nameStart = Skip(text, dash + 1, limit);
        int nameEnd = CapitalisedRunEnd(text, nameStart, limit);
        return nameEnd > nameStart ? new Attributed(new Range(nameStart, nameEnd), new Range(dash, dash + 1), nameEnd) : default;
    }

    // A quote ending its paragraph, signed on a line of its own: `- Bernie Sanders.`, `—Michelle Marks, Philadelphia.`
    private static bool TrySignedOnOwnLine(ReadOnlySpan<char> text, int lineBreak, int limit, out Attributed signed)
    {
        signed = default;
        int line = lineBreak;
        while (line < limit && CharClass.IsSpace(text[line]))
        {
            line++;
        }

        if (line + 1 >= limit || text[line] is not ('-' or '—' or '–') || (text[line + 1] != ' ' && !char.IsUpper(text[line + 1])))
        {
            return false;
        }

        int nameStart = Skip(text, line + 1, limit);
        int nameEnd = CapitalisedRunEnd(text, nameStart, limit);
        int lineEnd = text[line..limit].IndexOf('\n');
        nameEnd = WithoutFullStop(text, nameStart, nameEnd);

        // A name alone or before its place: not a subheading like `– Ready to quiz Trump –`.
        int afterName = Skip(text, nameEnd, limit);
        bool signature = afterName >= limit || text[afterName] is '\n' or ',' or '.';
        if (nameEnd > nameStart && signature && (lineEnd < 0 || lineEnd < 120))
        {
            signed = new Attributed(new Range(nameStart, nameEnd), new Range(line, line + 1), nameEnd);
            return true;
        }

        return false;
    }

    // The first word after the quote is a speech verb: the speaker follows it.
    private static Attributed CueFirst(in WordWindow w, int limit)
    {
        if (w.Count > 2 && w[0].Equals("according", StringComparison.OrdinalIgnoreCase) && w.Is(1, "to"))
        {
            int sourceEnd = EndAfterCue(w, 2);
            return sourceEnd > 0 ? new Attributed(new Range(w.Start(2), sourceEnd), w.Words(0, 1), sourceEnd) : default;
        }

        // `“…,” adding that …`, `“…,” saying the city embodied …`: a participle after a quote introduces the next
        // words, not this quote.
        if (SpeechCues.IsParticiple(w[0]))
        {
            return default;
        }

        int cueEnd = CueEnd(w.Text, w.End(0), limit);
        int speakerEnd = EndAfterCue(w, 1);

        // `“…,” said the mayor of the city, Tomas Lund.`: the name set after a described speaker is the speaker's.
        if (speakerEnd > 0 && Determiners.Contains(w[1]))
        {
            speakerEnd = NameInApposition(w.Text, speakerEnd, limit) is int named && named > 0 ? named : speakerEnd;
        }

        return speakerEnd > 0
            ? new Attributed(new Range(w.Start(1), speakerEnd), new Range(w.Start(0), cueEnd), speakerEnd)
            : new Attributed(default, new Range(w.Start(0), cueEnd), cueEnd);
    }

    // `Lavrov said`, `Jeb Bush, the former governor, told CNN`, `he also said`: the first verb whose subject opens the clause.
    private static Attributed SubjectThenCue(in WordWindow w, int limit, bool afterSentence)
    {
        for (int k = 1; k < Math.Min(w.Count, CueReach); k++)
        {
            // `“…,” a spokeswoman, who asked not to be named, said.`: the verb of a relative clause reports nothing of the quote.
            // `“Leave now,” reporters were told.`: a passive's subject is who was spoken to.
            bool wentOn = k <= WentOnReach && WentOn(w, k) && (!afterSentence || NamesSomeone(w, k));
            if (!wentOn && (!SpeechCues.IsVerb(w[k]) || w.Is(k - 1, "who") || (FormsOfBe.Contains(w[k - 1]) && !SpeechCues.IsParticiple(w[k]))))
            {
                if (w.BreakAfter(k - 1))
                {
                    break;
                }

                continue;
            }

            int subjectEnd = SkipBackToSubject(w, k - 1);

            // `Perhaps, he said,`: a pronoun just after a comma is the subject, not an apposition's head before it.
            if (subjectEnd > 0 && IsPronoun(w[subjectEnd]) && !w.Is(subjectEnd, "who") && w.CommaAfter(subjectEnd - 1))
            {
                int pronounCueEnd = wentOn ? w.End(k + 1) : CueEnd(w.Text, w.End(k), limit);
                return new Attributed(w.Words(subjectEnd, subjectEnd), new Range(w.Start(k), pronounCueEnd), pronounCueEnd);
            }

            int clause = w.FirstComma(subjectEnd);
            int last = clause >= 0 ? clause : subjectEnd;

            // `“…,” a panel that advises the cabinet, Mehta said`: a phrase with a clause of its own before the comma
            // is said of something else; the speaker is the subject after it.
            if (clause >= 0 && HoldsRelativeWord(w, 0, clause))
            {
                return ClosingTheSentence(w, k, subjectEnd, limit);
            }

            if (last < 0 || !IsSpeaker(w, 0, last))
            {
                return ClosingTheSentence(w, k, subjectEnd, limit);
            }

            // `“We are not terrorists.” Mr. Zahed said: “…”`: a lead-in ending in a colon introduces the next quote;
            // `“…without him.” Lord Asante said that they became friends`: after a quote that ends its sentence, a new
            // speaker's cue that reports more speech opens a sentence of its own (`He also said that` goes on with the
            // quote's own speaker).
            int cueEnd = wentOn ? w.End(k + 1) : CueEnd(w.Text, w.End(k), limit);
            int afterCue = Skip(w.Text, cueEnd, limit);
            if ((k == w.Count - 1 && afterCue < limit && w.Text[afterCue] == ':') || (afterSentence && ReportsMoreSpeech(w, k)))
            {
                return default;
            }

            return new Attributed(w.Words(0, last), new Range(w.Start(k), cueEnd), cueEnd);
        }

        return default;
    }

    // `“…,” she went on.`: `went on` that closes its clause is a cue, as `continued` is (not `went on for hours`, and
    // `went on to say` is read by its `say`). It follows a short subject (`the Republican candidate went on`): looked
    // for only that far into the words after the quote.
    private const int WentOnReach = 4;

    // (Its length and first letter are compared first: most words fail on them without a comparison of their text.)
    private static bool WentOn(in WordWindow w, int k) =>
        w.End(k) - w.Start(k) == 4 && w.Text[w.Start(k)] == 'w' && w.Is(k, "went") && k + 1 < w.Count && w.Is(k + 1, "on")
        && (w.End(k + 1) == w.Text.Length || w.Text[w.End(k + 1)] is '.' or ',' or ';' or '!' or '?' or '\n');

    // `“Farmers will be paid.” She went on.`: after a quote that closes its sentence, `went on` reports speech only after
    // a pronoun or a name (`The meeting went on.` is a story going on).
    private static bool NamesSomeone(in WordWindow w, int k) =>
        (k == 1 && IsPronoun(w[0])) || (IsName(w, 0, k - 1) && !Articles.Contains(w[0]) && !Determiners.Contains(w[0]));

    // `a “small handful” of sponsors stayed away, Gilbert said.` and `…, said Steve Elmendorf.`: the attribution that
    // closes the sentence, the cue at `k` with no subject opening the clause.
    private static Attributed ClosingTheSentence(in WordWindow w, int k, int subjectEnd, int limit)
    {
        if (w.CommaAfter(k - 1) && k + 1 < w.Count && w.IsCapitalised(k + 1))
        {
            int invertedEnd = EndAfterCue(w, k + 1);
            if (invertedEnd > 0)
            {
                return new Attributed(new Range(w.Start(k + 1), invertedEnd), w.Words(k, k), invertedEnd);
            }
        }

        int comma = subjectEnd > 0 && ClosesClause(w, k) ? w.LastComma(subjectEnd + 1) : -1;
        if (comma >= 0 && comma < subjectEnd && IsSpeaker(w, comma + 1, subjectEnd))
        {
            int closingCueEnd = CueEnd(w.Text, w.End(k), limit);
            return new Attributed(w.Words(comma + 1, subjectEnd), new Range(w.Start(k), closingCueEnd), closingCueEnd);
        }

        return default;
    }

    // Whether the cue at `k` stands among the last four words of its sentence or of its clause (`Osei said Tuesday
    // in Accra, noting …`).
    private static bool ClosesClause(in WordWindow w, int k)
    {
        for (int end = k; end < w.Count && end - k < 4; end++)
        {
            if (end == w.Count - 1 || w.CommaAfter(end))
            {
                return true;
            }
        }

        return false;
    }

    // The end of a name read with the points of its abbreviations, less the full stop of its sentence (`Tomas Lund.`).
    private static int WithoutFullStop(ReadOnlySpan<char> text, int start, int end) =>
        end - start > 3 && text[end - 1] == '.' && char.IsLower(text[end - 2]) ? end - 1 : end;

    // Where a full name set after `, ` at `end` ends, the name ending its clause (`, Tomas Lund.`); -1 when none.
    private static int NameInApposition(ReadOnlySpan<char> text, int end, int limit)
    {
        if (end + 2 >= limit || text[end] != ',' || text[end + 1] != ' ' || !char.IsUpper(text[end + 2]))
        {
            return -1;
        }

        int nameEnd = WithoutFullStop(text, end + 2, CapitalisedRunEnd(text, end + 2, limit));
        bool endsClause = nameEnd >= limit || text[nameEnd] is '.' or ',' or ';' or '\n';
        return endsClause && PersonNames.IsFullName(text[(end + 2)..nameEnd]) ? nameEnd : -1;
    }

    // `Lord Asante said that they became friends`: a named subject's cue followed by what it reports.
    private static bool ReportsMoreSpeech(in WordWindow w, int cue) =>
        !IsPronoun(w[0]) && cue + 1 < w.Count && (w.Is(cue + 1, "that") || IsPronoun(w[cue + 1]));

    private static bool HoldsRelativeWord(in WordWindow w, int from, int to)
    {
        for (int k = from + 1; k <= to; k++)
        {
            if (RelativePronouns.Contains(w[k]))
            {
                return true;
            }
        }

        return false;
    }

    // `told reporters`: the cue as written takes the object of `told`.
    private static int CueEnd(ReadOnlySpan<char> text, int verbEnd, int limit)
    {
        int p = Skip(text, verbEnd, limit);
        return text[p..limit].StartsWith("reporters", StringComparison.Ordinal) ? p + "reporters".Length : verbEnd;
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
}
