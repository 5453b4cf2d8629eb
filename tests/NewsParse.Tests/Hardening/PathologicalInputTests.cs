namespace NewsParse.Tests.Hardening;

/// <summary>Tests that time their work run alone, so that other tests do not share the cores while they measure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timed, run alone";
}

/// <summary>
/// A wall-clock bound beside the count of steps (<see cref="LinearWorkTests"/>) that proves the shape of the work: a
/// 10 MB line of quotes and links, parsed whole by both layers with both option sets, takes seconds at most.
/// </summary>
[Collection(TimedTests.Name)]
public sealed class PathologicalInputTests
{
    [Fact]
    public void A_ten_megabyte_line_is_parsed_in_seconds()
    {
        string line = PathologicalText.Repeat("“Talks will go on,” Osei said, pointing to https://example.org/talks. ", 10_000_000);
        Action parse = () =>
        {
            foreach (NewsParser parser in ArticleChecks.Parsers)
            {
                parser.Parse(line);
            }
        };

        parse.ExecutionTime().Should().BeLessThan(TimeSpan.FromSeconds(10));
    }
}
