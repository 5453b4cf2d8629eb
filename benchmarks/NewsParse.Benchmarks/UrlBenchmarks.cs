using BenchmarkDotNet.Attributes;
using NewsParse.Urls;

namespace NewsParse.Benchmarks;

// Finding the URLs of every article in a corpus: the naive Regex baseline against both NewsParse layers. Each method
// returns a sum over every text so the work cannot be optimised away.
[MemoryDiagnoser]
public class UrlBenchmarks
{
    private string[] _texts = [];

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Sample;

    public static IEnumerable<string> CorpusNames => Corpora.Available;

    [GlobalSetup]
    public void LoadCorpus() => _texts = Corpora.Get(Corpus).Texts;

    [Benchmark(Baseline = true, Description = "Regex")]
    public long RegexBaseline() => RegexUrlBaseline.SumMatchLengths(_texts);

    [Benchmark(Description = "NewsParse span layer")]
    public long SpanLayer()
    {
        long sum = 0;
        foreach (string text in _texts)
        {
            foreach (UrlMatch url in UrlParser.Enumerate(text))
            {
                sum += url.Length;
            }
        }

        return sum;
    }

    [Benchmark(Description = "NewsParse object layer")]
    public long ObjectLayer()
    {
        long count = 0;
        foreach (string text in _texts)
        {
            count += NewsParser.Default.Parse(text).Urls.Count;
        }

        return count;
    }
}
