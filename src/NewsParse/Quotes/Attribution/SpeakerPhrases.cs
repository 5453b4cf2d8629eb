using static NewsParse.Quotes.WordKinds;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// The noun phrases that can say something, found beside a speech verb: a pronoun, a name with its titles
/// (<c>former speechwriter Noam Neusner</c>), or a determiner phrase (<c>a rebel commander</c>).
/// </summary>
internal static class SpeakerPhrases
{
    /// <summary>The most words of a speaker's mention.</summary>
    public const int MaxWords = 9;

    /// <summary>
    /// The word before a verb at <paramref name="k"/> + 1 once past what may stand between a subject and its verb
    /// (<c>also</c>, <c>has</c>, <c>on Friday</c>); -1 when nothing is left.
    /// </summary>
    public static int SkipBackToSubject(in WordWindow w, int k)
    {
        // `which — as columnist Kofi Mensah noted — promises`: an aside between dashes stands between subject and verb.
        if (k > 0 && w.DashAfter(k))
        {
            for (int j = k - 1; j > 0 && k - j < 16 && !w.BreakAfter(j); j--)
            {
                if (w.DashAfter(j))
                {
                    k = j;
                    break;
                }
            }
        }

        // `The ministry less than two weeks ago said`: a phrase of time in `ago`, its unit and what counts it.
        if (k > 1 && w.Is(k, "ago") && TimeUnits.Contains(w[k - 1]) && !w.CommaAfter(k))
        {
            k -= 2;
            while (k > 0 && (QuantityWords.Contains(w[k]) || char.IsDigit(w[k][0])) && !w.CommaAfter(k - 1))
            {
                k--;
            }
        }

        while (k >= 0 && (w.IsLowerCase(k) || IsWeekday(w[k]))
            && (BetweenSpeakerAndVerb.Contains(w[k]) || IsAdverb(w[k]))
            && (k == 0 || !w.BreakAfter(k - 1)))
        {
            // `leaders this week, on Friday described`: a comma closes what the subject was; stop at the word before it.
            bool comma = k > 0 && w.CommaAfter(k - 1);
            k--;
            if (comma)
            {
                break;
            }
        }

        return k;
    }

    /// <summary>The first word of the subject that ends at <paramref name="last"/>, or -1 when the words there cannot be one.</summary>
    public static int SubjectStart(in WordWindow w, int last)
    {
        // `the report, which notes`, `the resolution which said`: a relative word just before the cue is its subject.
        ReadOnlySpan<char> head = w[last];
        if (IsPronoun(head) || (head.SequenceEqual("which") && last > 0))
        {
            return last;
        }

        // `on Twitter before claiming`, `have a say`: no noun phrase ends in a preposition, a subordinating word or an article.
        int first = last;
        bool capitalised = char.IsUpper(head[0]);
        if (!capitalised && (Prepositions.Contains(head) || (Subordinators.Contains(head) && !RelativePronouns.Contains(head)) || NounDeterminers.Contains(head)))
        {
            return -1;
        }

        for (int k = last - 1; k >= 0 && last - k < MaxWords; k--)
        {
            if (w.BreakAfter(k) || w.CommaAfter(k) || w.DashAfter(k))
            {
                break;
            }

            ReadOnlySpan<char> word = w[k];

            // `a deal that officials called`: a bare noun after a relative word is a subject of its own.
            if (!capitalised && ClauseOpeners.Contains(word))
            {
                first = first < last ? first : last;
                return NotSubjects.Contains(w[first]) ? -1 : first;
            }

            if (Determiners.Contains(word))
            {
                first = k;
                break;
            }

            // `Bank of Ghana`, `chief executive of SK Telecom`, `Procter and Gamble`: a particle joins a name to the words of
            // its title before it, `and` to capitals only (not `She smiled and Osei`); a word after `to` is a verb, no
            // title (`to disprove Republican claims`).
            if (char.IsUpper(word[0])
                || (NameParticles.Contains(word) && (!capitalised || (k > 0 && (w.IsCapitalised(k - 1) || (!w.Is(k, "and") && !LooksLikeVerb(w[k - 1]))))))
                || (capitalised && IsTitleWord(word) && !(k > 0 && w.Is(k - 1, "to")))
                || (!capitalised && last - k <= 3 && !SpeechCues.IsVerb(word) && !Auxiliaries.Contains(word) && (char.IsLower(word[0]) || char.IsDigit(word[0]))))
            {
                first = k;
                continue;
            }

            break;
        }

        while (first < last && (NameParticles.Contains(w[first]) || NotSubjects.Contains(w[first])))
        {
            first++;
        }

        ReadOnlySpan<char> firstWord = w[first];
        if (NotSubjects.Contains(firstWord)
            || (!capitalised && !Determiners.Contains(firstWord) && first > 0 && !char.IsUpper(firstWord[0]) && !char.IsDigit(firstWord[0])))
        {
            return -1;
        }

        return first;
    }

