using System.Diagnostics;

namespace NewsParse.Benchmarks;

// `--share STEP CORPUS SECONDS`: what one step adds to a whole-article parse, as the parse with every step less the
// parse without it. Both run over every article in rounds of four passes, and the median of the rounds' differences is
// printed with its quartiles: on a shared machine the passes' own times vary by more than a small step costs. A step
// timed alone over a corpus larger than the cache also waits for each article's first read, which the whole parse pays
// once whichever step reads first. Steps: dateline, quotes, urls.
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
        List<double> whole = [], added = [];
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            // In the order with, without, without, with: a drift of the machine's speed during the four passes cancels.
            double with1 = NanosecondsPerArticle(texts, WholeArticle.SpanLayer);
            double without1 = NanosecondsPerArticle(texts, withoutStep);
            double without2 = NanosecondsPerArticle(texts, withoutStep);
            double with2 = NanosecondsPerArticle(texts, WholeArticle.SpanLayer);
            whole.Add((with1 + with2) / 2);
            added.Add((with1 + with2 - without1 - without2) / 2);
        }

        whole.Sort();
        added.Sort();
        double median = added[added.Count / 2];
        Console.WriteLine(
            $"{corpusName}, {added.Count} rounds: whole article {whole[0]:F0} ns at best, {whole[whole.Count / 2]:F0} ns median; " +
            $"{step} adds {median:F0} ns median ({added[added.Count / 4]:F0} to {added[added.Count * 3 / 4]:F0} ns between the " +
            $"quartiles), {median / whole[whole.Count / 2]:P1} of the median parse");
        return 0;
    }

    // One pass of a parse over every text, in nanoseconds per text.
    internal static double NanosecondsPerArticle(string[] texts, Func<string, long> parse)
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
