using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.PublicApi;

/// <summary>
/// The library's public surface, dumped by reflection and compared with the committed <c>NewsParse.api.txt</c>, so that
/// every API change shows as a diff in review. After an intended change, run the tests with
/// <c>NEWSPARSE_ACCEPT_API=1</c> to rewrite the file, and commit it.
/// </summary>
public sealed class PublicApiTests
{
    [Fact]
    public void The_public_api_is_the_committed_one()
    {
        string approvedPath = Path.Combine(SourceDirectory(), "NewsParse.api.txt");
        string actual = PublicApiDump.Of(typeof(NewsParser).Assembly);
        if (Environment.GetEnvironmentVariable("NEWSPARSE_ACCEPT_API") == "1")
        {
            File.WriteAllText(approvedPath, actual);
        }

        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath) : "";
        if (actual != approved)
        {
            File.WriteAllText(Path.ChangeExtension(approvedPath, ".received.txt"), actual);
        }

        actual.Should().Be(approved, "the public API changed: compare NewsParse.api.txt with NewsParse.api.received.txt beside it, " +
            "and if the change is intended run the tests with NEWSPARSE_ACCEPT_API=1 and commit the file");
    }

    [Fact]
    public void Every_public_type_lives_in_a_documented_namespace() =>
        typeof(NewsParser).Assembly.GetExportedTypes().Select(t => t.Namespace).Distinct()
            .Should().BeSubsetOf(["NewsParse", "NewsParse.Datelines", "NewsParse.Json", "NewsParse.Quotes", "NewsParse.Urls", "Microsoft.Extensions.DependencyInjection"]);

    // From the repository, not [CallerFilePath]: deterministic CI builds map source paths to /_/.
    private static string SourceDirectory() => Path.Combine(RepositoryRoot.Path, "tests", "NewsParse.Tests", "PublicApi");
}
