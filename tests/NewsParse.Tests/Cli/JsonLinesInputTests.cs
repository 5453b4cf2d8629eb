using System.Text;
using System.Text.Json;
using NewsParse.Cli;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

public sealed class JsonLinesInputTests
{
    private static readonly string Batch = string.Join('\n',
        CliHarness.JsonLine("wire-001", "QUITO, Jan 5 (Wire) - The electoral council posted results at https://cne.example.ec/2025."),
        "",
        CliHarness.JsonLine(null, "DAKAR - Fishermen said the season opened late; see www.example.sn/peche."),
        "   ",
        CliHarness.JsonLine("wire-003", "No link in this brief about a ferry timetable change."),
        "") + "\n";

    [Fact]
    public async Task Lines_from_a_file_become_documents_in_order()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("batch.jsonl", Batch);

        CliResult result = await CliHarness.RunAsync("--jsonl", path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("wire-001", $"{path}:3", "wire-003");
        result.Documents[0].GetProperty("urls")[0].GetProperty("url").GetString().Should().Be("https://cne.example.ec/2025");
    }

    [Fact]
    public async Task Lines_from_standard_input_use_dash_as_path()
    {
        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], Batch);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("wire-001", "-:3", "wire-003");
    }

    [Fact]
    public async Task Windows_line_ends_and_a_byte_order_mark_are_accepted()
    {
        string crlf = Batch.Replace("\n", "\r\n", StringComparison.Ordinal);
        byte[] input = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(crlf)];

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], input);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("wire-001", "-:3", "wire-003");
    }

    [Theory]
    [InlineData("{\"id\": 42, \"text\": \"Brief.\"}", "42")]
    [InlineData("{\"id\": -7.50, \"text\": \"Brief.\"}", "-7.50")]
    [InlineData("{\"id\": 1e3, \"text\": \"Brief.\"}", "1e3")]
    [InlineData("{\"id\": null, \"text\": \"Brief.\"}", "-:1")]
    [InlineData("{\"text\": \"Brief.\", \"id\": \"late-id\"}", "late-id")]
    [InlineData("{\"source\": {\"name\": \"Wire\", \"tags\": [1, 2]}, \"text\": \"Brief.\", \"id\": \"x\", \"n\": true}", "x")]
    [InlineData("{\"id\": \"esc\\u00e9\\\"q\\\"\", \"text\": \"Brief.\"}", "escé\"q\"")]
    public async Task Ids_are_strings_number_literals_or_the_line_location(string line, string expectedId)
    {
        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], line + "\n");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Single().GetProperty("id").GetString().Should().Be(expectedId);
    }

    [Fact]
    public async Task Text_escapes_are_decoded_before_offsets_are_counted()
    {
        const string Line = "{\"id\":\"t\",\"text\":\"Line one\\nLine two \\u201cquoted\\u201d https://a.example.org/x\"}";
        const string Text = "Line one\nLine two \u201cquoted\u201d https://a.example.org/x";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], Line);

        JsonElement url = result.Documents.Single().GetProperty("urls")[0];
        url.GetProperty("start").GetInt32().Should().Be(Text.IndexOf("https", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Empty_input_gives_no_output_and_success()
    {
        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], "\n\n  \n");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Stdout.Should().BeEmpty();
    }

    [Fact]
    public async Task Directory_with_jsonl_reads_every_jsonl_below()
    {
        using var temp = new TempDirectory();
        temp.Write("b.jsonl", CliHarness.JsonLine("b1", "Story b1.") + "\n");
        temp.Write("a/a.jsonl", CliHarness.JsonLine("a1", "Story a1.") + "\n" + CliHarness.JsonLine("a2", "Story a2."));
        temp.Write("c.txt", "Not JSON Lines.");

        CliResult result = await CliHarness.RunAsync("--jsonl", temp.Path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("a1", "a2", "b1");
    }
}
