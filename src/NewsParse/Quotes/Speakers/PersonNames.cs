using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>The name in a mention with its titles: <c>Russian Foreign Minister Sergei Lavrov</c> names <c>Sergei Lavrov</c>.</summary>
internal static class PersonNames
{
    private const int MaxNameLength = 64;

    /// <summary>
    /// Whether <paramref name="name"/> reads as a person's name: two to four words, none that names a body or place, not
    /// an office (<c>Deputy Treasury Secretary</c>), and no longer than any name is. A name is remembered and given back with every quote of its speaker, so a run of
    /// capitals the length of a page must not pass for one.
    /// </summary>
    public static bool LooksLikePerson(ReadOnlySpan<char> name) => IsNameShaped(name, fullName: false);

    /// <summary>
    /// The gender a pronoun (<c>he</c>, <c>she</c>) or a name shows: a name by its first word, a given name borne mostly
    /// by men or by women; <see cref="Gender.Unknown"/> when it shows none.
    /// </summary>
    public static Gender GenderOf(ReadOnlySpan<char> mention)
    {
        int space = mention.IndexOfAny(' ', '\n');
        ReadOnlySpan<char> first = space < 0 ? mention : mention[..space];
        return first switch
        {
            "he" or "He" or "Mr" or "Mr." or "Sir" or "Lord" => Gender.Male,
            "she" or "She" or "Mrs" or "Mrs." or "Ms" or "Ms." or "Miss" or "Dame" or "Lady" => Gender.Female,
            _ when space < 0 => Gender.Unknown,
            _ when MaleGivenNames.Contains(first) => Gender.Male,
            _ when FemaleGivenNames.Contains(first) => Gender.Female,
            _ => Gender.Unknown,
        };
    }

    /// <summary>Whether <paramref name="name"/> is a person's name in full: a name (<see cref="LooksLikePerson"/>) whose words are capitalised but for particles (<c>bin</c>, <c>von</c>).</summary>
    public static bool IsFullName(ReadOnlySpan<char> name) => IsNameShaped(name, fullName: true);

