using BenchmarkDotNet.Attributes;

namespace NewsParse.Benchmarks;

// The whole article — dateline, quotes with attribution, URLs — against the naive Regex pipeline doing the same three
// jobs (the baseline) and the scan limit, a single IndexOfAny pass over the same text.
[MemoryDiagnoser]
public class ArticleBenchmarks : CorpusBenchmarks
{
    [Benchmark(Description = "Scan limit, IndexOfAny")]
    public long ScanLimitPass() => SumOverTexts(ScanLimit.CountStops);

    [Benchmark(Baseline = true, Description = "Regex pipeline")]
    public long RegexPipeline() => SumOverTexts(RegexPipelineBaseline.Parse);

    [Benchmark(Description = "NewsParse span layer")]
    public long SpanLayer() => SumOverTexts(WholeArticle.SpanLayer);

    [Benchmark(Description = "NewsParse object layer")]
    public long ObjectLayer() => SumOverTexts(WholeArticle.ObjectLayer);
}
