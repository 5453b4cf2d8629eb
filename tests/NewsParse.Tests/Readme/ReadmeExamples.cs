using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using NewsParse.Datelines;
using NewsParse.Json;
using NewsParse.Urls;

using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.Readme;

/// <summary>
/// The code examples of README.md, as tests. Each body between <c>// README:begin NAME</c> and <c>// README:end</c> must
/// stand in the README, unindented, in the code block after <c>&lt;!-- example: NAME --&gt;</c>
/// (<see cref="ReadmeTests"/> checks it), so every example in the README compiles and runs.
/// </summary>
public sealed class ReadmeExamples
{
    [Fact]
    public void SpanLayer()
    {
        // README:begin SpanLayer
        ReadOnlySpan<char> text = "LONDON, Dec 3 (Reuters) - The report is at https://example.org/report.pdf [[1](https://example.org/data)].";
        foreach (UrlMatch url in UrlParser.Enumerate(text))
        {
            // url.Span is a slice of text: nothing is allocated until ToString().
            Console.WriteLine($"{url.Role,-9} {url.Start,4} {url.Span}");
        }
        // Inline      43 https://example.org/report.pdf
        // Citation    79 https://example.org/data
        // README:end
        var found = new List<string>();
        foreach (UrlMatch url in UrlParser.Enumerate(text))
        {
            found.Add($"{url.Role,-9} {url.Start,4} {url.Span}");
        }

        found.Should().Equal("Inline      43 https://example.org/report.pdf", "Citation    79 https://example.org/data");
    }

    [Fact]
    public void DatelineSpanLayer()
    {
        // README:begin DatelineSpanLayer
        string story = "BANK HOLDS RATES\n\nWESTPORT, Conn., Dec. 7 (Reuters) - The bank kept its key rate at 4.5%.";
        var options = new DatelineOptions { ReferenceDate = new DateOnly(2024, 12, 10) };
        if (DatelineParser.TryParse(story, options, out DatelineMatch dateline))
        {
            Console.WriteLine($"{story[dateline.Location]} | {dateline.Agency} | {dateline.Date}");
        }
        // WESTPORT, Conn. | Reuters | 2024-12-07
        // README:end
        $"{story[dateline.Location]} | {dateline.Agency} | {dateline.Date}".Should().Be("WESTPORT, Conn. | Reuters | 2024-12-07");
    }

    [Fact]
    public void ObjectLayer()
    {
        // README:begin ObjectLayer
        NewsArticle article = NewsParser.Default.Parse(File.ReadAllText("samples/wire-story.txt"));
        foreach (SourceUrl url in article.Urls)
        {
            Console.WriteLine($"{url.Role,-9} {url.Url}");
        }
        // README:end
        article.Urls.Select(u => u.Role).Should().Equal(
            UrlRole.Inline, UrlRole.Social, UrlRole.Citation, UrlRole.Citation, UrlRole.Image, UrlRole.Related, UrlRole.Canonical);
    }

    [Fact]
    public void Json()
    {
        // README:begin Json
        NewsArticle article = NewsParser.Default.Parse("SALVADOR, Feb 26 - \"We will sell,\" the minister said.");
        string json = NewsArticleJson.Serialize(article); // the command's JSON: {"dateline":{"text":"SALVADOR, Feb 26 -",…
        NewsArticle read = NewsArticleJson.Deserialize(json);
        // JsonSerializer writes and reads the same shape: the types name their converters.
        // README:end
        json.Should().StartWith("{\"dateline\":{\"text\":\"SALVADOR, Feb 26 -\",");
        read.Quotes.Should().Equal(article.Quotes);
        System.Text.Json.JsonSerializer.Serialize(article, new System.Text.Json.JsonSerializerOptions { Encoder = NewsArticleJson.LineOptions.Encoder })
            .Should().Be(json);
    }

    [Fact]
    public void Utf8SpanLayer()
    {
        // README:begin Utf8SpanLayer
        byte[] bytes = File.ReadAllBytes("samples/wire-story.txt");
        using Utf8Input input = Utf8Input.Decode(bytes); // a pooled buffer: nothing allocated once warm
        foreach (UrlMatch url in UrlParser.Enumerate(input.Chars))
        {
            Range inBytes = input.ToByteRange(url.Range); // bytes[inBytes] is the URL as the file wrote it
            Console.WriteLine(Encoding.UTF8.GetString(bytes[inBytes]));
        }
        // README:end
        input.ToByteRange(..).Should().Be(new Range(0, bytes.Length));
    }

    [Fact]
    public async Task Batches()
    {
        string[] stories = [File.ReadAllText("samples/wire-story.txt"), "SALVADOR, Feb 26 - Cocoa rose."];
        IAsyncEnumerable<string> incoming = stories.ToAsyncEnumerable();
        // README:begin Batches
        foreach (NewsArticle article in NewsParser.Default.ParseMany(stories, maxDegreeOfParallelism: 4))
        {
            Console.WriteLine(article.Dateline?.Location); // in the order of stories
        }

        await foreach (NewsArticle article in NewsParser.Default.ParseManyAsync(incoming, 4, CancellationToken.None))
        {
            Console.WriteLine(article.Urls.Count);
        }
        // README:end
        NewsParser.Default.ParseMany(stories, 4).Select(a => a.Dateline?.Location).Should().Equal("NAIROBI", "SALVADOR");
    }

    [Fact]
    public void Options()
    {
        // README:begin Options
        var parser = new NewsParser(new NewsParseOptions
        {
            ReferenceDate = new DateOnly(2024, 12, 10),
            Urls = new UrlOptions { IncludeEmails = true },
        });
        var urls = parser.Parse("Tips to desk@example.com, please.").Urls; // [desk@example.com], form Email
        // README:end
        urls.Should().ContainSingle().Which.Url.Should().Be("desk@example.com");
    }

    [Fact]
    public void DependencyInjection()
    {
        // README:begin DependencyInjection
        IConfiguration configuration = new ConfigurationBuilder() // in an app, appsettings.json: {"NewsParse": {…}}
            .AddInMemoryCollection(new Dictionary<string, string?> { ["NewsParse:ReferenceDate"] = "2024-12-10" })
            .Build();
        var services = new ServiceCollection();
        services.AddNewsParse(configuration.GetSection("NewsParse"));
        services.PostConfigure<NewsParseOptions>(options => options.Urls = options.Urls with { IncludeEmails = true });
        using ServiceProvider provider = services.BuildServiceProvider();
        INewsParser parser = provider.GetRequiredService<INewsParser>(); // a singleton, thread-safe
        // README:end
        parser.Options.ReferenceDate.Should().Be(new DateOnly(2024, 12, 10));
        parser.Options.Urls.IncludeEmails.Should().BeTrue();
    }

    public ReadmeExamples()
    {
        // The examples read paths relative to the repository root, as a reader running them from a clone would.
        Directory.SetCurrentDirectory(RepositoryRoot.Path);
    }
}
