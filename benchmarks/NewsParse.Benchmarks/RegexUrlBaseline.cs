using System.Text.RegularExpressions;

namespace NewsParse.Benchmarks;

// The naive baseline: what one would write in an afternoon with `Regex`. Scheme URLs, `www.` URLs and bare domains
// ending in a short list of common TLDs, each with an optional path. Compiled at run time, deliberately not
// `[GeneratedRegex]`: this is the code NewsParse is meant to replace.
public static class RegexUrlBaseline
{
    private const string PathPart = @"(?:/[^\s<>""'()\[\]{}]*)?";

    private const string Pattern =
        @"\b(?:" +
        @"(?:https?|ftp)://[^\s<>""'()\[\]{}]+" +
        @"|www\.[a-z0-9-]+(?:\.[a-z0-9-]+)+" + PathPart +
        @"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|gov|edu|int|mil|info|biz|io|co|uk|us|eu|de|fr|ca|au|news)\b" + PathPart +
        @")";

    private static readonly Regex s_url = new(
        Pattern, RegexOptions.Compiled | RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    // Sums the lengths of the matches in one text, without allocating a `Match`.
    public static long SumMatchLengths(string text)
    {
        long sum = 0;
        foreach (ValueMatch match in s_url.EnumerateMatches(text))
        {
            sum += match.Length;
        }

        return sum;
    }

    // Counts the matches in every text (for `--counts`, not timed).
    public static long CountMatches(string[] texts)
    {
        long count = 0;
        foreach (string text in texts)
        {
            count += s_url.Count(text);
        }

        return count;
    }
}
