using System.Text;
using System.Text.Json;
using NewsParse.Datelines;
using NewsParse.Json;
using NewsParse.Quotes;
using NewsParse.Tests.Cli;
using NewsParse.Urls;

namespace NewsParse.Tests;

/// <summary>
/// Offsets a pipeline outside .NET can slice with: the command's and the library's JSON in UTF-16 code units, UTF-8
/// bytes or code points, and the span layer over UTF-8 bytes, on a story of emoji, CJK and combining marks (invented).
/// </summary>
public sealed class OffsetUnitTests
{
    private const string Story =
        "東京, Dec. 7 (Reuters) - 🚀 Café owners (cafe\u0301) said “値上げは避けられない,” and Zoë Ng told reporters 👩‍👩‍👧 " +
        "“We will 🙂 stay.” Details: https://example.jp/値上げ?q=🙂 and www.example.com/naïve.";

    public static TheoryData<string> Units() => ["utf16", "utf8", "codepoints"];

    [Theory]
    [MemberData(nameof(Units))]
    public async Task The_command_s_offsets_slice_the_text_in_their_unit(string unit)
    {
        CliResult result = await CliHarness.RunAsync(["--jsonl", "--offsets", unit, "-"], CliHarness.JsonLine("a", Story) + "\n");

        result.ExitCode.Should().Be(0);
        CheckSlices(result.Documents[0], unit);
    }

    [Theory]
    [InlineData(OffsetUnit.Utf16, "utf16")]
    [InlineData(OffsetUnit.Utf8, "utf8")]
    [InlineData(OffsetUnit.CodePoints, "codepoints")]
    public void The_library_s_offsets_slice_the_text_in_their_unit(OffsetUnit unit, string name)
    {
        NewsArticle article = new NewsParser(new NewsParseOptions { ReferenceDate = new DateOnly(2024, 12, 10) }).Parse(Story);

        using JsonDocument json = JsonDocument.Parse(NewsArticleJson.Serialize(article, Story, unit));

        CheckSlices(json.RootElement, name);
    }

    [Fact]
    public void Utf16_offsets_are_the_parsers_own()
    {
        NewsArticle article = NewsParser.Default.Parse(Story);
        NewsArticleJson.Serialize(article, Story, OffsetUnit.Utf16).Should().Be(NewsArticleJson.Serialize(article));
    }

    [Fact]
    public void The_span_layer_over_utf8_gives_byte_ranges_of_the_input()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Lead \u00e9\ud83d\ude00 "), 0xFF, 0xC3, .. Encoding.UTF8.GetBytes(" 東 https://example.jp/é and \"We stay,\" Ng said.")];
        using Utf8Input input = Utf8Input.Decode(bytes);

        var urls = new List<string>();
        foreach (UrlMatch url in UrlParser.Enumerate(input.Chars))
        {
            urls.Add(Encoding.UTF8.GetString(bytes[input.ToByteRange(url.Range)]));
        }

        var quotes = new List<string>();
        foreach (QuoteMatch quote in QuoteParser.Enumerate(input.Chars))
        {
            quotes.Add(Encoding.UTF8.GetString(bytes[input.ToByteRange(quote.Range)]));
        }

        urls.Should().Equal("https://example.jp/é");
        quotes.Should().Equal("We stay,");
        input.ToByteOffset(0).Should().Be(0);
        input.ToByteOffset(input.Chars.Length).Should().Be(bytes.Length);
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0xF0, 0x9F, 0x98, 0x80, 0x62 }, new[] { 0, 1, 5, 5, 6 }, new[] { 0, 1, 3, 3, 4 })]
    [InlineData(new byte[] { 0xE2, 0x82, 0x61 }, new[] { 0, 2 }, new[] { 0, 1 })]
    [InlineData(new byte[] { 0xFF, 0xFE, 0x61 }, new[] { 0, 1, 2, 3 }, new[] { 0, 1, 2, 3 })]
    [InlineData(new byte[] { 0x63, 0x61, 0x66, 0x65, 0xCC, 0x81 }, new[] { 4, 6, 0 }, new[] { 4, 5, 0 })]
    public void Character_offsets_map_to_where_their_bytes_start(byte[] bytes, int[] byteOffsets, int[] charOffsets)
    {
        using Utf8Input input = Utf8Input.Decode(bytes);
        var mapped = new List<int>();
        foreach (int c in charOffsets)
        {
            mapped.Add(input.ToByteOffset(c));
        }

        mapped.Should().Equal(byteOffsets);
    }

    [Fact]
    public void An_offset_outside_the_text_is_refused_and_a_disposed_input_is_empty()
    {
        Utf8Input input = Utf8Input.Decode("abc"u8);
        try
        {
            int outside = 4;
            bool refused = false;
            try
            {
                input.ToByteOffset(outside);
            }
            catch (ArgumentOutOfRangeException)
            {
                refused = true;
            }

            refused.Should().BeTrue();
        }
        finally
        {
            input.Dispose();
        }

        input.Chars.IsEmpty.Should().BeTrue();
        input.Dispose();
    }

    // Every start and length of a line slices the text, in the line's unit, to what the line says it found.
    private static void CheckSlices(JsonElement line, string unit)
    {
        JsonElement dateline = line.GetProperty("dateline");
        Slice(unit, dateline).Should().Be(dateline.GetProperty("text").GetString());
        line.GetProperty("quotes").GetArrayLength().Should().Be(2);
        foreach (JsonElement quote in line.GetProperty("quotes").EnumerateArray())
        {
            Slice(unit, quote).Should().Be(quote.GetProperty("text").GetString());
        }

        line.GetProperty("urls").GetArrayLength().Should().Be(2);
        foreach (JsonElement url in line.GetProperty("urls").EnumerateArray())
        {
            Slice(unit, url).Should().Be(url.GetProperty("url").GetString());
        }
    }

    private static string Slice(string unit, JsonElement found)
    {
        int start = found.GetProperty("start").GetInt32();
        int length = found.GetProperty("length").GetInt32();
        return unit switch
        {
            "utf16" => Story.Substring(start, length),
            "utf8" => Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(Story), start, length),
            _ => string.Concat(Story.EnumerateRunes().Skip(start).Take(length)),
        };
    }
}
