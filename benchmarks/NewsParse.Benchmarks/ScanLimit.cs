using System.Buffers;

namespace NewsParse.Benchmarks;

// The scan limit: one vectorised IndexOfAny pass over the text for every character a parser must stop at — the quote
// marks, the line break and the start of a tag that quote pairing watches, and the colon and point that URL
// scanning starts from. Doing the three jobs cannot cost less than visiting each of these once.
public static class ScanLimit
{
    public static readonly SearchValues<char> StopCharacters = SearchValues.Create("\"“”„«»‹›「」『』‘’'\n<:.");

    // How many stop characters the text holds.
    public static long CountStops(string text)
    {
        long count = 0;
        ReadOnlySpan<char> rest = text;
        int hit;
        while ((hit = rest.IndexOfAny(StopCharacters)) >= 0)
        {
            count++;
            rest = rest[(hit + 1)..];
        }

        return count;
    }
}
