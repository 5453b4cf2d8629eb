namespace NewsParse.Quotes;

/// <summary>
/// A turn of an interview or transcript: a paragraph opened by a speaker label — <c>**Host:**</c>, <c>TAPPER:</c>,
/// <c>Q:</c> — with the turn after it on the same line, or in the next paragraph when the label stands alone.
/// </summary>
internal static class Transcripts
{
    private const int MaxLabel = 40;

    // Turns of one exchange may have a paragraph between them: `(BEGIN VIDEO CLIP)`, a reporter's aside.
    private const int MaxParagraphsBetweenTurns = 1;

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

        while (q < text.Length && text[q] is ' ' or '\t')
        {
            q++;
        }

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
    /// Whether another labelled turn opens within a paragraph before the one at <paramref name="start"/> or after the
    /// turn ending at <paramref name="end"/>. Interviews come in exchanges; a label that stands alone opens a headline
    /// (<c>BOOM: Minister answers critics</c>) or a note (<c>PREVIOUSLY:</c>), not a turn.
    /// </summary>
    public static bool HasTurnNearby(ReadOnlySpan<char> text, int start, int end)
    {
        int after = end;
        for (int paragraphs = 0; paragraphs <= MaxParagraphsBetweenTurns; paragraphs++)
        {
            int next = NextParagraph(text, after);
            if (next < 0)
            {
                break;
            }

            if (TryRead(text, next, out _, out _, out _, out _))
            {
                return true;
            }

            after = next;
        }

        int before = start;
        for (int paragraphs = 0; paragraphs <= MaxParagraphsBetweenTurns; paragraphs++)
        {
            int previous = PreviousParagraph(text, before);
            if (previous < 0)
            {
                break;
            }

            if (TryRead(text, previous, out _, out _, out _, out _))
            {
                return true;
            }

            before = previous;
        }

        return false;
    }

    // The first character of the next non-blank line after the line holding `position`, or -1.
    private static int NextParagraph(ReadOnlySpan<char> text, int position)
    {
        int lineEnd = text[position..].IndexOf('\n');
        int p = lineEnd < 0 ? text.Length : position + lineEnd;
        while (p < text.Length && char.IsWhiteSpace(text[p]))
        {
            p++;
        }

        return p < text.Length ? p : -1;
    }

    // The first character (after indentation) of the last non-blank line before the one starting at `lineStart`, or -1.
    private static int PreviousParagraph(ReadOnlySpan<char> text, int lineStart)
    {
        int p = lineStart - 1;
        while (p >= 0 && char.IsWhiteSpace(text[p]))
        {
            p--;
        }

        if (p < 0)
        {
            return -1;
        }

        int start = text[..p].LastIndexOf('\n') + 1;
        while (text[start] is ' ' or '\t')
        {
            start++;
        }

        return start;
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
