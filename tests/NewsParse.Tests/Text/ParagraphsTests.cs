using NewsParse.Text;

namespace NewsParse.Tests.Text;

public sealed class ParagraphsTests
{
    [Theory]
    [InlineData("CORN SEEN HIGHER\n\n    CHICAGO, March 2 - Corn futures rose on\nFriday as traders bought ahead of the\nreport.\n    Analysts said the market would\nstay firm.\n", true)]
    [InlineData("\tCorn futures rose on Friday as traders\nbought ahead of the report.\n\tAnalysts said the market would\nstay firm into next week.\n", true)]
    [InlineData("Corn rises\n\nCorn futures rose on Friday as traders bought ahead of a report that analysts expect to show a smaller crop than last year.\n\nAnalysts said the market would stay firm.\n", false)]
    [InlineData("Corn rose on Friday.\nWheat fell.\nSoybeans were flat.\n", false)]
    [InlineData("    Corn rose on Friday.\n    Wheat fell.\n    Soybeans were flat.\n", false)]
    [InlineData("", false)]
    public void Hard_wrapped_copy_that_indents_its_paragraphs_is_told_from_its_head(string text, bool indents) =>
        Paragraphs.IndentsParagraphs(text).Should().Be(indents);

    [Theory]
    [InlineData("    Corn futures rose on Friday.\nTraders bought.", true, false)]
    [InlineData("    Corn futures rose on Friday.\n    Traders bought.", true, true)]
    [InlineData("    Corn futures rose on Friday.\n\nTraders bought.", true, true)]
    [InlineData("Corn futures rose on Friday.\nTraders bought.", false, true)]
    public void In_indented_copy_only_an_indent_or_a_blank_line_starts_a_paragraph(string text, bool indented, bool ends) =>
        Paragraphs.EndsAt(text, text.IndexOf('\n'), indented).Should().Be(ends);
}
