using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// A run of capitalised words (<c>Finance Minister Kwame Osei</c>, <c>Pieter van Doorn</c>) as the names of a text are
/// read: where it opens, where its words open once a leading function word is passed (<c>In Accra</c>), where it ends,
/// how many words it keeps, and whether it is a lone capitalised word with no other after it.
/// </summary>
internal readonly record struct NameRun(int Start, int First, int End, int Words, bool Lone)
{
    // The most words a name of a person runs to; a longer run is a headline or a title, and no name.
    public const int MaxWords = 16;

    /// <summary>
    /// The run that opens with the word at <paramref name="start"/>, read up to <paramref name="limit"/>; in hard-wrapped
    /// copy (<paramref name="wrapped"/>) a line break inside a paragraph parts its words as a space does.
    /// </summary>
    public static NameRun Read(ReadOnlySpan<char> text, int start, int limit, bool wrapped)
    {
        int p = start;
        int wordEnd = WordEnd(text, p, limit);
        if (NextNameWord(text, wordEnd, limit, wrapped) < 0)
        {
            return new NameRun(start, start, wordEnd, 1, Lone: true);
        }

        int first = -1;
        int words = 0;
        int end = p;
        for (int read = 0; p < limit && char.IsUpper(text[p]); read++)
        {
            // A run too long to be anyone's name is read no further, and names no one.
            if (read == MaxWords)
            {
                return new NameRun(start, start, p, 0, Lone: false);
            }

            int wordStart = p;
            p = WordEnd(text, p, limit);
            if (first >= 0 || !IsNotNameStart(text[wordStart..p]))
            {
                first = first < 0 ? wordStart : first;
                words++;
                end = p;
            }

            int next = NextNameWord(text, p, limit, wrapped);
            if (next < 0)
            {
                break;
            }

            p = next;
        }

        return new NameRun(start, first, end, words, Lone: false);
    }

    /// <summary>
    /// Where the run holding the capitalised word at <paramref name="wordStart"/> opens, looking back no further than
    /// <paramref name="floor"/> and through no more than <see cref="MaxWords"/> words; <paramref name="whole"/> is
    /// false when the run goes back further than that (the start given is then where the looking stopped).
    /// </summary>
    public static int StartOf(ReadOnlySpan<char> text, int wordStart, int floor, int limit, bool wrapped, out bool whole)
    {
        int start = wordStart;
        for (int words = 1; ; words++)
        {
            int previous = PreviousNameWord(text, start, floor, limit, wrapped);
            if (previous < 0 || words == MaxWords)
            {
                whole = previous < 0;
                return start;
            }

            start = previous;
        }
    }

    /// <summary>
    /// Where the word that holds the capital at <paramref name="capital"/> opens, as the names are read forward: the
    /// capital itself, or an earlier one of the same word (<c>O'Brien</c>, <c>Jean-Pierre</c>); -1 in a word too long to
    /// look back through.
    /// </summary>
    public static int WordStartAt(ReadOnlySpan<char> text, int capital, int floor, int limit)
    {
        int t = capital;
        while (t > floor && capital - t < WordWindowReach && IsWordCharacter(text[t - 1]))
        {
            t--;
        }

        // A word longer than any name's opens out of reach: no name is read in it.
        if (t > floor && IsWordCharacter(text[t - 1]))
        {
            return -1;
        }

        for (int q = t; q < capital; q++)
        {
            if (OpensWord(text, q) && WordEnd(text, q, limit) > capital)
            {
                return q;
            }
        }

        return capital;
    }

    /// <summary>Whether <paramref name="c"/> is a capital that opens a word: not inside one (<c>McDonald</c>).</summary>
    public static bool OpensWord(ReadOnlySpan<char> text, int c) => char.IsUpper(text[c]) && (c == 0 || !char.IsLetter(text[c - 1]));

    /// <summary>
    /// The end of the word at <paramref name="p"/>: letters, apostrophes, hyphens and the point of a short abbreviation
    /// (<c>Gov.</c>, <c>U.S.</c>), not one that ends a sentence after a short word (<c>Andy Ram. Murray won</c>).
    /// </summary>
    public static int WordEnd(ReadOnlySpan<char> text, int p, int limit)
    {
        int wordStart = p;
        p = AsciiRuns.LettersEnd(text, p, limit);
        // The point of a title (`Mr.`), the commonest, is told by the word alone, before the sentence around it is read.
        while (p < limit && (char.IsLetter(text[p]) || text[p] is '\'' or '’' or '-'
            || (text[p] == '.' && p - wordStart <= 3 && (Sentences.IsAbbreviation(text[wordStart..p]) || !Sentences.IsEnd(text, p)))))
        {
            p++;
        }

        return p;
    }

    /// <summary>Whether the word before <paramref name="start"/>, across a space or a line break, is <c>the</c>.</summary>
    public static bool FollowsArticle(ReadOnlySpan<char> text, int start)
    {
        int p = start - 1;
        if (p < 0 || !CharClass.IsSpace(text[p]))
        {
            return false;
        }

        while (p > 0 && start - p < 8 && CharClass.IsSpace(text[p - 1]))
        {
            p--;
        }

        return p >= 3 && text[(p - 3)..p].Equals("the", StringComparison.OrdinalIgnoreCase) && (p == 3 || !char.IsLetter(text[p - 4]));
    }

    /// <summary>Whether a capitalised word opens no name (<c>The</c>, <c>In</c>).</summary>
    public static bool IsNotNameStart(ReadOnlySpan<char> word) => NotNameStarts.Contains(word.TrimEnd('.'));

    // How far back the letters of one word are looked through.
    private const int WordWindowReach = 48;

    private static bool IsWordCharacter(char c) => char.IsLetter(c) || c is '\'' or '’' or '-' or '.';

    // What parts the words of a name: a space, or in hard-wrapped copy a line break inside a paragraph (`Richard von` ⏎
    // `Weizsaecker`); a break before an indent opens a paragraph, and the indent's space is no word.
    private static bool IsGap(char c, bool wrapped) => c == ' ' || (wrapped && c == '\n');

    // Where the capitalised word that goes on a run of capitals after the space at `p` starts, past the particles
    // between (`Pieter van Doorn`, `Ama bin Osei`); -1 when none does.
    private static int NextNameWord(ReadOnlySpan<char> text, int p, int limit, bool wrapped)
    {
        if (p + 1 >= limit || !IsGap(text[p], wrapped))
        {
            return -1;
        }

        int next = char.IsUpper(text[p + 1]) ? p + 1 : AfterParticles(text, p, limit, wrapped);
        return next > p && next < limit && char.IsUpper(text[next]) ? next : -1;
    }

    // Where the capitalised word that a run goes on from to the word at `start` opens, past particles between; -1 when
    // the word at `start` opens its run. Found by looking back a word or four, and proven by reading forward from there.
    private static int PreviousNameWord(ReadOnlySpan<char> text, int start, int floor, int limit, bool wrapped)
    {
        int i = start - 1;
        for (int tokens = 0; tokens < 4; tokens++)
        {
            if (i <= floor || !(IsGap(text[i], wrapped) || text[i] == '-'))
            {
                return -1;
            }

            int t = i;
            while (t > floor && i - t < WordWindowReach && IsWordCharacter(text[t - 1]))
            {
                t--;
            }

            if (t == i || (t > floor && IsWordCharacter(text[t - 1])))
            {
                return -1;
            }

            // The word that ends the token is the one that opens with a capital and runs up to its end, as the names are
            // read forward: `Kofi` in `spoke.Kofi`, `Kremlin` in `pro-Kremlin`, `Jean-Pierre` whole.
            for (int q = t; q < i; q++)
            {
                if (OpensWord(text, q) && WordEnd(text, q, limit) == i)
                {
                    return NextNameWord(text, i, limit, wrapped) == start ? q : -1;
                }
            }

            // Points and apostrophes before a word are no part of it (`.van`, `'van`).
            while (t < i && !char.IsLetter(text[t]))
            {
                t++;
            }

            // A word in lower case goes on a run only as a particle (`van`, `bin`): most are told apart by length.
            if (t == i || !char.IsAsciiLetterLower(text[t]) || i - t > SurnameParticles.MaxLength || !SurnameParticles.Contains(text[t..i]))
            {
                return -1;
            }

            i = t - 1;
        }

        return -1;
    }

    // Where the particles after the space at `p` end, past the space after them; `p` itself when no particle follows.
    private static int AfterParticles(ReadOnlySpan<char> text, int p, int limit, bool wrapped)
    {
        int q = p;
        for (int particles = 0; particles < 3 && q + 1 < limit && IsGap(text[q], wrapped) && char.IsAsciiLetterLower(text[q + 1]); particles++)
        {
            // Particles are short words: the next word's length tells most words after a capitalised one apart.
            int wordEnd = q + 1;
            while (wordEnd < limit && wordEnd - q <= SurnameParticles.MaxLength + 1 && char.IsAsciiLetterLower(text[wordEnd]))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text[(q + 1)..wordEnd];
            if (word.Length > SurnameParticles.MaxLength || !SurnameParticles.Contains(word))
            {
                break;
            }

            // `Ahmed al-Hamdan`: the particle joined to the surname.
            if (wordEnd + 1 < limit && text[wordEnd] == '-' && char.IsUpper(text[wordEnd + 1]))
            {
                return wordEnd + 1;
            }

            q = wordEnd;
        }

        return q > p && q < limit && IsGap(text[q], wrapped) ? q + 1 : p;
    }
}
