using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>What a single word can be in a sentence's frame, told from the word alone.</summary>
internal static class WordKinds
{
    /// <summary>Whether <paramref name="word"/> starts as a name does: with a capital, or a particle joined to one (<c>al-Hamdan</c>, <c>el-Amin</c>).</summary>
    public static bool StartsName(ReadOnlySpan<char> word)
    {
        if (word.IsEmpty || char.IsUpper(word[0]))
        {
            return !word.IsEmpty;
        }

        int hyphen = word[..Math.Min(word.Length, SurnameParticles.MaxLength + 1)].IndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.Length && char.IsUpper(word[hyphen + 1]) && SurnameParticles.Contains(word[..hyphen]);
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a word of English grammar, never anyone's name, alone or contracted: a pronoun,
    /// an auxiliary, a determiner, a preposition, a word that opens a sentence without being its subject (<c>It's</c>,
    /// <c>Don't</c>, <c>Several</c>, <c>Nor</c>).
    /// </summary>
    public static bool IsGrammarWord(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        if (apostrophe > 0 && word.Length - apostrophe <= 3)
        {
            // `Don't`, `Can't`: the verb is the word before `n't`.
            ReadOnlySpan<char> stem = word[..apostrophe];
            return IsGrammarWord(stem) || (word[^1] == 't' && stem.EndsWith('n') && IsGrammarWord(stem[..^1]));
        }

        return Pronouns.Contains(word) || Auxiliaries.Contains(word) || Determiners.Contains(word) || QuantityWords.Contains(word)
            || Prepositions.Contains(word) || NotSubjects.Contains(word);
    }

    /// <summary>Whether <paramref name="word"/> is a personal or relative pronoun that can be a subject.</summary>
    public static bool IsPronoun(ReadOnlySpan<char> word) => Pronouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> is an adverb in <c>-ly</c>: <c>She regularly tells</c>, <c>he erroneously suggested</c>; not <c>family</c>.</summary>
    public static bool IsAdverb(ReadOnlySpan<char> word) =>
        word.Length > 4 && char.IsLower(word[0]) && word.EndsWith("ly", StringComparison.Ordinal) && !LyNouns.Contains(word);

    /// <summary>Whether <paramref name="word"/> is an age written before a name: <c>78-year-old</c>.</summary>
    public static bool IsAge(ReadOnlySpan<char> word) =>
        word.Length > 9 && char.IsAsciiDigit(word[0]) && word.EndsWith("-year-old", StringComparison.Ordinal);

    /// <summary>Whether <paramref name="word"/> names a day of the week.</summary>
    public static bool IsWeekday(ReadOnlySpan<char> word) =>
        word.EndsWith("day", StringComparison.Ordinal) && Weekdays.Contains(word);

    /// <summary>
    /// Whether <paramref name="word"/> is a lower-case word that can stand before a name in a title: <c>former
    /// speechwriter Noam Neusner</c>, <c>campaign manager Jeff Weaver</c>.
    /// </summary>
    public static bool IsTitleWord(ReadOnlySpan<char> word) =>
        word.Length >= 3 && char.IsLower(word[0]) && !SpeechCues.IsVerb(word) && !BetweenSpeakerAndVerb.Contains(word)
        && !NotTitleWords.Contains(word);

    /// <summary>Whether <paramref name="word"/> is a possessive (<c>Trump's</c>); an apostrophe before a capital is part of a name (<c>O'Malley</c>).</summary>
    public static bool IsPossessive(ReadOnlySpan<char> word)
    {
        int apostrophe = word.IndexOfAny('\'', '’');
        return apostrophe >= 0 && (apostrophe + 1 >= word.Length || !char.IsUpper(word[apostrophe + 1]));
    }

    /// <summary>Whether <paramref name="word"/> is a lower-case word that reads as a finite verb: <c>protested</c>, <c>left</c>, <c>has</c>, <c>says</c>.</summary>
    public static bool LooksLikeVerb(ReadOnlySpan<char> word) =>
        char.IsLower(word[0]) && (word.EndsWith("ed", StringComparison.Ordinal) || SpeechCues.IsVerb(word) || BetweenSpeakerAndVerb.Contains(word)
            || Auxiliaries.Contains(word) || IrregularPasts.Contains(word));

    /// <summary>Whether a noun phrase ends before <paramref name="word"/>: a verb, a preposition, a relative word.</summary>
    public static bool IsNounPhraseEnd(ReadOnlySpan<char> word) =>
        word.EndsWith("ed", StringComparison.Ordinal) || Auxiliaries.Contains(word) || SpeechCues.IsVerb(word) || IrregularPasts.Contains(word)
        || Prepositions.Contains(word) || NameParticles.Contains(word) || NounPhraseEnds.Contains(word);
}
