namespace NewsParse.Text;

/// <summary>
/// Paragraph boundaries: a blank line, an indented line (wire copy indents paragraphs), or a line break after a line
/// that ends a sentence or is short. A long line broken mid-sentence is hard-wrapped copy, one paragraph.
/// </summary>
internal static class Paragraphs
{
    private const int WrapWidth = 60;

    /// <summary>Whether the line break at <paramref name="newline"/> ends a paragraph.</summary>
    public static bool EndsAt(ReadOnlySpan<char> text, int newline)
    {
        int next = newline + 1;
        if (next >= text.Length || text[next] is '\n' or '\r' or ' ' or '\t')
        {
            return true;
        }

        int lineStart = text[..newline].LastIndexOf('\n') + 1;
        WorkMeter.Add(newline - lineStart + 1);
        ReadOnlySpan<char> line = text[lineStart..newline].TrimEnd();
        return line.Length < WrapWidth || line[^1] is '.' or '!' or '?' or '"' or '”' or ':';
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
