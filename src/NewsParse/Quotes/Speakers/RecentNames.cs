using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// The last few full names mentioned before a point of the text, and the last few mentions of people (in full, by
/// surname, by title and surname), for resolving <c>he</c> and surnames.
/// </summary>
internal struct RecentNames
{
    private const int Capacity = 32;

    // How many of the latest names a pronoun looks through for one whose given name shows its gender, and how many
    // characters before the latest of no gender shown.
    private const int GenderReach = 8;
    private const int GenderDistance = 1500;

    private Buffer _names;

    // One bit for each surname key ever added (never cleared, so it only lets more through as a text goes on): most
    // capitalised words are no surname read, and are told so before the 32 slots are compared.
    private ulong _keysSeen;
    private Mentions _mentions;
    private int _mentionCount;
    private SurnameKeys _surnameKeys;
    private int _count;
    private int _scannedTo;

    /// <summary>
    /// Reads the names of <c>text[..position]</c> not read yet: runs of two or more capitalised words, less a leading
    /// title or function word, and the mentions of the people they name.
    /// </summary>
    public void ReadUpTo(ReadOnlySpan<char> text, int position)
    {
        int p = _scannedTo;
        WorkMeter.Add(position - _scannedTo);
        while (p < position)
        {
            p = NextMaybeCapital(text, p, position);
            if (p >= position)
            {
                break;
            }

            if (!char.IsUpper(text[p]) || (p > 0 && char.IsLetter(text[p - 1])))
            {
                p++;
                continue;
            }

            int wordEnd = WordEnd(text, p, position);
            if (NextNameWord(text, wordEnd, position) < 0)
            {
                // `Mensah disagreed.`: a surname alone mentions the full name read before (`The`, `In` mention nobody).
                ReadOnlySpan<char> word = text[p..wordEnd];
                Range full = FindBySurname(text, word);
                if (!full.Equals(default(Range)) && !IsNotNameStart(word))
                {
                    Mention(full, p, p);
                }

                p = wordEnd + 1;
                continue;
            }

            int runStart = p;
            int first = -1;
            int words = 0;
            int end = p;
            while (p < position && char.IsUpper(text[p]))
            {
                int wordStart = p;
                p = WordEnd(text, p, position);
                if (first >= 0 || !IsNotNameStart(text[wordStart..p]))
                {
                    first = first < 0 ? wordStart : first;
                    words++;
                    end = p;
                }

                int next = NextNameWord(text, p, position);
                if (next < 0)
                {
                    break;
                }

                p = next;
            }

            if (words >= 2)
            {
                // `the Champions League`, `the\nEuropean Community`: a run after an article is a body, an event or a
                // place; `the Rev. Jesse Akuffo` is a person, by the title between. The article is looked for before the
                // run's words are looked up, which rules out one run in four or so at the cost of a few comparisons.
                Range name = PersonNames.Name(text, new Range(first, end));
                if ((name.Start.Value > first || !FollowsArticle(text, first)) && PersonNames.LooksLikePerson(text[name]))
                {
                    Add(text, name);

                    // `Kwame Asante's firm`: a name in the possessive is not the sentence's subject.
                    if (!PersonNames.EndsPossessive(text[name]))
                    {
                        Mention(name, first, runStart);
                    }
                }
                else if (name.End.Value - name.Start.Value < end - first && !text[name].Contains(' '))
                {
                    MentionBySurname(text, runStart, name);
                }
            }
            else if (words == 1)
            {
                MentionBySurname(text, runStart, new Range(first, end));
            }

            p = Math.Max(p, end) + 1;
        }

        _scannedTo = Math.Max(_scannedTo, position);
    }

    /// <summary>Passes over the text before <paramref name="position"/>, read or not: no name there is read.</summary>
    public void PassOver(int position) => _scannedTo = Math.Max(_scannedTo, position);

