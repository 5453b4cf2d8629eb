using FluentAssertions;
using NewsParse.Tests.Hardening;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

public class SentenceStartsTests
{
    private static readonly string[] s_pieces =
    [
        "The vote failed. ", "Mr. Osei ", "left early", ". ", "! ", "? ", "\n", "\n\n", "«", "»", "“", "”", ".", "J. ", "a.m. ",
        "He said", "U.S. ", "  ", "x", "A", "\"",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Lookups_moving_forward_give_what_a_fresh_lookup_gives(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 300; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(1, 120)).Select(_ => s_pieces[random.Next(s_pieces.Length)]));
            var starts = new SentenceStarts();
            int p = 0;
            for (int lookup = 0; lookup < 60; lookup++)
            {
                // Mostly forward, now and then back a little, as the quote rules look.
                p = Math.Clamp(p + random.Next(-8, 40), 0, text.Length);
                // A window may start past its position (the last attribution read on over the next opening mark).
                int limit = random.Next(4) switch
                {
                    0 => 0,
                    1 => Math.Max(0, p - random.Next(60)),
                    2 => Math.Min(text.Length, p + random.Next(40)),
                    _ => random.Next(p + 1),
                };

                starts.StartBefore(text, p, limit).Should().Be(Sentences.StartBefore(text, p, limit), "round {0}, lookup {1} at {2} down to {3}", round, lookup, p, limit);
            }
        }
    }

    [Fact]
    public void A_lookup_further_on_walks_back_only_over_new_text()
    {
        string text = PathologicalText.Repeat(".«", 100_000);
        var starts = new SentenceStarts();
        WorkMeter.Reset();
        for (int p = 400; p < text.Length; p += 2)
        {
            starts.StartBefore(text, p, p - 400);
        }

        WorkMeter.Steps.Should().BeLessThan(10L * text.Length);
    }
}
