using FluentAssertions;
using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;
using NewsParse.Tests.Infrastructure;
using Xunit;

namespace NewsParse.Tests;

// What a parse costs in memory: the span layer nothing at all, the object layer little beyond the strings it returns.
public class AllocationTests
{
    private static readonly string[] s_articles =
    [
        """
        PORT ELLIS SETS RECORD FOR CARGO

            PORT ELLIS, March 4 (Reuters) - The port authority said on Tuesday that cargo rose 3.5 percent in February.
        "We are not out of the woods yet," said chief executive Dana Morrow. "But the trend is clear."
            Morrow added that figures were posted at https://www.portellis.example.com/news/2025/cargo.html and on
        portellis.gov.uk, and that the board would meet on March 20.
        """,
        """
        Lawmakers pass budget after six-week standoff

        June 18, 2025

        NEW CARTHAGE (AP) — Lawmakers voted 61-38 on Wednesday to approve the budget. Governor Elena Ruiz, who had
        threatened a veto, said she would sign it “without delay.” “This is a budget for families,” she told
        reporters. Her office linked to a summary at http://budget.newcarthage.gov/fy2026/summary?lang=en.

        Ruiz said: “We kept every promise.”
        """,
        """
        Transcript: the minister on the harvest

        HOST: Will prices rise this winter?

        MINISTER OSEI: Not if the harvest holds. We have said so since spring.

        HOST: And if it fails?

        MINISTER OSEI: Then we will import, as we did in 2019. See www.agriculture.example.org for the plan.
        """,
    ];

    private static readonly DatelineOptions s_datelineOptions = new() { ReferenceDate = new DateOnly(2025, 12, 1) };

    [Fact]
    public void WholeArticleSpanLayer_AllocatesNothing()
    {
        long found = ParseAll();
        long before = GC.GetAllocatedBytesForCurrentThread();
        found += ParseAll();
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        found.Should().BeGreaterThan(0);
    }

    [Fact]
    public void WholeArticleSpanLayerOverUtf8_AllocatesNothing()
    {
        byte[][] utf8 = [.. s_articles.Select(System.Text.Encoding.UTF8.GetBytes)];
        long found = ParseAllUtf8(utf8);
        long before = GC.GetAllocatedBytesForCurrentThread();
        found += ParseAllUtf8(utf8);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        found.Should().BeGreaterThan(0);
    }

    [Fact]
    public void ObjectLayer_AllocatesAtMostTwiceTheStringsItReturns()
    {
        var parser = new NewsParser(new NewsParseOptions { ReferenceDate = new DateOnly(2025, 12, 1) });
        foreach (string article in s_articles)
        {
            parser.Parse(article);
            long before = GC.GetAllocatedBytesForCurrentThread();
            NewsArticle parsed = parser.Parse(article);
            long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            long strings = StringBytes(parsed);
            strings.Should().BeGreaterThan(0);
            allocated.Should().BeLessThanOrEqualTo(2 * strings, "the object layer adds records and arrays to the strings it returns");
        }
    }

    [SharedCorpusTheory]
    [InlineData("bbc")]
    [InlineData("polnear")]
    [InlineData("reuters21578")]
    public void ObjectLayer_AllocatesAtMostTwiceTheStringsItReturns_OnRealArticles(string corpus)
    {
        var parser = new NewsParser(new NewsParseOptions { ReferenceDate = new DateOnly(2025, 12, 1) });
        string[] articles = SharedCorpus.ReadLines($"{corpus}/articles.jsonl").Select(line => line.GetProperty("text").GetString()!).ToArray();
        parser.Parse(articles[0]);
        long allocated = 0, strings = 0;
        foreach (string article in articles)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            NewsArticle parsed = parser.Parse(article);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
            strings += StringBytes(parsed);
        }

        allocated.Should().BeLessThanOrEqualTo(2 * strings, $"over {articles.Length} articles the strings returned take {strings:N0} bytes");
    }

    private static long ParseAll()
    {
        long found = 0;
        foreach (string article in s_articles)
        {
            found += DatelineParser.TryParse(article, s_datelineOptions, out DatelineMatch dateline) ? dateline.Length : 0;
            foreach (QuoteMatch quote in QuoteParser.Enumerate(article))
            {
                found += quote.Length;
            }

            foreach (UrlMatch url in UrlParser.Enumerate(article))
            {
                found += url.Length;
            }
        }

        return found;
    }

    // The span layer over UTF-8: each article decoded into a pooled buffer, every finding mapped back to its bytes.
    private static long ParseAllUtf8(byte[][] articles)
    {
        long found = 0;
        foreach (byte[] article in articles)
        {
            using Utf8Input input = Utf8Input.Decode(article);
            if (DatelineParser.TryParse(input.Chars, s_datelineOptions, out DatelineMatch dateline))
            {
                found += input.ToByteRange(dateline.Range).End.Value;
            }

            foreach (QuoteMatch quote in QuoteParser.Enumerate(input.Chars))
            {
                found += input.ToByteRange(quote.Range).End.Value;
            }

            foreach (UrlMatch url in UrlParser.Enumerate(input.Chars))
            {
                found += input.ToByteRange(url.Range).End.Value;
            }
        }

        return found;
    }

    private static long StringBytes(NewsArticle article)
    {
        IEnumerable<string?> strings = article.Quotes.SelectMany(quote => new[] { quote.Text, quote.Speaker, quote.SpeakerResolved, quote.Cue })
            .Concat(article.Urls.Select(url => url.Url));
        if (article.Dateline is { } dateline)
        {
            strings = strings.Concat([dateline.Text, dateline.Location, dateline.City, dateline.Region, dateline.Agency, dateline.TimeZone]);
        }

        return strings.OfType<string>().Sum(StringSize);
    }

    // A string's size on the 64-bit heap: header, method table, length, the characters and a terminator, in 8-byte units.
    private static long StringSize(string value) => (22 + (2L * value.Length) + 7) & ~7L;
}
