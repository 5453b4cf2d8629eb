using System.Diagnostics;
using System.Text;

namespace NewsParse.Tests.Hardening;

/// <summary>Tests that time their work run alone, so that other tests do not share the cores while they measure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class TimedTests
{
    /// <summary>The collection's name.</summary>
    public const string Name = "Timed, run alone";
}

/// <summary>
/// The inputs that make text parsers slow: each is parsed whole (URLs, quotes, dateline, object layer) at two sizes,
/// and twice the input may cost no more than about twice the work — a parser that re-reads the text from each mark it
/// meets would take four times as long.
/// </summary>
[Collection(TimedTests.Name)]
public sealed class PathologicalInputTests
{
    public static TheoryData<string> Inputs => new(PathologicalText.Shapes.Keys);

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Twice_the_input_costs_about_twice_the_work(string shape)
    {
        const int Size = 1_000_000;
        string small = PathologicalText.Shapes[shape](Size);
        string large = PathologicalText.Shapes[shape](2 * Size);
        ArticleChecks.Check(small);

        double smallTime = Fastest(small);
        double largeTime = Fastest(large);

        largeTime.Should().BeLessThan((3 * smallTime) + 20, "{0}: {1:F1} ms for {2:N0} characters, {3:F1} ms for twice that", shape, smallTime, small.Length, largeTime);
        largeTime.Should().BeLessThan(5000);
    }

    [Fact]
    public void A_ten_megabyte_line_is_parsed_in_one_pass()
    {
        string line = PathologicalText.Repeat("“Talks will go on,” Osei said, pointing to https://example.org/talks. ", 10_000_000);
        Fastest(line).Should().BeLessThan(10_000);
    }

    // The best of three whole parses, in milliseconds: the least disturbed by whatever else the machine is doing.
    private static double Fastest(string text)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var watch = Stopwatch.StartNew();
            Parse(text);
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    private static void Parse(string text)
    {
        foreach (NewsParser parser in ArticleChecks.Parsers)
        {
            parser.Parse(text);
        }
    }
}
