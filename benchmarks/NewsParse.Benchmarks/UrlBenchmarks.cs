using BenchmarkDotNet.Attributes;

namespace NewsParse.Benchmarks;

// Finding the URLs of every article in a corpus: the naive Regex baseline against both NewsParse layers.
[MemoryDiagnoser]
public class UrlBenchmarks : CorpusBenchmarks
{
    [Benchmark(Baseline = true, Description = "Regex")]
    public long RegexBaseline() => SumOverTexts(RegexUrlBaseline.SumMatchLengths);

    [Benchmark(Description = "NewsParse span layer")]
    public long SpanLayer() => SumOverTexts(WholeArticle.Urls);

    [Benchmark(Description = "NewsParse object layer")]
    public long ObjectLayer() => SumOverTexts(static text => NewsParser.Default.Parse(text).Urls.Count);
}
