using NewsParse.Text;
using static NewsParse.Quotes.WordKinds;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// The subject that opens a clause, read forwards from its start: after an introductory phrase (<c>On Saturday, </c>,
/// <c>Filling in for Sanders, </c>), the first noun phrase — a pronoun, a run of capitalised words, or a determiner and
/// the words up to its verb (<c>His campaign protested</c>, <c>The judge pointed</c>).
/// </summary>
internal static class ClauseSubjects
{
    // `Fleming said`, `Manning told`: a capitalised word in -ing right before a speech verb is a name, not a participle
    // opening a phrase (`Speaking to growers, Mensah said`) or a gerund (`Fundraising has been slow`).
    private static bool IsNameBeforeVerb(in WordWindow w) =>
        w.Count > 1 && w.IsCapitalised(0) && !w.CommaAfter(0) && SpeechCues.IsVerb(w[1]);

    /// <summary>The first and last word of the subject of the clause that ends before the word at <paramref name="cue"/>; (-1, -1) when none.</summary>
    public static (int First, int Last) Find(in WordWindow w, int cue)
    {
        int k = 0;
        ReadOnlySpan<char> opening = w[0];
        if (k < cue && (NotSubjects.Contains(opening) || Prepositions.Contains(opening) || (opening.EndsWith("ing", StringComparison.Ordinal) && !IsNameBeforeVerb(w)) || IsAdverb(opening)
            || opening.EndsWith("where", StringComparison.Ordinal) || IsIntroductoryPhrase(w, cue)))
        {
            // `Yet she did not stop there, also calling …`: a conjunction with no comma after it opens the clause alone.
            int comma = w.FirstComma(cue - 1);
            bool conjunction = OpeningConjunctions.Contains(opening) && cue > 1
                && !w.CommaAfter(0);
            k = conjunction ? 1 : comma >= 0 && comma + 1 < cue ? comma + 1 : cue;

            // `And then Trump went on the attack`, `And although he thanked them, he sounded`.
            while (conjunction && k + 1 < cue && AfterOpeningConjunctions.Contains(w[k]))
            {
                k++;
            }

            // `But a few days later, Trump reversed himself`: a phrase of time after the conjunction introduces too.
            if (conjunction && (NotSubjects.Contains(w[k]) || IsTimeBeforeComma(w, k, cue)))
            {
                int clauseComma = w.FirstComma(cue - 1);
                k = clauseComma >= k && clauseComma + 1 < cue ? clauseComma + 1 : cue;
            }

            // `In Davenport, Iowa, on Sunday, Mrs. Clinton`: the state after a place and a phrase opened by a preposition
            // belong to the introduction too.
            while (k + 1 < cue && (SpeakerPhrases.IsPreposition(w, k) || NotSubjects.Contains(w[k])
                || (w.IsCapitalised(k) && w.CommaAfter(k) && SpeakerPhrases.IsPreposition(w, k + 1))
                || IsStateAfterPlace(w, k, cue)))
            {
                int next = k;
                while (next + 1 < cue && !w.CommaAfter(next))
                {
                    next++;
                }

                k = next + 1;
            }

            // `Preceded at the lectern by Joe Arpaio, the Arizona sheriff, Trump launched`: an appositive to the
            // introduction's last name is no subject either.
            if (k > 0 && k < cue && Determiners.Contains(w[k]) && w.IsCapitalised(k - 1))
            {
                int appositiveEnd = k;
                while (appositiveEnd + 1 < cue && !w.CommaAfter(appositiveEnd) && !LooksLikeVerb(w[appositiveEnd + 1]))
                {
                    appositiveEnd++;
                }

                if (w.CommaAfter(appositiveEnd) && appositiveEnd + 1 < cue && (w.IsCapitalised(appositiveEnd + 1) || IsPronoun(w[appositiveEnd + 1])))
                {
                    k = appositiveEnd + 1;
                }
            }
        }

        if (k >= cue)
        {
            return (-1, -1);
        }

        ReadOnlySpan<char> first = w[k];
        if (IsPronoun(first))
        {
            return (k, k);
        }

        // `Will there be a “…”?`, `Should the plan fail, …`, `Could be higher`: an auxiliary that opens the sentence before
        // its subject or `not` asks a question or sets a condition, and reports no one's words (not `May wants`, `May and
        // Hammond`, `Will said`: a name, its verb and what goes with it).
        if (k == 0 && k + 1 < cue && char.IsUpper(first[0]) && Auxiliaries.Contains(first) && !w.CommaAfter(k) && AfterOpeningAuxiliaries.Contains(w[k + 1])
            && (!AuxiliaryNames.Contains(first) || Articles.Contains(w[k + 1]) || IsPronoun(w[k + 1]) || w.Is(k + 1, "there") || w.Is(k + 1, "not")))
        {
            return (-1, -1);
        }

        // `Part of this “…” framework`, `Hundreds of demonstrators chanted`: a word that opens the sentence with `of` after
        // it heads a noun phrase, which runs up to its verb, as after a determiner below (`Smith of the union wants` gives
        // `Smith of the union`; `Bank of Ghana`, a name, is read below).
        // The phrase after `of` ends before a relative clause, a dash or a second phrase (`Members of the committee who
        // spoke`, `Most of the growers in the region`); a word right after an article is its noun, whatever follows
        // (`Residents of the town this week`).
        if (k == 0 && k + 2 < cue && char.IsUpper(first[0]) && !w.CommaAfter(k) && w.Is(k + 1, "of") && w.IsLowerCase(k + 2))
        {
            int end = k + 2;
            while (end + 1 < cue && end - k < 5 && OfPhraseGoesOn(w, end))
            {
                end++;
            }

            return (k, end);
        }

        // `Thus, in the debate, candidates referred to “…”`, `In Paris, leading industrial nations agreed`, `Perhaps young
        // voters prefer`: past an introduction, a bare plural and the words before it, with a word after it (not
        // `Meanwhile, inflation remains “…”`, nor `various unions`).
        if (k > 0 && w.IsLowerCase(k) && !Determiners.Contains(first))
        {
            for (int j = k; j + 1 < cue && j - k < 3 && !w.CommaAfter(j); j++)
            {
                if (LooksLikeVerb(w[j]) || Prepositions.Contains(w[j]))
                {
                    break;
                }

                if (IsBarePlural(w[j]))
                {
                    return (k, j);
                }
            }
        }

        int last = k;
        if (Determiners.Contains(first))
        {
            // A determiner and its noun: up to the first verb-like word, a comma, or five words; a word before another
            // determiner that is no preposition is a verb (`the ministry wants the levy`).
            // `The retired neurosurgeon`: a participle just after an article is an adjective.
            while (last + 1 < cue && last - k < 5 && !w.BreakAfter(last) && !w.CommaAfter(last) && (!LooksLikeVerb(w[last + 1]) || (last == k && NounDeterminers.Contains(first) && w[last + 1].EndsWith("ed", StringComparison.Ordinal)))
                && !VerbBeforeDeterminer(w, last + 1))
            {
                last++;
            }

            return last > k ? (k, last) : (-1, -1);
        }

        // `Bank of Ghana`, but `Reports of secret talks`: a particle joins capitalised words only.
        while (last + 1 < cue && !w.BreakAfter(last) && !w.CommaAfter(last)
            && (w.IsCapitalised(last + 1) || (NameParticles.Contains(w[last + 1]) && last + 2 < cue && w.IsCapitalised(last + 2))))
        {
            last++;
        }

        // `Good information can still drive out bad`: a capitalised word and a lower-case noun before an auxiliary are
        // an adjective and its noun, no name.
        if (last == k && k == 0 && last + 2 < cue && !IsPossessive(first) && !NounDeterminers.Contains(first) && w.IsLowerCase(last + 1) && !LooksLikeVerb(w[last + 1]) && !IsAdverb(w[last + 1])
            && !w.CommaAfter(last) && Auxiliaries.Contains(w[last + 2]) && !PersonNouns.Contains(w[last + 1]))
        {
            return (k, last + 1);
        }

        // `Former US secretary of state Ama Osei`, `Shadow chancellor Kofi Mensah`: a title in lower case inside the name.
        int title = last + 1;
        while (title < cue && title - last <= 4 && !w.CommaAfter(title - 1) && !w.BreakAfter(title - 1) && w.IsLowerCase(title)
            && (PersonNouns.Contains(w[title]) || RoleModifiers.Contains(w[title]) || (title > last + 1 && (w.Is(title, "of") || w.Is(title - 1, "of")))))
        {
            title++;
        }

        if (title > last + 1 && title < cue && w.IsCapitalised(title) && !w.CommaAfter(title - 1))
        {
            last = title;
            while (last + 1 < cue && !w.BreakAfter(last) && !w.CommaAfter(last) && w.IsCapitalised(last + 1))
            {
                last++;
            }
        }

        // `Cruz's campaign also went on the offensive`: a possessive and its noun.
        if (IsPossessive(first) && char.IsUpper(first[0]))
        {
            // `Obama's first five questioners ranged`: up to the verb, a comma, or four words.
            int end = k;
            while (end + 1 < cue && end - k < 4 && !w.BreakAfter(end) && !w.CommaAfter(end)
                && w.IsLowerCase(end + 1) && !IsNounPhraseEnd(w[end + 1]))
            {
                end++;
            }

            if (end > k)
            {
                return (k, end);
            }

            // `Germany's Chancellor Angela Merkel heralded`: a title and name after the possessive are the subject.
            if (last > k)
            {
                return (k + 1, last);
            }
        }

        return char.IsUpper(first[0]) && !NotSubjects.Contains(first) && !IsPossessive(first) ? (k, last) : (-1, -1);
    }

