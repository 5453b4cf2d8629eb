using NewsParse.Quotes;

namespace NewsParse.Tests.Quotes;

/// <summary>
/// Every style of <see cref="QuoteMarks"/> pairs into a quote with its speaker, and the searches made from the table
/// stop at every mark of it: a style added to the table is tested here by its row alone.
/// </summary>
public sealed class QuoteMarksTests
{
    public static TheoryData<string, string> Styles()
    {
        TheoryData<string, string> rows = [];
        foreach (QuoteStyle style in QuoteMarks.Styles)
        {
            rows.Add(style.Opening, style.Closing);
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void Every_style_pairs_into_a_quote_with_its_speaker(string opening, string closing)
    {
        Quote quote = NewsParser.Default.Parse($"Finance Minister Amara Osei spoke on Tuesday. {opening}We will not default,{closing} Osei said.").Quotes.Single();

        quote.Text.Should().Be("We will not default,");
        quote.Speaker.Should().Be("Osei");
        quote.Kind.Should().Be(QuoteKind.Direct);
    }

    [Theory]
    [MemberData(nameof(Styles))]
    public void The_searches_stop_at_every_opening_mark(string opening, string closing)
    {
        QuoteMarks.OutsideQuote.Contains(opening[0]).Should().BeTrue();
        if (QuoteMarks.Styles.Single(s => s.Opening == opening && s.Closing == closing).Level != QuoteMarkLevel.Single)
        {
            QuoteMarks.InsideQuote.Contains(opening[0]).Should().BeTrue();
            QuoteMarks.InsideQuote.Contains(closing[0]).Should().BeTrue();
        }
    }

    [Fact]
    public void No_style_is_written_twice() =>
        QuoteMarks.Styles.Select(s => s.Opening).Should().OnlyHaveUniqueItems();

    [Theory]
    [InlineData("Osei said: «We will pay ‹every cedi›, all of it.»", "We will pay ‹every cedi›, all of it.")]
    [InlineData("Osei said: “We will pay ‘every cedi’, all of it.”", "We will pay ‘every cedi’, all of it.")]
    [InlineData("Osei said: „We will pay ‚every cedi‘, all of it.“", "We will pay ‚every cedi‘, all of it.")]
    [InlineData("Osei said: 「We will pay 『every cedi』, all of it.」", "We will pay 『every cedi』, all of it.")]
    [InlineData("Osei said: ``We will pay `every cedi', all of it.''", "We will pay `every cedi', all of it.")]
    public void Inner_marks_stay_inside_the_quote_that_holds_them(string story, string text) =>
        NewsParser.Default.Parse(story).Quotes.First().Text.Should().Be(text);
}
