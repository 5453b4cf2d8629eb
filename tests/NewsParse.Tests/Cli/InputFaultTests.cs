using System.Text;
using System.Text.Json;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

/// <summary>Inputs that cannot be read, or are far larger than a news story: one entry each, and the rest goes on.</summary>
public sealed class InputFaultTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Unreadable_file_gives_one_error_line_and_the_rest_is_processed(bool jsonLines)
    {
        using var temp = new TempDirectory();
        string extension = jsonLines ? ".jsonl" : ".txt";
        string before = temp.Write("a" + extension, jsonLines ? CliHarness.JsonLine("first", "Brief.") + "\n" : "Brief.");
        string after = temp.Write("c" + extension, jsonLines ? CliHarness.JsonLine("last", "Brief.") + "\n" : "Brief.");

        // A link to itself can be listed but never opened, whoever runs the test (permissions do not stop root).
        string unreadable = System.IO.Path.Combine(temp.Path, "b" + extension);
        File.CreateSymbolicLink(unreadable, unreadable);
        string[] mode = jsonLines ? ["--jsonl"] : [];

        CliResult named = await CliHarness.RunAsync([.. mode, before, unreadable, after]);
        CliResult walked = await CliHarness.RunAsync([.. mode, temp.Path]);

        foreach (CliResult result in new[] { named, walked })
        {
            result.ExitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
            result.Documents.Should().HaveCount(3);
            result.Documents[1].GetProperty("error").GetString().Should().StartWith("cannot read");
            result.Documents[0].TryGetProperty("error", out _).Should().BeFalse();
            result.Documents[2].TryGetProperty("error", out _).Should().BeFalse();
        }
    }

    [Fact]
    public async Task Directory_links_that_loop_are_not_followed()
    {
        using var temp = new TempDirectory();
        temp.Write("desk/story.txt", "LONDON (Reuters) - A story.");
        Directory.CreateSymbolicLink(System.IO.Path.Combine(temp.Path, "desk", "up"), "..");
        Directory.CreateSymbolicLink(System.IO.Path.Combine(temp.Path, "desk", "self"), System.IO.Path.Combine(temp.Path, "desk"));

        CliResult result = await CliHarness.RunAsync(temp.Path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal(temp.Path + "/desk/story.txt");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task A_100_megabyte_line_is_parsed_like_any_other(string threads)
    {
        // Plain prose, with a quote and a link at the far end: the whole line is read, and offsets count to its end.
        const string Paragraph = "The committee met again on Tuesday and the talks went on late into the night.\\n";
        const string End = "“Talks will go on,” Osei said at https://example.org/talks.";
        int repeats = (100 * 1024 * 1024 / Paragraph.Length) + 1;
        var input = new StringBuilder((repeats * Paragraph.Length) + 300);
        input.Append(CliHarness.JsonLine("before", "Brief.")).Append('\n');
        input.Append("{\"id\": \"huge\", \"text\": \"").Insert(input.Length, Paragraph, repeats).Append(End).Append("\"}\n");
        input.Append(CliHarness.JsonLine("after", "Brief.")).Append('\n');
        byte[] bytes = Encoding.UTF8.GetBytes(input.ToString());
        input.Clear();

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-j", threads, "-"], bytes);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("before", "huge", "after");
        int endStart = repeats * (Paragraph.Length - 1);
        JsonElement quote = result.Documents[1].GetProperty("quotes").EnumerateArray().Single();
        quote.GetProperty("start").GetInt32().Should().Be(endStart + 1);
        quote.GetProperty("speaker").GetString().Should().Be("Osei");
        result.Documents[1].GetProperty("urls")[0].GetProperty("start").GetInt32().Should().Be(endStart + End.IndexOf("https", StringComparison.Ordinal));
    }
}
