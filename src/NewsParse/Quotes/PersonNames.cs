namespace NewsParse.Quotes;

/// <summary>The name in a mention with its titles: <c>Russian Foreign Minister Sergei Lavrov</c> names <c>Sergei Lavrov</c>.</summary>
internal static class PersonNames
{
    private static readonly string[] s_titles =
    [
        "President", "Vice", "Prime", "Minister", "Foreign", "Finance", "Defense", "Defence", "Interior", "Justice", "Health",
        "Trade", "Economy", "Energy", "Deputy", "Chief", "Executive", "Director", "Chairman", "Chairwoman", "Chair",
        "Secretary", "General", "Attorney", "Ambassador", "Senator", "Sen.", "Rep.", "Representative", "Gov.", "Governor",
        "Mayor", "Speaker", "Leader", "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Commander", "King", "Queen",
        "Prince", "Princess", "Pope", "Judge", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Professor", "Lt.", "Col.", "Gen.",
        "Sgt.", "Capt.", "Adm.", "Maj.", "Chancellor", "Premier", "National", "Security", "Council", "Adviser", "Advisor",
        "Treasury", "State", "Federal", "Supreme", "Court", "Party", "Democratic", "Republican", "House", "Senate",
        "Majority", "Minority", "Whip", "Former", "Acting", "Interim", "Opposition", "Labour", "Conservative", "Officer",
    ];

    // Words that make a capitalised run a body, a place or a work rather than a person.
    private static readonly string[] s_notPersonWords =
    [
        "Council", "Security", "Union", "Ministry", "Department", "Party", "Committee", "Agency", "Forum", "Republic",
        "Kingdom", "States", "Nations", "University", "Court", "House", "Senate", "Congress", "Street", "News", "Times",
        "Post", "Journal", "Office", "Bank", "Fund", "Organization", "Organisation", "Group", "Company", "Corporation",
        "East", "West", "North", "South", "Middle", "Gulf", "Sea", "Ocean", "River", "City", "County", "Province",
        "Region", "Island", "Islands", "Coast", "Valley", "Mountains", "Airport", "Square", "Center", "Centre", "Institute",
        "Foundation", "Association", "Network", "Television", "Radio", "Press", "Club", "Church", "Army", "Force",
        "Forces", "Navy", "Guard", "Police", "Service", "Services", "Administration", "Commission", "Board", "Assembly",
        "Parliament", "Government", "Federation", "Alliance", "Movement", "Front", "Process", "Day", "War", "Act",
    ];

    /// <summary>Whether <paramref name="name"/> reads as a person's name: two to four words, none that names a body or place.</summary>
    public static bool LooksLikePerson(ReadOnlySpan<char> name)
    {
        int words = 1;
        foreach (Range word in name.Split(' '))
        {
            ReadOnlySpan<char> w = name[word];
            foreach (string not in s_notPersonWords)
            {
                if (w.SequenceEqual(not))
                {
                    return false;
                }
            }
        }

        words += name.Count(' ');
        return words is >= 2 and <= 4 && name.ContainsAnyInRange('a', 'z');
    }

    /// <summary>The part of <paramref name="mention"/> after its leading titles and the nationality before them.</summary>
    public static Range Name(ReadOnlySpan<char> text, Range mention)
    {
        (int start, int end) = (mention.Start.Value, mention.End.Value);
        int p = start;
        while (true)
        {
            int space = text[p..end].IndexOf(' ');
            if (space < 0)
            {
                break;
            }

            ReadOnlySpan<char> word = text.Slice(p, space);
            int next = p + space + 1;
            int nextSpace = text[next..end].IndexOf(' ');
            ReadOnlySpan<char> following = nextSpace < 0 ? text[next..end] : text.Slice(next, nextSpace);

            // A nationality counts as a title only before one: `Russian Foreign Minister`, not `Brian Smith`.
            if (IsTitle(word) || (IsNationality(word) && IsTitle(following) && nextSpace >= 0))
            {
                p = next;
                continue;
            }

            break;
        }

        return p < end ? new Range(p, end) : mention;
    }

    private static bool IsTitle(ReadOnlySpan<char> word)
    {
        foreach (string title in s_titles)
        {
            if (word.SequenceEqual(title))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsNationality(ReadOnlySpan<char> word) =>
        word.Length > 3 && char.IsUpper(word[0]) && (word.EndsWith("ian") || word.EndsWith("ish") || word.EndsWith("ese")
            || word.EndsWith("can") || word.EndsWith("ani") || word.EndsWith("i") || word is "U.S." or "US" or "UN" or "U.N." or "EU");
}
