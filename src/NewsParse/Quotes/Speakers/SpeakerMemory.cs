using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>
/// What the quote wing remembers of who spoke: the last speaker with its cue and resolved name, and the names read
/// so far, against which a pronoun or a surname is resolved.
/// </summary>
internal struct SpeakerMemory
{
    private RecentNames _names;

    // Names are read from the text up to here, and only when a speaker is resolved: most quotes name theirs in full.
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

    /// <summary>The name a speaker mention stands for: itself without titles, the full name of a surname, a pronoun's antecedent.</summary>
    public Range Resolve(ReadOnlySpan<char> text, Range speaker, ref SentenceStarts starts, in TextHead head, bool wrapped)
    {
        if (speaker.Equals(default(Range)))
        {
            return default;
        }

        ReadOnlySpan<char> mention = text[speaker];
        if (WordKinds.IsPronoun(mention))
        {
            // `Rubio said … Trump, whom he called a “con artist”`: a lower-case pronoun inside a sentence whose subject
            // is a name stands for that name.
            if (char.IsLower(mention[0]) && !mention.SequenceEqual("who"))
            {
                int at = speaker.Start.Value;
                int sentence = starts.StartBefore(text, at, head.SentenceFloor(at), wrapped);
                Range subject = ClauseSubjects.OfSentence(text, sentence, at, wrapped);
                if (!subject.Equals(default(Range)) && subject.Start.Value < at && char.IsUpper(text[subject.Start.Value])
                    && !WordKinds.IsPronoun(text[subject]))
                {
                    return Resolve(text, subject, ref starts, head, wrapped);
                }
            }

            // `he` and `she` are people: one mentioned since the last speaker spoke, else that speaker if named in
            // full, else the last full name read.
            _names.ReadUpTo(text, _namesWanted);
            if (!_names.LastMention.Equals(default(Range)) && _names.LastMentionAt > AttributedEnd)
            {
                return _names.LastMention;
            }

            return !Resolved.Equals(default(Range)) && text[Resolved].Contains(' ') ? Resolved : _names.Latest;
        }

        // `Osei`, `Mr. Osei`, `Finance Minister Osei`: a surname, once its titles are gone, names the full name read before.
        Range name = char.IsUpper(mention[0]) ? PersonNames.Name(text, speaker) : speaker;
        ReadOnlySpan<char> bare = text[name];
        int space = bare.LastIndexOf(' ');
        ReadOnlySpan<char> surname = bare[(space + 1)..];
        bool shortMention = space < 0 || (space <= 4 && bare[..space].EndsWith('.'));
        if (shortMention && surname.Length > 1 && char.IsUpper(surname[0]))
        {
            _names.ReadUpTo(text, _namesWanted);
            Range full = _names.FindBySurname(text, surname);
            return full.Equals(default(Range)) ? speaker : full;
        }

        return name;
    }
}
