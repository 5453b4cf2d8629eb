using System.Diagnostics;

namespace NewsParse.Benchmarks;

// `--share STEP CORPUS SECONDS`: what one step adds to a whole-article parse, as the parse with every step less the
// parse without it. Both run over every article in alternate passes, so that a machine's drift touches both alike, and
// the minimum and the median pass of each are printed; a step timed alone over a corpus larger than the cache also
// waits for each article's first read, which the whole parse pays once whichever step reads first. Steps: dateline,
// quotes, urls.
public static class StepShare
{
    private static readonly Dictionary<string, Func<string, long>> s_withoutStep = new()
    {
        ["dateline"] = static text => WholeArticle.Quotes(text) + WholeArticle.Urls(text),
        ["quotes"] = static text => WholeArticle.Dateline(text) + WholeArticle.Urls(text),
        ["urls"] = static text => WholeArticle.Dateline(text) + WholeArticle.Quotes(text),
    };

    public static int Run(string step, string corpusName, double seconds)
    {
        if (!s_withoutStep.TryGetValue(step, out Func<string, long>? withoutStep))
        {
            Console.Error.WriteLine($"unknown step '{step}': one of {string.Join(", ", s_withoutStep.Keys)}");
            return 2;
        }

        string[] texts = Corpora.Get(corpusName).Texts;
        List<double> whole = [], without = [];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            whole.Add(NanosecondsPerArticle(texts, WholeArticle.SpanLayer));
            without.Add(NanosecondsPerArticle(texts, withoutStep));
        }

        whole.Sort();
        without.Sort();
        foreach ((string statistic, int index) in new[] { ("minimum", 0), ("median", whole.Count / 2) })
        {
            double added = whole[index] - without[index];
            Console.WriteLine(
                $"{corpusName} {statistic} of {whole.Count} passes: whole article {whole[index]:F0} ns, without {step} " +
                $"{without[index]:F0} ns: {step} adds {added:F0} ns, {added / whole[index]:P1}");
        }

        return 0;
    }

    private static double NanosecondsPerArticle(string[] texts, Func<string, long> parse)
    {
        var pass = Stopwatch.StartNew();
        long sum = 0;
        foreach (string text in texts)
        {
            sum += parse(text);
        }

        GC.KeepAlive(sum);
        return pass.Elapsed.TotalNanoseconds / texts.Length;
    }
}
