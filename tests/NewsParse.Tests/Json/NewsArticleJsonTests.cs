using System.Text;
using System.Text.Json;
using NewsParse.Datelines;
using NewsParse.Json;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Tests.Json;

/// <summary>
/// The library writes and reads what it found as the JSON of the command's output: property names, order and value
/// forms of the contract, read back whatever the order, with the fields a line carries besides passed over. The story
/// is invented for these tests.
/// </summary>
public sealed class NewsArticleJsonTests
{
    private const string Story =
        "ACCRA, Dec. 7 (Reuters) - Ghana's finance minister said on Friday the levy would stay. \"We will not cut it,\" " +
        "Kofi Mensah told reporters. The full text is at https://finance.example.gov.gh/levy.";

    private static readonly NewsParser Parser = new(new NewsParseOptions { ReferenceDate = new DateOnly(2024, 12, 10) });

    [Fact]
    public void An_article_is_written_as_the_contract_orders_it()
    {
        string json = NewsArticleJson.Serialize(Parser.Parse(Story));

        json.Should().Be(
            "{\"dateline\":{\"text\":\"ACCRA, Dec. 7 (Reuters) -\",\"start\":0,\"length\":25,\"location\":\"ACCRA\",\"agency\":\"Reuters\"," +
            "\"date\":\"2024-12-07\",\"time\":null}," +
            "\"quotes\":[{\"text\":\"We will not cut it,\",\"start\":88,\"length\":19,\"speaker\":\"Kofi Mensah\",\"speakerResolved\":\"Kofi Mensah\"," +
            "\"cue\":\"told reporters\",\"kind\":\"direct\",\"group\":null}]," +
            "\"urls\":[{\"url\":\"https://finance.example.gov.gh/levy\",\"start\":157,\"length\":35,\"role\":\"inline\"}]}");
    }

    [Fact]
    public void What_is_written_reads_back_as_it_was()
    {
        NewsArticle article = Parser.Parse(Story);

        NewsArticle read = NewsArticleJson.Deserialize(NewsArticleJson.Serialize(article));

        read.Quotes.Should().Equal(article.Quotes);
        read.Urls.Should().Equal(article.Urls);
        read.Dateline.Should().Be(article.Dateline! with { City = null, Region = null, TimeZone = null }, "the contract carries the location, not its parts");
        NewsArticleJson.Serialize(read).Should().Be(NewsArticleJson.Serialize(article));
    }

    [Fact]
    public void The_serializer_uses_the_contract_both_ways()
    {
        NewsArticle article = Parser.Parse(Story);
        var options = new JsonSerializerOptions { Encoder = NewsArticleJson.LineOptions.Encoder };

        string json = JsonSerializer.Serialize(article, options);

        json.Should().Be(NewsArticleJson.Serialize(article));
        JsonSerializer.Deserialize<NewsArticle>(json)!.Quotes.Should().Equal(article.Quotes);
        JsonSerializer.Serialize(article.Quotes[0], options).Should().StartWith("{\"text\":\"We will not cut it,\",\"start\":88,");
        JsonSerializer.Deserialize<SourceUrl>(JsonSerializer.Serialize(article.Urls[0])).Should().Be(article.Urls[0]);
    }

    [Fact]
    public void A_line_of_output_reads_in_any_order_with_its_other_fields_passed_over()
    {
        const string Line =
            "{\"id\":\"a-1\",\"url\":\"https://example.com/a\",\"meta\":{\"tags\":[1,2,{\"x\":null}]},\"urls\":[]," +
            "\"quotes\":[{\"group\":3,\"kind\":\"partial\",\"cue\":null,\"speakerResolved\":null,\"speaker\":\"he\",\"length\":5,\"start\":9,\"text\":\"a cut\",\"extra\":true}]," +
            "\"dateline\":{\"time\":\"13:34\",\"date\":\"--02-26\",\"agency\":null,\"location\":\"SALVADOR\",\"length\":10,\"start\":0,\"text\":\"SALVADOR -\"}}";

        NewsArticle article = NewsArticleJson.Deserialize(Line);

        article.Quotes.Should().Equal(new Quote { Text = "a cut", Start = 9, Length = 5, Speaker = "he", Kind = QuoteKind.Partial, Group = 3 });
        article.Urls.Should().BeEmpty();
        article.Dateline.Should().Be(new Dateline
        {
            Text = "SALVADOR -", Start = 0, Length = 10, Location = "SALVADOR", Date = new PartialDate(2, 26), Time = new TimeOnly(13, 34),
        });
    }

    [Theory]
    [InlineData("{\"id\":\"a\",\"error\":\"cannot read a.txt\"}")]
    [InlineData("{\"dateline\":null,\"quotes\":[]}")]
    [InlineData("[]")]
    [InlineData("{\"dateline\":null,\"quotes\":[{\"text\":\"x\",\"kind\":\"shouted\"}],\"urls\":[]}")]
    [InlineData("{\"dateline\":null,\"quotes\":[{\"start\":1}],\"urls\":[]}")]
    [InlineData("{\"dateline\":{\"text\":\"X -\",\"date\":\"2024-02-30\"},\"quotes\":[],\"urls\":[]}")]
    [InlineData("{\"dateline\":{\"text\":\"X -\",\"time\":\"1:34 pm\"},\"quotes\":[],\"urls\":[]}")]
    [InlineData("{\"dateline\":null,\"quotes\":[],\"urls\":[{\"url\":\"a.example\",\"role\":\"homepage\"}]}")]
    [InlineData("{\"dateline\":null,\"quotes\":[],\"urls\":[{\"url\":\"a.example\",\"start\":\"0\"}]}")]
    [InlineData("{\"dateline\":null,\"quotes\":[],\"urls\":[]} {}")]
    [InlineData("{\"dateline\":null,\"quotes\":[")]
    [InlineData("{\"dateline\":null,\"quotes\":[{\"text\":\"\\ud800\"}],\"urls\":[]}")]
    public void What_is_not_an_article_of_the_contract_is_refused(string json) =>
        FluentActions.Invoking(() => NewsArticleJson.Deserialize(json)).Should().Throw<JsonException>();

    [Fact]
    public void An_article_with_nothing_found_is_written_with_empty_lists()
    {
        NewsArticleJson.Serialize(new NewsArticle()).Should().Be("{\"dateline\":null,\"quotes\":[],\"urls\":[]}");
        NewsArticleJson.Deserialize(Encoding.UTF8.GetBytes("{\"dateline\":null,\"quotes\":[],\"urls\":[]}")).Quotes.Should().BeEmpty();
    }

    [Theory]
    [InlineData(QuoteKind.Direct, "direct")]
    [InlineData(QuoteKind.Partial, "partial")]
    [InlineData(QuoteKind.Transcript, "transcript")]
    [InlineData(QuoteKind.Scare, "scare")]
    public void Kinds_are_named_in_lower_case(QuoteKind kind, string name) => NewsArticleJson.KindName(kind).Should().Be(name);

    [Fact]
    public void Null_is_refused()
    {
        FluentActions.Invoking(() => NewsArticleJson.Serialize(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NewsArticleJson.Deserialize((string)null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NewsArticleJson.Write(null!, new NewsArticle())).Should().Throw<ArgumentNullException>();
    }
}