    /// <summary>
    /// The end of the speaker after a cue, from the word at <paramref name="from"/>: <c>said Russian Foreign Minister
    /// Sergei Lavrov</c>, <c>said a spokesman</c>, <c>said he</c>; -1 when none, or when a clause follows the words
    /// unless <paramref name="clauseMayFollow"/> (after <c>according to</c>, which names only a source).
    /// </summary>
    public static int EndAfterCue(in WordWindow w, int from, bool clauseMayFollow = false)
    {
        if (from >= w.Count)
        {
            return -1;
        }

        if (IsPronoun(w[from]))
        {
            return w.End(from);
        }

        int end = -1;
        bool determiner = Determiners.Contains(w[from]);
        for (int k = from; k < w.Count && k - from < MaxWords; k++)
        {
            if (k > from && (w.BreakAfter(k - 1) || w.CommaAfter(k - 1)))
            {
                break;
            }

            ReadOnlySpan<char> word = w[k];
            bool capital = w.IsCapitalised(k);

            // `said the candidate could win`: the words after the verb are what was said, not who said it; but after
            // `according to` a name ends there (`a period that, according to analyst Ama Osei is “slow”`).
            if (k > from && Auxiliaries.Contains(word))
            {
                return clauseMayFollow && w.IsCapitalised(k - 1) ? end : -1;
            }

            // `said 78-year-old Ruth Adams`: an age before a name reads as a title does.
            if (capital || (k > from && NameParticles.Contains(word)) || IsTitleWord(word) || IsAge(word)
                || (determiner && k - from <= 4 && !SpeechCues.IsVerb(word) && !PhraseBreaks.Contains(word)))
            {
                if ((capital || !NameParticles.Contains(word)) && !(k == from && IsAge(word)))
                {
                    end = w.End(k);
                }

                continue;
            }

            break;
        }

        return end;
    }

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="to"/> can be a subject: a pronoun, a name (capitalised at either end), or a determiner phrase.</summary>
    public static bool IsSpeaker(in WordWindow w, int from, int to)
    {
        ReadOnlySpan<char> first = w[from];
        if (IsPronoun(first))
        {
            // `She also gushes about her grandchildren and jokes`: a pronoun is a subject on its own or not at all.
            return to == from;
        }

        // `Turning to exports, the minister promised`: a participle and what it governs open the sentence; they
        // are not its subject (but `Boeing president Kwesi Appiah` and `acting Attorney General Ama Boateng` are).
        if (NotSubjects.Contains(first) || Prepositions.Contains(first) || to - from >= MaxWords + 6
            || (from < to && first.EndsWith("ing", StringComparison.Ordinal)
                && (Prepositions.Contains(w[from + 1]) || Determiners.Contains(w[from + 1]))))
        {
            return false;
        }

        if (Determiners.Contains(first) || IsPluralPeople(w, from, to))
        {
            return true;
        }

        for (int k = from; k <= to; k++)
        {
            if (SpeechCues.IsVerb(w[k]))
            {
                return false;
            }
        }

        return w.IsCapitalised(to) || w.IsCapitalised(from);
    }

    // `officials`, `sources familiar with the matter`, `officials at the ministry`: people in the plural need no
    // determiner, alone or before the phrase that says which (not `reporters were told`, `witnesses saw police`, nor a
    // verb in -s after a title in marks: `“Oppenheimer” stars a physicist`).
    private static bool IsPluralPeople(in WordWindow w, int from, int to)
    {
        if (!w.IsLowerCase(from) || !IsPersonPlural(w[from]))
        {
            return false;
        }

        int next = from + 1;
        bool phrase = next > to || PhrasePrepositions.Contains(w[next]) || w.Is(next, "to")
            || (next < to && w.IsLowerCase(next) && !w[next].EndsWith('s') && (PhrasePrepositions.Contains(w[next + 1]) || w.Is(next + 1, "to")));
        for (int k = next; phrase && k <= to; k++)
        {
            phrase = !LooksLikeVerb(w[k]);
        }

        return phrase;
    }

    /// <summary>Whether <paramref name="word"/> names people in the plural: <c>officials</c>, <c>witnesses</c>, <c>people</c>.</summary>
    public static bool IsPersonPlural(ReadOnlySpan<char> word) =>
        PersonPlurals.Contains(word)
        || (word.Length > 3 && word[^1] == 's' && (PersonNouns.Contains(word[..^1]) || (word[^2] == 'e' && PersonNouns.Contains(word[..^2]))));

    /// <summary>Whether the words from <paramref name="from"/> to <paramref name="to"/> are a short name: capitalised words and particles.</summary>
    public static bool IsName(in WordWindow w, int from, int to)
    {
        for (int k = from; k <= to; k++)
        {
            if (!w.IsCapitalised(k) && !NameParticles.Contains(w[k]))
            {
                return false;
            }
        }

        return to - from < 5 && !NotSubjects.Contains(w[from]);
    }

    /// <summary>Whether the word at <paramref name="k"/> is a lower-case preposition.</summary>
    public static bool IsPreposition(in WordWindow w, int k) => w.IsLowerCase(k) && Prepositions.Contains(w[k]);
}
