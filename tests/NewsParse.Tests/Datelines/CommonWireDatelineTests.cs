using System.Runtime.Intrinsics;
using NewsParse.Datelines;
using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.Datelines;

/// <summary>
/// The one-pass reader of the common wire shape is a shortcut: wherever it answers, the general reader must give the
/// same answer, field for field; wherever it declines, the general reader decides alone.
/// </summary>
public sealed class CommonWireDatelineTests
{
    private static readonly DatelineOptions s_options = new() { ReferenceDate = new DateOnly(2024, 12, 10) };

    [Theory]
    [InlineData("LISBON, May 9 - The central bank said")]
    [InlineData("    HALIFAX, Nova Scotia, Jan 14 - Fishing crews")]
    [InlineData("GRAND RAPIDS, Mich., Oct. 3 - A furniture maker")]
    [InlineData("PORTLAND, Ore. Sept 30 - Timber prices")]
    [InlineData("SAN JOSE Aug 8 - Chip orders")]
    [InlineData("Nov 19 - Shares closed higher")]
    [InlineData("TORONTO, June 2, 1986 - The province")]
    [InlineData("KINGSTON, Jamaica, July 4 (Wire) - Bauxite output")]
    [InlineData("VALLETTA, Dec 1 (Reuters) -- The port")]
    [InlineData("NAIROBI, April 30 — Tea auctions")]
    [InlineData("OSLO, March 3-")]
    [InlineData("Geneva, Feb. 11 - Talks resumed")]
    [InlineData("LISBON, May 9 -— The central bank said on Monday")]
    [InlineData("LISBON, May 9 -_ The central bank said on Monday")]
    [InlineData("LISBON, May 9  --  The central bank said on Monday")]
    [InlineData("LISBON, May 9, 2024 - The central bank said on Monday")]
    [InlineData("LISBON, May 19 - The central bank said on Monday")]
    [InlineData("LISBON, May 9 -- The central bank said on Monday")]
    [InlineData("LISBON, May 9 - ")]
    [InlineData("LISBON, Feb 29 - The central bank said on Monday")]
    [InlineData("    SALVADOR, Feb 26 - Showers continued throughout the week")]
    [InlineData("NAIROBI, March 12 (Reuters) - Kenya's wind farm")]
    [InlineData("BEIJING, Aug 7 (Xinhua) - Output rose")]
    [InlineData("LAGOS, May 2 ( AFP ) - Oil output")]
    [InlineData("LAGOS, May 2 (Agence France-Presse) - Oil output")]
    [InlineData("ROME, Jan 5 (ansa) - ")]
    [InlineData("LISBON, Feb 29 (Wire) - The central bank")]
    [InlineData("LISBON, May 9 (Wire)  - The central bank")]
    [InlineData("LISBON, May 9 (Wire) — The central bank")]
    [InlineData("WASHINGTON (Reuters) - The Senate")]
    [InlineData("NEW YORK (AP) - Stocks fell")]
    [InlineData("WASHINGTON, D.C. (Reuters) - Lawmakers")]
    [InlineData("SAN JUAN, Puerto Rico (AFP) - Power returned")]
    [InlineData("Brussels (Reuters) - Ministers met")]
    [InlineData("HONG KONG (Thomson Reuters) - Shares rose")]
    [InlineData("KABUL ( Reuters ) - Talks resumed")]
    [InlineData("NEW YORK (AP) - ")]
    public void Reads_the_common_shape_as_the_general_reader_does(string line)
    {
        CommonWireDateline.TryRead(line, 7, s_options, out DatelineMatch fast).Should().BeTrue();
        WireDateline.TryReadAnyShape(line, 7, s_options, out DatelineMatch general).Should().BeTrue();
        Fields(fast).Should().Be(Fields(general));
    }

