using System.Text;

namespace NewsParse.Tests.Hardening;

/// <summary>
/// Seeded fuzzing of whole articles: wire stories that reach every rule of every parser, cut, spliced and sprinkled
/// with hostile pieces. Seeds make every failure repeatable; the rules are those of <see cref="ArticleChecks"/>.
/// </summary>
public sealed class SeededFuzzTests
{
    private static readonly string[] Stories =
    [
        "PORT LOUIS, Mauritius, March 3 (Reuters) - The central bank held its key rate on Tuesday, citing \"sticky\" prices.\n\n"
            + "“We will not move until inflation is back in its band,” Governor Amara Osei told reporters. “The job is not done.”\n\n"
            + "Critics disagreed. ‘It is far too late,’ said Lena Brandt, an economist at https://example-research.org/notes/(2024).\n"
            + "Osei said the bank would publish its minutes at www.bank.example.mu/minutes?year=2024#march, he added.\n",
        "MARKETS WRAP: SHARES SLIP AS YIELDS CLIMB\n\n    NEW YORK, Feb 26 -\n    Shr 22 cts vs 14 cts\n    Net 917,000 vs 553,000\n"
            + "The company said in a statement it expected \"modest growth\" and added: \"We are confident.\"\n Reuter\n",
        "December 4, 2024 Hour: 1:34 pm\nBy Linda Sieg, Reuters\n\nTAPPER: What did the minister say?\n\n"
            + "FALLIN: She said, \"No deal,\" and left.\n\n(BEGIN VIDEO CLIP)\n\nUNIDENTIFIED MALE: It is over.\n\n(END VIDEO CLIP)\n"
            + "Follow us on https://twitter.com/example_news and read more at <a href=\"https://news.example.com/a?b=c\">here</a>.\n",
        "(CNN) — The mayor, who called the plan “a disgrace,” said on Monday that “nobody asked the city.” According to aides, "
            + "the mayor will “fight it in court.” «Nous verrons», a-t-il dit. „Das ist gut“, sagte er. 「はい」と彼は言った。\n"
            + "Photo: X/@The_NewArab, Dec. 2024. Source: http://[2001:db8::1]/report.pdf and mailto:desk@example.com.\n",
    ];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mutated_stories_keep_every_rule(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 1500; round++)
        {
            string text = Mutate(random, Stories[random.Next(Stories.Length)]);
            Action check = () => ArticleChecks.Check(text);
            check.Should().NotThrow("seed {0}, round {1}, text {2}", seed, round, Escape(text));
        }
    }

    [Theory]
    [InlineData(11)]
    [InlineData(12)]
    public void Hostile_pieces_alone_keep_every_rule(int seed)
    {
        var random = new Random(seed);
        for (int round = 0; round < 3000; round++)
        {
            string text = HostileText.Next(random, 120);
            Action check = () => ArticleChecks.Check(text);
            check.Should().NotThrow("seed {0}, round {1}, text {2}", seed, round, Escape(text));
        }
    }

    [Fact]
    public void Results_do_not_depend_on_the_thread()
    {
        var random = new Random(21);
        string[] texts = Enumerable.Range(0, 600).Select(i => i % 2 == 0 ? Mutate(random, Stories[i / 2 % Stories.Length]) : HostileText.Next(random, 200)).ToArray();
        string[] sequential = texts.Select(ArticleChecks.Check).ToArray();
        string[] parallel = new string[texts.Length];
        Parallel.For(0, texts.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = ArticleChecks.Check(texts[i]));
        parallel.Should().Equal(sequential);
        foreach (string finding in new[] { "quote ", "url ", "dateline " })
        {
            sequential.Count(account => account.Contains(finding, StringComparison.Ordinal)).Should().BeGreaterThan(100, "the texts must still reach the rules of every parser");
        }
    }

    // Up to eight edits: a hostile piece put in, a stretch cut out, a stretch copied elsewhere, or the text cut short.
    private static string Mutate(Random random, string story)
    {
        var text = new StringBuilder(story);
        for (int edits = random.Next(1, 9); edits > 0; edits--)
        {
            int at = random.Next(text.Length + 1);
            switch (random.Next(4))
            {
                case 0:
                    text.Insert(at, HostileText.Pieces[random.Next(HostileText.Pieces.Length)]);
                    break;
                case 1:
                    text.Remove(at, random.Next(Math.Min(40, text.Length - at) + 1));
                    break;
                case 2:
                    int length = random.Next(Math.Min(80, text.Length - at) + 1);
                    text.Insert(random.Next(text.Length + 1), text.ToString(at, length));
                    break;
                default:
                    text.Length = at;
                    break;
            }
        }

        return text.ToString();
    }

    private static string Escape(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (char c in text)
        {
            escaped.Append(c is >= ' ' and < '\u007F' ? c.ToString() : $"\\u{(int)c:X4}");
        }

        return escaped.ToString();
    }
}
