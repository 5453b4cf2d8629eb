using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// The people a text names before a point, read back from that point when a speaker is resolved: the full name a
/// surname stands for, the subject a pronoun follows, the latest full name. Names inside quotes are whom a speaker
/// talks about, not who speaks, and are passed over: those of the last 32 quotes (a name quoted before those is read).
/// </summary>
/// <remarks>
/// Reading back from where a resolution needs a name, rather than reading every name of the text as it goes, costs a
/// search for a surname and a look at the few runs of capitals before a pronoun; what was found is kept, so that a
/// surname asked for again is looked for only in the text read since.
/// </remarks>
internal struct RecentNames
{
    // How many of the latest names a pronoun looks through for one whose given name shows its gender, and how many
    // characters before the latest of no gender shown; and the most names and runs of capitals it looks back through.
    private const int GenderReach = 8;
    private const int GenderDistance = 1500;
    private const int MaxNames = 32;
    private const int MaxRuns = 96;

    // The characters a text's surname searches may cover: four for each character before the furthest point asked
    // about, and a few pages more. No story of the news corpora measured comes near its end (the most, a long story of
    // many speakers, searched six times its length); only text built to defeat the searches (thousands of surnames,
    // none named in full) does, and its parse stays linear.
    private const int SearchBudgetPerCharacter = 4;
    private const int SearchBudgetBase = 32_768;

    // The longest run read again with its line breaks made spaces.
    private const int MaxWrappedRun = 128;

    private QuotedSpans _quoted;
    private int _quotedCount;
    private Searches _searches;
    private int _searchCount;
    private long _searched;
    private int _furthest;
    private Latests _latest;

    /// <summary>Whether the text is hard-wrapped copy, whose line breaks inside a paragraph part words as spaces do.</summary>
    public bool Wrapped { get; set; }

    /// <summary>The words quoted in <c>text[start..end]</c> name no one a later speaker may be (the last 32 quotes are kept).</summary>
    public void Quoted(int start, int end) => _quoted[_quotedCount++ % QuotedSpans.Length] = new Range(start, end);

    /// <summary>
    /// The latest full name before <paramref name="before"/> whose last word is <paramref name="surname"/>; else, for
    /// a name written surname first (<c>Liu Jianguo</c>, <c>Ban Seo-yeon</c>), the latest whose first word it is; empty
    /// when none.
    /// </summary>
    public Range FindByName(ReadOnlySpan<char> text, Range surname, int before)
    {
        Matches found = Find(text, surname, before);
        return found.Last.Equals(default(Range)) ? found.First : found.Last;
    }

    /// <summary>The latest full name before <paramref name="before"/> whose last word is <paramref name="surname"/>; empty when none.</summary>
    public Range FindBySurname(ReadOnlySpan<char> text, Range surname, int before) => Find(text, surname, before).Last;

    /// <summary>
    /// The full name (or titled surname) of the latest person mentioned after <paramref name="floor"/> and before
    /// <paramref name="before"/> as the subject opening a sentence (<see cref="SentenceSubjects"/>), in full or by
    /// surname; empty when none.
    /// </summary>
    public Range LastSubjectAfter(ReadOnlySpan<char> text, int floor, int before, bool wrapped)
    {
        // Whether a run is its sentence's subject is asked before what it names: most runs are not, and a surname's
        // full name takes a search.
        Cursor cursor = From(before, floor);
        for (int runs = 0; runs < MaxRuns && PreviousStart(text, ref cursor, out bool whole); runs++)
        {
            int start = cursor.At;
            if (!SentenceSubjects.IsSubject(text, start, wrapped))
            {
                if (start <= floor)
                {
                    break;
                }

                continue;
            }

            NameRun run = whole ? NameRun.Read(text, start, cursor.Limit, Wrapped) : new NameRun(start, start, start, 0, Lone: false);
            if (run.End <= floor)
            {
                break;
            }

            if (run.Lone ? NameRun.IsNotNameStart(text[run.First..run.End]) : run.Words == 0)
            {
                continue;
            }

            Range name = MentionOf(text, run, out int at);
            if (!name.Equals(default(Range)))
            {
                return at > floor ? name : default;
            }
        }

        return default;
    }