    // One pass over the words of a short span (a name is read for every run of capitals in a text).
    private static bool IsNameShaped(ReadOnlySpan<char> name, bool fullName)
    {
        if (name.Length > MaxNameLength)
        {
            return false;
        }

        if (name.Count(' ') is < 1 or > 3 || !name.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        // `BBC Scotland`, `CNN International`: a name opened by an acronym is a body's.
        int firstEnd = name.IndexOf(' ');
        if (firstEnd > 0 && IsAcronym(name[..firstEnd]))
        {
            return false;
        }

        int start = 0;
        for (int i = 0; i <= name.Length; i++)
        {
            if (i < name.Length && name[i] != ' ')
            {
                continue;
            }

            // `the Budget Committee's report`; `Match Against Hunger`, a title's capitalised function word; `Boateng’s
            // Accra-based firm`, a possessive before the last word. A full name's words are capitalised but for particles
            // within (`Ama bin Osei`; not `for Oxfam`). A name asked about with the stop of its sentence is read without
            // it (`the Affordable Care Act.`).
            ReadOnlySpan<char> word = name[start..i];
            ReadOnlySpan<char> bare = Possessives.Stem(i == name.Length ? word.TrimEnd('.') : word);
            if (NotPersonWords.Contains(bare) || (i < name.Length && bare.Length < word.Length)
                || (fullName && (word.IsEmpty || (!char.IsUpper(word[0]) && (start == 0 || !SurnameParticles.Contains(word))))))
            {
                return false;
            }

            start = i + 1;
        }

        return !EndsRunOfTitles(name);
    }

    // `Deputy Treasury Secretary`: a title that ends a run of titles names an office, not its holder (but `Carole King`).
    private static bool EndsRunOfTitles(ReadOnlySpan<char> name)
    {
        int last = name.LastIndexOf(' ');
        if (last < 0 || !IsTitle(Possessives.Stem(name[(last + 1)..])))
        {
            return false;
        }

        foreach (Range word in name[..last].Split(' '))
        {
            if (IsTitle(Possessives.Stem(name[..last][word])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether <paramref name="name"/> is a name: a full name (<see cref="IsFullName"/>), or one capitalised word that names no body (<c>Osei</c>).</summary>
    public static bool IsName(ReadOnlySpan<char> name) =>
        IsFullName(name)
        || (name.Length is > 1 and <= MaxNameLength && char.IsUpper(name[0]) && !name.Contains(' ') && name.ContainsAnyInRange('a', 'z')
            && !NotPersonWords.Contains(Possessives.Stem(name)) && !NotNameStarts.Contains(name));

    /// <summary>Whether <paramref name="name"/> ends in the possessive: <c>Kwame Nkrumah’s</c>.</summary>
    public static bool EndsPossessive(ReadOnlySpan<char> name) => Possessives.Stem(name).Length < name.Length;

    /// <summary>The part of <paramref name="mention"/> after its leading titles and the nationality before them.</summary>
    public static Range Name(ReadOnlySpan<char> text, Range mention)
    {
        (int start, int end) = (mention.Start.Value, mention.End.Value);
        int p = start;
        int space = SpaceAfter(text, p, end);
        while (space < end)
        {
            ReadOnlySpan<char> word = text[p..space];
            int next = space + 1;
            int nextSpace = SpaceAfter(text, next, end);
            ReadOnlySpan<char> following = text[next..nextSpace];

            // A nationality counts as a title only before one: `Russian Foreign Minister`, not `Brian Smith`; a possessive
            // is no part of the name after it: `Ghana's Kwame Asante`; nor is a body's acronym before a title or a given
            // name and a word more: `EPA Administrator Lee Thomas`, `EADS Philippe Camus` (not `CBS News`, `RKO General`,
            // `JAKE TAPPER`).
            if (IsTitle(word) || (IsNationality(word) && IsTitle(following) && nextSpace < end) || Possessives.Stem(word).Length < word.Length
                || (IsAcronym(word) && nextSpace < end && (IsTitle(following) || IsGivenName(following))))
            {
                (p, space) = (next, nextSpace);
                continue;
            }

            break;
        }

        if (p > start && OfficeNameStart(text, p, end) is int holder and >= 0)
        {
            return new Range(holder, end);
        }

        // `Cocoa Board Chairman Yaw Osei`, `Bank of Ghana Governor Kenji Sato`: a title further in, after capitalised
        // words (and the `of` after a body's first word) and before a name of two words or more, ends the name of the
        // body before it (not in `Kofi Mensah and President Ama Osei`, nor in `Yaw Osei of Takoradi Harbour Securities`).
        for (int q = p, words = 0, wordEnd; q < end && (char.IsUpper(text[q]) || (words == 1 && text[q..end].StartsWith("of ", StringComparison.Ordinal)));
            q = wordEnd + 1, words++)
        {
            // `UK Chancellor of the Exchequer Kofi Mensah` (not `Carole King of Sony Music`, a name and a body): a word in
            // front of `of` is looked up as a title only when `of` follows it, which few words of a run of capitals have.
            wordEnd = SpaceAfter(text, q, end);
            if (words > 0 && wordEnd + 1 < end && text[wordEnd + 1] == 'o' && OfficeNameStart(text, wordEnd + 1, end) is int officeHolder and >= 0
                && IsTitle(text[q..wordEnd]) && !IsGivenName(text[p..SpaceAfter(text, p, end)]))
            {
                return new Range(officeHolder, end);
            }

            // Two words at least after the title, looked up only then: most runs are a name of two or three words.
            if (words > 0 && wordEnd < end && SpaceAfter(text, wordEnd + 1, end) is int nextEnd && nextEnd < end
                && IsTitle(text[q..wordEnd]) && !IsTitle(text[(wordEnd + 1)..nextEnd]))
            {
                p = wordEnd + 1;
            }

            // A body's name in the possessive ends it too, with the titles after it: `Fox News’ Bret Baier`, `the
            // Economist Intelligence Unit's Mr Hensel`.
            if (words > 0 && wordEnd + 1 < end && char.IsUpper(text[wordEnd + 1]) && Possessives.Stem(text[q..wordEnd]).Length < wordEnd - q)
            {
                p = wordEnd + 1;
                while (SpaceAfter(text, p, end) is int titleEnd && titleEnd < end && IsTitle(text[p..titleEnd]))
                {
                    p = titleEnd + 1;
                }
            }
        }

        // `MP for Witney`, `Secretary of State`: an office named with no holder is the mention whole.
        return p < end && (!char.IsLower(text[p]) || SurnameParticles.Contains(text[p..SpaceAfter(text, p, end)])) ? new Range(p, end) : mention;
    }

    // `Secretary of State Ama Osei`, `Speaker of the House Ama Osei`, `Mayor of Accra Kofi de Graft`: after a title and
    // the `of` at `p`, the office's capitalised words, then its holder's given name and surname (with the particles
    // before the surname). Where the holder's name starts; -1 when no `of` follows the title, or no given name and
    // surname are left after a word of the office (`Director of Public Prosecutions` names no one).
    private static int OfficeNameStart(ReadOnlySpan<char> text, int p, int end)
    {
        if (!text[p..end].StartsWith("of ", StringComparison.Ordinal))
        {
            return -1;
        }

        int body = p + 3;
        if (text[body..end].StartsWith("the ", StringComparison.Ordinal))
        {
            body += 4;
        }

        // The words after the office, the last first: the surname, its particles, middle initials (`John F. Kerry`), the
        // given name, and a known given name before a middle name (`Hillary Rodham Clinton`).
        int surname = WordStartBefore(text, body, end);
        if (surname <= body || surname >= end || !char.IsUpper(text[surname]))
        {
            return -1;
        }

        int nameStart = surname;
        while (nameStart > body && WordStartBefore(text, body, nameStart - 1) is int before && before > body
            && (SurnameParticles.Contains(text[before..(nameStart - 1)]) || IsInitial(text[before..(nameStart - 1)])))
        {
            nameStart = before;
        }

        int given = WordStartBefore(text, body, nameStart - 1);
        if (given > body && WordStartBefore(text, body, given - 1) is int first && first > body && IsGivenName(text[first..(given - 1)]))
        {
            given = first;
        }

        // The office ends in a capitalised word just before the name (not `Secretary of State for Northern Ireland`), and
        // what is left names a person (not `Secretary of Health and Human Services`).
        int officeEnd = given > body ? WordStartBefore(text, body, given - 1) : -1;
        return officeEnd >= body && char.IsUpper(text[officeEnd]) && char.IsUpper(text[given]) && LooksLikePerson(text[given..end]) ? given : -1;
    }

    private static bool IsInitial(ReadOnlySpan<char> word) => word.Length == 2 && char.IsUpper(word[0]) && word[1] == '.';

    private static bool IsGivenName(ReadOnlySpan<char> word) => MaleGivenNames.Contains(word) || FemaleGivenNames.Contains(word);

    // Where the word that ends at `wordEnd` starts, at `from` at the earliest.
    private static int WordStartBefore(ReadOnlySpan<char> text, int from, int wordEnd) => text[from..wordEnd].LastIndexOf(' ') + from + 1;

    // The first space from `p` before `end`, else `end`: words are a few letters long, shorter than a vector search pays for.
    private static int SpaceAfter(ReadOnlySpan<char> text, int p, int end)
    {
        while (p < end && text[p] != ' ')
        {
            p++;
        }

        return p;
    }

    /// <summary>The full name, with its particles, that ends just before the comma and space before <paramref name="at"/>: <c>Karl Brandt, the spokesman</c>; empty when none.</summary>
    public static Range NameBeforeComma(ReadOnlySpan<char> text, int at)
    {
        int p = at - 1;
        while (p >= 0 && at - p < 4 && text[p] is ' ' or ',')
        {
            p--;
        }

        if (p < 0 || text[p + 1] != ',')
        {
            return default;
        }

        int end = p + 1;
        int start = end;
        for (int words = 0; words < 5 && p >= 0 && char.IsLetter(text[p]); words++)
        {
            int wordEnd = p + 1;
            while (p >= 0 && (char.IsLetter(text[p]) || text[p] is '.' or '\'' or '’' or '-'))
            {
                p--;
            }

            ReadOnlySpan<char> word = text[(p + 1)..wordEnd];
            if (!char.IsUpper(word[0]) && !WordLists.NameParticles.Contains(word))
            {
                break;
            }

            start = p + 1;
            if (p < 1 || text[p] != ' ')
            {
                break;
            }

            p--;
        }

        WorkMeter.Add(at - p);
        return start < end && IsFullName(text[start..end]) ? new Range(start, end) : default;
    }

    /// <summary>
    /// The full name that ends a mention after words in lower case: <c>Real Madrid director of sport Emilio Butragueno</c>
    /// names <c>Emilio Butragueno</c>, <c>former Bank of Ghana Governor Kenji Sato</c> (a run of capitals that is no
    /// name, less its titles) <c>Kenji Sato</c>; the mention itself when no full name ends it.
    /// </summary>
    public static Range TrailingName(ReadOnlySpan<char> text, Range mention)
    {
        ReadOnlySpan<char> m = text[mention];
        int lastLower = -1;
        for (int i = 0; i < m.Length; i++)
        {
            if ((i == 0 || m[i - 1] == ' ') && char.IsLower(m[i]) && !NameParticles.Contains(WordAt(m, i)))
            {
                lastLower = i;
            }
        }

        int space = lastLower < 0 ? -1 : m[lastLower..].IndexOf(' ');
        if (space < 0)
        {
            return mention;
        }

        // `Bank of Ghana Governor Kenji Sato`: the titles after the body's name are no part of the holder's.
        // `analyst Arvid Jauppi of Jauppi and Associates`: the body after `of` goes too.
        Range trailing = WithoutBody(text, new Range(mention.Start.Value + lastLower + space + 1, mention.End.Value));
        if (IsFullName(text[trailing]))
        {
            return trailing;
        }

        Range named = Name(text, trailing);
        return !named.Equals(trailing) && IsFullName(text[named]) ? named : mention;
    }

    private static ReadOnlySpan<char> WordAt(ReadOnlySpan<char> text, int i)
    {
        int end = text[i..].IndexOf(' ');
        return end < 0 ? text[i..] : text.Slice(i, end);
    }

    /// <summary>The person in a mention that names the body they speak for after <c>of</c>: <c>Yaw Osei of Takoradi Harbour Securities</c>.</summary>
    public static Range WithoutBody(ReadOnlySpan<char> text, Range name)
    {
        int of = text[name].IndexOf(" of ", StringComparison.Ordinal);
        return of > 0 && IsFullName(text.Slice(name.Start.Value, of)) ? new Range(name.Start.Value, name.Start.Value + of) : name;
    }

    /// <summary>
    /// Whether <paramref name="word"/> is a title written before a name: <c>President</c>, <c>Mr</c>, <c>Sen.</c>, <c>Lt</c>,
    /// or a person's role capitalised before the name as some outlets write it (<c>Analyst Ama Osei</c>, <c>Drummer Kwesi
    /// Boadu</c>).
    /// </summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    // Three capitals or more and nothing else (`BBC`, `EADS`): no given name is written so (`JK Rowling`'s initials are
    // two letters).
    private static bool IsAcronym(ReadOnlySpan<char> word) => word.Length >= 3 && !word.ContainsAnyExceptInRange('A', 'Z');

    // Told by the last letter first: most words before a name are not nationalities. (`US`, `UN`, `EU` are too short to be
    // one here.)
    private static bool IsNationality(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsUpper(word[0]) && word[^1] switch
        {
            'i' => true,
            'n' => word.EndsWith("ian") || word.EndsWith("can"),
            'h' => word.EndsWith("ish"),
            'e' => word.EndsWith("ese"),
            _ => word is "U.S." or "U.N.",
        };
}
