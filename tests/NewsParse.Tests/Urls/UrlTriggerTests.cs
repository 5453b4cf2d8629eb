using NewsParse.Urls;

namespace NewsParse.Tests.Urls;

/// <summary>
/// The URL scanner's search for the characters it stops at, in vectors as wide as the machine has, answers as a reading
/// one character at a time: a colon, or a point before what may start a host label.
/// </summary>
public sealed class UrlTriggerTests
{
    [Theory]
    [InlineData("The ministry said on Monday.", 0, -1)]
    [InlineData("See example.org for details", 0, 11)]
    [InlineData("Prices rose 1.5 pct in the quarter, the agency said. Trading was thin", 0, 13)]
    [InlineData("Sources: officials at the ministry", 0, 7)]
    [InlineData("It ended. Then it began again, and it went on for a long time without stopping at all.x", 0, 85)]
    [InlineData("It ended. Then it began again, and it went on for a long time without stopping at all.x", 86, -1)]
    [InlineData("a.-b", 0, 1)]
    [InlineData("a._b", 0, 1)]
    [InlineData("a.été", 0, 1)]
    [InlineData("a. b", 0, -1)]
    [InlineData("", 0, -1)]
    public void Finds_the_next_colon_or_point_before_a_host_character(string text, int from, int expected) =>
        UrlScanner.NextTrigger(text, from).Should().Be(expected);

    [Fact]
    public void Answers_as_a_reading_one_character_at_a_time()
    {
        const string Alphabet = "aZ09 .:-_,;é/\n’";
        var random = new Random(5);
        for (int i = 0; i < 20_000; i++)
        {
            char[] chars = new char[random.Next(0, 160)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(5) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('a' + random.Next(26));
            }

            string text = new(chars);
            int from = random.Next(0, text.Length + 1);
            UrlScanner.NextTrigger(text, from).Should().Be(ReadOneByOne(text, from), $"\"{text}\" from {from}");
        }
    }

    private static int ReadOneByOne(string text, int from)
    {
        for (int p = from; p < text.Length; p++)
        {
            bool hostNext = p + 1 < text.Length && (char.IsAsciiLetterOrDigit(text[p + 1]) || text[p + 1] is '-' or '_' || text[p + 1] > '\u007f');
            if (text[p] == ':' || (text[p] == '.' && hostNext))
            {
                return p;
            }
        }

        return -1;
    }
}
