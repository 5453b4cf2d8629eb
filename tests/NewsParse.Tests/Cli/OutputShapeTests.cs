using System.Text.Json;
using NewsParse.Cli;
using NewsParse.Json;
using NewsParse.Urls;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

public sealed class OutputShapeTests
{
    public static TheoryData<string> Articles => new()
    {
        "BRUSSELS, May 14 (Wire) - Ministers agreed late on Tuesday to extend the grain corridor, according to a "
            + "statement posted at https://council.example.eu/press/2025/05/14/grain.\n\n"
            + "Original url: https://wire.example.com/world/europe/grain-corridor-2025-05-14/",
        "OSLO - The fisheries agency said catches fell for a third year. Details: www.example.no/fiskeri/rapport-2025 "
            + "and the annex at https://data.example.no/annex.csv.\nRelated:\nhttps://wire.example.com/oslo/quotas",
        "No links at all in this short item about a regional council vote that passed 7-2.",
        "ACCRA, June 2 (Wire) - The central bank kept its policy rate at 27% [[1](https://bank.example.gh/mpc/june)]. "
            + "Photo: ![governor](https://img.example.com/accra/governor.jpg) Follow pic.twitter.com/Ab12Cd34",
    };

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task File_gives_one_line_with_contract_keys_in_order(string article)
    {
        using var temp = new TempDirectory();
        string path = temp.Write("story.txt", article);

        CliResult result = await CliHarness.RunAsync(path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Stderr.Should().BeEmpty();
        result.Stdout.Should().EndWith("\n").And.NotContain("\r");
        result.Lines.Should().ContainSingle();
        JsonElement document = result.Documents[0];
        document.EnumerateObject().Select(p => p.Name).Should().Equal("id", "dateline", "quotes", "urls");
        document.GetProperty("id").GetString().Should().Be(path);
        document.GetProperty("quotes").GetArrayLength().Should().Be(0);
        JsonElement dateline = document.GetProperty("dateline");
        if (NewsParser.Default.Parse(article).Dateline is not { } expected)
        {
            dateline.ValueKind.Should().Be(JsonValueKind.Null);
            return;
        }

        dateline.EnumerateObject().Select(p => p.Name).Should().Equal("text", "start", "length", "location", "agency", "date", "time");
        dateline.GetProperty("text").GetString().Should().Be(expected.Text);
        dateline.GetProperty("start").GetInt32().Should().Be(expected.Start);
        dateline.GetProperty("length").GetInt32().Should().Be(expected.Length);
    }

    [Fact]
    public async Task The_dateline_is_written_as_the_contract_shows_it()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("doha.txt", "DOHA, Qatar, Dec. 7 (Reuters) - Foreign ministers met on Saturday.");

        CliResult result = await CliHarness.RunAsync("--reference-date", "2024-12-10", path);

        result.Stdout.Should().Contain(
            "\"dateline\":{\"text\":\"DOHA, Qatar, Dec. 7 (Reuters) -\",\"start\":0,\"length\":31,\"location\":\"DOHA, Qatar\","
            + "\"agency\":\"Reuters\",\"date\":\"2024-12-07\",\"time\":null}");
    }

    [Fact]
    public async Task A_header_date_line_gives_its_time_and_no_place()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("talks.txt", "Talks resume\n\nDecember 4, 2024 Hour: 1:34 pm\n\nThe ministers met.");

        CliResult result = await CliHarness.RunAsync(path);

