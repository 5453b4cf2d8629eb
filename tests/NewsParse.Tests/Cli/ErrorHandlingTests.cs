using System.Text;
using System.Text.Json;
using NewsParse.Cli;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

public sealed class ErrorHandlingTests
{
    [Fact]
    public async Task Missing_file_gives_one_error_line_and_the_rest_is_processed()
    {
        using var temp = new TempDirectory();
        string before = temp.Write("before.txt", "TUNIS - The vote count is online at https://isie.example.tn/count.");
        string missing = temp.Path + "/never-filed.txt";
        string after = temp.Write("after.txt", "RABAT - No links in this one.");

        CliResult result = await CliHarness.RunAsync(before, missing, after);

        result.ExitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal(before, missing, after);
        JsonElement error = result.Documents[1];
        error.EnumerateObject().Select(p => p.Name).Should().Equal("id", "error");
        error.GetProperty("error").GetString().Should().Contain("no such file");
        result.Documents[0].GetProperty("urls").GetArrayLength().Should().Be(1);
        result.Documents[2].TryGetProperty("urls", out _).Should().BeTrue();
    }

    [Theory]
    [InlineData("this is not json", "not valid JSON")]
    [InlineData("{\"id\": \"cut-off\", \"text\": \"The minister said", "not valid JSON")]
    [InlineData("[\"a list\", \"of strings\"]", "expected a JSON object")]
    [InlineData("\"just a string\"", "expected a JSON object")]
    [InlineData("{\"id\": \"no-text\"}", "no string \"text\"")]
    [InlineData("{\"id\": \"numeric-text\", \"text\": 12}", "\"text\" must be a string")]
    [InlineData("{\"id\": \"null-text\", \"text\": null}", "\"text\" must be a string")]
    [InlineData("{\"id\": [\"odd\"], \"text\": \"Brief.\"}", "\"id\" must be a string or a number")]
    [InlineData("{\"id\": \"two\", \"text\": \"Brief.\"} {\"id\": \"values\"}", "not valid JSON")]
    public async Task Bad_json_line_gives_one_error_line_with_its_location(string badLine, string expectedMessage)
    {
        using var temp = new TempDirectory();
        string input = CliHarness.JsonLine("ok-1", "First brief with https://one.example.com.") + "\n"
            + badLine + "\n"
            + CliHarness.JsonLine("ok-3", "Third brief.") + "\n";
        string path = temp.Write("mixed.jsonl", input);

        CliResult result = await CliHarness.RunAsync("--jsonl", path);

        result.ExitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
        result.Lines.Should().HaveCount(3);
        result.Documents[0].GetProperty("id").GetString().Should().Be("ok-1");
        result.Documents[2].GetProperty("id").GetString().Should().Be("ok-3");
        JsonElement error = result.Documents[1];
        error.EnumerateObject().Select(p => p.Name).Should().Equal("id", "error");
        string message = error.GetProperty("error").GetString()!;
        message.Should().StartWith($"{path}:2: ").And.Contain(expectedMessage);
    }

    [Fact]
    public async Task Lone_surrogate_escapes_are_replaced_like_invalid_utf8_with_one_warning()
    {
        string input = "{\"id\": \"lone\\udc00\", \"text\": \"half a pair \\ud83d here, \\ud83d\\ude00 whole\"}\n"
            + "{\"id\": \"again\", \"text\": \"\\udfff\", \"\\ud800key\": 1}\n";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], input);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents[0].GetProperty("id").GetString().Should().Be("lone\uFFFD");
        result.Documents[1].TryGetProperty("\uFFFDkey", out _).Should().BeTrue("a field name is decoded as a text is");
        result.StderrLines.Should().ContainSingle().Which.Should().Contain("lone surrogate").And.Contain("U+FFFD");
    }

    [Fact]
    public async Task Error_line_keeps_an_id_read_before_the_problem()
    {
        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], "{\"id\": \"kept\", \"text\": 3}\n{\"text\": 4}\n");

        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("kept", "-:2");
    }

    [Fact]
    public async Task Invalid_utf8_in_a_file_is_replaced_and_warned_about_once()
    {
        using var temp = new TempDirectory();
        byte[] story = [.. "CARACAS - Caf"u8, 0xE9, .. " prices rose "u8, 0xFF, 0xFE, .. " at https://bcv.example.ve/cafe"u8];
        string path = temp.WriteBytes("latin1.txt", story);
        string text = Encoding.UTF8.GetString(story);

        CliResult result = await CliHarness.RunAsync(path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        text.Should().Contain("\uFFFD");
        JsonElement url = result.Documents.Single().GetProperty("urls")[0];
        url.GetProperty("start").GetInt32().Should().Be(text.IndexOf("https", StringComparison.Ordinal));
        result.StderrLines.Should().Equal($"newsparse: warning: {path}: invalid UTF-8 replaced with U+FFFD");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Invalid_utf8_in_json_lines_is_replaced_and_warned_about_once_per_input(string threads)
    {
        byte[] input =
        [
            .. "{\"id\":\"S"u8, 0xE3, .. "o Paulo\",\"text\":\"Bad byte "u8, 0xC3, .. " in text.\"}\n"u8,
            .. "{\"id\":\"clean\",\"text\":\"Fine.\"}\n"u8,
            .. "{\"id\":\"again\",\"text\":\"Another "u8, 0x80, .. " bad byte.\"}\n"u8,
        ];

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-j", threads, "-"], input);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("S\uFFFDo Paulo", "clean", "again");
        result.Stdout.Should().Contain("S\uFFFDo Paulo");
        result.StderrLines.Should().Equal("newsparse: warning: -: invalid UTF-8 replaced with U+FFFD");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Closed_pipe_ends_the_run_quietly(string threads)
    {
        using var stdout = new FailingStream(new IOException("Broken pipe", 32));
        using var stderr = new StringWriter();

        int exitCode = await NewsParseCli.RunAsync(["--jsonl", "-j", threads, "-"], ManyBriefs(), stdout, stderr, default);

        exitCode.Should().Be(NewsParseCli.ExitBrokenPipe);
        stderr.ToString().Should().BeEmpty();
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Other_output_failure_is_reported(string threads)
    {
        using var stdout = new FailingStream(new IOException("No space left on device", 28));
        using var stderr = new StringWriter();

        int exitCode = await NewsParseCli.RunAsync(["--jsonl", "-j", threads, "-"], ManyBriefs(), stdout, stderr, default);

        exitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
        stderr.ToString().Should().Contain("cannot write to standard output").And.Contain("No space left");
    }

    [Fact]
    public async Task Cancelled_run_writes_no_partial_line_and_exits_130()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-"], Encoding.UTF8.GetBytes(CliHarness.JsonLine("a", "Brief.")), cancellation.Token);

        result.ExitCode.Should().Be(NewsParseCli.ExitCancelled);
        result.Stdout.Should().BeEmpty();
    }

    // Enough documents for several batches, so that a parallel run is writing one batch while it parses the next.
    private static MemoryStream ManyBriefs() => new(Encoding.UTF8.GetBytes(string.Concat(
        Enumerable.Range(0, 2500).Select(i => CliHarness.JsonLine($"brief-{i}", $"A brief, number {i}.") + "\n"))));

    private sealed class FailingStream(IOException failure) : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw failure;

        public override void Write(ReadOnlySpan<byte> buffer) => throw failure;

        public override void Flush() => throw failure;
    }
}
