using System.Text.RegularExpressions;

using NewsParse.Tests.Cli;
using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.Readme;

/// <summary>Keeps README.md true: its code examples are the tests in <see cref="ReadmeExamples"/>, and its sample exists.</summary>
public sealed class ReadmeTests
{
    private static readonly string s_readme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md"));

    public static TheoryData<string> ExampleNames() => [.. Examples(ReadExamplesSource()).Keys];

    [Theory]
    [MemberData(nameof(ExampleNames))]
    public void Every_example_stands_in_the_readme_as_tested(string name)
    {
        string tested = Examples(ReadExamplesSource())[name];
        Match block = Regex.Match(s_readme, $@"<!-- example: {name} -->\s*```csharp\n(.*?)```", RegexOptions.Singleline);
        block.Success.Should().BeTrue($"README.md has a ```csharp block after <!-- example: {name} -->");
        block.Groups[1].Value.Should().Be(tested);
    }

    [Fact]
    public void Every_example_in_the_readme_is_tested()
    {
        var inReadme = ExampleMarker().Matches(s_readme).Select(m => m.Groups[1].Value);
        inReadme.Should().BeEquivalentTo(Examples(ReadExamplesSource()).Keys);
    }

    [Fact]
    public void Every_example_in_the_package_readme_is_one_tested()
    {
        string packageReadme = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "src", "PackageReadme.md"));
        Dictionary<string, string> tested = Examples(ReadExamplesSource());
        List<string> names = [.. ExampleMarker().Matches(packageReadme).Select(m => m.Groups[1].Value)];

        names.Should().NotBeEmpty().And.OnlyContain(name => tested.ContainsKey(name));
        foreach (string name in names)
        {
            Match block = Regex.Match(packageReadme, $@"<!-- example: {name} -->\s*```csharp\n(.*?)```", RegexOptions.Singleline);
            block.Groups[1].Value.Should().Be(tested[name], $"the package README's {name} example is the tested one");
        }
    }

    [Fact]
    public async Task The_sample_output_is_what_the_cli_prints_for_the_sample()
    {
        Directory.SetCurrentDirectory(RepositoryRoot.Path);
        CliResult run = await CliHarness.RunAsync("--format", "text", "samples/wire-story.txt");
        Match block = Regex.Match(s_readme, @"<!-- sample-output -->\s*```text\n(.*?)```", RegexOptions.Singleline);
        block.Success.Should().BeTrue("README.md shows the sample's output after <!-- sample-output -->");
        run.ExitCode.Should().Be(0);
        block.Groups[1].Value.Should().Be(run.Stdout);
    }

    [Fact]
    public void The_readme_names_the_sample_it_runs() =>
        File.Exists(Path.Combine(RepositoryRoot.Path, "samples", "wire-story.txt")).Should().BeTrue();

    private static Dictionary<string, string> Examples(string source)
    {
        var examples = new Dictionary<string, string>();
        foreach (Match m in Regex.Matches(source, @"// README:begin (\w+)\n(.*?)\n\s*// README:end", RegexOptions.Singleline))
        {
            string[] lines = m.Groups[2].Value.Split('\n');
            int indent = lines.Where(l => l.Trim().Length > 0).Min(l => l.Length - l.TrimStart().Length);
            examples[m.Groups[1].Value] = string.Join('\n', lines.Select(l => l.Length >= indent ? l[indent..] : l.TrimStart())) + "\n";
        }

        return examples;
    }

    // From the repository, not [CallerFilePath]: deterministic CI builds map source paths to /_/.
    private static string ReadExamplesSource() =>
        File.ReadAllText(Path.Combine(RepositoryRoot.Path, "tests", "NewsParse.Tests", "Readme", "ReadmeExamples.cs")).ReplaceLineEndings("\n");

    private static Regex ExampleMarker() => new(@"<!-- example: (\w+) -->");
}
