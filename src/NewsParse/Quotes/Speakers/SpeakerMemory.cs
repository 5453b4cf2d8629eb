using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>
/// What the quote wing remembers of who spoke: the last speaker with its cue and resolved name, and the names read
/// so far, against which a pronoun or a surname is resolved.
/// </summary>
internal struct SpeakerMemory
{
    private RecentNames _names;

    // Names are looked for in the text before here: before the quote whose speaker is resolved.
    private int _namesWanted;

    public SpeakerMemory() => AttributedEnd = -1;

    /// <summary>The last speaker's mention as written.</summary>
    public Range Speaker { get; private set; }

    /// <summary>The last speaker's resolved name.</summary>
    public Range Resolved { get; private set; }

    /// <summary>The last speaker's cue.</summary>
    public Range Cue { get; private set; }

    /// <summary>Where the last attributed quote, or its attribution, ends; -1 before the first.</summary>
    public int AttributedEnd { get; private set; }

    /// <summary>Remembers the speaker of a quote whose attribution ends at <paramref name="attributedEnd"/>.</summary>
    public void Remember(Range speaker, Range resolved, Range cue, int attributedEnd)
    {
        Speaker = speaker;
        Resolved = resolved;
        Cue = cue;
        AttributedEnd = attributedEnd;
    }

    /// <summary>Names mentioned before <paramref name="position"/> may resolve the speakers asked about next.</summary>
    public void NamesBefore(int position) => _namesWanted = position;

    /// <summary>The words quoted in <c>text[start..end]</c> name no one a later speaker may be.</summary>
    public void Quoted(int start, int end) => _names.Quoted(start, end);

