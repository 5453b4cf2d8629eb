using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>The name in a mention with its titles: <c>Russian Foreign Minister Sergei Lavrov</c> names <c>Sergei Lavrov</c>.</summary>
internal static class PersonNames
{
    private const int MaxNameLength = 64;

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
            if (NotPersonWords.Contains(name[word]))
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

    private static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

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
