using NewsParse.Cli;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

public sealed class UsageTests
{
    public static TheoryData<string[], string> UsageErrors => new()
    {
        { ["--jsnol", "-"], "Unknown option '--jsnol'" },
        { ["-x", "story.txt"], "Unknown option '-x'" },
        { ["--reference-date", "2024-02-30", "-"], "--reference-date" },
        { ["--reference-date", "10/12/2024", "-"], "--reference-date" },
        { ["--reference-date", "2024-1-5", "-"], "--reference-date" },
        { ["--reference-date"], "--reference-date" },
        { ["-j", "0", "-"], "--parallel" },
        { ["--parallel", "-3", "-"], "--parallel" },
        { ["-j", "four", "-"], "--parallel" },
        { ["--format", "xml", "-"], "xml" },
        { ["--stdin-first-line", "0", "-"], "--stdin-first-line" },
        { ["--stdin-first-line", "one", "-"], "--stdin-first-line" },
        { ["--offsets", "bytes", "-"], "bytes" },
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task Usage_error_exits_2_with_a_message_on_stderr_and_no_output(string[] args, string expectedMessage)
    {
        CliResult result = await CliHarness.RunAsync(args, "A brief that must not be parsed.");

        result.ExitCode.Should().Be(NewsParseCli.ExitUsage);
        result.Stdout.Should().BeEmpty();
        result.Stderr.Should().StartWith("newsparse: error: ").And.Contain(expectedMessage);
    }

    [Fact]
    public async Task With_no_path_piped_input_is_read()
    {
        CliResult result = await CliHarness.RunAsync(["--jsonl"], CliHarness.JsonLine("a", "A brief.") + "\n");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Single().GetProperty("id").GetString().Should().Be("a");
    }

    [Fact]
    public async Task With_no_path_a_terminal_is_not_waited_on()
    {
        using var input = new MemoryStream();
        using var output = new MemoryStream();
        using var error = new StringWriter();

        int exitCode = await NewsParseCli.RunAsync([], input, output, error, CancellationToken.None, stdinIsTerminal: true);

        exitCode.Should().Be(NewsParseCli.ExitUsage);
        output.Length.Should().Be(0);
        error.ToString().Should().StartWith("newsparse: error: no input");
    }

    [Fact]
    public async Task Path_starting_with_dash_is_accepted_after_double_dash()
    {
        using var temp = new TempDirectory();
        temp.Write("-odd-name.txt", "A brief.");

        CliResult result = await CliHarness.RunAsync("--", "-odd-name-not-here.txt");

        result.ExitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
        result.Documents.Single().GetProperty("id").GetString().Should().Be("-odd-name-not-here.txt");
    }

    [Fact]
    public async Task At_sign_path_is_a_path_not_a_response_file()
    {
        CliResult result = await CliHarness.RunAsync("@no-such-response-file");

        result.ExitCode.Should().Be(NewsParseCli.ExitDocumentFailed);
        result.Documents.Single().GetProperty("id").GetString().Should().Be("@no-such-response-file");
    }

    [Theory]
    [InlineData("2024-12-10")]
    [InlineData("1999-01-01")]
    public async Task Valid_reference_date_and_parallelism_are_accepted(string date)
    {
        CliResult result = await CliHarness.RunAsync(["--reference-date", date, "-j", "3", "--format", "json", "-"], "A brief.");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Lines.Should().ContainSingle();
    }

    [Fact]
    public async Task Version_prints_a_version_and_exits_0()
    {
        CliResult result = await CliHarness.RunAsync("--version");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Stdout.Trim().Should().NotBeEmpty().And.MatchRegex(@"\d");
    }

    [Fact]
    public async Task Help_lists_the_options_and_exits_0()
    {
        CliResult result = await CliHarness.RunAsync("--help");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Stdout.Should().Contain("--jsonl").And.Contain("--reference-date").And.Contain("--parallel")
            .And.Contain("--format").And.Contain("--emails");
    }
}