    [Theory]
    [InlineData("MOSCOW, December 3 /TASS/. Talks")]
    [InlineData("AMSTERDAM, 2 March - Bids")]
    [InlineData("KUALA LUMPUR, April 1 , 1997 (AFP) Rubber")]
    [InlineData("OAKLAND , N.J., Feb 26 - A")]
    [InlineData("c    LONDON, Feb 26 - A")]
    [InlineData("RPT - LONDON, Feb 26 - A")]
    [InlineData("UPDATE 2-LONDON, Feb 26 - A")]
    [InlineData("LONDON, Narch 2 - A")]
    [InlineData("LONDON, March 187 - A")]
    [InlineData("LONDON, March 2O - A")]
    [InlineData("LONDON, April, 13 - A")]
    [InlineData("ST. JOHN'S, Newfoundland, May 2 - A")]
    [InlineData("ZÜRICH, May 2 - A")]
    [InlineData("TAUPO, New Zealand, March 23, Reuter - A")]
    [InlineData("LONDON, Feb 26 The bank")]
    [InlineData("A B C D E, Feb 26 - A")]
    [InlineData("X, A, B, C, D, Feb 26 - A")]
    [InlineData("LONDON, Feb 30 - A")]
    [InlineData("LONDON, Feb 0 - A")]
    [InlineData("LONDON, Feb 26. - A")]
    [InlineData("LONDON,  Feb 26 - A")]
    [InlineData("MADRID, Feb 26 (EFE).- A")]
    [InlineData("LONDON, Feb 2 (\nReuters) - A")]
    [InlineData("LONDON, Feb 2 (Reuters\n) - A")]
    [InlineData("LONDON, Feb 2\n - A")]
    [InlineData("LONDON,\nFeb 2 - A")]
    [InlineData("LONDON, Feb 2 (a wire) - A")]
    [InlineData("LONDON, Feb 30 (Wire) - A")]
    [InlineData("LONDON, Feb 2 (Wire)")]
    [InlineData("WASHINGTON (Wire) - A")]
    [InlineData("WASHINGTON (Reuters) -- A")]
    [InlineData("WASHINGTON (Reuters) — A")]
    [InlineData("WASHINGTON (Reuters)- A")]
    [InlineData("WASHINGTON (Reuters) A")]
    [InlineData("WASHINGTON  (Reuters) - A")]
    [InlineData("WASHINGTON(Reuters) - A")]
    [InlineData("WASHINGTON, (Reuters) - A")]
    [InlineData("WASHINGTON (Reuters)\n - A")]
    [InlineData("(Reuters) - A")]
    [InlineData("A B C D E (Reuters) - A")]
    [InlineData("")]
    [InlineData("   ")]
    public void Leaves_every_other_shape_to_the_general_reader(string line) =>
        CommonWireDateline.TryRead(line, 0, s_options, out _).Should().BeFalse();

    [Theory]
    [InlineData("LISBON, May 9 - The central bank said on Monday")]
    [InlineData("    HALIFAX, N.S., Jan 14 - Fishing crews returned")]
    [InlineData("GRAND RAPIDS, Mich. Oct. 3 - A furniture maker said")]
    [InlineData("SAN JOSE Aug 8 - Chip orders rose in July, it said")]
    [InlineData("Nov 19 - Shares closed higher on the exchange today")]
    [InlineData("OSLO, Norway, EU, March 3 - The fund reported gains")]
    public void Reads_the_place_from_bit_masks_as_it_does_one_character_at_a_time(string line)
    {
        // Without vector instructions (DOTNET_EnableHWIntrinsic=0 in CI) the masks leave every line to the characters.
        PlaceBitMasks.TryRead(line, out CommonWireDateline.Place masks).Should().Be(Vector128.IsHardwareAccelerated);
        CommonWireDateline.TryReadPlace(line, out CommonWireDateline.Place characters).Should().BeTrue();
        if (Vector128.IsHardwareAccelerated)
        {
            masks.Should().Be(characters);
        }
    }

    [Theory]
    [InlineData("LISBON,May 9 - The central bank said on Monday")]
    [InlineData("LISBON,  May 9 - The central bank said on Monday")]
    [InlineData("ST..LOUIS, May 9 - The central bank said on Monday")]
    [InlineData("A B C D E, May 9 - The central bank said on Monday")]
    [InlineData("LISBON, May9 - The central bank said on Monday and")]
    [InlineData("OSLO, Norway, Europe, March 3 - The fund reported")]
    [InlineData("LISBON, May 9")]
    [InlineData("ZÜRICH, May 9 - The central bank said on Monday as")]
    public void The_bit_masks_decline_what_they_are_not_sure_of(string line) =>
        PlaceBitMasks.TryRead(line, out _).Should().BeFalse();

