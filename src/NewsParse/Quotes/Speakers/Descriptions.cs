using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// Definite descriptions of a person (<c>the Ghanaian actor</c>, <c>the festival's executive director</c>) and the name
/// the text ties one to: in apposition after it, or after the same noun where the person was named with it.
/// </summary>
internal static class Descriptions
{
    // How far back the noun of a description is looked for, and how many of its mentions.
    private const int Reach = 3000;
    private const int MaxTries = 6;
    private const int MaxNameWords = 4;
    private const int MaxNounLength = 32;

    /// <summary>Whether <paramref name="mention"/> is a definite description of a person: <c>the</c>, then words ending in a person's noun.</summary>
    public static bool IsPersonDescription(ReadOnlySpan<char> mention)
    {
        int space = mention.IndexOf(' ');
        int last = mention.LastIndexOf(' ');
        return space > 0 && mention[..space].Equals("the", StringComparison.OrdinalIgnoreCase) && PersonNouns.Contains(mention[(last + 1)..]);
    }

    /// <summary>
    /// The name a description at <paramref name="mention"/> stands for: <c>the executive director, Efua Darko</c>, or
    /// <c>President Osei</c> before <c>the Ghanaian president</c>; empty when the text ties it to none.
    /// </summary>
    public static Range NameFor(ReadOnlySpan<char> text, Range mention)
    {
        ReadOnlySpan<char> m = text[mention];
        ReadOnlySpan<char> noun = m[(m.LastIndexOf(' ') + 1)..];
        if (noun.Length > MaxNounLength)
        {
            return default;
        }

        // The noun as written in running text and as a title before a name (`president`, `President`): two ordinal
        // searches, which run on vectors where one that ignores case does not.
        Span<char> lower = stackalloc char[noun.Length];
        Span<char> title = stackalloc char[noun.Length];
        noun.ToLowerInvariant(lower);
        lower.CopyTo(title);
        title[0] = char.ToUpperInvariant(title[0]);
        int at = mention.End.Value - noun.Length;
        int floor = Math.Max(0, mention.Start.Value - Reach);
        for (int tries = 0; tries < MaxTries && at >= floor; tries++)
        {
            bool word = (at == 0 || !char.IsLetter(text[at - 1])) && (at + noun.Length >= text.Length || !char.IsLetter(text[at + noun.Length]));
            Range name = word ? NameAfter(text, at + noun.Length) : default;
            name = word && name.Equals(default(Range)) ? PersonNames.NameBeforeComma(text, DescriptionStart(text, at)) : name;
            if (!name.Equals(default(Range)))
            {
                return name;
            }

            int previous = Math.Max(text[floor..at].LastIndexOf(lower), text[floor..at].LastIndexOf(title));
            WorkMeter.Add(previous < 0 ? at - floor : at - floor - previous);
            at = previous < 0 ? -1 : floor + previous;
        }

        return default;
    }

    // Where the lower-case words before the noun at `at` start (`the festival's spokesman`): a description set in
    // apposition after a name starts after its comma (`Karl Brandt, the spokesman,`).
    private static int DescriptionStart(ReadOnlySpan<char> text, int at)
    {
        int start = at;
        for (int words = 0; words < MaxNameWords && start > 1 && text[start - 1] == ' ' && char.IsLower(text[start - 2]); words++)
        {
            int p = start - 2;
            while (p > 0 && (char.IsLetter(text[p - 1]) || text[p - 1] is '\'' or '’'))
            {
                p--;
            }

            if (!char.IsLower(text[p]))
            {
                break;
            }

            start = p;
        }

        return start;
    }

    // A run of capitalised words just after a noun, or after a comma that sets it in apposition: `president Kofi
    // Mensah`, `director, Efua Darko`.
    private static Range NameAfter(ReadOnlySpan<char> text, int p)
    {
        if (p + 1 < text.Length && text[p] == ',')
        {
            p++;
        }

        if (p + 1 >= text.Length || text[p] != ' ' || !char.IsUpper(text[p + 1]))
        {
            return default;
        }

        int start = p + 1;
        int end = start;
        int q = start;
        for (int words = 0; words < MaxNameWords && q < text.Length && char.IsUpper(text[q]); words++)
        {
            int wordStart = q;
            while (q < text.Length && (char.IsLetter(text[q]) || text[q] is '\'' or '’' or '-' || (text[q] == '.' && q - wordStart == 1)))
            {
                q++;
            }

            ReadOnlySpan<char> w = text[wordStart..q];
            if (NotPersonWords.Contains(w) || NotNameStarts.Contains(w))
            {
                break;
            }

            end = q;
            if (q + 1 >= text.Length || text[q] != ' ')
            {
                break;
            }

            q++;
        }

        WorkMeter.Add(end - start + 1);
        return end > start ? new Range(start, end) : default;
    }
}
