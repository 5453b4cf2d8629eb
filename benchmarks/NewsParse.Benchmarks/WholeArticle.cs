using System.Runtime.CompilerServices;
using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Benchmarks;

// A whole-article parse as a pipeline writes it — the dateline, every quote, every URL — in either layer, with the same
// reference date, and each step of the span layer alone. Each returns a sum over what it found. The steps are never
// inlined into the whole, so that a profiler of a whole-article parse can tell what each step costs within it.
public static class WholeArticle
{
    private static readonly DateOnly s_referenceDate = new(2024, 12, 10);
    private static readonly DatelineOptions s_datelineOptions = new() { ReferenceDate = s_referenceDate };
    private static readonly NewsParser s_parser = new(new NewsParseOptions { ReferenceDate = s_referenceDate });

    public static long SpanLayer(string text) => Dateline(text) + Quotes(text) + Urls(text);

    public static long ObjectLayer(string text)
    {
        NewsArticle article = s_parser.Parse(text);
        return article.Quotes.Count + article.Urls.Count + (article.Dateline is null ? 0 : 1);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long Dateline(string text) =>
        DatelineParser.TryParse(text, s_datelineOptions, out DatelineMatch dateline) ? dateline.Length : 0;

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long Quotes(string text)
    {
        long sum = 0;
        foreach (QuoteMatch quote in QuoteParser.Enumerate(text))
        {
            sum += quote.Length;
        }

        return sum;
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static long Urls(string text)
    {
        long sum = 0;
        foreach (UrlMatch url in UrlParser.Enumerate(text))
        {
            sum += url.Length;
        }

        return sum;
    }
}
