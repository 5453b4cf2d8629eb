namespace NewsParse.Benchmarks;

// The three jobs done the naive way, one Regex each over the whole text: the first date for the dateline, quotes
// with the name after them, and URLs.
public static class RegexPipelineBaseline
{
    public static long Parse(string text) =>
        RegexDateBaseline.FirstDateOffset(text) + RegexQuoteBaseline.SumQuotes(text) + RegexUrlBaseline.SumMatchLengths(text);
}