    /// <summary>
    /// The latest full name before <paramref name="before"/> of <paramref name="gender"/> among the last few that may be
    /// (names of the other gender, or in the possessive, are passed over), else the latest of those; empty when none.
    /// </summary>
    public Range LatestOf(ReadOnlySpan<char> text, Gender gender, int before)
    {
        // The answer stands until a name that may be the one comes between: a pronoun asked about again and again reads
        // only the text since. (The runs that come between are not counted against how far back a reading looks, so
        // the answer kept may be one a reading afresh would no longer reach: counting them would read far back again
        // for every pronoun of a story naming many people of the other gender, work the linear-work tests forbid.)
        ref Latest kept = ref _latest[(int)gender];
        if (kept.Asked && before >= kept.Before && !NameBetween(text, kept.Before, before, gender))
        {
            kept.Before = before;
            return kept.Name;
        }

        Range found = LatestOfRead(text, gender, before);
        kept = new Latest(true, before, found);
        return found;
    }

    private readonly Range LatestOfRead(ReadOnlySpan<char> text, Gender gender, int before)
    {
        // A name whose given name shows the gender wins among the last few (`Golden Hornbill` after `Walter Asare`
        // is a prize, not `he`); else the latest not of the other gender.
        Gender other = gender.Other();
        Range unknown = default;
        int names = 0;
        Cursor cursor = From(before, 0);
        for (int runs = 0; runs < MaxRuns && names < MaxNames && Previous(text, ref cursor, out NameRun run); runs++)
        {
            Range name = FullName(text, run);
            if (name.Equals(default(Range)))
            {
                continue;
            }

            if (gender == Gender.Unknown)
            {
                return name;
            }

            // A name paragraphs before the latest is no longer the one a pronoun means, whatever its gender shows.
            if (!unknown.Equals(default(Range)) && unknown.Start.Value - name.Start.Value > GenderDistance)
            {
                break;
            }

            // A name in the possessive (`Kwame Nkrumah’s era`) is named in passing, not as one who speaks; it and the
            // names of the other gender are passed over, and count among none of the last few.
            Gender shown = PersonNames.GenderOf(text[name]);
            if (shown == other || PersonNames.EndsPossessive(text[name]))
            {
                continue;
            }

            names++;
            if (shown == gender)
            {
                return name;
            }

            if (unknown.Equals(default(Range)))
            {
                unknown = name;
            }

            if (!unknown.Equals(default(Range)) && names >= GenderReach)
            {
                break;
            }
        }

        return unknown;
    }

    // Whether `text[from..before]` holds a full name that a reading of the latest name of `gender` would stop at or
    // count: a person's, not of the other gender nor in the possessive (of any kind when the gender is unknown). The
    // bodies, places and titles between (`the Information Commissioner's Office`) leave the answer as it stands.
    private readonly bool NameBetween(ReadOnlySpan<char> text, int from, int before, Gender gender)
    {
        Cursor cursor = From(before, from);
        while (Previous(text, ref cursor, out NameRun run) && run.End > from)
        {
            Range name = FullName(text, run);
            if (!name.Equals(default(Range))
                && (gender == Gender.Unknown || (PersonNames.GenderOf(text[name]) != gender.Other() && !PersonNames.EndsPossessive(text[name]))))
            {
                return true;
            }
        }

        return false;
    }

    // The name a run mentions a person by, and where: in full (`Kwame Mensah said`), by a surname a full name before
    // it ends with (`Mensah disagreed.`, `Mr Mensah said`), or by a title and surname (`President Mensah`); empty
    // when none, or when the name is in the possessive (`Kwame Asante's firm` is no sentence's subject). The run holds
    // words, and a lone one may open a name (LastSubjectAfter has asked).
    private Range MentionOf(ReadOnlySpan<char> text, NameRun run, out int at)
    {
        at = run.First;
        if (run.Lone)
        {
            Range word = new(run.First, run.End);
            return WordKinds.IsGrammarWord(text[word]) ? default : FindBySurname(text, word, run.Start);
        }

        Range surname = new(run.First, run.End);
        if (run.Words >= 2)
        {
            Range name = NameIn(text, run, out bool person);
            if (person)
            {
                return PersonNames.EndsPossessive(text[name]) ? default : name;
            }

            if (name.End.Value - name.Start.Value >= run.End - run.First || text[name].ContainsAny(' ', '\n'))
            {
                return default;
            }

            surname = name;
        }

        at = surname.Start.Value;
        if (PersonNames.EndsPossessive(text[surname]))
        {
            return default;
        }

        Range full = WordKinds.IsGrammarWord(text[surname]) ? default : FindBySurname(text, surname, run.Start);
        if (!full.Equals(default(Range)))
        {
            return full;
        }

        // A titled surname with no full name before is itself the mention (`Mr Kilroy-Jones`).
        int titleStart = surname.Start.Value - 1;
        while (titleStart > run.Start && text[titleStart - 1] != ' ')
        {
            titleStart--;
        }

        return titleStart >= run.Start && titleStart < surname.Start.Value - 1
            && PersonNames.IsTitle(text[titleStart..(surname.Start.Value - 1)]) && PersonNames.IsName(text[surname])
            ? new Range(titleStart, surname.End.Value)
            : default;
    }

