using BenchmarkDotNet.Attributes;

namespace NewsParse.Benchmarks;

// What every benchmark class shares: one case per corpus this machine can run, the corpus's texts loaded once, and a
// loop that sums a parse over every text (the sum keeps the work from being optimised away).
public abstract class CorpusBenchmarks
{
    private string[] _texts = [];

    [ParamsSource(nameof(CorpusNames))]
    public string Corpus { get; set; } = Corpora.Sample;

    public static IEnumerable<string> CorpusNames => Corpora.Available;

    [GlobalSetup]
    public void LoadCorpus() => _texts = Corpora.Get(Corpus).Texts;

    protected long SumOverTexts(Func<string, long> parse)
    {
        long sum = 0;
        foreach (string text in _texts)
        {
            sum += parse(text);
        }

        return sum;
    }
}
