using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>A labelled transcript turn read from the text: the label is its speaker, the colon its cue.</summary>
internal readonly record struct TranscriptTurn(Range Label, Range Colon, int Start, int End);

/// <summary>
/// Finds the labelled transcript turns of a text in order (<see cref="Transcripts"/> reads one), passing over lines
/// without a colon in one search each.
/// </summary>
internal struct TranscriptTurns
{
    private int _scan;
    private int _colonAt;
    private int _colonLine;

    public TranscriptTurns() => _colonAt = -1;

    /// <summary>
    /// The next turn whose paragraph starts before <paramref name="limit"/> and not inside a quote that ends at
    /// <paramref name="quotedEnd"/>, with another turn nearby.
    /// </summary>
    public bool TryNextBefore(ReadOnlySpan<char> text, int limit, int quotedEnd, out TranscriptTurn turn)
    {
        turn = default;
        while (_scan < limit)
        {
            _scan = NextLineWithColon(text);
            if (_scan >= limit)
            {
                break;
            }

            int start = _scan;
            int lineEnd = text[start..].IndexOf('\n');
            _scan = lineEnd < 0 ? text.Length : start + lineEnd + 1;
            WorkMeter.Add(_scan - start);
            start = Transcripts.SkipIndent(text, start);

            if (start >= limit || start < quotedEnd || !Transcripts.TryRead(text, start, out Range label, out Range colon, out int turnStart, out int turnEnd)
                || !Transcripts.HasTurnNearby(text, start, turnEnd))
            {
                continue;
            }

            _scan = turnEnd;
            turn = new TranscriptTurn(label, colon, turnStart, turnEnd);
            return true;
        }

        return false;
    }

    // A label ends with a colon on its line, so lines with none are passed over: the next line holding a colon is found
    // with one search, remembered until the scan passes its colon.
    private int NextLineWithColon(ReadOnlySpan<char> text)
    {
        if (_colonAt < _scan)
        {
            int colon = text[_scan..].IndexOf(':');
            WorkMeter.Add(colon < 0 ? text.Length - _scan : colon + 1);
            if (colon < 0)
            {
                (_colonAt, _colonLine) = (int.MaxValue, text.Length);
            }
            else
            {
                _colonAt = _scan + colon;
                _colonLine = _scan + text[_scan.._colonAt].LastIndexOf('\n') + 1;
                WorkMeter.Add(_colonAt - _colonLine);
            }
        }

        return Math.Max(_colonLine, _scan);
    }
}