        JsonElement dateline = result.Documents[0].GetProperty("dateline");
        dateline.GetProperty("date").GetString().Should().Be("2024-12-04");
        dateline.GetProperty("time").GetString().Should().Be("13:34");
        dateline.GetProperty("location").ValueKind.Should().Be(JsonValueKind.Null);
    }

    [Fact]
    public async Task Numeric_dates_follow_the_date_order_option()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("talks.txt", "Talks resume\n\nUpdated 12/07/2024\n\nThe ministers met.");

        CliResult guessed = await CliHarness.RunAsync(path);
        CliResult dayFirst = await CliHarness.RunAsync("--date-order", "day-first", path);

        guessed.Documents[0].GetProperty("dateline").GetProperty("date").ValueKind.Should().Be(JsonValueKind.Null);
        dayFirst.Documents[0].GetProperty("dateline").GetProperty("date").GetString().Should().Be("2024-07-12");
    }

    [Theory]
    [MemberData(nameof(Articles))]
    public async Task Urls_are_the_library_results_with_offsets_into_the_text(string article)
    {
        using var temp = new TempDirectory();
        string path = temp.Write("story.txt", article);
        IReadOnlyList<SourceUrl> expected = NewsParser.Default.Parse(article).Urls;

        CliResult result = await CliHarness.RunAsync(path);

        JsonElement[] urls = result.Documents[0].GetProperty("urls").EnumerateArray().ToArray();
        urls.Should().HaveCount(expected.Count);
        for (int i = 0; i < urls.Length; i++)
        {
            urls[i].EnumerateObject().Select(p => p.Name).Should().Equal("url", "start", "length", "role");
            string url = urls[i].GetProperty("url").GetString()!;
            int start = urls[i].GetProperty("start").GetInt32();
            int length = urls[i].GetProperty("length").GetInt32();
            url.Should().Be(expected[i].Url);
            start.Should().Be(expected[i].Start);
            length.Should().Be(expected[i].Length);
            article.Substring(start, length).Should().Be(url);
            urls[i].GetProperty("role").GetString().Should().Be(expected[i].Role.ToString().ToLowerInvariant());
        }
    }

    [Fact]
    public async Task Line_is_compact_json_exactly()
    {
        using var temp = new TempDirectory();
        const string Article = "Read the ruling at https://court.example.org/rulings/2025/117 before Friday.";
        string path = temp.Write("ruling.txt", Article);
        SourceUrl url = NewsParser.Default.Parse(Article).Urls.Single();
        string role = NewsArticleJson.RoleName(url.Role);

        CliResult result = await CliHarness.RunAsync(path);

        string id = JsonEncodedText.Encode(path, System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString();
        url.Start.Should().Be(Article.IndexOf("https", StringComparison.Ordinal));
        result.Stdout.Should().Be(
            $"{{\"id\":\"{id}\",\"dateline\":null,\"quotes\":[],\"urls\":[{{\"url\":\"https://court.example.org/rulings/2025/117\","
            + $"\"start\":{url.Start},\"length\":{url.Length},\"role\":\"{role}\"}}]}}\n");
    }

    [Theory]
    [InlineData(UrlRole.Inline, "inline")]
    [InlineData(UrlRole.Canonical, "canonical")]
    [InlineData(UrlRole.Citation, "citation")]
    [InlineData(UrlRole.Related, "related")]
    [InlineData(UrlRole.Image, "image")]
    [InlineData(UrlRole.Social, "social")]
    public void Role_names_are_lower_case_enum_names(UrlRole role, string name) =>
        NewsArticleJson.RoleName(role).Should().Be(name);

    [Fact]
    public async Task Non_ascii_text_is_written_unescaped()
    {
        const string Line = "{\"id\":\"zürich-0412\",\"text\":\"ZÜRICH (Wire) - «Wir sind bereit», sagte die Präsidentin; "
            + "mehr unter https://presse.example.ch/mitteilungen/glückwunsch-ärzte\"}\n";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], Line);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Stdout.Should().Contain("\"id\":\"zürich-0412\"");
        result.Stdout.Should().NotContain("\\u");
        JsonElement url = result.Documents[0].GetProperty("urls")[0];
        url.GetProperty("url").GetString().Should().StartWith("https://presse.example.ch/mitteilungen/gl");
        result.Stdout.Should().Contain(url.GetProperty("url").GetString());
    }

    [Fact]
    public async Task Emails_are_urls_only_with_the_emails_option()
    {
        const string Line = "{\"id\":\"tips\",\"text\":\"Tips to the desk: newsdesk@wire.example.com or call the bureau.\"}\n";

        CliResult without = await CliHarness.RunAsync(["--jsonl", "-"], Line);
        CliResult with = await CliHarness.RunAsync(["--jsonl", "--emails", "-"], Line);

        without.Documents[0].GetProperty("urls").GetArrayLength().Should().Be(0);
        with.Documents[0].GetProperty("urls").EnumerateArray()
            .Select(u => u.GetProperty("url").GetString()).Should().Equal("newsdesk@wire.example.com");
    }
}