    // The full name of a person a run holds; empty when it holds none.
    private readonly Range FullName(ReadOnlySpan<char> text, NameRun run)
    {
        if (run.Lone || run.Words < 2)
        {
            return default;
        }

        Range name = NameIn(text, run, out bool person);
        return person ? name : default;
    }

    // The name a run of two words or more holds, less its titles, and whether it is a person's. A run that a line
    // break of hard-wrapped copy parts is read from a copy with the break made a space, of the same length.
    private readonly Range NameIn(ReadOnlySpan<char> text, NameRun run, out bool person)
    {
        ReadOnlySpan<char> written = text[run.First..run.End];
        if (!Wrapped || written.Length > MaxWrappedRun || !written.Contains('\n'))
        {
            Range name = PersonNames.Name(text, new Range(run.First, run.End));
            person = IsPerson(text, run, name);
            return name;
        }

        Span<char> flat = stackalloc char[written.Length];
        written.CopyTo(flat);
        flat.Replace('\n', ' ');
        Range local = PersonNames.Name(flat, new Range(0, flat.Length));
        person = (local.Start.Value > 0 || !NameRun.FollowsArticle(text, run.First)) && PersonNames.LooksLikePerson(flat[local]);
        return new Range(run.First + local.Start.Value, run.First + local.End.Value);
    }

    // `the Champions League`, `the\nEuropean Community`: a run after an article is a body, an event or a place; `the
    // Rev. Jesse Akuffo` is a person, by the title between. The article is looked for first, which rules out one run
    // in four or so at the cost of a few comparisons.
    private static bool IsPerson(ReadOnlySpan<char> text, NameRun run, Range name) =>
        (name.Start.Value > run.First || !NameRun.FollowsArticle(text, run.First)) && PersonNames.LooksLikePerson(text[name]);

    // The latest full name before `before` whose last word is `text[word]`, and the latest whose first word it is, found
    // by searching back for the word and reading the run of capitals around each place it is written.
    private Matches Find(ReadOnlySpan<char> text, Range word, int before)
    {
        // A word of a body (`Labour`, `Committee`) ends no name of a person, and is not looked for.
        ReadOnlySpan<char> written = text[word];
        if (written.IsEmpty || before <= 0 || NotPersonWords.Contains(Possessives.Stem(written)))
        {
            return default;
        }

        int key = (written.Length << 16) | written[^1];

        // What was found for the same word before stands for the text searched then: only the text since is searched,
        // and a question about less of the text is answered from it where it can be.
        for (int i = _searchCount - 1; i >= Math.Max(0, _searchCount - Searches.Length); i--)
        {
            ref Search kept = ref _searches[i % Searches.Length];
            if (kept.Key != key || !text[kept.Word].SequenceEqual(written))
            {
                continue;
            }

            if (before < kept.Before)
            {
                if (Before(kept.Found.Last, before) && (!kept.Found.Last.Equals(default(Range)) || Before(kept.Found.First, before)))
                {
                    return kept.Found;
                }

                break;
            }

            Matches newer = SearchBack(text, written, Math.Max(0, kept.Before - written.Length + 1), before);
            kept.Found = new Matches(
                newer.Last.Equals(default(Range)) ? kept.Found.Last : newer.Last,
                newer.First.Equals(default(Range)) ? kept.Found.First : newer.First);
            kept.Before = before;
            return kept.Found;
        }

        // A text built to defeat the searches (thousands of surnames, none named in full) soon spends what it may: a
        // search then covers only as much of the text before as is left to spend, and finds only the nearer names.
        _furthest = Math.Max(_furthest, before);
        long left = (long)SearchBudgetPerCharacter * _furthest + SearchBudgetBase - _searched;
        if (left <= 0)
        {
            return default;
        }

        int from = (int)Math.Max(0, before - left);
        Matches found = SearchBack(text, written, from, before);
        if (from == 0)
        {
            _searches[_searchCount++ % Searches.Length] = new Search(key, word, before, found);
        }

        return found;
    }

    // Whether a name found (or none) lies before `before`.
    private static bool Before(Range name, int before) => name.Equals(default(Range)) || name.End.Value <= before;

