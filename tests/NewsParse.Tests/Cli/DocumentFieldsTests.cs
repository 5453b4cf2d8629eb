using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

/// <summary>
/// A JSON Lines input line carries its own reference date (<c>referenceDate</c>, or the date of <c>published</c>), and
/// every field but <c>id</c> and <c>text</c> travels unchanged into its output line, after the id. Lines are invented.
/// </summary>
public sealed class DocumentFieldsTests
{
    private const string December20 = "LONDON, Dec. 20 (Reuters) - The board met.";

    [Fact]
    public async Task A_line_gets_back_its_fields_and_is_dated_against_its_own_reference_date()
    {
        const string Line = "{\"id\":\"a\",\"url\":\"https://example.com/a\",\"referenceDate\":\"2024-12-10\"," +
            "\"text\":\"LONDON, Dec. 7 (Reuters) - The board met. \\ud83d\\ude00 See https://board.example.com/minutes.\"}";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], Line + "\n");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Lines.Should().ContainSingle().Which.Should().StartWith(
            "{\"id\":\"a\",\"url\":\"https://example.com/a\",\"referenceDate\":\"2024-12-10\",\"dateline\":{\"text\":\"LONDON, Dec. 7 (Reuters) -\"");
        result.Documents[0].GetProperty("dateline").GetProperty("date").GetString().Should().Be("2024-12-07");
    }

    [Theory]
    [InlineData("\"referenceDate\":\"2025-01-02\"", "2024-12-20")]
    [InlineData("\"referenceDate\":\"2024-12-10\"", "2023-12-20")]
    [InlineData("\"published\":\"2025-01-02\"", "2024-12-20")]
    [InlineData("\"published\":\"2024-12-10T23:30:00-05:00\"", "2023-12-20")]
    [InlineData("\"published\":\"2025-01-02T08:00:00Z\"", "2024-12-20")]
    [InlineData("\"published\":\"2025-01-02T08:00:00.123\"", "2024-12-20")]
    [InlineData("\"referenceDate\":\"2025-01-02\",\"published\":\"2024-12-10\"", "2024-12-20")]
    [InlineData("\"published\":\"2024-12-10\",\"referenceDate\":\"2025-01-02\"", "2024-12-20")]
    [InlineData("\"referenceDate\":null", "2022-12-20")]
    public async Task The_line_s_date_is_the_reference_else_the_run_s(string fields, string expected)
    {
        string line = $"{{\"id\":\"a\",{fields},\"text\":\"{December20}\"}}";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "--reference-date", "2023-06-30", "-"], line + "\n");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents[0].GetProperty("dateline").GetProperty("date").GetString().Should().Be(expected);
    }

    [Theory]
    [InlineData("\"referenceDate\":\"10 December\"", "\"referenceDate\"")]
    [InlineData("\"referenceDate\":\"2024-02-30\"", "\"referenceDate\"")]
    [InlineData("\"referenceDate\":20241210", "\"referenceDate\"")]
    [InlineData("\"published\":\"yesterday\"", "\"published\"")]
    [InlineData("\"published\":true", "\"published\"")]
    public async Task A_date_that_cannot_be_read_fails_its_line_and_keeps_its_fields(string fields, string named)
    {
        string line = $"{{\"id\":\"a\",\"feed\":7,{fields},\"text\":\"{December20}\"}}";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], line + "\n");

        result.ExitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
        result.Lines.Should().ContainSingle().Which.Should().StartWith($"{{\"id\":\"a\",\"feed\":7,{fields},\"error\":\"-:1: ");
        result.Documents[0].GetProperty("error").GetString().Should().Contain(named);
    }

    [Fact]
    public async Task Fields_of_every_kind_travel_as_written()
    {
        const string Fields = "\"n\":-1.50e3,\"ok\":true,\"none\":null,\"tags\":[1,\"two\",{\"x\":[]}],\"meta\":{\"source\":\"Wire\",\"q\":\"\\\"a\\\" \\u00e9\"}," +
            "\"título\":\"\\ud800\"";
        string line = $"{{\"id\":\"a\",{Fields},\"text\":\"Brief.\"}}";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], line + "\n");

        result.Lines.Should().ContainSingle().Which.Should().StartWith($"{{\"id\":\"a\",{Fields},\"dateline\":null,");
    }

    [Theory]
    [InlineData("dateline")]
    [InlineData("quotes")]
    [InlineData("urls")]
    [InlineData("error")]
    public async Task A_field_named_as_one_of_the_output_s_own_is_left_out_with_a_warning(string name)
    {
        string line = $"{{\"id\":\"a\",\"{name}\":[1],\"keep\":1,\"text\":\"Brief.\"}}";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], line + "\n" + line + "\n");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Lines.Should().AllSatisfy(l => l.Should().StartWith("{\"id\":\"a\",\"keep\":1,\"dateline\":null,"));
        result.StderrLines.Should().ContainSingle(l => l.Contains($"\"{name}\"", StringComparison.Ordinal));
    }
}
