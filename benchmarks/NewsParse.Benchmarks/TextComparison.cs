using System.Diagnostics;

namespace NewsParse.Benchmarks;

// `--versus-texts OTHER_BUILD STEP CORPUS`: where the difference between this build and another lies, article by
// article. Each article is parsed ten times by one build and ten by the other, in turn, over eight rounds, and each
// build's quickest round kept: an article parsed again and again stays in the cache, so what is compared is the parsers'
// own work, without the wait for memory that a pass over a corpus larger than the cache adds to both builds alike. Prints
// the difference per article, the share of it the articles that differ most hold, and those articles by their index in
// the corpus (`--loop STEP CORPUS:INDEX SECONDS` parses one again and again for a profiler).
public static class TextComparison
{
    private const int Repeats = 10;
    private const int Rounds = 8;
    private const int Listed = 15;

    public static int Run(string otherBuild, string step, string corpusName)
    {
        if (!BuildComparison.TryLoad(otherBuild, step, out Func<string, long> mine, out Func<string, long> other))
        {
            return 2;
        }

        string[] texts = Corpora.Get(corpusName).Texts;

        // Both compiled at their final tier before anything is measured, however few the articles.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed.TotalSeconds < 2)
        {
            foreach (string text in texts)
            {
                mine(text);
                other(text);
            }
        }

        double[] mineTimes = [.. texts.Select(_ => double.MaxValue)];
        double[] otherTimes = [.. mineTimes];
        for (int round = 0; round < Rounds; round++)
        {
            for (int i = 0; i < texts.Length; i++)
            {
                // The article is read into the cache before either build is timed, and the builds take turns to go
                // first: the one timed first would otherwise pay for the reading alone.
                mine(texts[i]);
                other(texts[i]);
                if (round % 2 == 0)
                {
                    mineTimes[i] = Math.Min(mineTimes[i], Nanoseconds(texts[i], mine));
                    otherTimes[i] = Math.Min(otherTimes[i], Nanoseconds(texts[i], other));
                }
                else
                {
                    otherTimes[i] = Math.Min(otherTimes[i], Nanoseconds(texts[i], other));
                    mineTimes[i] = Math.Min(mineTimes[i], Nanoseconds(texts[i], mine));
                }
            }
        }

        double difference = mineTimes.Sum() - otherTimes.Sum();
        Console.WriteLine(
            $"{step} over {corpusName}, each article in cache: this build {mineTimes.Average():F0} ns per article, the other " +
            $"{otherTimes.Average():F0}; this minus the other {difference / texts.Length:+0;-0} ns ({difference / otherTimes.Sum():+0.0%;-0.0%})");
        int[] byDifference = [.. Enumerable.Range(0, texts.Length).OrderByDescending(i => Math.Abs(mineTimes[i] - otherTimes[i]))];

        // A share of a difference within the timer's reach of none means nothing.
        if (Math.Abs(difference) >= texts.Length)
        {
            foreach (int top in new[] { 10, 100, texts.Length / 10, texts.Length / 4 }.Where(top => top > 0 && top < texts.Length).Distinct().Order())
            {
                double held = byDifference.Take(top).Sum(i => mineTimes[i] - otherTimes[i]);
                Console.WriteLine($"  the {top} articles that differ most hold {held / difference:0%} of it");
            }
        }

        foreach (int i in byDifference.Take(Listed))
        {
            Console.WriteLine($"  {corpusName}:{i,-6} {texts[i].Length,7} chars  this {mineTimes[i],8:F0} ns  the other {otherTimes[i],8:F0}  {mineTimes[i] - otherTimes[i],+8:+0;-0}");
        }

        return 0;
    }

    private static double Nanoseconds(string text, Func<string, long> parse)
    {
        var clock = Stopwatch.StartNew();
        for (int i = 0; i < Repeats; i++)
        {
            parse(text);
        }

        return clock.Elapsed.TotalNanoseconds / Repeats;
    }
}
