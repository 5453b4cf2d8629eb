namespace NewsParse.Text;

/// <summary>
/// Paragraph boundaries: a blank line, an indented line (wire copy indents paragraphs), or a line break after a line
/// that ends a sentence or is short. A long line broken mid-sentence is hard-wrapped copy, one paragraph.
/// </summary>
internal static class Paragraphs
{
    private const int WrapWidth = 60;

    // How much of a text's head is read to tell whether it indents its paragraphs.
    private const int LayoutReach = 4000;

    // A line longer than this is no line of hard-wrapped copy.
    private const int MaxWrappedLine = 90;

    /// <summary>Whether the line break at <paramref name="newline"/> ends a paragraph.</summary>
    /// <param name="text">The text.</param>
    /// <param name="newline">The offset of a line break.</param>
    /// <param name="indented">Whether the text is hard-wrapped copy that indents its paragraphs (<see cref="IndentsParagraphs"/>): then only a blank or indented line starts one.</param>
    public static bool EndsAt(ReadOnlySpan<char> text, int newline, bool indented = false)
    {
        int next = newline + 1;
        if (next >= text.Length || text[next] is '\n' or '\r' or ' ' or '\t')
        {
            return true;
        }

        if (indented)
        {
            return false;
        }

        int lineStart = text[..newline].LastIndexOf('\n') + 1;
        WorkMeter.Add(newline - lineStart + 1);
        ReadOnlySpan<char> line = text[lineStart..newline].TrimEnd();
        return line.Length < WrapWidth || line[^1] is '.' or '!' or '?' or '"' or '”' or ':';
    }

    /// <summary>
    /// Whether <paramref name="text"/> is hard-wrapped copy that indents its paragraphs, as fixed-width wire copy is
    /// (lines of some 65 characters, a paragraph opened by spaces or a tab): at least two indented lines, lines that
    /// continue them, and no line too long to be wrapped, in its head.
    /// </summary>
    public static bool IndentsParagraphs(ReadOnlySpan<char> text)
    {
        ReadOnlySpan<char> head = text[..Math.Min(text.Length, LayoutReach)];
        int indented = 0;
        int continued = 0;
        bool previousHadText = false;
        int p = 0;
        while (p < head.Length && !(indented >= 2 && continued >= indented))
        {
            // A line is looked at no further than a wrapped line can run: a longer one ends the search.
            int reach = Math.Min(head.Length, p + MaxWrappedLine + 1);
            int lineEnd = head[p..reach].IndexOf('\n');
            WorkMeter.Add(reach - p);
            if (lineEnd < 0 && reach < head.Length)
            {
                return false;
            }

            lineEnd = lineEnd < 0 ? head.Length : p + lineEnd;

            ReadOnlySpan<char> line = head[p..lineEnd];
            bool hasText = line.ContainsAnyExcept(' ', '\t', '\r');
            if (hasText && line[0] is ' ' or '\t')
            {
                indented++;
            }
            else if (hasText && previousHadText)
            {
                continued++;
            }

            previousHadText = hasText;
            p = lineEnd + 1;
        }

        return indented >= 2 && continued >= indented;
    }

    /// <summary>Where the next paragraph's text starts after the break at <paramref name="newline"/>.</summary>
    public static int NextParagraphStart(ReadOnlySpan<char> text, int newline)
    {
        int p = newline;
        while (p < text.Length && CharClass.IsSpace(text[p]))
        {
            p++;
        }

        WorkMeter.Add(p - newline);
        return p;
    }
}
