using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Tests;

/// <summary>Options are set where they are made, then fixed by the parser made with them; a copy can be set again.</summary>
public sealed class NewsParseOptionsTests
{
    [Fact]
    public void A_parser_makes_its_options_read_only()
    {
        var options = new NewsParseOptions { ReferenceDate = new DateOnly(2024, 12, 10) };
        options.IsReadOnly.Should().BeFalse();

        var parser = new NewsParser(options);

        options.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => options.ReferenceDate = null).Should().Throw<InvalidOperationException>();
        FluentActions.Invoking(() => options.Quotes = new QuoteOptions { OmitScareQuotes = true }).Should().Throw<InvalidOperationException>();
        parser.Options.ReferenceDate.Should().Be(new DateOnly(2024, 12, 10));
    }

    [Fact]
    public void The_defaults_are_read_only_and_a_copy_is_not()
    {
        NewsParseOptions.Default.IsReadOnly.Should().BeTrue();
        FluentActions.Invoking(() => NewsParseOptions.Default.NumericDateOrder = NumericDateOrder.DayFirst).Should().Throw<InvalidOperationException>();

        var copy = new NewsParseOptions(NewsParseOptions.Default) { NumericDateOrder = NumericDateOrder.DayFirst };

        copy.IsReadOnly.Should().BeFalse();
        copy.NumericDateOrder.Should().Be(NumericDateOrder.DayFirst);
        NewsParseOptions.Default.NumericDateOrder.Should().Be(NumericDateOrder.Unknown);
    }

    [Fact]
    public void A_copy_keeps_every_option()
    {
        var options = new NewsParseOptions
        {
            ReferenceDate = new DateOnly(2024, 2, 29),
            NumericDateOrder = NumericDateOrder.MonthFirst,
            Quotes = new QuoteOptions { OmitScareQuotes = true },
            Urls = new UrlOptions { IncludeEmails = true },
        };

        var copy = new NewsParseOptions(options);

        copy.Should().BeEquivalentTo(options, o => o.Excluding(x => x.IsReadOnly));
    }
}
