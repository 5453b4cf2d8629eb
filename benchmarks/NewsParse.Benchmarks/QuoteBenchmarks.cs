using BenchmarkDotNet.Attributes;

namespace NewsParse.Benchmarks;

// Finding the quotes of every article with their attribution: the naive Regex extractor (the baseline) against the
// span layer. The span layer pairs every kind of mark and attributes quotes on either side; the Regex does far less.
[MemoryDiagnoser]
public class QuoteBenchmarks : CorpusBenchmarks
{
    [Benchmark(Baseline = true, Description = "Regex")]
    public long RegexBaseline() => SumOverTexts(RegexQuoteBaseline.SumQuotes);

    [Benchmark(Description = "NewsParse span layer")]
    public long SpanLayer() => SumOverTexts(WholeArticle.Quotes);
}
