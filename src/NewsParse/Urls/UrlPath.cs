using NewsParse.Text;

namespace NewsParse.Urls;

/// <summary>
/// Where a URL ends after its host: the path, query and fragment characters, the brackets and quotes that enclose
/// the URL in the sentence, and the trailing punctuation that belongs to the sentence rather than the URL.
/// </summary>
internal static class UrlPath
{
    private const int EnclosureLookBehind = 160;

    /// <summary>Scans the path, query and fragment from <paramref name="start"/>, which holds <c>/</c>, <c>?</c> or <c>#</c>.</summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">The first character after the host and port.</param>
    /// <param name="closer">The character that closes what encloses the URL in the sentence, or <c>'\0'</c>.</param>
    /// <returns>The offset just past the last path character.</returns>
    public static int Scan(ReadOnlySpan<char> text, int start, char closer)
    {
        char opener = OpenerOf(closer);
        int depth = 0;
        int p = start;
        for (; p < text.Length; p++)
        {
            char c = text[p];
            if (!IsPathChar(c))
            {
                break;
            }

            if (c == closer)
            {
                if (opener == closer || depth == 0)
                {
                    break;
                }

                depth--;
            }
            else if (c == opener)
            {
                depth++;
            }
        }

        return p;
    }

    /// <summary>
    /// Drops from the end of <c>[start, end)</c> the sentence punctuation, the closing brackets that are not balanced
    /// inside the URL, odd quotes, and an HTML entity; never cuts into the host, which ends at <paramref name="minEnd"/>.
    /// </summary>
    public static int TrimEnd(ReadOnlySpan<char> text, int minEnd, int end)
    {
        ReadOnlySpan<char> tail = text[minEnd..end];
        int parens = tail.Count('(') - tail.Count(')');
        int squares = tail.Count('[') - tail.Count(']');
        int braces = tail.Count('{') - tail.Count('}');
        int doubles = tail.Count('"');
        int singles = tail.Count('\'');
        while (end > minEnd)
        {
            char c = text[end - 1];
            switch (c)
            {
                case '.' or ',' or ':' or '!' or '?' or '*' or '\u2013':
                    end--;
                    continue;
                case ';':
                    end = DropEntity(text, minEnd, end - 1);
                    continue;
                case ')' when parens < 0:
                    parens++;
                    end--;
                    continue;
                case ']' when squares < 0:
                    squares++;
                    end--;
                    continue;
                case '}' when braces < 0:
                    braces++;
                    end--;
                    continue;
                case '"' when (doubles & 1) == 1:
                    doubles--;
                    end--;
                    continue;
                case '\'' when (singles & 1) == 1:
                    singles--;
                    end--;
                    continue;
            }

            break;
        }

        return end;
    }

    /// <summary>
    /// The closing character of a bracket or quote that encloses a URL starting at <paramref name="start"/>:
    /// the opener just before it, or an unmatched opening bracket earlier on its line. <c>'\0'</c> when none.
    /// </summary>
    public static char FindEncloser(ReadOnlySpan<char> text, int start, int floor)
    {
        if (start == 0)
        {
            return '\0';
        }

        char before = text[start - 1];
        switch (before)
        {
            case '(': return ')';
            case '[': return ']';
            case '{': return '}';
            case '"' or '\'': return before;
        }

        int limit = Math.Max(floor, start - EnclosureLookBehind);
        int parens = 0, squares = 0, braces = 0;
        for (int p = start - 1; p >= limit; p--)
        {
            switch (text[p])
            {
                case '\n' or '\r':
                    return '\0';
                case ')': parens++; break;
                case ']': squares++; break;
                case '}': braces++; break;
                case '(' when parens-- == 0: return ')';
                case '[' when squares-- == 0: return ']';
                case '{' when braces-- == 0: return '}';
            }
        }

        return '\0';
    }

    /// <summary>A character that may stand in a path, query or fragment.</summary>
    public static bool IsPathChar(char c)
    {
        if (c < 0x80)
        {
            return c > ' ' && c is not ('<' or '>' or '\\' or '`' or '\u007F');
        }

        // Unspaced CJK text runs straight into URLs, so ideographs, kana and hangul end one.
        return c == '\u2013' || (CharClass.IsNonAsciiWordChar(c) && CharClass.ScriptOf(c) != Script.Cjk);
    }

    private static char OpenerOf(char closer) => closer switch
    {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        _ => closer,
    };

    // `&hl;` at the end of a URL is an HTML entity of the page around it, not part of the address.
    private static int DropEntity(ReadOnlySpan<char> text, int minEnd, int semicolon)
    {
        int p = semicolon;
        while (p > minEnd && char.IsAsciiLetterOrDigit(text[p - 1]))
        {
            p--;
        }

        return p < semicolon && p > minEnd && text[p - 1] == '&' ? p - 1 : semicolon;
    }
}
