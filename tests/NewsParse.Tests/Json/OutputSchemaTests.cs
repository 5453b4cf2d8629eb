using System.Text.Json;
using NewsParse.Tests.Cli;
using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.Json;

/// <summary>
/// <c>docs/newsparse-output.schema.json</c> describes every line the command writes: lines of invented stories, error
/// lines, and the command's output over the shared corpora; and it turns away lines that break the contract.
/// </summary>
public sealed class OutputSchemaTests
{
    private static readonly Lazy<JsonSchemaCheck> s_schema = new(() =>
    {
        using JsonDocument schema = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot.Path, "docs", "newsparse-output.schema.json")));
        return new JsonSchemaCheck(schema.RootElement.Clone());
    });

    private const string Article =
        "{\"id\":\"a\",\"dateline\":{\"text\":\"ACCRA -\",\"start\":0,\"length\":7,\"location\":\"ACCRA\",\"agency\":null,\"date\":\"--12-07\",\"time\":null}," +
        "\"quotes\":[{\"text\":\"No.\",\"start\":9,\"length\":3,\"speaker\":\"he\",\"speakerResolved\":null,\"cue\":\"said\",\"kind\":\"direct\",\"group\":null}]," +
        "\"urls\":[{\"url\":\"a.example\",\"start\":20,\"length\":9,\"role\":\"inline\"}]}";

    [Theory]
    [InlineData(Article)]
    [InlineData("{\"id\":\"a\",\"url\":\"https://example.com/a\",\"dateline\":null,\"quotes\":[],\"urls\":[]}")]
    [InlineData("{\"id\":\"missing.txt\",\"error\":\"cannot read missing.txt\"}")]
    public void Lines_of_the_contract_pass(string line) => ProblemsOf(line).Should().BeEmpty();

    [Theory]
    [InlineData("\"kind\":\"direct\"", "\"kind\":\"shouted\"")]
    [InlineData("\"group\":null", "\"group\":-1")]
    [InlineData("\"start\":9,", "\"start\":\"9\",")]
    [InlineData("\"date\":\"--12-07\"", "\"date\":\"7 December\"")]
    [InlineData("\"time\":null", "\"time\":\"1:34 pm\"")]
    [InlineData("\"role\":\"inline\"", "\"role\":\"homepage\"")]
    [InlineData(",\"cue\":\"said\"", "")]
    [InlineData("\"cue\":\"said\"", "\"cue\":\"said\",\"volume\":11")]
    [InlineData("\"urls\":[", "\"links\":[")]
    public void Lines_that_break_the_contract_fail(string part, string broken)
    {
        Article.Should().Contain(part);
        ProblemsOf(Article.Replace(part, broken, StringComparison.Ordinal)).Should().NotBeEmpty();
    }

    [Fact]
    public async Task The_command_writes_lines_of_the_schema()
    {
        using var temp = new TempDirectory();
        string story = temp.Write("story.txt",
            "KUMASI, Ghana, March 4 (Reuters) - \"We will pay,\" said Ama Owusu, head of the board. " +
            "\"Every cedi,\" she added.\n\nSource: https://board.example.com.gh/pay\n");
        string empty = temp.Write("empty.txt", "");

        CliResult result = await CliHarness.RunAsync(story, empty, Path.Combine(temp.Path, "missing.txt"));

        result.Lines.Should().HaveCount(3);
        result.Lines.SelectMany(ProblemsOf).Should().BeEmpty();
    }

    [SharedCorpusTheory]
    [InlineData("seeds")]
    [InlineData("newsdev")]
    [InlineData("polnear")]
    [InlineData("urls/linkify_fixtures")]
    public async Task The_command_writes_lines_of_the_schema_over_a_corpus(string set)
    {
        string articles = Path.Combine(SharedCorpus.Root!, set.Contains('/') ? set + ".articles.jsonl" : Path.Combine(set, "articles.jsonl"));

        CliResult result = await CliHarness.RunAsync("--jsonl", articles);

        result.Lines.Should().HaveCount(File.ReadLines(articles).Count(line => !string.IsNullOrWhiteSpace(line)));
        result.Lines.SelectMany(ProblemsOf).Take(5).Should().BeEmpty();
    }

    private static List<string> ProblemsOf(string line)
    {
        using JsonDocument document = JsonDocument.Parse(line);
        return s_schema.Value.Problems(document.RootElement);
    }
}
