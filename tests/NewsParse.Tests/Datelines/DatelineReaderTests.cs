using System.Runtime.Intrinsics;
using NewsParse.Datelines;
using NewsParse.Tests.Infrastructure;

namespace NewsParse.Tests.Datelines;

/// <summary>
/// The one dateline reader never reads past its line: given the rest of the text from a line's start it gives the
/// answer it gives for the line alone, field for field, so the head walk may run it before the line's end is known.
/// Its fast path for the common wire shapes gives, wherever it answers, the general reader's answer, and the bit masks
/// that read that path's place give the place it reads one character at a time.
/// </summary>
public sealed class DatelineReaderTests
{
    private static readonly DatelineOptions s_options = new() { ReferenceDate = new DateOnly(2024, 12, 10) };

    [Theory]
    [InlineData("TRONDHEIM, May 9 - Fish exports rose")]
    [InlineData("    HALIFAX, Nova Scotia, Jan 14 - Crews")]
    [InlineData("Nov 19 - Shares closed higher")]
    [InlineData("KINGSTON, Jamaica, July 4 (Wire) - Bauxite")]
    [InlineData("NAIROBI, April 30 — Tea auctions")]
    [InlineData("BERGEN, March 3-")]
    [InlineData("MOSCOW, December 3 /TASS/. Talks")]
    [InlineData("UTRECHT, 2 March - Bids")]
    [InlineData("IPOH, April 1 , 1997 (AFP)")]
    [InlineData("RPT - LONDON, Feb 26 - A")]
    [InlineData("TAUPO, New Zealand, March 23, Reuter - A")]
    [InlineData("MADRID, Feb 26 (EFE).- A")]
    [InlineData("NEW YORK (AP)")]
    [InlineData("NEW YORK, March 2 (Wire)")]
    [InlineData("LONDON, Feb 2 (Reuters")]
    [InlineData("LONDON, Feb 2")]
    [InlineData("LONDON,")]
    public void Reads_a_line_alone_as_it_reads_it_before_more_lines(string line)
    {
        bool alone = DatelineReader.TryRead(line, 7, s_options, out DatelineMatch byItself, out DatelineEnding endingAlone);
        foreach (string next in (string[])["\nPARIS, May 3 (Reuters) - More", "\r\n - Reuters", "\n(AP) —", "\nthe story"])
        {
            DatelineReader.TryRead(line + next, 7, s_options, out DatelineMatch withMore, out DatelineEnding ending).Should().Be(alone, line + next);
            (Fields(withMore), ending).Should().Be((Fields(byItself), endingAlone), line + next);
        }
    }

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
    public void The_fast_path_reads_the_common_shape_as_the_general_reader_does(string line)
    {
        FastPath(line, 7, out DatelineMatch fast, out DatelineEnding fastEnding).Should().BeTrue();
        DatelineReader.TryReadAnyShape(line, 7, s_options, out DatelineMatch general, out DatelineEnding ending).Should().BeTrue();
        (Fields(fast), fastEnding).Should().Be((Fields(general), ending));
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
    public void The_fast_path_leaves_every_other_shape_to_the_general_reader(string line) =>
        CommonShape.TryRead(line, 0, s_options, out _).Should().BeFalse();

    [Fact]
    public void The_fast_path_agrees_with_the_general_reader_on_mutated_datelines()
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

            answered += AgreeWhereTheFastPathAnswers(new string(line) + " and the story runs on for a while") ? 1 : 0;
        }

