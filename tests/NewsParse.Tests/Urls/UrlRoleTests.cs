using NewsParse.Urls;

namespace NewsParse.Tests.Urls;

/// <summary>The role of each URL: from labels, markup, host and position. Texts use \n for line breaks.</summary>
public sealed class UrlRoleTests
{
    private const string Body =
        "The central bank raised its key rate by half a point on Thursday, its third increase this year, " +
        "citing stubborn inflation in services and a weaker currency.";

    [Theory]
    [InlineData("{body}\n\nOriginal url:\n\nhttps://news.example.com/2024/12/03/rates-a123")]
    [InlineData("{body}\n\nOriginal url: https://news.example.com/2024/12/03/rates-a123")]
    [InlineData("{body}\n\nSource: https://news.example.com/rates")]
    [InlineData("{body}\n\nRead more at https://news.example.com/rates")]
    [InlineData("{body}\n\nThis story was originally published at https://news.example.com/rates.")]
    [InlineData("{body}\n\n**Source:** https://news.example.com/rates")]
    [InlineData("{body}\n\nSOURCE\nhttps://news.example.com/rates")]
    [InlineData("https://news.example.com/2024/12/03/rates\n\n{body}\n\n{body}")]
    [InlineData("Rates rise again\n\nhttps://news.example.com/rates\n\n{body}")]
    [InlineData("{body}\n\n{body}\n\nhttps://news.example.com/rates\n")]
    [InlineData("{body}\n\n{body}\n\n<https://news.example.com/rates>\n\nComments\nNo comment yet")]
    [InlineData("{body}\n\n{body}\n\nnews.example.com/2024/12/03/rates")]
    [InlineData("{body}\n\n{body}\n\nhttps://news.example.com/rates.")]
    [InlineData("\uFEFFhttps://news.example.com/rates\n\n{body}\n\n{body}")]
    [InlineData("<link rel=\"canonical\" href=\"https://news.example.com/rates\">\n{body}")]
    [InlineData("<meta property=\"og:url\" content=\"https://news.example.com/rates\">\n{body}")]
    [InlineData("{body}\n\nИсточник: https://news.example.ru/rates")]
    public void Canonical_from_labels_and_lone_lines_at_head_or_foot(string text) =>
        Roles(text).Should().Equal(UrlRole.Canonical);

    [Theory]
    [InlineData("{body} Analysts agreed [[1](https://research.example.org/note)].")]
    [InlineData("{body} Analysts agreed.[1](https://research.example.org/note)")]
    [InlineData("{body} The [central bank said](https://bank.example.org/press) so.")]
    [InlineData("{body} <a href=\"https://bank.example.org/press\">statement</a>")]
    [InlineData("{body}\n\nReferences:\n1. https://research.example.org/note")]
    [InlineData("{body}\n\nSources\n- https://research.example.org/note")]
    [InlineData("{body} See the note [[^3](https://research.example.org/note)].")]
    [InlineData("{body}\n\n[1] https://research.example.org/note")]
    [InlineData("{body}\n\n[^1]: https://research.example.org/note")]
    public void Citation_from_footnotes_links_and_reference_lists(string text) =>
        Roles(text).Should().Equal(UrlRole.Citation);

    [Theory]
    [InlineData("{body}\n\nRelated: https://news.example.com/earlier-hike")]
    [InlineData("{body}\n\nRELATED:\n\nhttps://news.example.com/earlier-hike")]
    [InlineData("{body}\n\nRead also: https://news.example.com/earlier-hike")]
    [InlineData("{body}\n\nSee also\n* [Earlier hike](https://news.example.com/earlier-hike)")]
    [InlineData("{body}\n\nRead more: https://news.example.com/earlier-hike")]
    [InlineData("{body}\n\nЧитайте также: https://news.example.ru/earlier-hike")]
    public void Related_from_labels(string text) => Roles(text).Should().Equal(UrlRole.Related);