    private Matches SearchBack(ReadOnlySpan<char> text, ReadOnlySpan<char> word, int from, int before)
    {
        Range first = default;
        int end = before;
        while (end - from >= word.Length)
        {
            int hit = text[from..end].LastIndexOf(word, StringComparison.Ordinal);
            int at = hit < 0 ? from : from + hit;
            WorkMeter.Add(end - at);
            _searched += end - at;
            if (hit < 0)
            {
                break;
            }

            end = at + word.Length - 1;
            int after = at + word.Length;
            bool last = at > 0 && (text[at - 1] == ' ' || (Wrapped && text[at - 1] == '\n')) && (after == text.Length || !char.IsLetter(text[after]));
            bool opening = first.Equals(default(Range)) && after < text.Length && (text[after] == ' ' || (Wrapped && text[after] == '\n'));

            // The run is found from the word's capital (`al-Hamdan` from `Hamdan`), which must open a word as the
            // names are read (not `E.F.Hutton`).
            int capital = at;
            while (capital < after && !NameRun.OpensWord(text, capital))
            {
                capital++;
            }

            if (!(last || opening) || capital == after || !Segment(at, before, out int floor, out int limit) || after > limit
                || NameRun.WordStartAt(text, capital, floor, limit) != capital)
            {
                continue;
            }

            // A name that ends with the word has a word before it (`Kwame Mensah`, `Pieter van Mensah`).
            int start = NameRun.StartOf(text, capital, floor, limit, Wrapped, out bool whole);
            if (!whole || (start == capital && !opening))
            {
                continue;
            }

            Range full = FullName(text, NameRun.Read(text, start, limit, Wrapped));
            if (last && full.End.Value == after && full.Start.Value < at)
            {
                return new Matches(full, default);
            }

            if (opening && full.Start.Value == at && full.End.Value > after)
            {
                first = full;
            }
        }

        return new Matches(default, first);
    }

    // Whether `at` is outside every quote remembered, and the stretch between quotes that holds it.
    private readonly bool Segment(int at, int before, out int floor, out int limit)
    {
        floor = 0;
        limit = before;
        for (int i = _quotedCount - 1; i >= Math.Max(0, _quotedCount - QuotedSpans.Length); i--)
        {
            Range quote = _quoted[i % QuotedSpans.Length];
            if (quote.Start.Value >= before)
            {
                continue;
            }

            if (quote.End.Value <= at)
            {
                floor = quote.End.Value;
                break;
            }

            if (quote.Start.Value <= at)
            {
                return false;
            }

            limit = Math.Min(limit, quote.Start.Value);
        }

        return true;
    }

    // Where reading back from `before` starts: the stretch of text between quotes that ends there; no run ending at or
    // before `stop` is read.
    private readonly Cursor From(int before, int stop)
    {
        var cursor = new Cursor { At = before, Limit = before, Quote = _quotedCount - 1, Stop = Math.Max(0, stop) };
        Settle(ref cursor);
        return cursor;
    }

    // Moves the cursor out of the quotes it stands in or after, and sets the start of its stretch.
    private readonly void Settle(ref Cursor cursor)
    {
        int oldest = Math.Max(0, _quotedCount - QuotedSpans.Length);
        for (; cursor.Quote >= oldest; cursor.Quote--)
        {
            Range quote = _quoted[cursor.Quote % QuotedSpans.Length];
            if (quote.Start.Value >= cursor.At)
            {
                continue;
            }

            if (quote.End.Value <= cursor.At)
            {
                cursor.Floor = quote.End.Value;
                return;
            }

            cursor.At = cursor.Limit = quote.Start.Value;
        }

        cursor.Floor = 0;
    }

    // The run of capitals before the cursor, outside quotes, and the cursor moved to its start; false at the text's start
    // or where the cursor stops.
    private readonly bool Previous(ReadOnlySpan<char> text, ref Cursor cursor, out NameRun run)
    {
        if (!PreviousStart(text, ref cursor, out bool whole))
        {
            run = default;
            return false;
        }

        run = whole ? NameRun.Read(text, cursor.At, cursor.Limit, Wrapped) : new NameRun(cursor.At, cursor.At, cursor.At, 0, Lone: false);
        return true;
    }

