using NewsParse.Datelines;
using NewsParse.Text;

namespace NewsParse.Quotes;

/// <summary>
/// The head of a text as the quote wing sees it: a headline, whose quotes are not speech, and a dateline, which opens
/// the first sentence but is no part of it (<c>WASHINGTON (AP) — The Senate voted…, saying “…”</c>).
/// </summary>
internal struct TextHead
{
    private readonly int _headlineEnd;

    /// <summary>Reads the head of <paramref name="text"/>.</summary>
    public TextHead(ReadOnlySpan<char> text) => _headlineEnd = HeadlineEnd(text);

    /// <summary>Where the body starts after a dateline, once a speaker found in the head reached into it; 0 before.</summary>
    public int BodyStart { get; private set; }

    /// <summary>Whether a quote opening at <paramref name="open"/> stands in the headline.</summary>
    public readonly bool IsInHeadline(int open) => open < _headlineEnd;

    /// <summary>How far back the sentence holding <paramref name="open"/> may start: not before the body when past its start.</summary>
    public readonly int SentenceFloor(int open) => Math.Max(open >= BodyStart ? BodyStart : 0, open - 400);

    /// <summary>
    /// Whether <paramref name="speaker"/>, found for a quote opening at <paramref name="open"/>, reaches into a dateline
    /// that opens its line; if so the body start moves past the dateline, to <paramref name="bodyStart"/>.
    /// </summary>
    public bool TryPassDateline(ReadOnlySpan<char> text, Range speaker, int open, out int bodyStart)
    {
        bodyStart = 0;
        int start = speaker.Start.Value;
        if (start >= DatelineParser.HeadLength || !MayHoldDateline(text[speaker]))
        {
            return false;
        }

        bodyStart = DatelineParser.BodyStartAt(text, text[..start].LastIndexOf('\n') + 1);
        if (start < bodyStart && bodyStart <= open)
        {
            BodyStart = Math.Max(BodyStart, bodyStart);
            return true;
        }

        return false;
    }

    /// <summary>Whether a dateline opens the text and ends before <paramref name="open"/>, which a speaker found for a quote there may reach into.</summary>
    public readonly bool DatelineOpensBefore(ReadOnlySpan<char> text, int open) =>
        DatelineParser.BodyStartAt(text, 0) is int bodyStart && bodyStart > 0 && bodyStart <= open;

    // A first line followed by more text, short and not ending a sentence, is the headline: its quotes are not speech.
    private static int HeadlineEnd(ReadOnlySpan<char> text)
    {
        int firstBreak = text.IndexOf('\n');

        // Once per text: the search, and at most the rest of the text looked over for anything but white space.
        WorkMeter.Add(text.Length);
        if (firstBreak < 0 || firstBreak > 200 || text[firstBreak..].IsWhiteSpace())
        {
            return 0;
        }

        ReadOnlySpan<char> line = text[..firstBreak].TrimEnd().TrimEnd("\"”’')»›");
        return line.IsEmpty || line[^1] is '.' or '!' or '?' || Sentences.HasEndBetween(text, 0, firstBreak) ? 0 : firstBreak;
    }

    // A speaker that reaches into a dateline starts with its place in capitals or holds its agency or separator.
    private static bool MayHoldDateline(ReadOnlySpan<char> speaker) =>
        (speaker.Length >= 2 && char.IsAsciiLetterUpper(speaker[0]) && char.IsAsciiLetterUpper(speaker[1]))
        || speaker.ContainsAny('(', '—', '–') || speaker.Contains(" - ", StringComparison.Ordinal) || speaker.Contains("--", StringComparison.Ordinal)
        || speaker.Contains(" _ ", StringComparison.Ordinal);
}
