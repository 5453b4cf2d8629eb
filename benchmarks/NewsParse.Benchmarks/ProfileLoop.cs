using System.Diagnostics;

namespace NewsParse.Benchmarks;

// `--loop STEP CORPUS SECONDS`: runs one step over every text of a corpus again and again, for a profiler to watch
// (benchmarks/profile.sh runs it under perf), and prints the best pass in MB/s and in ns per text. Steps: article (the
// span layer of every parser), object (the object layer), dateline, quotes, urls, scan (the scan limit).
public static class ProfileLoop
{
    private static readonly Dictionary<string, Func<string, long>> s_steps = new()
    {
        ["article"] = WholeArticle.SpanLayer,
        ["object"] = WholeArticle.ObjectLayer,
        ["dateline"] = WholeArticle.Dateline,
        ["quotes"] = WholeArticle.Quotes,
        ["urls"] = WholeArticle.Urls,
        ["scan"] = ScanLimit.CountStops,
    };

    public static int Run(string step, string corpusName, double seconds)
    {
        if (!s_steps.TryGetValue(step, out Func<string, long>? parse))
        {
            Console.Error.WriteLine($"unknown step '{step}': one of {string.Join(", ", s_steps.Keys)}");
            return 2;
        }

        Corpus corpus = Corpora.Get(corpusName);
        var total = Stopwatch.StartNew();
        double best = double.MaxValue;
        long sum = 0;
        while (total.Elapsed.TotalSeconds < seconds)
        {
            var pass = Stopwatch.StartNew();
            sum = 0;
            foreach (string text in corpus.Texts)
            {
                sum += parse(text);
            }

            best = Math.Min(best, pass.Elapsed.TotalSeconds);
        }

        Console.WriteLine($"{step} over {corpusName}: best pass {corpus.Utf8Bytes / best / 1e6:F0} MB/s, {best * 1e9 / corpus.Texts.Length:F0} ns per text (sum {sum})");
        return 0;
    }
}
