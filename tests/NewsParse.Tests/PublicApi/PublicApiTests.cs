using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.PublicApi;

/// <summary>
/// The public surface of each package's assembly, dumped by reflection and compared with the committed
/// <c>{assembly}.api.txt</c>, so that every API change shows as a diff in review. After an intended change, run the
/// tests with <c>NEWSPARSE_ACCEPT_API=1</c> to rewrite the files, and commit them.
/// </summary>
public sealed class PublicApiTests
{
    [Theory]
    [InlineData("NewsParse")]
    [InlineData("NewsParse.Extensions.DependencyInjection")]
    public void The_public_api_is_the_committed_one(string assembly)
    {
        string approvedPath = Path.Combine(SourceDirectory(), assembly + ".api.txt");
        string actual = PublicApiDump.Of(Assemblies[assembly]);
        if (Environment.GetEnvironmentVariable("NEWSPARSE_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (actual != approved)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, ".received.txt"), actual);
        }

        actual.Should().Be(approved, $"the public API changed: compare {assembly}.api.txt with {assembly}.api.received.txt beside it, " +
            "and if the change is intended run the tests with NEWSPARSE_ACCEPT_API=1 and commit the file");
    }

    [Fact]
    public void Every_public_type_lives_in_a_documented_namespace()
    {
        Assemblies["NewsParse"].GetExportedTypes().Select(t => t.Namespace).Distinct()
            .Should().BeSubsetOf(["NewsParse", "NewsParse.Datelines", "NewsParse.Json", "NewsParse.Quotes", "NewsParse.Urls"]);
        Assemblies["NewsParse.Extensions.DependencyInjection"].GetExportedTypes().Select(t => t.Namespace).Distinct()
            .Should().Equal("Microsoft.Extensions.DependencyInjection");
    }

    private static readonly Dictionary<string, System.Reflection.Assembly> Assemblies = new()
    {
        ["NewsParse"] = typeof(NewsParser).Assembly,
        ["NewsParse.Extensions.DependencyInjection"] = typeof(Microsoft.Extensions.DependencyInjection.NewsParseServiceCollectionExtensions).Assembly,
    };

    // From the repository, not [CallerFilePath]: deterministic CI builds map source paths to /_/.
    private static string SourceDirectory() => Path.Combine(RepositoryRoot.Path, "tests", "NewsParse.Tests", "PublicApi");
}