    /// <summary>The name a speaker mention stands for: itself without titles, the full name of a surname, a pronoun's antecedent.</summary>
    public Range Resolve(ReadOnlySpan<char> text, Range speaker, ref SentenceStarts starts, in TextHead head, bool wrapped)
    {
        if (speaker.Equals(default(Range)))
        {
            return default;
        }

        _names.Wrapped = wrapped;

        // `the report, which notes`: a relative word stands for what it follows, which is not read here.
        ReadOnlySpan<char> mention = text[speaker];
        if (mention.SequenceEqual("which"))
        {
            return default;
        }

        // `led her to declare`: an object pronoun stands for whom its subject form would.
        ReadOnlySpan<char> pronoun = mention switch { "him" => "he", "her" => "she", "them" => "they", _ => mention };
        if (WordKinds.IsPronoun(pronoun))
        {
            // `you can't yell “fire”`: `you` is the reader, or anyone.
            if (pronoun.Equals("you", StringComparison.OrdinalIgnoreCase))
            {
                return default;
            }

            // `Rubio said … Trump, whom he called a “con artist”`: a lower-case pronoun inside a sentence whose subject
            // is a name, or a person described, of its gender, stands for them (not `The move …, he said`, `No one …`);
            // `it` for a name only, a firm's often shaped like a person's (`Dayton Hudson …, it said`; not `The tycoon
            // made “proposals”, it has confirmed`). A pronoun after the quote it attributes looks for the subject before
            // the quote, never in its words (`“Format interoperability, excellent value …,” he said`).
            if (char.IsLower(pronoun[0]) && !pronoun.SequenceEqual("who"))
            {
                int at = speaker.Start.Value;
                int sentence = starts.StartBefore(text, at, head.SentenceFloor(at), wrapped);
                Range subject = ClauseSubjects.OfSentence(text, sentence, at, wrapped);
                if (!subject.Equals(default(Range)) && subject.Start.Value < at && char.IsUpper(text[subject.Start.Value])
                    && subject.Start.Value < _namesWanted
                    && !WordKinds.IsPronoun(text[subject])
                    && (PersonNames.IsName(PersonNames.Name(text, subject) is var named ? text[named] : default)
                        || (Descriptions.IsPersonDescription(text[subject]) && !pronoun.SequenceEqual("it")))
                    && Agrees(text, named, PersonNames.GenderOf(pronoun)))
                {
                    return Resolve(text, subject, ref starts, head, wrapped);
                }

                // `His wife had warned him, but Trump said he responded`: the name whose speech verb the pronoun follows.
                Range reporter = ReporterJustBefore(text, sentence, at, wrapped);
                if (!reporter.Equals(default(Range)) && Agrees(text, reporter, PersonNames.GenderOf(pronoun)))
                {
                    return Resolve(text, reporter, ref starts, head, wrapped);
                }
            }

            // `Bernie Sanders, who added`: `who` stands for the name just before it.
            if (pronoun.SequenceEqual("who") && PersonNames.NameBeforeComma(text, speaker.Start.Value) is { } antecedent && !antecedent.Equals(default(Range)))
            {
                return Resolve(text, antecedent, ref starts, head, wrapped);
            }

            // `“…,” the ministry said. “Soon,” it added.`: `it` is the body that spoke last, never a person; so is `they`
            // (`the editors …, they conclude`), or a plural, which no one name resolves.
            if (pronoun.Equals("it", StringComparison.OrdinalIgnoreCase) || pronoun.Equals("they", StringComparison.OrdinalIgnoreCase))
            {
                return !Resolved.Equals(default(Range)) && !IsPerson(text) ? Resolved : default;
            }

            // `he` and `she` are people: one mentioned since the last speaker spoke, else that speaker if named in
            // full, else the last full name read; of the pronoun's gender where a given name tells (`she` is not
            // `Walter Brown`).
            Gender gender = PersonNames.GenderOf(pronoun);
            Range mentioned = _names.LastSubjectAfter(text, AttributedEnd, _namesWanted, wrapped);
            if (!mentioned.Equals(default(Range)) && Agrees(text, mentioned, gender))
            {
                return PersonNames.Name(text, mentioned);
            }

            return !Resolved.Equals(default(Range)) && IsPerson(text) && Agrees(text, Resolved, gender)
                ? Resolved
                : _names.LatestOf(text, gender, _namesWanted);
        }

        // `the Ghanaian president` after `President Osei`, `the executive director, Efua Darko`: the name the
        // text ties the description to; the description itself when it ties none.
        if (Descriptions.IsPersonDescription(mention))
        {
            Range described = Descriptions.NameFor(text, speaker);
            return described.Equals(default(Range)) ? speaker : Resolve(text, described, ref starts, head, wrapped);
        }

        // `Osei`, `Mr. Osei`, `Finance Minister Osei`: a surname, once its titles are gone, names the full name read
        // before, else itself; `chairman and chief executive Yaw Osei`, `the board's director, Ama Owusu`: the name that ends a
        // mention in lower case is its name.
        // Hard-wrapped copy breaks a mention over lines (`John Mason of` ⏎ `Interstate Securities`): its words are read
        // from a copy with the breaks made spaces, of the same length, so that a place in it is the same in the text.
        Span<char> flat = mention.Length <= MaxWrappedMention && mention.Contains('\n') ? stackalloc char[mention.Length] : default;
        if (!flat.IsEmpty)
        {
            mention.CopyTo(flat);
            flat.Replace('\n', ' ');
        }

        ReadOnlySpan<char> words = flat.IsEmpty ? text : flat;
        Range said = flat.IsEmpty ? speaker : new Range(0, flat.Length);

        // `27-year-old Joel Ross`, `27-year-old Ross`: an age before a name is no part of it (most mentions open with a
        // letter, and are not looked into).
        if (!words[said].IsEmpty && char.IsAsciiDigit(words[said][0]))
        {
            said = WithoutAge(words, said);
        }

        Range local = WordKinds.StartsName(words[said]) ? NameOf(words, said)
            : PersonNames.TrailingName(words, said) is var trailing && !trailing.Equals(said) ? PersonNames.Name(words, trailing) : said;
        ReadOnlySpan<char> bare = words[local];
        Range name = flat.IsEmpty ? local : new Range(speaker.Start.Value + local.Start.Value, speaker.Start.Value + local.End.Value);
        int space = bare.LastIndexOf(' ');
        ReadOnlySpan<char> surname = bare[(space + 1)..];
        bool shortMention = space < 0 || (space <= 4 && bare[..space].EndsWith('.'));
        if (shortMention && surname.Length > 1 && WordKinds.StartsName(surname))
        {
            Range full = _names.FindByName(text, new Range(name.End.Value - surname.Length, name.End.Value), _namesWanted);
            return !full.Equals(default(Range)) ? full : name;
        }

        return name;
    }