    // Lines that open with six words of letters and single spaces are passed over without either reader: the premise.
    [Theory]
    [InlineData("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) on Monday")]
    [InlineData("    Shares in the bank fell sharply on Feb 26 - analysts said")]
    [InlineData("the central bank of the country said on March 4 (Reuters) -")]
    [InlineData("UPDATE the figures from the ministry on May 2 - ")]
    [InlineData("RPT the news agency reported from LONDON, Feb 26 - A")]
    public void Lines_opening_with_six_plain_words_are_no_dateline(string line)
    {
        WireDateline.TryReadAnyShape(line, 0, s_options, out _).Should().BeFalse();
        CommonWireDateline.TryRead(line, 0, s_options, out _).Should().BeFalse();
        WireDateline.TryReadOtherShapes(line, 0, s_options, out _).Should().BeFalse();
    }

    [Theory]
    [InlineData("The Bank of England March 3 - Rates")]
    [InlineData("SAN JOSE DEL MONTE CITY, Feb 2 - A")]
    [InlineData("c  the bank said on March 3 - Rates")]
    [InlineData("NEW YORK CITY (Reuters) - Stocks")]
    public void Lines_with_fewer_plain_words_are_still_read(string line) =>
        WireDateline.TryReadOtherShapes(line, 0, s_options, out _).Should().Be(WireDateline.TryReadAnyShape(line, 0, s_options, out _));

    [Fact]
    public void Agrees_with_the_general_reader_on_mutated_datelines()
    {
        string[] seeds =
        [
            "LISBON, May 9 - The central bank", "GRAND RAPIDS, Mich., Oct. 3 (Wire) - A", "PORTLAND, Ore. Sept 30, 1987 -- B",
            "Nov 19 - C", "KINGSTON, Jamaica, St. Andrew, July 4 — D", "NEW YORK, N.Y. (Reuters) - E",
        ];
        const string Alphabet = " ,.-()/0123456789aAzZ\t";
        var random = new Random(20261122);
        int answered = 0;
        for (int i = 0; i < 20_000; i++)
        {
            char[] line = seeds[i % seeds.Length].ToCharArray();
            for (int edits = random.Next(1, 3); edits > 0; edits--)
            {
                line[random.Next(line.Length)] = Alphabet[random.Next(Alphabet.Length)];
            }

            answered += AgreeWhereTheShortcutAnswers(new string(line) + " and the story runs on for a while") ? 1 : 0;
        }

        answered.Should().BeGreaterThan(1_000, "mutations that keep the common shape are still read by the shortcut");
    }

    [SharedCorpusFact]
    public void Agrees_with_the_general_reader_on_every_head_line_of_the_shared_corpus()
    {
        int answered = 0;
        foreach (string set in (string[])["reuters21578", "bbc", "polnear", "seeds"])
        {
            foreach (System.Text.Json.JsonElement article in SharedCorpus.ReadLines($"{set}/articles.jsonl"))
            {
                string text = article.GetProperty("text").GetString()!;
                int lineStart = 0;
                foreach (string line in text[..Math.Min(text.Length, DatelineParser.HeadLength)].Split('\n').Take(12))
                {
                    answered += AgreeWhereTheShortcutAnswers(line) ? 1 : 0;
                    AgreeOnThePlace(text[lineStart..]);
                    lineStart += line.Length + 1;
                }
            }
        }

        answered.Should().BeGreaterThan(18_000, "nearly every Reuters story has a dateline of the common shape");
    }

    private static bool AgreeWhereTheShortcutAnswers(string line)
    {
        AgreeOnThePlace(line);
        if (!CommonWireDateline.TryRead(line, 3, s_options, out DatelineMatch fast))
        {
            return false;
        }

        WireDateline.TryReadAnyShape(line, 3, s_options, out DatelineMatch general).Should().BeTrue(line);
        Fields(fast).Should().Be(Fields(general), line);
        return true;
    }

    // Where the bit masks answer, reading one character at a time gives the same place.
    private static void AgreeOnThePlace(string text)
    {
        if (PlaceBitMasks.TryRead(text, out CommonWireDateline.Place masks))
        {
            CommonWireDateline.TryReadPlace(text, out CommonWireDateline.Place characters).Should().BeTrue(text);
            masks.Should().Be(characters, text);
        }
    }

    private static (int, int, Range, Range, Range, string?, PartialDate?, TimeOnly?, Range) Fields(DatelineMatch d) =>
        (d.Start, d.Length, d.City, d.Region, d.AgencyText, d.Agency, d.Date, d.Time, d.TimeZone);
}