    /// <summary>
    /// The subject that opens the sentence from <paramref name="from"/> to the quote at <paramref name="open"/>: who a
    /// partial quote without a speech verb belongs to; <paramref name="wrapped"/> for hard-wrapped copy.
    /// </summary>
    public static Range OfSentence(ReadOnlySpan<char> text, int from, int open, bool wrapped)
    {
        // A sentence that starts out of reach has its subject out of reach too: the words read would open mid-sentence.
        if (from < open - Attributed.Reach)
        {
            return default;
        }

        WordWindow w = WordWindow.Read(text, from, open, stackalloc int[WordWindow.BufferLength], wrapped);
        (int first, int last) = SentenceSubject(w);
        return first >= 0 ? w.Words(first, last) : default;
    }

    // The subject opening the words of `w`, which run up to a quote; (-1, -1) when none. `It has not helped that her
    // campaign cycled through “…”`: an empty it says nothing.
    private static (int First, int Last) SentenceSubject(in WordWindow w)
    {
        (int first, int last) = w.Count == 0 ? (-1, -1) : Find(w, w.Count);
        return first >= 0 && !w[first].Equals("it", StringComparison.OrdinalIgnoreCase) ? (first, last) : (-1, -1);
    }

    // `Typically, she …`, `Hours later, she …`, `Eight years ago, he …`, `Reached by telephone, Mensah …`: an adverb,
    // a time or a participle and its preposition open the sentence, closed by a comma. A name is no adverb
    // (`Kelly, …`), and `Mensah, meanwhile, …` is a subject and an aside.
    private static bool IsIntroductoryPhrase(in WordWindow w, int cue)
    {
        // The phrase may run up to the cue itself: `Hours later, she` read up to `she`.
        int comma = w.FirstComma(cue - 1);
        if (comma < 0 && w.End(cue - 1) < w.Text.Length && w.Text[w.End(cue - 1)] == ',')
        {
            comma = cue - 1;
        }

        if (comma < 0 || comma > 7)
        {
            return false;
        }

        // `First,`, or an adverb in -ly, not a name (`Kelly,`, `Reilly,`, `Italy,`: in -lly but -ally, or -aly, or a given
        // name).
        ReadOnlySpan<char> opening = w[0];
        if (comma == 0)
        {
            return OrdinalAdverbs.Contains(opening) || opening.Length > 4 && opening.EndsWith("ly", StringComparison.Ordinal)
                && !(opening.EndsWith("lly", StringComparison.Ordinal) && !opening.EndsWith("ally", StringComparison.Ordinal))
                && !opening.EndsWith("aly", StringComparison.Ordinal) && !FemaleGivenNames.Contains(opening) && !MaleGivenNames.Contains(opening);
        }

        // A unit of time and its adverb (`Hours later,`, `Eight years ago,`, `Days before the vote,`, `Two years after
        // the war,`; not `Osei later, in Accra,`), or a participle and its preposition (`Reached by telephone,`).
        return (comma < 5 && w.IsLowerCase(comma) && TimeAdverbs.Contains(w[comma]) && TimeUnits.Contains(w[comma - 1]))
            || (w.IsLowerCase(1) && TimeAdverbs.Contains(w[1]) && TimeUnits.Contains(opening))
            || (w.IsLowerCase(1) && opening.EndsWith("ed", StringComparison.Ordinal) && Prepositions.Contains(w[1]))
            || (comma > 2 && w.IsLowerCase(2) && TimeAdverbs.Contains(w[2]) && TimeUnits.Contains(w[1]));
    }