    // The next character from `p` that may be a capital, at most `position`: an ASCII capital, or a character beyond ASCII
    // outside the General Punctuation block (U+2000 to U+206F, which holds no letter). Curly quotes, apostrophes and
    // dashes, frequent in news copy, are passed over with the rest sixteen (or eight) characters at a time; other scripts'
    // capitals are looked at one by one.
    private static int NextMaybeCapital(ReadOnlySpan<char> text, int p, int position)
    {
        if (Vector256.IsHardwareAccelerated)
        {
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text[..position]);
            for (; p + Vector256<ushort>.Count <= units.Length; p += Vector256<ushort>.Count)
            {
                Vector256<ushort> block = Vector256.Create(units.Slice(p, Vector256<ushort>.Count));
                Vector256<ushort> capitals = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'A'), Vector256.Create((ushort)('Z' - 'A')));
                Vector256<ushort> beyondAscii = Vector256.GreaterThanOrEqual(block, Vector256.Create((ushort)0x80))
                    & Vector256.GreaterThan(block - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x6F));
                uint found = (capitals | beyondAscii).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return p + BitOperations.TrailingZeroCount(found);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text[..position]);
            for (; p + Vector128<ushort>.Count <= units.Length; p += Vector128<ushort>.Count)
            {
                Vector128<ushort> block = Vector128.Create(units.Slice(p, Vector128<ushort>.Count));
                Vector128<ushort> capitals = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
                Vector128<ushort> beyondAscii = Vector128.GreaterThanOrEqual(block, Vector128.Create((ushort)0x80))
                    & Vector128.GreaterThan(block - Vector128.Create((ushort)0x2000), Vector128.Create((ushort)0x6F));
                uint found = (capitals | beyondAscii).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return p + BitOperations.TrailingZeroCount(found);
                }
            }
        }

        while (p < position && (uint)(text[p] - 'A') > 'Z' - 'A' && (text[p] < 0x80 || (uint)(text[p] - 0x2000) <= 0x6F))
        {
            p++;
        }

        return p;
    }

    // The end of the word at `p`: letters, apostrophes, hyphens and the point of a short abbreviation (`Gov.`).
    private static int WordEnd(ReadOnlySpan<char> text, int p, int position)
    {
        int wordStart = p;
        p = AsciiRuns.LettersEnd(text, p, position);
        while (p < position && (char.IsLetter(text[p]) || text[p] is '\'' or '’' or '-' || (text[p] == '.' && p - wordStart <= 3)))
        {
            p++;
        }

        return p;
    }

    /// <summary>
    /// The latest full name whose last word is <paramref name="surname"/>; else, for a name written surname first
    /// (<c>Liu Jianguo</c>, <c>Ban Seo-yeon</c>), the latest whose first word it is; empty when none.
    /// </summary>
    public readonly Range FindByName(ReadOnlySpan<char> text, ReadOnlySpan<char> surname)
    {
        Range full = FindBySurname(text, surname);
        for (int i = _count - 1; full.Equals(default(Range)) && i >= Math.Max(0, _count - Capacity); i--)
        {
            Range name = _names[i % Capacity];
            ReadOnlySpan<char> written = text[name];
            WorkMeter.Add(surname.Length);
            if (written.Length > surname.Length && written[surname.Length] == ' ' && written.StartsWith(surname, StringComparison.Ordinal))
            {
                full = name;
            }
        }

        return full;
    }

    /// <summary>The latest full name whose last word is <paramref name="surname"/>; empty when none.</summary>
    public readonly Range FindBySurname(ReadOnlySpan<char> text, ReadOnlySpan<char> surname)
    {
        if (surname.IsEmpty || _count == 0)
        {
            return default;
        }

        // Most words are no surname read: one bit of the keys ever added tells, before the slots are compared. Then the
        // slots whose key matches, from one comparison of all 32; then the latest of them first: from the newest slot
        // down, then (once the buffer has wrapped) from the top down to just past it.
        int key = SurnameKey(surname);
        if ((_keysSeen & KeyBit(key)) == 0)
        {
            return default;
        }

        uint matches = KeyMatches(key);
        int newest = (_count - 1) % Capacity;
        uint recent = matches & (uint)((2UL << newest) - 1);
        foreach (uint candidates in (ReadOnlySpan<uint>)[recent, matches & ~recent])
        {
            for (uint left = candidates; left != 0; left &= ~(1u << (31 - BitOperations.LeadingZeroCount(left))))
            {
                Range name = _names[31 - BitOperations.LeadingZeroCount(left)];
                ReadOnlySpan<char> full = text[name];
                WorkMeter.Add(surname.Length);
                if (full.EndsWith(surname, StringComparison.Ordinal) && full.Length > surname.Length && full[full.Length - surname.Length - 1] == ' ')
                {
                    return name;
                }
            }
        }

        return default;
    }

    /// <summary>
    /// The full name (or titled surname) of the latest person mentioned after <paramref name="floor"/> as the subject
    /// opening a sentence (<see cref="SentenceSubjects"/>), in full or by surname; empty when none.
    /// </summary>
    public Range LastSubjectAfter(ReadOnlySpan<char> text, int floor, bool wrapped)
    {
        // Whether a mention is a subject is asked only here, of the latest few (most mentions are never asked about),
        // and once: the answer is kept with the mention.
        for (int i = _mentionCount - 1; i >= Math.Max(0, _mentionCount - Capacity); i--)
        {
            ref PersonMention mention = ref _mentions[i % Capacity];
            if (mention.At <= floor)
            {
                break;
            }

            if (mention.Subject == 0)
            {
                mention.Subject = SentenceSubjects.IsSubject(text, mention.Opening, wrapped) ? 1 : -1;
            }

            if (mention.Subject > 0)
            {
                return mention.Name;
            }
        }

        return default;
    }

    // A mention of a person by `name`, at `at`, in words that open at `opening` (a title or a role may come first).
    private void Mention(Range name, int at, int opening)
    {
        _mentions[_mentionCount % Capacity] = new PersonMention(name, at, opening);
        _mentionCount++;
    }

    /// <summary>The latest full name; empty when none.</summary>
    public readonly Range Latest => _count == 0 ? default : _names[(_count - 1) % Capacity];

    /// <summary>The latest full name of <paramref name="gender"/> among the last few, else the latest not of the other gender; empty when none.</summary>
    public readonly Range LatestOf(ReadOnlySpan<char> text, Gender gender)
    {
        if (gender == Gender.Unknown)
        {
            return Latest;
        }

        // A name whose given name shows the gender wins among the last few (`Golden Hornbill` after `Walter Asare`
        // is a prize, not `he`); else the latest not of the other gender.
        Gender other = gender == Gender.Male ? Gender.Female : Gender.Male;
        Range unknown = default;
        for (int i = _count - 1; i >= Math.Max(0, _count - Capacity); i--)
        {
            // A name paragraphs before the latest is no longer the one a pronoun means, whatever its gender shows.
            Range name = _names[i % Capacity];
            if (!unknown.Equals(default(Range)) && unknown.Start.Value - name.Start.Value > GenderDistance)
            {
                break;
            }

            // A name in the possessive (`Kwame Nkrumah’s era`) is named in passing, not as one who speaks.
            Gender shown = PersonNames.GenderOf(text[name]);
            if (shown == gender && !PersonNames.EndsPossessive(text[name]))
            {
                return name;
            }

            if (shown != other && unknown.Equals(default(Range)) && !PersonNames.EndsPossessive(text[name]))
            {
                unknown = name;
            }

            if (!unknown.Equals(default(Range)) && _count - i >= GenderReach)
            {
                break;
            }
        }

        return unknown;
    }

    private void Add(ReadOnlySpan<char> text, Range name)
    {
        ReadOnlySpan<char> full = text[name];
        _names[_count % Capacity] = name;
        int key = SurnameKey(full[(full.LastIndexOf(' ') + 1)..]);
        _surnameKeys[_count % Capacity] = key;
        _keysSeen |= KeyBit(key);
        _count++;
    }

    private readonly uint KeyMatches(int key)
    {
        ReadOnlySpan<int> keys = _surnameKeys;
        uint matches = 0;
        for (int i = 0; i < Capacity; i += Vector256<int>.Count)
        {
            matches |= Vector256.Equals(Vector256.Create(keys.Slice(i, Vector256<int>.Count)), Vector256.Create(key)).ExtractMostSignificantBits() << i;
        }

        return matches;
    }

    // A surname's length and last character: most names are ruled out by one comparison before their text is read.
    private static int SurnameKey(ReadOnlySpan<char> surname) => surname.IsEmpty ? 0 : (surname.Length << 16) | surname[^1];

    private static ulong KeyBit(int key) => 1UL << ((key ^ (key >> 13)) & 63);

    // `Mensah disagreed.`, `Mr Mensah said`, `President Mensah said`: a surname alone, or after its title, mentions the
    // full name read before; a titled surname with no full name before is itself the mention (`Mr Kilroy-Jones`).
    private void MentionBySurname(ReadOnlySpan<char> text, int runStart, Range surname)
    {
        if (PersonNames.EndsPossessive(text[surname]))
        {
            return;
        }

        Range full = FindBySurname(text, text[surname]);
        if (!full.Equals(default(Range)))
        {
            Mention(full, surname.Start.Value, runStart);
            return;
        }

        int titleStart = surname.Start.Value - 1;
        while (titleStart > runStart && text[titleStart - 1] != ' ')
        {
            titleStart--;
        }

        if (titleStart >= runStart && titleStart < surname.Start.Value - 1 && PersonNames.IsTitle(text[titleStart..(surname.Start.Value - 1)])
            && PersonNames.IsName(text[surname]))
        {
            Mention(new Range(titleStart, surname.End.Value), surname.Start.Value, runStart);
        }
    }

    // Where the capitalised word that goes on a run of capitals after the space at `p` starts, past the particles
    // between (`Pieter van Doorn`, `Ama bin Osei`); -1 when none does.
    private static int NextNameWord(ReadOnlySpan<char> text, int p, int position)
    {
        if (p + 1 >= position || text[p] != ' ')
        {
            return -1;
        }

        int next = char.IsUpper(text[p + 1]) ? p + 1 : AfterParticles(text, p, position);
        return next > p && next < position && char.IsUpper(text[next]) ? next : -1;
    }

    // Where the particles after the space at `p` end, past the space after them; `p` itself when no particle follows.
    private static int AfterParticles(ReadOnlySpan<char> text, int p, int position)
    {
        int q = p;
        for (int particles = 0; particles < 3 && q + 1 < position && text[q] == ' ' && char.IsAsciiLetterLower(text[q + 1]); particles++)
        {
            // Particles are short words: the next word's length tells most words after a capitalised one apart.
            int wordEnd = q + 1;
            while (wordEnd < position && wordEnd - q <= SurnameParticles.MaxLength + 1 && char.IsAsciiLetterLower(text[wordEnd]))
            {
                wordEnd++;
            }

            ReadOnlySpan<char> word = text[(q + 1)..wordEnd];
            if (word.Length > SurnameParticles.MaxLength || !SurnameParticles.Contains(word))
            {
                break;
            }

            // `Ahmed al-Hamdan`: the particle joined to the surname.
            if (wordEnd + 1 < position && text[wordEnd] == '-' && char.IsUpper(text[wordEnd + 1]))
            {
                return wordEnd + 1;
            }

            q = wordEnd;
        }

        return q > p && q < position && text[q] == ' ' ? q + 1 : p;
    }

    // Whether the word before `start`, across a space or a line break, is `the`.
    private static bool FollowsArticle(ReadOnlySpan<char> text, int start)
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

    private static bool IsNotNameStart(ReadOnlySpan<char> word) => NotNameStarts.Contains(word.TrimEnd('.'));

    // A mention of a person by `Name`, at `At`, in words that open at `Opening`; `Subject` is 1 once it is known to
    // be its sentence's subject, -1 once known not to be, 0 before it is asked.
    private record struct PersonMention(Range Name, int At, int Opening)
    {
        public int Subject;
    }

    [InlineArray(Capacity)]
    private struct Mentions
    {
        private PersonMention _element;
    }

    [InlineArray(Capacity)]
    private struct Buffer
    {
        private Range _element;
    }

    [InlineArray(Capacity)]
    private struct SurnameKeys
    {
        private int _element;
    }
}