        answered.Should().BeGreaterThan(1_000, "mutations that keep the common shape are still read by the fast path");
    }

    [Theory]
    [InlineData("LISBON, May 9 - The central bank said on Monday")]
    [InlineData("    HALIFAX, N.S., Jan 14 - Fishing crews returned")]
    [InlineData("GRAND RAPIDS, Mich. Oct. 3 - A furniture maker said")]
    [InlineData("SAN JOSE Aug 8 - Chip orders rose in July, it said")]
    [InlineData("Nov 19 - Shares closed higher on the exchange today")]
    [InlineData("OSLO, Norway, EU, March 3 - The fund reported gains")]
    public void The_fast_path_reads_the_place_from_bit_masks_as_it_does_one_character_at_a_time(string line)
    {
        // Without vector instructions (DOTNET_EnableHWIntrinsic=0 in CI) the masks leave every line to the characters.
        PlaceBitMasks.TryRead(line, out CommonShape.CommonPlace masks).Should().Be(Vector128.IsHardwareAccelerated);
        CommonShape.TryReadPlace(line, out CommonShape.CommonPlace characters).Should().BeTrue();
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
    public void The_fast_paths_bit_masks_decline_what_they_are_not_sure_of(string line) =>
        PlaceBitMasks.TryRead(line, out _).Should().BeFalse();

    // Six words of letters with single spaces open a paragraph of prose: a place part holds at most four words.
    [Theory]
    [InlineData("Quarterly profits at US media giant TimeWarner jumped 76% to $1.13bn (£600m) on Monday")]
    [InlineData("    Shares in the bank fell sharply on Feb 26 - analysts said")]
    [InlineData("the central bank of the country said on March 4 (Reuters) -")]
    [InlineData("UPDATE the figures from the ministry on May 2 - ")]
    [InlineData("RPT the news agency reported from LONDON, Feb 26 - A")]
    public void Lines_opening_with_six_plain_words_are_no_dateline(string line) =>
        DatelineReader.TryRead(line, 0, s_options, out _, out _).Should().BeFalse();

    [SharedCorpusFact]
    public void Reads_every_head_line_of_the_shared_corpus_as_it_reads_the_line_alone_and_as_the_fast_path_does()
    {
        int read = 0;
        foreach (string set in (string[])["reuters21578", "bbc", "polnear", "seeds"])
        {
            foreach (System.Text.Json.JsonElement article in SharedCorpus.ReadLines($"{set}/articles.jsonl"))
            {
                string text = article.GetProperty("text").GetString()!;
                string head = text[..Math.Min(text.Length, DatelineParser.HeadLength)];
                int lineStart = 0;
                foreach (string line in head.Split('\n').Take(12))
                {
                    bool alone = DatelineReader.TryRead(line, lineStart, s_options, out DatelineMatch byItself, out DatelineEnding endingAlone);
                    DatelineReader.TryRead(head.AsSpan(lineStart), lineStart, s_options, out DatelineMatch inText, out DatelineEnding ending).Should().Be(alone, line);
                    (Fields(inText), ending).Should().Be((Fields(byItself), endingAlone), line);
                    read += alone ? 1 : 0;
                    AgreeWhereTheFastPathAnswers(line);
                    lineStart += line.Length + 1;
                }
            }
        }

        read.Should().BeGreaterThan(18_000, "nearly every Reuters story has a dateline");
    }

    // Where the fast path answers, the general reader gives the same answer; where the bit masks read a place, reading
    // one character at a time gives the same place.
    private static bool AgreeWhereTheFastPathAnswers(string line)
    {
        if (PlaceBitMasks.TryRead(line, out CommonShape.CommonPlace masks))
        {
            CommonShape.TryReadPlace(line, out CommonShape.CommonPlace characters).Should().BeTrue(line);
            masks.Should().Be(characters, line);
        }

        if (!FastPath(line, 3, out DatelineMatch fast, out DatelineEnding fastEnding))
        {
            return false;
        }

        DatelineReader.TryReadAnyShape(line, 3, s_options, out DatelineMatch general, out DatelineEnding ending).Should().BeTrue(line);
        (Fields(fast), fastEnding).Should().Be((Fields(general), ending), line);
        return true;
    }

    // The fast path's answer as the reader gives it: the match, and what follows it on the line.
    private static bool FastPath(string line, int offset, out DatelineMatch dateline, out DatelineEnding ending)
    {
        ending = DatelineEnding.Story;
        return CommonShape.TryRead(line, offset, s_options, out dateline);
    }

    private static (int, int, Range, Range, Range, string?, PartialDate?, TimeOnly?, Range) Fields(DatelineMatch d) =>
        (d.Start, d.Length, d.City, d.Region, d.AgencyText, d.Agency, d.Date, d.Time, d.TimeZone);
}
