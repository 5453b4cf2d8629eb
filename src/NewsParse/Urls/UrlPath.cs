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
        for (; p < text.Length; p++, WorkMeter.Add(1))
        {
            char c = text[p];
            if (!IsPathChar(c) || (c == '&' && IsSeparatorEntity(text[p..])))
            {
                break;
            }

            if (c == ':' && GluedUrlStart(text, start, p) is int glued and >= 0)
            {
                return glued;
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
    /// Drops from the end of <c>[minEnd, end)</c> the sentence punctuation, odd quotes, an HTML entity, and the
    /// closing brackets not balanced inside the URL, when something opened a bracket: the URL itself or the sentence
    /// around it (<paramref name="enclosed"/>). A closing bracket nothing opened is kept. Never cuts into the host,
    /// which ends at <paramref name="minEnd"/>.
    /// </summary>
    public static int TrimEnd(ReadOnlySpan<char> text, int minEnd, int end, bool enclosed)
    {
        ReadOnlySpan<char> tail = text[minEnd..end];
        WorkMeter.Add(tail.Length);
        bool brackets = enclosed || tail.ContainsAny("([{");
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
                case ')' when brackets && parens < 0:
                    parens++;
                    end--;
                    continue;
                case ']' when brackets && squares < 0:
                    squares++;
                    end--;
                    continue;
                case '}' when brackets && braces < 0:
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
    /// the opener just before it, or an unmatched opening bracket earlier in its paragraph. <c>'\0'</c> when none.
    /// </summary>
    public static char FindEncloser(ReadOnlySpan<char> text, int start)
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

        int limit = Math.Max(0, start - EnclosureLookBehind);
        int parens = 0, squares = 0, braces = 0, breaks = 0;
        for (int p = start - 1; p >= limit; p--)
        {
            breaks = text[p] == '\n' ? breaks + 1 : text[p] is '\r' or ' ' or '\t' ? breaks : 0;
            switch (text[p])
            {
                case '\n' when breaks == 2:
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

        // Text in unspaced scripts (CJK, Thai...) runs straight into URLs, so its letters end one. Soft and
        // non-breaking hyphens are part of a word the URL holds.
        return c is '\u2013' or '\u00AD' or '\u2011' || (CharClass.IsNonAsciiWordChar(c) && CharClass.ScriptOf(c) != Script.Unspaced);
    }

    // `&nbsp;`, `&quot;`, `&lt;`, `&gt;` stand for characters no URL holds: the page's markup around the address.
    private static bool IsSeparatorEntity(ReadOnlySpan<char> rest)
    {
        foreach (string entity in (ReadOnlySpan<string>)["&nbsp;", "&quot;", "&lt;", "&gt;", "&#160;", "&#34;"])
        {
            if (rest.StartsWith(entity, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // `https://a.com/xhttps://b.com/y`: a second URL glued on. One inside a query or path after `=`, `/` or `?`
    // (`?u=https://…`, `/web/2020/https://…`) belongs to the first.
    private static int GluedUrlStart(ReadOnlySpan<char> text, int pathStart, int colon)
    {
        if (colon + 2 >= text.Length || text[colon + 1] != '/' || text[colon + 2] != '/')
        {
            return -1;
        }

        int scheme = UrlSchemes.MatchSuffix(text[Math.Max(pathStart, colon - UrlSchemes.MaxLength)..colon]);
        int start = colon - scheme;
        return scheme > 0 && start > pathStart && (char.IsAsciiLetterOrDigit(text[start - 1]) || text[start - 1] is ',' or ';') ? start : -1;
    }

    private static char OpenerOf(char closer) => closer switch
    {
        ')' => '(',
        ']' => '[',
        '}' => '{',
        _ => closer,
    };

    // `&hl;`, `&#39;`, `&#x27;` at the end of a URL are HTML entities of the page around it, not part of the address.
    private static int DropEntity(ReadOnlySpan<char> text, int minEnd, int semicolon)
    {
        int p = semicolon;
        while (p > minEnd && (char.IsAsciiLetterOrDigit(text[p - 1]) || text[p - 1] == '#'))
        {
            p--;
        }

        WorkMeter.Add(semicolon - p);

        return p < semicolon && p > minEnd && text[p - 1] == '&' ? p - 1 : semicolon;
    }
}
