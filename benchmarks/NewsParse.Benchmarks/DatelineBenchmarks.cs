using BenchmarkDotNet.Attributes;
using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Benchmarks;

// What the dateline step costs within a whole-article parse (the span layer of every parser: dateline, quotes, URLs), and against
// the usual shortcut, a regex taking the first date in the text. The whole-article parse is the baseline, so the
// dateline row's Ratio is its share of the article's cost. Run alone over a corpus larger than the cache, the step also
// waits for the first read of each article's memory, which a whole-article parse pays once whichever step reads first;
// run twice per article, the second run finds the head in cache, so the difference between the two rows is the step's
// own cost.
[MemoryDiagnoser]
public class DatelineBenchmarks
{
    private static readonly DatelineOptions s_options = new() { ReferenceDate = new DateOnly(2024, 12, 10) };

    private string[] _texts = [];

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Sample;

    public static IEnumerable<string> CorpusNames => Corpora.Available;

    [GlobalSetup]
    public void LoadCorpus() => _texts = Corpora.Get(Corpus).Texts;

    [Benchmark(Baseline = true, Description = "Whole article, span layer")]
    public long WholeArticle()
    {
        long sum = 0;
        foreach (string text in _texts)
        {
            sum += DatelineLength(text);

            foreach (QuoteMatch quote in QuoteParser.Enumerate(text))
            {
                sum += quote.Length;
            }

            foreach (UrlMatch url in UrlParser.Enumerate(text))
            {
                sum += url.Length;
            }
        }

        return sum;
    }

    [Benchmark(Description = "Dateline, span layer")]
    public long Dateline()
    {
        long sum = 0;
        foreach (string text in _texts)
        {
            sum += DatelineLength(text);
        }

        return sum;
    }

    [Benchmark(Description = "Dateline, span layer, twice")]
    public long DatelineTwice()
    {
        long sum = 0;
        foreach (string text in _texts)
        {
            sum += DatelineLength(text) + DatelineLength(text);
        }

        return sum;
    }

    [Benchmark(Description = "First date, Regex")]
    public long FirstDateRegex() => RegexDateBaseline.SumFirstDateOffsets(_texts);

    private static int DatelineLength(string text) => DatelineParser.TryParse(text, s_options, out DatelineMatch dateline) ? dateline.Length : 0;
}
