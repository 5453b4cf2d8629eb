namespace NewsParse.Tests.Cli;

/// <summary>
/// Every document written as an error is also named on standard error, in output order, so that
/// <c>newsparse x.txt &gt; out.jsonl</c> does not fail silently but for its exit code.
/// </summary>
public sealed class ErrorSummaryTests
{
    [Theory]
    [InlineData("1")]
    [InlineData("3")]
    public async Task Each_failed_document_is_named_on_standard_error_in_order(string threads)
    {
        using var temp = new TempDirectory();
        string good = temp.Write("good.txt", "A brief.");
        string missing = Path.Combine(temp.Path, "missing.txt");
        string lines = temp.Write("lines.jsonl", "{not json\n" + CliHarness.JsonLine("ok", "Fine.") + "\n{\"id\":\"bad-date\",\"referenceDate\":\"soon\",\"text\":\"x\"}\n");

        CliResult files = await CliHarness.RunAsync("-j", threads, missing, good, missing);
        CliResult jsonl = await CliHarness.RunAsync("--jsonl", "-j", threads, lines);

        files.StderrLines.Should().Equal(
            $"newsparse: error: {missing}: cannot read: no such file or directory",
            $"newsparse: error: {missing}: cannot read: no such file or directory");
        jsonl.StderrLines.Should().HaveCount(2);
        jsonl.StderrLines[0].Should().StartWith($"newsparse: error: {lines}:1: not valid JSON");
        jsonl.StderrLines[1].Should().StartWith($"newsparse: error: bad-date: {lines}:3: \"referenceDate\" must be");
    }
}
