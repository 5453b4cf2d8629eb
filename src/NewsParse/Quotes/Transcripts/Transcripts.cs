using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>
/// A turn of an interview or transcript: a paragraph opened by a speaker label — <c>**Host:**</c>, <c>TAPPER:</c>,
/// <c>Q:</c> — with the turn after it on the same line, or in the next paragraph when the label stands alone.
/// </summary>
internal static class Transcripts
{
    private const int MaxLabel = 40;

    // Turns of one exchange may have a little text between them: `(BEGIN VIDEO CLIP)`, a reporter's aside.
    private const int MaxGapBetweenTurns = 500;

    // Capitalised words that open notes, not turns.
    private static readonly string[] s_notLabels =
    [
        "NOTE", "EDITOR'S NOTE", "UPDATE", "UPDATED", "CORRECTION", "RELATED", "SOURCE", "SOURCES", "PHOTO", "VIDEO",
        "WATCH", "READ MORE", "READ", "SEE", "ALSO", "WARNING", "BREAKING", "EXCLUSIVE", "ANALYSIS", "OPINION", "LIVE",
    ];

    /// <summary>Reads a labelled turn in the paragraph that starts at <paramref name="start"/>.</summary>
    /// <returns>Whether there is one; <paramref name="label"/> is the speaker, <paramref name="colon"/> the cue, <paramref name="turnStart"/>..<paramref name="turnEnd"/> the turn.</returns>
    public static bool TryRead(ReadOnlySpan<char> text, int start, out Range label, out Range colon, out int turnStart, out int turnEnd)
    {
        label = colon = default;
        turnStart = turnEnd = start;
        WorkMeter.Add(1);
        int p = start;
        bool bold = text[p..].StartsWith("**");
        if (bold)
        {
            p += 2;
        }

        int labelStart = p;
        int limit = Math.Min(text.Length, p + MaxLabel);
        int c = text[p..limit].IndexOfAny(':', '\n');
        if (c <= 0 || text[p + c] != ':')
        {
            return false;
        }

        int labelEnd = p + c;
        ReadOnlySpan<char> name = text[labelStart..labelEnd];
        if (!IsLabel(name, bold))
        {
            return false;
        }

        int q = labelEnd + 1;
        if (bold && text[q..].StartsWith("**"))
        {
            q += 2;
        }
        else if (bold)
        {
            return false;
        }

        int afterLabel = q;
        q = SkipIndent(text, q);

        // A label alone on its line: the turn is the next paragraph.
        if (q >= text.Length || text[q] is '\n' or '\r')
        {
            while (q < text.Length && char.IsWhiteSpace(text[q]))
            {
                q++;
            }
        }

        int end = text[q..].IndexOf('\n');
        end = end < 0 ? text.Length : q + end;
        WorkMeter.Add(end - afterLabel);
        while (end > q && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end <= q)
        {
            return false;
        }

        label = new Range(labelStart, labelEnd);
        colon = new Range(labelEnd, labelEnd + 1);
        turnStart = q;
        turnEnd = end;
        return true;
    }

    /// <summary>
    /// Whether another labelled turn ends within a short gap before the paragraph at <paramref name="start"/>, or opens
    /// within one after the turn ending at <paramref name="end"/>. Interviews come in exchanges, with at most a line
    /// such as <c>(BEGIN VIDEO CLIP)</c> or an aside between turns; a label that stands alone opens a headline
    /// (<c>BOOM: Minister answers critics</c>) or a note (<c>PREVIOUSLY:</c>), not a turn.
    /// </summary>
    public static bool HasTurnNearby(ReadOnlySpan<char> text, int start, int end)
    {
        for (int line = NextLineStart(text, end); line >= 0 && line - end <= MaxGapBetweenTurns; line = NextLineStart(text, line))
        {
            if (TryRead(text, SkipIndent(text, line), out _, out _, out _, out _))
            {
                return true;
            }
        }

        // A turn before ends no later than the first line of text after its label, so the walk back stops at the first
        // line of text that ends too far before this one (blank lines between a label and its turn do not count).
        int lineStart = text[..start].LastIndexOf('\n') + 1;
        WorkMeter.Add(start - lineStart);
        while (lineStart > 0)
        {
            int lineEnd = lineStart - 1;
            lineStart = text[..lineEnd].LastIndexOf('\n') + 1;
            WorkMeter.Add(lineEnd - lineStart + 1);
            if (TryRead(text, SkipIndent(text, lineStart), out _, out _, out _, out int turnEnd) && start - turnEnd <= MaxGapBetweenTurns)
            {
                return true;
            }

            if (start - lineEnd > MaxGapBetweenTurns && !text[lineStart..lineEnd].IsWhiteSpace())
            {
                break;
            }
        }

        return false;
    }

    // The start of the line after the one holding `position`, or -1 at the end of the text.
    private static int NextLineStart(ReadOnlySpan<char> text, int position)
    {
        int lineEnd = text[position..].IndexOf('\n');
        WorkMeter.Add(lineEnd < 0 ? text.Length - position : lineEnd + 1);
        return lineEnd < 0 ? -1 : position + lineEnd + 1;
    }

    /// <summary>Whether the line starting at <paramref name="lineStart"/> opens a turn of an exchange: a label, and another turn nearby.</summary>
    public static bool OpensTurn(ReadOnlySpan<char> text, int lineStart)
    {
        int start = SkipIndent(text, lineStart);
        return start < text.Length && TryRead(text, start, out _, out _, out _, out int turnEnd) && HasTurnNearby(text, start, turnEnd);
    }

    /// <summary>The first character at or after <paramref name="p"/> that is not a space or a tab.</summary>
    public static int SkipIndent(ReadOnlySpan<char> text, int p)
    {
        int from = p;
        while (p < text.Length && text[p] is ' ' or '\t')
        {
            p++;
        }

        WorkMeter.Add(p - from);
        return p;
    }

    // `Host`, `Dr. Carter` in bold; `TAPPER`, `SEN. SMITH`, `Q`, `A` in capitals.
    private static bool IsLabel(ReadOnlySpan<char> name, bool bold)
    {
        if (name.IsEmpty || !char.IsUpper(name[0]) || name.Length > MaxLabel)
        {
            return false;
        }

        int words = 1;
        bool lower = false;
        foreach (char ch in name)
        {
            if (ch == ' ')
            {
                words++;
            }
            else if (char.IsLower(ch))
            {
                lower = true;
            }
            else if (!(char.IsLetter(ch) || ch is '.' or '\'' or '’' or '-'))
            {
                return false;
            }
        }

        foreach (string note in s_notLabels)
        {
            if (name.Equals(note, StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }

        return words <= 4 && (bold || !lower);
    }
}
