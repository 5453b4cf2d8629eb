using NewsParse.Text;

namespace NewsParse.Tests.Hardening;

/// <summary>
/// The parsers' work is linear in the text, proven by counting their steps (see <see cref="WorkMeter"/>) rather than
/// by a clock: on every pathological shape, twice the text takes at most about twice the steps, and no text takes
/// more than a bounded number of steps per character.
/// </summary>
public sealed class LinearWorkTests
{
    // Steps per character of one whole parse no text may exceed. Scans within the bounded windows the quote rules read
    // (a sentence's start, up to 400 characters back) are counted too; close lookups share what they walked, so every
    // pathological shape takes under 10, like wire copy (about 6).
    private const double StepsPerCharacter = 25;

    // What every pathological shape stays under, so that a shape made slower shows here before it nears the ceiling.
    private const double ShapeStepsPerCharacter = 10;

    // Twice the text, at most this many times the steps: linear work gives 2, and anything that grows faster than
    // n log n more.
    private const double Doubling = 2.05;

    public static TheoryData<string> Shapes => new(PathologicalText.Shapes.Keys);

    [Fact]
    public void Steps_are_counted_in_the_tests() => WorkMeter.IsCounting.Should().BeTrue("the test project sets NewsParse.CountWork");

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Twice_the_text_takes_about_twice_the_steps(string shape)
    {
        const int Size = 500_000;
        string smallText = PathologicalText.Shapes[shape](Size);
        string largeText = PathologicalText.Shapes[shape](2 * Size);
        long small = Steps(smallText);
        long large = Steps(largeText);

        large.Should().BeLessThanOrEqualTo((long)(Doubling * small) + 1000, "{0}: {1:N0} steps for {2:N0} characters, {3:N0} for twice that", shape, small, Size, large);
        large.Should().BeLessThanOrEqualTo((long)(StepsPerCharacter * 2 * Size), "{0}", shape);

        // What the object layer returns grows no faster: a string given back with every quote must not grow with the text.
        long smallOutput = OutputLength(smallText), largeOutput = OutputLength(largeText);
        largeOutput.Should().BeLessThanOrEqualTo((long)(Doubling * smallOutput) + 1000, "{0}: {1:N0} characters returned, then {2:N0}", shape, smallOutput, largeOutput);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void Every_shape_takes_under_ten_steps_per_character(string shape)
    {
        string text = PathologicalText.Shapes[shape](200_000);
        double perCharacter = (double)Steps(text) / text.Length;
        perCharacter.Should().BeLessThan(ShapeStepsPerCharacter, "{0} took {1:F2} steps per character", shape, perCharacter);
    }

    [Fact]
    public void A_ten_megabyte_line_takes_ten_times_the_steps_of_one_megabyte()
    {
        const string Unit = "“Talks will go on,” Osei said, pointing to https://example.org/talks. ";
        long one = Steps(PathologicalText.Repeat(Unit, 1_000_000));
        long ten = Steps(PathologicalText.Repeat(Unit, 10_000_000));
        ten.Should().BeLessThanOrEqualTo((long)(10 * 1.05 * one), "{0:N0} steps for a megabyte", one);
    }

    [Fact]
    public void Wire_copy_takes_a_few_steps_per_character()
    {
        string story = PathologicalText.Repeat(
            "WASHINGTON (Reuters) - “We will not default,” Treasury Secretary Amara Osei told reporters on Tuesday, citing "
            + "figures at https://example.gov/budget. Critics disagreed.\n\n", 500_000);
        double perCharacter = (double)Steps(story) / story.Length;
        perCharacter.Should().BeInRange(1, 10, "wire copy took {0:F1} steps per character", perCharacter);
    }

    [Theory]
    [InlineData(31)]
    [InlineData(32)]
    public void Hostile_text_takes_a_bounded_number_of_steps_per_character(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 500; round++)
        {
            string text = HostileText.Next(random, 400);
            Steps(text).Should().BeLessThanOrEqualTo((long)(StepsPerCharacter * text.Length) + 200, "round {0}", round);
        }
    }

    [Theory]
    [InlineData(41)]
    [InlineData(42)]
    [InlineData(43)]
    public void Any_hostile_unit_repeated_twice_as_often_takes_about_twice_the_steps(int seed)
    {
        // Periodic text is where a scan restarted at every mark shows: a random unit, repeated to 20,000 and 40,000 characters.
        var random = new Random(seed);
        for (int round = 0; round < 150; round++)
        {
            string unit = HostileText.Next(random, 12);
            if (unit.Length == 0)
            {
                continue;
            }

            string small = PathologicalText.Repeat(unit, 20_000), large = PathologicalText.Repeat(unit, 40_000);
            Steps(large).Should().BeLessThanOrEqualTo((long)(Doubling * Steps(small)) + 2000, "round {0}, unit {1}", round, unit);
            OutputLength(large).Should().BeLessThanOrEqualTo((long)(Doubling * OutputLength(small)) + 2000, "round {0}, unit {1}", round, unit);
        }
    }

    // The characters of every string the object layer returns for the text.
    private static long OutputLength(string text)
    {
        NewsArticle article = NewsParser.Default.Parse(text);
        long length = article.Dateline?.Text.Length ?? 0;
        foreach (NewsParse.Quotes.Quote quote in article.Quotes)
        {
            length += quote.Text.Length + (quote.Speaker?.Length ?? 0) + (quote.SpeakerResolved?.Length ?? 0) + (quote.Cue?.Length ?? 0);
        }

        return length + article.Urls.Sum(url => (long)url.Url.Length);
    }

    // The steps of one whole parse (every parser, span layer and object layer) on this thread, averaged over the
    // option sets of ArticleChecks.
    private static long Steps(string text)
    {
        WorkMeter.Reset();
        foreach (NewsParser parser in ArticleChecks.Parsers)
        {
            parser.Parse(text);
        }

        return WorkMeter.Steps / ArticleChecks.Parsers.Length;
    }
}
