using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>The name in a mention with its titles: <c>Russian Foreign Minister Sergei Lavrov</c> names <c>Sergei Lavrov</c>.</summary>
internal static class PersonNames
{
    private const int MaxNameLength = 64;

    private static readonly WordSet s_titles = WordSet.CaseSensitive(
    [
        "President", "Vice", "Prime", "Minister", "Foreign", "Finance", "Defense", "Defence", "Interior", "Justice", "Health",
        "Trade", "Economy", "Energy", "Deputy", "Chief", "Executive", "Director", "Chairman", "Chairwoman", "Chair",
        "Secretary", "General", "Attorney", "Ambassador", "Senator", "Sen.", "Rep.", "Representative", "Gov.", "Governor",
        "Mayor", "Speaker", "Leader", "Spokesman", "Spokeswoman", "Spokesperson", "Press", "Commander", "King", "Queen",
        "Prince", "Princess", "Pope", "Judge", "Dr.", "Mr.", "Mrs.", "Ms.", "Prof.", "Professor", "Lt.", "Col.", "Gen.",
        "Sgt.", "Capt.", "Adm.", "Maj.", "Chancellor", "Premier", "National", "Security", "Council", "Adviser", "Advisor",
        "Treasury", "State", "Federal", "Supreme", "Court", "Party", "Democratic", "Republican", "House", "Senate",
        "Majority", "Minority", "Whip", "Former", "Acting", "Interim", "Opposition", "Labour", "Conservative", "Officer",
    ]);

    // Words that make a capitalised run a body, a place or a work rather than a person.
    private static readonly WordSet s_notPersonWords = WordSet.CaseSensitive(
    [
        "Council", "Security", "Union", "Ministry", "Department", "Party", "Committee", "Agency", "Forum", "Republic",
        "Kingdom", "States", "Nations", "University", "Court", "House", "Senate", "Congress", "Street", "News", "Times",
        "Post", "Journal", "Office", "Bank", "Fund", "Organization", "Organisation", "Group", "Company", "Corporation",
        "East", "West", "North", "South", "Middle", "Gulf", "Sea", "Ocean", "River", "City", "County", "Province",
        "Region", "Island", "Islands", "Coast", "Valley", "Mountains", "Airport", "Square", "Center", "Centre", "Institute",
        "Foundation", "Association", "Network", "Television", "Radio", "Press", "Club", "Church", "Army", "Force",
        "Forces", "Navy", "Guard", "Police", "Service", "Services", "Administration", "Commission", "Board", "Assembly",
        "Parliament", "Government", "Federation", "Alliance", "Movement", "Front", "Process", "Day", "War", "Act",
    ]);

    /// <summary>
    /// Whether <paramref name="name"/> reads as a person's name: two to four words, none that names a body or place, and
    /// no longer than any name is. A name is remembered and given back with every quote of its speaker, so a run of
    /// capitals the length of a page must not pass for one.
    /// </summary>
    public static bool LooksLikePerson(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxNameLength)
        {
            return false;
        }

        int words = name.Count(' ') + 1;
        if (words is < 2 or > 4 || !name.ContainsAnyInRange('a', 'z'))
        {
            return false;
        }

        foreach (Range word in name.Split(' '))
        {
            if (s_notPersonWords.Contains(name[word]))
            {
                return false;
            }
        }

        return true;
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

    private static bool IsTitle(ReadOnlySpan<char> word) => s_titles.Contains(word);

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