    /// <summary>
    /// The subject of the sentence from <paramref name="from"/> as the speaker of the quote at <paramref name="open"/>
    /// inside it, when it can say something: none for a thing (<c>The new model has a larger “frunk”</c>), or for a
    /// subject that holds the quote (<c>Reports of “secret talks” surfaced</c>).
    /// </summary>
    public static Range SpeakerOfSentence(ReadOnlySpan<char> text, int from, int open, bool wrapped)
    {
        if (from < open - Attributed.Reach)
        {
            return default;
        }

        WordWindow w = WordWindow.Read(text, from, open, stackalloc int[WordWindow.BufferLength], wrapped);
        (int first, int last) = SentenceSubject(w);

        // `Reports of “…”`: the subject and a preposition run into the quote, which is part of the subject.
        bool holdsQuote = last == w.Count - 2 && w.IsLowerCase(w.Count - 1) && Prepositions.Contains(w[w.Count - 1]);
        return first >= 0 && !holdsQuote && CanSpeak(w, first, last) ? w.Words(first, last) : default;
    }

    // A plural noun, as far as its ending tells: `farmers`, not `various`, `business` or `Osei's`.
    private static bool IsBarePlural(ReadOnlySpan<char> word) =>
        word.Length > 3 && word[^1] == 's' && word[^2] is not ('s' or 'u') && !IsPossessive(word) && !LooksLikeVerb(word);

