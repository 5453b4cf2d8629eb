namespace NewsParse.Quotes;

/// <summary>
/// Groups the quotes that make one: a quote continued in the next paragraph, or followed across only its attribution
/// by a quote with none of its own (<c>“A,” he said. “B.”</c>), starts or goes on with a group named by its first quote.
/// </summary>
internal struct QuoteGroups
{
    private int _start;
    private bool _previousContinues;

    public QuoteGroups() => _start = -1;

    /// <summary>Whether the next quote joins the open group: the last one went on in this paragraph, or this has no cue.</summary>
    public readonly bool Joins(bool hasCue) => _start >= 0 && (_previousContinues || !hasCue);

    /// <summary>The group of the quote at <paramref name="index"/>, or -1; whether the next quote continues this one says whether the group stays open.</summary>
    public int Assign(int index, bool joins, bool nextContinues, bool continuesNextParagraph)
    {
        int group = joins ? _start : nextContinues ? index : -1;
        _start = nextContinues ? group : -1;
        _previousContinues = continuesNextParagraph;
        return group;
    }
}
