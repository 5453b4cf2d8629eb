using NewsParse.Cli;
using NewsParse.Json;
using NewsParse.Urls;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

public sealed class TextFormatTests
{
    [Fact]
    public async Task Text_format_shows_each_url_with_its_role_and_range()
    {
        using var temp = new TempDirectory();
        const string Story = "https://wire.example.com/asia/2025/06/monsoon-lead\n"
            + "DHAKA, June 11 (Wire) - Forecasters said the monsoon arrived early, citing data at "
            + "https://met.example.bd/bulletins/0611 [[1](https://ref.example.org/monsoon)].\n";
        string path = temp.Write("monsoon.txt", Story);
        NewsArticle article = NewsParser.Default.Parse(Story);
        IReadOnlyList<SourceUrl> urls = article.Urls;
        NewsParse.Datelines.Dateline dateline = article.Dateline!;

        CliResult result = await CliHarness.RunAsync("--format", "text", path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Lines[0].Should().Be(path);
        result.Lines[1].Should().Be($"  dateline  {dateline.Date}  {dateline.Location}  ({dateline.Agency})  [{dateline.Start}..{dateline.End})");
        result.Lines[2].Should().Be("  quotes    (none)");
        urls.Should().NotBeEmpty();
        for (int i = 0; i < urls.Count; i++)
        {
            string row = result.Lines[3 + i];
            row.Should().StartWith(i == 0 ? "  urls      " : new string(' ', 12));
            row[12..].Should().StartWith(NewsArticleJson.RoleName(urls[i].Role));
            row.Should().Contain(urls[i].Url).And.EndWith($"[{urls[i].Start}..{urls[i].End})");
        }

        result.Lines.Should().HaveCount(3 + urls.Count);
    }

    [Fact]
    public async Task Text_format_shows_errors_and_documents_without_urls()
    {
        using var temp = new TempDirectory();
        string quiet = temp.Write("quiet.txt", "A brief with no links at all.");
        string missing = temp.Path + "/gone.txt";

        CliResult result = await CliHarness.RunAsync("--format", "text", quiet, missing);

        result.ExitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
        result.Lines.Should().Equal(
            quiet,
            "  dateline  (none)",
            "  quotes    (none)",
            "  urls      (none)",
            $"{missing}: error: cannot read: no such file or directory");
    }

    [Fact]
    public async Task Text_format_does_not_repeat_the_location_of_a_json_lines_error()
    {
        CliResult result = await CliHarness.RunAsync(["--jsonl", "--format", "text", "-"], "{oops}\n");

        result.Lines.Should().ContainSingle().Which.Should().StartWith("-:1: error: not valid JSON");
    }

    [Theory]
    [InlineData("\u001b[31m", "\\x1B[31m")]
    [InlineData("\u0007", "\\x07")]
    [InlineData("\u009b", "\\x9B")]
    [InlineData("\u202e", "\\u202E")]
    public async Task Controls_in_the_text_are_shown_escaped_never_raw(string control, string shown)
    {
        string story = $"Tips: \"We won{control} it,\" the coach said. https://club.example.com/a{control}b";

        CliResult result = await CliHarness.RunAsync(["--format", "text", "--stdin-name", $"id{control}", "-"], story);

        result.Stdout.Should().NotContain(control);
        result.Lines[0].Should().Be($"id{shown}");
        result.Stdout.Should().Contain($"We won{shown} it,");
    }
}
