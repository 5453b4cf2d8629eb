using System.Text;
using NewsParse.Cli;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

public sealed class ParallelismTests
{
    private static readonly string[] Bureaus = ["NAIROBI", "SANTIAGO", "HANOI", "TBILISI", "MONTRÉAL", "ÅRHUS"];

    private static string GenerateJsonLines(int count)
    {
        var lines = new StringBuilder();
        for (int i = 0; i < count; i++)
        {
            string bureau = Bureaus[i % Bureaus.Length];
            string text = (i % 4) switch
            {
                0 => $"{bureau}, March {1 + (i % 28)} (Wire) - Officials said on Monday the figures for quarter {i} "
                    + $"were published at https://stats.example.org/release/{i}.",
                1 => $"{bureau} - The port reopened after {i} hours. Related:\nhttps://wire.example.com/ports/{i}\n"
                    + $"Read more at www.example.net/coverage/{i}",
                2 => $"{bureau} - No links in brief number {i}, which concerns a regional bus strike.",
                _ => $"{bureau} - Photo: ![crowd](https://img.example.com/{i}.jpg) [[{i}](https://ref.example.org/{i})] "
                    + $"and pic.twitter.com/Wire{i}",
            };
            lines.Append(CliHarness.JsonLine($"doc-{i:D3}", text)).Append('\n');
        }

        return lines.ToString();
    }

    [Theory]
    [InlineData("4")]
    [InlineData("2")]
    [InlineData("7")]
    public async Task Parallel_output_is_identical_to_sequential_output(string threads)
    {
        string input = GenerateJsonLines(200);

        CliResult sequential = await CliHarness.RunAsync(["--jsonl", "-"], input);
        CliResult parallel = await CliHarness.RunAsync(["--jsonl", "-j", threads, "-"], input);

        sequential.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        parallel.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        parallel.Stdout.Should().Be(sequential.Stdout);
        parallel.Documents.Select(d => d.GetProperty("id").GetString())
            .Should().Equal(Enumerable.Range(0, 200).Select(i => $"doc-{i:D3}"));
        parallel.Documents.Sum(d => d.GetProperty("urls").GetArrayLength()).Should().BeGreaterThan(200);
    }

    [Fact]
    public async Task Order_holds_across_batches()
    {
        int count = BatchRunner.MaxBatchDocuments * 2 + 17;
        string input = GenerateJsonLines(count);

        CliResult result = await CliHarness.RunAsync(["--jsonl", "-j", "3", "-"], input);

        result.Documents.Select(d => d.GetProperty("id").GetString())
            .Should().Equal(Enumerable.Range(0, count).Select(i => $"doc-{i:D3}"));
    }

    [Fact]
    public async Task Directory_of_files_in_parallel_matches_sequential()
    {
        using var temp = new TempDirectory();
        for (int i = 0; i < 60; i++)
        {
            temp.Write($"day-{i % 3}/story-{i:D2}.txt", $"{Bureaus[i % Bureaus.Length]} - Filed at https://wire.example.com/{i}.");
        }

        CliResult sequential = await CliHarness.RunAsync(temp.Path);
        CliResult parallel = await CliHarness.RunAsync("-j", "4", temp.Path);

        parallel.Stdout.Should().Be(sequential.Stdout);
        parallel.Lines.Should().HaveCount(60);
    }
}
