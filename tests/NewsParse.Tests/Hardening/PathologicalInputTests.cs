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
    public static TheoryData<string> Inputs => new(Shapes.Keys);

    // Each shape at a given size in characters.
    private static readonly Dictionary<string, Func<int, string>> Shapes = new()
    {
        ["quote marks"] = n => Repeat("\"", n),
        ["curly quote marks"] = n => Repeat("“”", n),
        ["opening marks, none closed"] = n => Repeat("“", n),
        ["opening marks between words"] = n => Repeat("“We ", n),
        ["one line of prose"] = n => Repeat("The minister said the budget was fully funded and that talks would go on. ", n),
        ["nested parentheses in a URL"] = n => "See https://example.com/" + new string('(', n / 2) + new string(')', n / 2) + " now.",
        ["www. over and over"] = n => Repeat("www.", n),
        ["a head of commas"] = n => "LONDON" + new string(',', n) + " Feb 26 - The story.",
        ["a name before said"] = n => "“We will not default,” " + Repeat("Amara Osei ", n) + "said.",
        ["one name-like word before said"] = n => "“We will not default,” " + new string('A', n) + " said.",
        ["transcript labels"] = n => Repeat("TAPPER: Yes.\n\n", n),
        ["sentence ends"] = n => Repeat(". ", n),
        ["line breaks"] = n => Repeat("\n", n),
    };

    [Theory]
    [MemberData(nameof(Inputs))]
    public void Twice_the_input_costs_about_twice_the_work(string shape)
    {
        const int Size = 1_000_000;
        string small = Shapes[shape](Size);
        string large = Shapes[shape](2 * Size);
        ArticleChecks.Check(small);

        double smallTime = Fastest(small);
        double largeTime = Fastest(large);

        largeTime.Should().BeLessThan((3 * smallTime) + 20, "{0}: {1:F1} ms for {2:N0} characters, {3:F1} ms for twice that", shape, smallTime, small.Length, largeTime);
        largeTime.Should().BeLessThan(5000);
    }

    [Fact]
    public void A_ten_megabyte_line_is_parsed_in_one_pass()
    {
        string line = Repeat("“Talks will go on,” Osei said, pointing to https://example.org/talks. ", 10_000_000);
        Fastest(line).Should().BeLessThan(10_000);
    }

    private static string Repeat(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        return text.ToString();
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
