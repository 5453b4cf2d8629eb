using System.Text.RegularExpressions;

namespace NewsParse.Benchmarks;

// The naive quote extractor: text between curly or straight double quotes, then a speech verb and a capitalised name
// (or a pronoun) right after the closing mark — `"…," said Ama Osei` or `"…," Osei said`. No pairing rules, no
// attribution before the quote, no nesting, no transcripts: what a pipeline writes before it reaches for NewsParse.
public static class RegexQuoteBaseline
{
    private const string Verb = "(?:said|says|told|added|asked|wrote)";
    private const string Name = @"(?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|he|she|they)";

    private static readonly Regex s_quote = new(
        "“[^”\n]{1,600}”|\"[^\"\n]{1,600}\"", RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // Anchored at the closing mark by \G: only the words right after the quote are looked at.
    private static readonly Regex s_speaker = new(
        $@"\G[,.]?\s{{0,3}}(?:{Verb} {Name}|{Name} {Verb})",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    // The quotes of one text with their attribution: the sum of the quoted and speaker lengths.
    public static long SumQuotes(string text)
    {
        long sum = 0;
        foreach (ValueMatch quote in s_quote.EnumerateMatches(text))
        {
            sum += quote.Length;
            foreach (ValueMatch speaker in s_speaker.EnumerateMatches(text, quote.Index + quote.Length))
            {
                sum += speaker.Length;
                break;
            }
        }

        return sum;
    }
}
