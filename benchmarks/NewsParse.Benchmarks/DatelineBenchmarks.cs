using BenchmarkDotNet.Attributes;

namespace NewsParse.Benchmarks;

// What the dateline step costs within a whole-article parse (the span layer of every parser: dateline, quotes, URLs),
// and against the usual shortcut, a regex taking the first date in the text. The whole-article parse is the baseline,
// so the dateline row's Ratio is its share of the article's cost. Run alone over a corpus larger than the cache, the
// step also waits for the first read of each article's memory, which a whole-article parse pays once whichever step
// reads first; run twice per article, the second run finds the head in cache, so the difference between the two rows
// is the step's own cost.
[MemoryDiagnoser]
public class DatelineBenchmarks : CorpusBenchmarks
{
    [Benchmark(Baseline = true, Description = "Whole article, span layer")]
    public long WholeArticleSpanLayer() => SumOverTexts(WholeArticle.SpanLayer);

    [Benchmark(Description = "Dateline, span layer")]
    public long Dateline() => SumOverTexts(WholeArticle.Dateline);

    [Benchmark(Description = "Dateline, span layer, twice")]
    public long DatelineTwice() => SumOverTexts(static text => WholeArticle.Dateline(text) + WholeArticle.Dateline(text));

    [Benchmark(Description = "First date, Regex")]
    public long FirstDateRegex() => SumOverTexts(static text => RegexDateBaseline.FirstDateOffset(text));
}
