namespace NewsParse.Text;

/// <summary>
/// <see cref="Sentences.StartBefore"/> for a run of lookups over one text whose positions move forward, a few per quote.
/// What the lookups have walked back over is remembered — a stretch holding no sentence end, and whether one ends just
/// before it — so that close lookups walk each character once. Without it a text of sentence-like marks between quotes
/// (<c>„.„.„.</c>) is walked over hundreds of times per character.
/// </summary>
internal struct SentenceStarts
{
    // Further on than this from the last lookup, a lookup walks its own window: what is remembered lies below it.
    private const int Reach = 400;

    // No sentence ends in [_known, _position); when _endBefore, one ends at _known - 1.
    private int _position;
    private int _known;
    private bool _endBefore;

    /// <summary>Makes an empty memory: the first lookup walks its whole window.</summary>
    public SentenceStarts() => _position = -1;

    /// <summary>Where the sentence holding <paramref name="p"/> starts, looking back no further than <paramref name="limit"/> (see <see cref="Sentences.StartBefore"/>).</summary>
    public int StartBefore(ReadOnlySpan<char> text, int p, int limit, bool wrapped = false)
    {
        // A window that starts at or past its position is empty: what is remembered must not reach past a position.
        if (limit >= p)
        {
            return limit;
        }

        if (_position < 0 || p < _position || p - _position > Reach)
        {
            int found = Sentences.StartBefore(text, p, limit, wrapped);
            (_position, _known, _endBefore) = (p, found, found > limit);
            return found;
        }

        // The text since the last lookup, whatever the window: then every character is walked once.
        int start = Sentences.StartBefore(text, p, _position, wrapped);
        if (start > _position)
        {
            (_position, _known, _endBefore) = (p, start, true);
            return Math.Max(start, limit);
        }

        _position = p;
        if (limit >= _known)
        {
            return limit;
        }

        if (_endBefore)
        {
            return _known;
        }

        start = Sentences.StartBefore(text, _known, limit, wrapped);
        (_known, _endBefore) = (start, start > limit);
        return start;
    }
}