    // The mention after the age that opens it, where a name follows the age; the mention itself otherwise.
    private static Range WithoutAge(ReadOnlySpan<char> words, Range said)
    {
        ReadOnlySpan<char> mention = words[said];
        int ageEnd = mention.IndexOf(' ');
        int nameStart = ageEnd + 1;
        while (ageEnd > 0 && nameStart < mention.Length && mention[nameStart] == ' ')
        {
            nameStart++;
        }

        return ageEnd > 0 && nameStart < mention.Length && char.IsUpper(mention[nameStart]) && WordKinds.IsAge(mention[..ageEnd])
            ? new Range(said.Start.Value + nameStart, said.End.Value)
            : said;
    }

    // The name in a mention that opens with a capital, less its titles, the body it speaks for and the words in lower
    // case before it; titles are looked for again only where a body or such words were cut (most mentions are a name),
    // which relies on a name cut of its titles having none left to cut.
    private static Range NameOf(ReadOnlySpan<char> text, Range speaker)
    {
        Range named = PersonNames.Name(text, speaker);
        Range trimmed = PersonNames.TrailingName(text, PersonNames.WithoutBody(text, named));
        return trimmed.Equals(named) ? named : PersonNames.Name(text, trimmed);
    }

    // The longest mention read again with its line breaks made spaces.
    private const int MaxWrappedMention = 256;

    // How far before a pronoun the name and speech verb it follows are looked for, in characters.
    private const int ReporterReach = 80;

    // The name just before a speech verb that stands just before the pronoun at `at`: `Trump said he`; empty when none.
    private static Range ReporterJustBefore(ReadOnlySpan<char> text, int sentence, int at, bool wrapped)
    {
        // A name and its verb are a few words: the window is short, and starts after the last quote mark before the
        // pronoun, where words stop.
        int from = Math.Max(sentence, at - ReporterReach);
        for (int p = at - 1; p > from; p--)
        {
            if (QuoteMarks.EndsWords(text, p, at))
            {
                from = p + 1;
                break;
            }
        }

        WordWindow w = WordWindow.ReadLast(text, from, at, stackalloc int[WordWindow.BufferLength], wrapped);
        int verb = w.Count - 1;
        if (verb < 1 || !SpeechCues.IsVerb(w[verb]) || !w.IsCapitalised(verb - 1) || w.CommaAfter(verb - 1) || w.CommaAfter(verb))
        {
            return default;
        }

        int first = SpeakerPhrases.SubjectStart(w, verb - 1);
        Range name = first >= 0 ? w.Words(first, verb - 1) : default;
        return !name.Equals(default(Range)) && PersonNames.IsName(text[PersonNames.Name(text, name)]) ? name : default;
    }

    private static bool Agrees(ReadOnlySpan<char> text, Range name, Gender gender) =>
        gender == Gender.Unknown || PersonNames.GenderOf(text[name]) != gender.Other();

    // Whether the last speaker is a person named: in full, or by one name that a title or a description stood for
    // (`President Osei`, `the Ghanaian president`); `Iran said` names no one a pronoun can be.
    private readonly bool IsPerson(ReadOnlySpan<char> text) =>
        PersonNames.IsFullName(text[Resolved]) || (!Resolved.Equals(Speaker) && PersonNames.IsName(text[Resolved]));
}
