using NewsParse.Datelines;
using NewsParse.Text;
using static NewsParse.Text.WordLists;

namespace NewsParse.Quotes;

/// <summary>
/// Whether a mention of a person is the subject its sentence opens with, the one a later <c>he</c> or <c>she</c> most
/// likely means: <c>Yaw Osei said</c>, <c>Cocoa Board chief executive Yaw Osei said</c>, <c>At a rally in Kumasi, Mr
/// Osei said</c>; not <c>farmers met Yaw Osei</c>.
/// </summary>
internal static class SentenceSubjects
{
    // The most words of a role written before a name (`Liberal Democrat shadow chancellor`), and the longest opening
    // phrase before a subject's comma.
    private const int MaxRoleWords = 6;
    private const int MaxOpeningPhrase = 160;
    private const int MaxRoleWordLength = 24;

    /// <summary>
    /// Whether the mention at <paramref name="start"/> is the subject its sentence opens with: at the sentence's start,
    /// at the body's after a dateline (<c>KUMASI, May 4 - Yaw Osei said</c>), after an opening phrase and its comma
    /// (<c>At a rally in Kumasi, Mr Osei attacked</c>), or after the words of the role it opens with (<c>Cocoa Board
    /// chief executive Yaw Osei</c>); in hard-wrapped copy (<paramref name="wrapped"/>) a wrapped line's start opens none.
    /// </summary>
    public static bool IsSubject(ReadOnlySpan<char> text, int start, bool wrapped)
    {
        if (OpensSentence(text, start, wrapped))
        {
            return true;
        }

        int opening = RoleStart(text, start);
        return (opening < start && OpensSentence(text, opening, wrapped)) || FollowsDateline(text, opening) || FollowsOpeningPhrase(text, opening);
    }

    // Where the words of a role written before the name at `start` begin: a role's noun just before it (`chief`,
    // `chancellor`), and before that its modifiers (`shadow`, `police`), possessives and capitalised words (`The
    // board's former chairman`, `Liberal Democrat shadow chancellor`); `start` when no role's noun stands before it.
    private static int RoleStart(ReadOnlySpan<char> text, int start)
    {
        // `Ghana's finance minister, Ama Owusu, said`: the name may stand in apposition after its role.
        int wordEnd = start - 1;
        if (wordEnd < 2 || text[wordEnd] != ' ')
        {
            return start;
        }

        wordEnd -= text[wordEnd - 1] == ',' ? 1 : 0;
        if (!char.IsAsciiLetterLower(text[wordEnd - 1]))
        {
            return start;
        }

        int opening = start;
        for (int words = 0; words < MaxRoleWords && wordEnd > 0; words++)
        {
            // A word longer than any role's noun or modifier is neither: the walk back stops there.
            int wordStart = wordEnd;
            while (wordStart > 0 && wordEnd - wordStart <= MaxRoleWordLength && (char.IsLetter(text[wordStart - 1]) || text[wordStart - 1] is '\'' or '’' or '-'))
            {
                wordStart--;
            }

            ReadOnlySpan<char> word = text[wordStart..wordEnd];
            bool role = !word.IsEmpty && PersonNouns.Contains(word) && char.IsLower(word[0]);

            // `director of football Yaw Osei`, `the minister of finance Yaw Osei`: a role's noun and what it is of.
            if (opening == start && !role && !word.IsEmpty && char.IsLower(word[0]) && RoleOf(text, wordStart) is var roleStart && roleStart >= 0)
            {
                (wordStart, role) = (roleStart, true);
            }
            if (word.IsEmpty || (opening == start ? !role
                : !role && !char.IsUpper(word[0]) && !RoleModifiers.Contains(word) && Possessives.Stem(word).Length == word.Length))
            {
                break;
            }

            opening = wordStart;
            if (wordStart < 1 || text[wordStart - 1] != ' ')
            {
                break;
            }

            wordEnd = wordStart - 1;
        }

        WorkMeter.Add(start - opening);
        return opening;
    }

    // Where the role's noun before ` of ` and the word at `wordStart` starts (`director of football`), or -1.
    private static int RoleOf(ReadOnlySpan<char> text, int wordStart)
    {
        if (wordStart < 5 || !text[..wordStart].EndsWith(" of ", StringComparison.Ordinal))
        {
            return -1;
        }

        int nounEnd = wordStart - 4;
        int nounStart = nounEnd;
        while (nounStart > 0 && nounEnd - nounStart <= MaxRoleWordLength && char.IsAsciiLetterLower(text[nounStart - 1]))
        {
            nounStart--;
        }

        return nounStart < nounEnd && PersonNouns.Contains(text[nounStart..nounEnd]) ? nounStart : -1;
    }

    // Whether `start` opens the body of a text after a dateline and its dash: `KUMASI, May 4 - Yaw Osei said`.
    private static bool FollowsDateline(ReadOnlySpan<char> text, int start)
    {
        int p = start - 1;
        while (p >= 0 && start - p < 4 && text[p] == ' ')
        {
            p--;
        }

        // A dateline stands in the head of a text, where the dateline parser reads.
        return p > 0 && p < start - 1 && start < DatelineParser.HeadLength && Separator.IsDash(text[p])
            && DatelineParser.BodyStartAt(text, text[..start].LastIndexOf('\n') + 1) == start;
    }

    // Whether `start` follows the comma that ends an opening phrase of its sentence: `At a rally in Kumasi, Mr Osei`,
    // `Turning to exports, Mr Osei`, `Earlier, Osei`.
    private static bool FollowsOpeningPhrase(ReadOnlySpan<char> text, int start)
    {
        if (start < 3 || text[start - 1] != ' ' || text[start - 2] != ',')
        {
            return false;
        }

        int p = start - 3;
        int floor = Math.Max(0, start - MaxOpeningPhrase);
        while (p >= floor && text[p] is not ('.' or '!' or '?' or '\n' or '"' or '”' or ':' or ';'))
        {
            p--;
        }

        WorkMeter.Add(start - p);
        if (p < floor && floor > 0)
        {
            return false;
        }

        int wordStart = p + 1;
        while (wordStart < start && !char.IsLetter(text[wordStart]))
        {
            wordStart++;
        }

        int wordEnd = AsciiRuns.LettersEnd(text, wordStart, start);
        ReadOnlySpan<char> first = text[wordStart..wordEnd];
        return !first.IsEmpty && char.IsUpper(first[0]) && (NotSubjects.Contains(first) || (first.Length > 4 && first.EndsWith("ing", StringComparison.Ordinal)));
    }

    // Whether the run of capitals at `start` opens a sentence, as its subject does: `Mensah disagreed.`, not `accused
    // Ama Boateng of`. What stands before it is the start of the text, a sentence's end, a closing mark or a paragraph's
    // end (in hard-wrapped copy, a wrapped line's end is none: `one of` ⏎ `President Osei's allies`).
    private static bool OpensSentence(ReadOnlySpan<char> text, int start, bool wrapped)
    {
        int p = start - 1;
        while (p >= 0 && start - p < 8 && CharClass.IsSpace(text[p]))
        {
            p--;
        }

        return p < 0 || text[p] is '.' or '!' or '?' or '\n' or '"' or '”' or '’' or '\'' or ':' or ';'
            || (p < start - 1 && text[p + 1] == '\n' && (!wrapped || Paragraphs.EndsAt(text, p + 1, indented: true)));
    }
}