    // Moves the cursor to the start of the run of capitals before it, outside quotes, not read yet (`whole` is false
    // when the run is too long to be a name); false at the text's start or where the cursor stops.
    private readonly bool PreviousStart(ReadOnlySpan<char> text, ref Cursor cursor, out bool whole)
    {
        while (true)
        {
            int capital = PreviousMaybeCapital(text, cursor.At, Math.Max(cursor.Floor, cursor.Stop));
            if (capital < 0)
            {
                if (cursor.Quote < Math.Max(0, _quotedCount - QuotedSpans.Length) || cursor.Floor <= cursor.Stop)
                {
                    whole = false;
                    return false;
                }

                cursor.At = cursor.Limit = _quoted[cursor.Quote % QuotedSpans.Length].Start.Value;
                cursor.Quote--;
                Settle(ref cursor);
                continue;
            }

            if (!NameRun.OpensWord(text, capital))
            {
                cursor.At = capital;
                continue;
            }

            int word = NameRun.WordStartAt(text, capital, cursor.Floor, cursor.Limit);
            if (word < 0)
            {
                cursor.At = capital;
                continue;
            }

            cursor.At = NameRun.StartOf(text, word, cursor.Floor, cursor.Limit, Wrapped, out whole);
            return true;
        }
    }

    // The last character before `p`, from `floor` on, that may be a capital: an ASCII capital, or a character beyond
    // ASCII outside the General Punctuation block (U+2000 to U+206F, which holds no letter); -1 when none. Curly quotes,
    // apostrophes and dashes, frequent in news copy, are passed over with the rest sixteen (or eight) characters at a time.
    private static int PreviousMaybeCapital(ReadOnlySpan<char> text, int p, int floor)
    {
        int found = PreviousMaybeCapitalUnmetered(text, p, floor);
        WorkMeter.Add(p - Math.Max(found, floor));
        return found;
    }

    private static int PreviousMaybeCapitalUnmetered(ReadOnlySpan<char> text, int p, int floor)
    {
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
        if (Vector256.IsHardwareAccelerated)
        {
            for (; p - Vector256<ushort>.Count >= floor; p -= Vector256<ushort>.Count)
            {
                Vector256<ushort> block = Vector256.Create(units.Slice(p - Vector256<ushort>.Count, Vector256<ushort>.Count));
                Vector256<ushort> capitals = Vector256.LessThanOrEqual(block - Vector256.Create((ushort)'A'), Vector256.Create((ushort)('Z' - 'A')));
                Vector256<ushort> beyondAscii = Vector256.GreaterThanOrEqual(block, Vector256.Create((ushort)0x80))
                    & Vector256.GreaterThan(block - Vector256.Create((ushort)0x2000), Vector256.Create((ushort)0x6F));
                uint found = (capitals | beyondAscii).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return p - Vector256<ushort>.Count + 31 - BitOperations.LeadingZeroCount(found);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            for (; p - Vector128<ushort>.Count >= floor; p -= Vector128<ushort>.Count)
            {
                Vector128<ushort> block = Vector128.Create(units.Slice(p - Vector128<ushort>.Count, Vector128<ushort>.Count));
                Vector128<ushort> capitals = Vector128.LessThanOrEqual(block - Vector128.Create((ushort)'A'), Vector128.Create((ushort)('Z' - 'A')));
                Vector128<ushort> beyondAscii = Vector128.GreaterThanOrEqual(block, Vector128.Create((ushort)0x80))
                    & Vector128.GreaterThan(block - Vector128.Create((ushort)0x2000), Vector128.Create((ushort)0x6F));
                uint found = (capitals | beyondAscii).ExtractMostSignificantBits();
                if (found != 0)
                {
                    return p - Vector128<ushort>.Count + 31 - BitOperations.LeadingZeroCount(found);
                }
            }
        }

        while (p > floor)
        {
            p--;
            if ((uint)(text[p] - 'A') <= 'Z' - 'A' || (text[p] >= 0x80 && (uint)(text[p] - 0x2000) > 0x6F))
            {
                return p;
            }
        }

        return -1;
    }

    // Where reading back stands: `At`, in the stretch from `Floor` to `Limit` between quotes, the stretch after the
    // quote numbered `Quote`; it goes back no further than `Stop`.
    private struct Cursor
    {
        public int At;
        public int Stop;
        public int Floor;
        public int Limit;
        public int Quote;
    }

    // The latest full name that ends with a word, and the latest that opens with it.
    private readonly record struct Matches(Range Last, Range First);

    // What a search for `Word` (whose length and last character make `Key`) found in the text before `Before`.
    private record struct Search(int Key, Range Word, int Before, Matches Found);

    // The latest name of a gender asked for, as read before `Before`.
    private record struct Latest(bool Asked, int Before, Range Name);

    [InlineArray(Length)]
    private struct QuotedSpans
    {
        public const int Length = 32;

        private Range _element;
    }

    [InlineArray(Length)]
    private struct Searches
    {
        public const int Length = 32;

        private Search _element;
    }

    [InlineArray(3)]
    private struct Latests
    {
        private Latest _element;
    }
}
