using System.Globalization;
using System.Text;
using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Tests.Hardening;

/// <summary>
/// Runs every parser of both layers over a text and checks what must hold for any text at all: nothing thrown, every
/// range inside the text and in order, no range cutting a surrogate pair in two, and the object layer saying exactly
/// what the span layer says. The result is an account of everything found, to compare runs with.
/// </summary>
internal static class ArticleChecks
{
    /// <summary>The parsers checked: the defaults, every option turned the other way, and the first and last reference dates.</summary>
    public static readonly NewsParser[] Parsers =
    [
        NewsParser.Default,
        new(new NewsParseOptions
        {
            ReferenceDate = new DateOnly(2024, 12, 7),
            NumericDateOrder = NumericDateOrder.DayFirst,
            Quotes = new QuoteOptions { OmitScareQuotes = true },
            Urls = new UrlOptions { IncludeEmails = true },
        }),
        new(new NewsParseOptions { ReferenceDate = DateOnly.MaxValue, NumericDateOrder = NumericDateOrder.MonthFirst }),
        new(new NewsParseOptions { ReferenceDate = DateOnly.MinValue }),
    ];

    /// <summary>Checks <paramref name="text"/> with every parser; throws on the first broken rule.</summary>
    /// <returns>Everything found, one line per finding.</returns>
    public static string Check(string text)
    {
        var account = new StringBuilder();
        foreach (NewsParser parser in Parsers)
        {
            CheckOne(parser, text, account);
        }

        return account.ToString();
    }

    private static void CheckOne(NewsParser parser, string text, StringBuilder account)
    {
        NewsArticle article = parser.Parse(text);

        int index = 0, previousEnd = 0;
        foreach (UrlMatch url in parser.EnumerateUrls(text))
        {
            Inside(text, url.Range, "url");
            Require(url.Start >= previousEnd, "urls overlap or run backwards");
            Require(index < article.Urls.Count, "the object layer has fewer urls");
            var expectedUrl = new SourceUrl { Url = url.ToString(), Start = url.Start, Length = url.Length, Role = url.Role, Form = url.Form };
            Require(article.Urls[index] == expectedUrl, "url differs between layers");
            account.Append(CultureInfo.InvariantCulture, $"url {url.Start} {url.Length} {url.Role} {url.Form}\n");
            previousEnd = url.End;
            index++;
        }

        Require(index == article.Urls.Count, "the object layer has more urls");

        index = 0;
        previousEnd = 0;
        foreach (QuoteMatch quote in parser.EnumerateQuotes(text))
        {
            Inside(text, quote.Range, "quote");
            Require(quote.Start >= previousEnd, "quotes overlap or run backwards");
            Inside(text, quote.Speaker, "speaker");
            Inside(text, quote.SpeakerResolved, "resolved speaker");
            Inside(text, quote.Cue, "cue");
            Require(index < article.Quotes.Count, "the object layer has fewer quotes");
            var expected = new Quote
            {
                Text = text[quote.Range], Start = quote.Start, Length = quote.Length, Speaker = Slice(text, quote.Speaker),
                SpeakerResolved = Slice(text, quote.SpeakerResolved), Cue = Slice(text, quote.Cue), Kind = quote.Kind, Group = quote.Group,
            };
            Require(article.Quotes[index] == expected, "quote differs between layers");
            account.Append(CultureInfo.InvariantCulture, $"quote {quote.Range} {quote.Speaker} {quote.SpeakerResolved} {quote.Cue} {quote.Kind} {quote.Group}\n");
            previousEnd = quote.End;
            index++;
        }

        Require(index == article.Quotes.Count, "the object layer has more quotes");

        if (parser.TryParseDateline(text, out DatelineMatch dateline))
        {
            Inside(text, dateline.Range, "dateline");
            foreach (Range part in new[] { dateline.Location, dateline.City, dateline.Region, dateline.AgencyText, dateline.TimeZone })
            {
                Inside(text, part, "dateline part");
                Require(part.Equals(default(Range)) || (part.Start.Value >= dateline.Start && part.End.Value <= dateline.End), "a dateline part outside the dateline");
            }

            var expected = new Dateline
            {
                Text = text[dateline.Range], Start = dateline.Start, Length = dateline.Length, Location = Slice(text, dateline.Location),
                City = Slice(text, dateline.City), Region = Slice(text, dateline.Region), Agency = dateline.Agency ?? Slice(text, dateline.AgencyText),
                Date = dateline.Date, Time = dateline.Time, TimeZone = Slice(text, dateline.TimeZone),
            };
            Require(article.Dateline == expected, "dateline differs between layers");
            account.Append(CultureInfo.InvariantCulture, $"dateline {dateline.Range} {dateline.City} {dateline.Region} {dateline.Agency} {dateline.Date} {dateline.Time}\n");
        }
        else
        {
            Require(article.Dateline is null, "the object layer has a dateline the span layer has not");
        }
    }

    // A range is inside the text, runs forwards, and does not cut a surrogate pair in two at either end.
    private static void Inside(string text, Range range, string what)
    {
        if (range.Equals(default(Range)))
        {
            return;
        }

        int start = range.Start.Value, end = range.End.Value;
        Require(!range.Start.IsFromEnd && !range.End.IsFromEnd && 0 <= start && start <= end && end <= text.Length, $"{what} {range} outside a text of {text.Length}");
        Require(!CutsPair(text, start) && !CutsPair(text, end), $"{what} {range} cuts a surrogate pair");
    }

    private static bool CutsPair(string text, int at) =>
        at > 0 && at < text.Length && char.IsHighSurrogate(text[at - 1]) && char.IsLowSurrogate(text[at]);

    private static string? Slice(string text, Range range) => range.Equals(default(Range)) ? null : text[range];

    private static void Require(bool condition, string rule)
    {
        if (!condition)
        {
            throw new BrokenRuleException(rule);
        }
    }
}

/// <summary>A rule every result must keep was broken.</summary>
internal sealed class BrokenRuleException(string rule) : Exception(rule);
