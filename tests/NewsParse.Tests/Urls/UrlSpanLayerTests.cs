using System.Text;
using NewsParse.Urls;

namespace NewsParse.Tests.Urls;

/// <summary>The span layer's promises: no allocation, results inside the input and in order, any input accepted.</summary>
public sealed class UrlSpanLayerTests
{
    [Fact]
    public void Classifying_canonical_tags_and_footers_allocates_nothing()
    {
        const string Text = "<link rel=\"canonical\" href=\"https://news.example.com/a\">\nBody text here.\n\nhttps://news.example.com/a\n";
        CountUrls(Text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = CountUrls(Text);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        count.Should().Be(2);
    }

    private const string Article =
        "LONDON, Dec 3 (Reuters) - The regulator published its findings at https://regulator.example.gov.uk/reports/2024 " +
        "and on www.example.org/summary, citing [[1](https://research.example.org/paper)] and a post, pic.twitter.com/AbC123.\n\n" +
        "![Chart](https://img.example.com/chart.png)\n\nRelated: https://news.example.com/earlier\n\nOriginal url:\nhttps://news.example.com/story";

    [Fact]
    public void Enumerating_allocates_nothing()
    {
        string text = string.Concat(Enumerable.Repeat(Article + "\n\n", 20));
        int count = CountUrls(text);
        long before = GC.GetAllocatedBytesForCurrentThread();
        count += CountUrls(text);
        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        allocated.Should().Be(0);
        count.Should().Be(2 * 20 * 7);
    }

    [Fact]
    public void Enumerating_with_emails_allocates_nothing()
    {
        string text = "Write to desk@example.com or visit https://example.com/a. " + Article;
        var options = new UrlOptions { IncludeEmails = true };
        CountUrls(text, options);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int count = CountUrls(text, options);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        count.Should().Be(9);
    }

    [Fact]
    public void An_empty_text_has_no_urls() => CountUrls("").Should().Be(0);

    [Fact]
    public void The_enumerator_stops_and_stays_stopped()
    {
        UrlEnumerator urls = UrlParser.Enumerate("see https://example.com/a");
        urls.MoveNext().Should().BeTrue();
        urls.Current.ToString().Should().Be("https://example.com/a");
        urls.MoveNext().Should().BeFalse();
        urls.MoveNext().Should().BeFalse();
    }

    [Fact]
    public void Text_around_an_article_shifts_offsets_and_changes_nothing_else()
    {
        List<(int Start, string Url)> alone = Find(Article);
        const string Before = "Unrelated copy, 3.5 percent of U.S. output.\n\n";
        List<(int Start, string Url)> embedded = Find(Before + Article + "\n\nEnd of the file.");
        embedded.Should().Equal(alone.Select(u => (u.Start + Before.Length, u.Url)));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    [InlineData(5)]
    public void Random_mixtures_of_url_fragments_never_break_the_rules(int seed)
    {
        string[] pieces =
        [
            "https://", "http://", "www.", ".com", ".co.uk", "example", "/path", "?q=1", "#f", "(", ")", "[", "]", "{", "}",
            "\"", "'", "“", "”", "«", "»", " ", "\n", ".", ",", ":", ";", "@", "mailto:", "//", "_", "-", "—", "…", "。",
            "中国", "рф", "президент", "\u200B", "\u202E", "\0", "\uD83D", "\uDE00", "\uDC00", "e\u0301", "![", "](", "<a href=\"",
            "\">", "<", ">", "Original url:", "Related:", "1.2.3.4", ":8080", "xn--", "%20", "&amp;", "t.co/", "KLM.AS",
        ];
        var random = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            var text = new StringBuilder();
            for (int i = random.Next(1, 60); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string s = text.ToString();
            int previousEnd = 0;
            foreach (UrlMatch url in UrlParser.Enumerate(s, new UrlOptions { IncludeEmails = round % 2 == 0 }))
            {
                url.Start.Should().BeGreaterThanOrEqualTo(previousEnd, "URLs come in order and never overlap in {0}", s);
                url.Length.Should().BeGreaterThan(0);
                url.End.Should().BeLessThanOrEqualTo(s.Length);
                url.ToString().Should().Be(s.Substring(url.Start, url.Length));
                previousEnd = url.End;
            }

            NewsParser.Default.Parse(s).Urls.Select(u => (u.Start, u.Url))
                .Should().Equal(Find(s), "the object layer reports what the span layer finds");
        }
    }

    [Theory]
    [InlineData("(", 200_000)]
    [InlineData(")", 200_000)]
    [InlineData(".", 200_000)]
    [InlineData("a.", 200_000)]
    [InlineData("www.", 100_000)]
    [InlineData("http://", 100_000)]
    [InlineData("http://a.com/(", 100_000)]
    [InlineData("\"", 200_000)]
    [InlineData("@a.", 100_000)]
    [InlineData("中.", 100_000)]
    public void Pathological_inputs_finish(string unit, int repeat)
    {
        string text = string.Concat(Enumerable.Repeat(unit, repeat));
        Action parse = () => CountUrls(text, new UrlOptions { IncludeEmails = true });
        parse.ExecutionTime().Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void A_url_of_nested_parentheses_finishes()
    {
        string text = "https://example.com/" + new string('(', 100_000) + new string(')', 100_000);
        Action parse = () => CountUrls(text);
        parse.ExecutionTime().Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    private static int CountUrls(string text) => CountUrls(text, UrlOptions.Default);

    private static int CountUrls(string text, UrlOptions options)
    {
        int count = 0;
        foreach (UrlMatch url in UrlParser.Enumerate(text, options))
        {
            count += url.Length > 0 ? 1 : 0;
        }

        return count;
    }

    private static List<(int Start, string Url)> Find(string text)
    {
        var found = new List<(int, string)>();
        foreach (UrlMatch url in UrlParser.Enumerate(text))
        {
            found.Add((url.Start, url.ToString()));
        }

        return found;
    }
}
