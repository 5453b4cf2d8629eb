using System.Buffers;
using NewsParse.Quotes;

namespace NewsParse.Text;

/// <summary>Sentence boundaries in news copy: a point, question or exclamation mark before a capital, but not after an abbreviation or an initial.</summary>
internal static class Sentences
{
    // What may end a sentence or a line: looked for with a vector search, then tested one by one.
    private static readonly SearchValues<char> s_ends = SearchValues.Create("\n.!?");

    private static readonly WordSet s_abbreviations = WordSet.IgnoreCase(
    [
        "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col", "lt", "sgt", "capt", "cmdr", "adm", "maj", "prof",
        "rev", "jr", "sr", "no", "vs", "inc", "corp", "co", "ltd", "jan", "feb", "mar", "apr", "aug", "sept", "sep", "oct",
        "nov", "dec", "ft", "mt", "pres", "supt", "det", "pte", "pvt", "cpl", "cdr", "fr", "u.s", "u.n", "u.k", "d.c", "a.m", "p.m",
        "e.g", "i.e", "etc", "approx",
    ]);

    /// <summary>Whether <paramref name="word"/>, written before a point, is an abbreviation whose point ends no sentence (<c>Mr</c>, <c>Gov</c>).</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => s_abbreviations.Contains(word);

    /// <summary>Whether the character at <paramref name="i"/> ends a sentence.</summary>
    public static bool IsEnd(ReadOnlySpan<char> text, int i)
    {
        char c = text[i];
        if (c is '!' or '?')
        {
            return FollowedByStart(text, i + 1);
        }

        if (c != '.' || !FollowedByStart(text, i + 1))
        {
            return false;
        }

        // A word longer than any abbreviation is not one, however long: the walk back stops there.
        int word = i;
        int reach = Math.Max(0, i - s_abbreviations.MaxLength - 1);
        while (word > reach && (char.IsLetter(text[word - 1]) || text[word - 1] == '.'))
        {
            word--;
        }

        WorkMeter.Add(i - word);

        ReadOnlySpan<char> before = text[word..i];
        if (AreInitials(before))
        {
            return false; // initials: J. Smith, K.A. Appiah
        }

        return !s_abbreviations.Contains(before);
    }

    // Capitals one by one, a point between: `J`, `K.A`.
    private static bool AreInitials(ReadOnlySpan<char> word)
    {
        for (int k = 0; k < word.Length; k += 2)
        {
            if (!char.IsUpper(word[k]) || (k + 1 < word.Length && word[k + 1] != '.'))
            {
                return false;
            }
        }

        return !word.IsEmpty;
    }

    // White space, perhaps closing quotes and brackets, then a capital, a digit or an opening quote: a new sentence.
    private static bool FollowedByStart(ReadOnlySpan<char> text, int p)
    {
        int from = p;
        while (p < text.Length && text[p] is '"' or '”' or '’' or '\'' or ')' or '»' or '›')
        {
            p++;
        }

        WorkMeter.Add(p - from + 1);
        if (p >= text.Length)
        {
            return true;
        }

        if (!CharClass.IsSpace(text[p]))
        {
            return false;
        }

        from = p;
        while (p < text.Length && CharClass.IsSpace(text[p]))
        {
            if (text[p] == '\n')
            {
                WorkMeter.Add(p - from);
                return true;
            }

            p++;
        }

        WorkMeter.Add(p - from);
        return p >= text.Length || char.IsUpper(text[p]) || char.IsDigit(text[p]) || text[p] == '(' || QuoteMarks.RoleOf(text[p]).MayOpen;
    }

    /// <summary>Whether a sentence ends, or a line breaks, in <c>[from, to)</c>; in hard-wrapped copy (<paramref name="wrapped"/>), only a paragraph's last line.</summary>
    public static bool HasEndBetween(ReadOnlySpan<char> text, int from, int to, bool wrapped = false)
    {
        for (int i = from; i < to; i++)
        {
            int hit = text[i..to].IndexOfAny(s_ends);
            WorkMeter.Add(hit < 0 ? to - i : hit + 1);
            if (hit < 0)
            {
                return false;
            }

            i += hit;
            if (EndsLine(text, i, wrapped) || IsEnd(text, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Where the sentence holding <paramref name="p"/> starts, looking back no further than <paramref name="limit"/>; in hard-wrapped copy (<paramref name="wrapped"/>) a wrapped line break is no boundary.</summary>
    public static int StartBefore(ReadOnlySpan<char> text, int p, int limit, bool wrapped = false)
    {
        for (int i = p; i > limit;)
        {
            int hit = text[limit..i].LastIndexOfAny(s_ends);
            WorkMeter.Add(hit < 0 ? i - limit : i - limit - hit);
            if (hit < 0)
            {
                break;
            }

            i = limit + hit;
            if (EndsLine(text, i, wrapped) || IsEnd(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    /// <summary>Where the sentence holding <paramref name="p"/> ends (just past its final mark), looking no further than <paramref name="limit"/>; in hard-wrapped copy (<paramref name="wrapped"/>) a wrapped line break is no boundary.</summary>
    public static int EndAfter(ReadOnlySpan<char> text, int p, int limit, bool wrapped = false)
    {
        for (int i = p; i < limit; i++)
        {
            int hit = text[i..limit].IndexOfAny(s_ends);
            WorkMeter.Add(hit < 0 ? limit - i : hit + 1);
            if (hit < 0)
            {
                break;
            }

            i += hit;
            if (EndsLine(text, i, wrapped))
            {
                return i;
            }

            if (IsEnd(text, i))
            {
                return i + 1;
            }
        }

        return limit;
    }

    // A line break ends what a line holds, unless hard-wrapped copy goes on in the next line of the paragraph.
    private static bool EndsLine(ReadOnlySpan<char> text, int i, bool wrapped) =>
        text[i] == '\n' && (!wrapped || Paragraphs.EndsAt(text, i, indented: true));
}