    /// <summary>
    /// Whether the subject from <paramref name="first"/> to <paramref name="last"/> can say something: a pronoun, words
    /// in capitals past its first (<c>the Rove ad</c>), people (<c>the former secretary</c>, <c>farmers</c>), or a body or
    /// a writing that speaks for them (<c>the ministry</c>, <c>the report</c>); not a thing (<c>the new model</c>).
    /// </summary>
    public static bool CanSpeak(in WordWindow w, int first, int last)
    {
        if (IsPronoun(w[first]) || w.IsCapitalised(last))
        {
            return true;
        }

        for (int k = first; k <= last; k++)
        {
            ReadOnlySpan<char> word = Possessives.Stem(w[k]);
            if ((k > first && w.IsCapitalised(k)) || PersonNouns.Contains(word) || SpeakingBodies.Contains(word))
            {
                return true;
            }
        }

        // `farmers`, `Thousands of people` (not `this`, `his willingness`, `the consensus`: `the duchess` is a person noun);
        // the head of `Residents of the town` is `Residents`, of `Most of the growers` `growers`.
        ReadOnlySpan<char> head = last > first + 1 && w.Is(first + 1, "of") && !PartitiveWords.Contains(w[first]) ? w[first] : w[last];
        return (IsBarePlural(head) && !Determiners.Contains(head)) || PersonPlurals.Contains(head);
    }

    // Whether the phrase after `of` that has reached the word at `end` takes in the next word: not past a comma, a dash or
    // a break, nor into a verb, a relative clause or a second phrase (after an article, the next word is its noun).
    private static bool OfPhraseGoesOn(in WordWindow w, int end)
    {
        if (w.BreakAfter(end) || w.CommaAfter(end) || w.DashAfter(end) || LooksLikeVerb(w[end + 1]) || RelativePronouns.Contains(w[end + 1]))
        {
            return false;
        }

        return Articles.Contains(w[end]) || !(VerbBeforeDeterminer(w, end + 1) || (w.IsLowerCase(end + 1) && PhrasePrepositions.Contains(w[end + 1])));
    }

    // Whether the lower-case word at `k`, before a determiner, is a verb: `the ministry wants the levy`, `Some of the
    // growers oppose the plan` (a preposition is none: `the head of the board`).
    private static bool VerbBeforeDeterminer(in WordWindow w, int k) =>
        k + 1 < w.Count && w.IsLowerCase(k) && !w.CommaAfter(k) && Determiners.Contains(w[k + 1]) && !Prepositions.Contains(w[k]);

    // Whether a unit of time stands among the few words from `k` up to a comma before `cue`.
    private static bool IsTimeBeforeComma(in WordWindow w, int k, int cue)
    {
        bool time = false;
        for (int j = k; j < cue - 1 && j - k < 6; j++)
        {
            time |= j - k < 5 && TimeUnits.Contains(w[j]);
            if (w.CommaAfter(j))
            {
                return time;
            }
        }

        return false;
    }

    // `in Salem, New Hampshire, Trump went`: one or two capitalised words between commas, after a capitalised place.
    private static bool IsStateAfterPlace(in WordWindow w, int k, int cue)
    {
        if (k < 1 || !w.IsCapitalised(k - 1) || !w.CommaAfter(k - 1))
        {
            return false;
        }

        for (int end = k; end < cue - 1 && end - k < 2; end++)
        {
            if (!w.IsCapitalised(end))
            {
                return false;
            }

            // `in Aspen, Colo., the senator`: a state's abbreviation is no name.
            if (w.CommaAfter(end))
            {
                return w.IsCapitalised(end + 1) || w[end].EndsWith('.');
            }
        }

        return false;
    }
}
