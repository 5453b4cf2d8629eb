namespace NewsParse.Tests.Cli;

/// <summary>
/// Standard input as a part of a longer input, as a job hands each worker its share: named and numbered as in the whole,
/// so that the parts' lines are the lines the whole would give.
/// </summary>
public sealed class StdinPartTests
{
    [Fact]
    public async Task A_part_s_lines_are_numbered_from_where_it_starts_in_the_named_input()
    {
        string part = CliHarness.JsonLine(null, "One brief.") + "\n\n" + CliHarness.JsonLine(null, "Two briefs.") + "\n";

        CliResult result = await CliHarness.RunAsync(["--jsonl", "--stdin-name", "wire.jsonl", "--stdin-first-line", "101", "-"], part);

        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal("wire.jsonl:101", "wire.jsonl:103");
    }

    [Fact]
    public async Task Parts_give_the_lines_the_whole_gives()
    {
        string[] lines = [CliHarness.JsonLine("a", "ACCRA - Brief."), CliHarness.JsonLine(null, "No id."), "{not json", "", CliHarness.JsonLine(null, "Last.")];
        using var temp = new TempDirectory();
        string path = temp.Write("whole.jsonl", string.Join('\n', lines) + "\n");

        CliResult whole = await CliHarness.RunAsync("--jsonl", path);
        CliResult first = await CliHarness.RunAsync(["--jsonl", "--stdin-name", path, "-"], string.Join('\n', lines[..2]) + "\n");
        CliResult second = await CliHarness.RunAsync(["--jsonl", "--stdin-name", path, "--stdin-first-line", "3", "-"], string.Join('\n', lines[2..]) + "\n");

        (first.Stdout + second.Stdout).Should().Be(whole.Stdout);
    }

    [Fact]
    public async Task A_whole_document_on_standard_input_takes_its_name() =>
        (await CliHarness.RunAsync(["--stdin-name", "story.txt", "-"], "A brief.")).Documents.Single().GetProperty("id").GetString().Should().Be("story.txt");
}
