using NewsParse.Urls;

namespace NewsParse.Tests;

/// <summary>The object layer: strings copied out, in text order, matching the span layer.</summary>
public sealed class NewsParserTests
{
    private const string Story =
        "GENEVA, March 4 (Reuters) - The agency's report, posted at https://agency.example.int/report.pdf, " +
        "was also shared by its chief, pic.twitter.com/Qw3Rt5.\n\nSource: https://wire.example.com/geneva-report";

    [Fact]
    public void Parse_returns_every_url_with_text_offsets_role_and_form()
    {
        NewsArticle article = NewsParser.Default.Parse(Story);

        article.Urls.Should().Equal(
            new SourceUrl { Url = "https://agency.example.int/report.pdf", Start = 59, Length = 37, Role = UrlRole.Inline, Form = UrlForm.Scheme },
            new SourceUrl { Url = "pic.twitter.com/Qw3Rt5", Start = 128, Length = 22, Role = UrlRole.Social, Form = UrlForm.Domain },
            new SourceUrl { Url = "https://wire.example.com/geneva-report", Start = 161, Length = 38, Role = UrlRole.Canonical, Form = UrlForm.Scheme });
        article.Urls.Should().AllSatisfy(u => Story.Substring(u.Start, u.Length).Should().Be(u.Url));
    }

    [Fact]
    public void Options_reach_the_parsers()
    {
        var parser = new NewsParser(new NewsParseOptions { Urls = new UrlOptions { IncludeEmails = true } });
        parser.Parse("Tips to desk@example.com.").Urls.Should().ContainSingle().Which.Form.Should().Be(UrlForm.Email);
        NewsParser.Default.Parse("Tips to desk@example.com.").Urls.Should().BeEmpty();
    }

    [Fact]
    public void A_text_without_urls_gives_an_empty_list() => NewsParser.Default.Parse("No links here.").Urls.Should().BeEmpty();

    [Fact]
    public void Null_is_refused()
    {
        FluentActions.Invoking(() => NewsParser.Default.Parse(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => new NewsParser(null!)).Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void The_default_parser_uses_the_default_options() => NewsParser.Default.Options.Should().BeSameAs(NewsParseOptions.Default);
}
