using System.Text.RegularExpressions;

namespace NewsParse.Benchmarks;

// The shortcut many pipelines take for a dateline: the first month-and-day in the text, by a compiled Regex. It reads
// until it finds one, so its cost grows with the article where the dateline parser's does not.
public static class RegexDateBaseline
{
    private static readonly Regex s_firstDate = new(
        @"\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}\b",
        RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.IgnoreCase);

    // Where the first month-and-day of the text is, or -1.
    public static int FirstDateOffset(string text)
    {
        Match match = s_firstDate.Match(text);
        return match.Success ? match.Index : -1;
    }
}