    [Fact]
    public void A_label_carries_down_a_list_of_links_until_prose()
    {
        string text = Body + "\n\nRelated stories\nBank holds rates\nhttps://news.example.com/a\nMarkets slip\nhttps://news.example.com/b\n\n" +
            Body + " More at https://news.example.com/c today.";
        Roles(text).Should().Equal(UrlRole.Related, UrlRole.Related, UrlRole.Inline);
    }

    [Theory]
    [InlineData("{body}\n\n![Traders at the exchange](https://img.example.com/traders)")]
    [InlineData("{body} <img src=\"https://img.example.com/traders\">")]
    [InlineData("{body}\n\nPhoto: https://img.example.com/traders")]
    [InlineData("{body} The chart https://img.example.com/chart.png shows it.")]
    [InlineData("{body} The chart https://img.example.com/chart.JPEG?w=800 shows it.")]
    [InlineData("{body}\n\nPhoto source: https://img.example.com/traders")]
    [InlineData("{body}\n\nImage URL: https://img.example.com/traders")]
    public void Image_from_markup_labels_and_file_names(string text) => Roles(text).Should().Equal(UrlRole.Image);

    [Theory]
    [InlineData("{body} pic.twitter.com/Ab12Cd")]
    [InlineData("{body} The governor posted https://x.com/governor/status/1234567890.")]
    [InlineData("{body} Follow https://t.me/centralbank_news for updates.")]
    [InlineData("{body} Watch https://youtu.be/abcDEF12345 for the briefing.")]
    [InlineData("{body} Watch https://www.youtube.com/watch?v=abcDEF12345 for the briefing.")]
    [InlineData("{body} Shared on https://m.facebook.com/centralbank/posts/1.")]
    [InlineData("{body} A short link https://t.co/AbCdEf12 spread.")]
    public void Social_from_the_host(string text) => Roles(text).Should().Equal(UrlRole.Social);

    [Theory]
    [InlineData("{body} Details are on https://bank.example.org/rates for anyone.")]
    [InlineData("{body}\n\nhttps://bank.example.org/rates\n\n{body}\n\n{body}\n\n{body}\n\n{body}\n\n{body}")]
    [InlineData("{body} The bank.example.org site.")]
    [InlineData("Contact mailto:desk@example.com")]
    [InlineData("The report, published at https://example.gov/report, says rates will rise.")]
    [InlineData("The code is open source https://code.example.org/tool and anyone can audit it.")]
    [InlineData("Visit the URL https://example.gov/report for more.")]
    public void Inline_otherwise(string text) => Roles(text).Should().Equal(UrlRole.Inline);

    [Fact]
    public void Every_url_of_a_labelled_line_takes_the_label() =>
        Roles("{body}\n\nSee also: https://a.example.com/1, https://b.example.com/2").Should().Equal(UrlRole.Related, UrlRole.Related);

    [Fact]
    public void A_paragraph_ends_a_labelled_list_even_when_hard_wrapped() =>
        Roles("Related:\nhttps://news.example.com/1\n\nThe bank raised its key rate by half a point\non Thursday, its third increase this year,\n" +
            "citing stubborn inflation in services.\n\nhttps://news.example.com/story").Should().Equal(UrlRole.Related, UrlRole.Canonical);

    [Fact]
    public void Roles_in_one_article_follow_each_url()
    {
        string text = "Rates rise again\n\n{body} The bank's [statement](https://bank.example.org/s) and " +
            "a post by the governor, https://x.com/gov/status/1, set the tone.\n\n![Chart](https://img.example.com/c.png)\n\n" +
            "Related: https://news.example.com/older\n\n{body} More on https://bank.example.org/faq.\n\nOriginal url:\nhttps://news.example.com/rates";
        Roles(text).Should().Equal(
            UrlRole.Citation, UrlRole.Social, UrlRole.Image, UrlRole.Related, UrlRole.Inline, UrlRole.Canonical);
    }

    private static List<UrlRole> Roles(string text)
    {
        text = text.Replace("{body}", Body, StringComparison.Ordinal);
        var roles = new List<UrlRole>();
        foreach (UrlMatch url in UrlParser.Enumerate(text))
        {
            roles.Add(url.Role);
        }

        return roles;
    }
}
