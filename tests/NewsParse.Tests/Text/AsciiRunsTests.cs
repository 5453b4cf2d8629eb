using NewsParse.Text;

namespace NewsParse.Tests.Text;

public sealed class AsciiRunsTests
{
    [Theory]
    [InlineData("Senate voted", 0, 12, 6)]
    [InlineData("Senate voted", 7, 12, 12)]
    [InlineData("Senate voted", 0, 3, 3)]
    [InlineData("U.S. officials", 0, 14, 1)]
    [InlineData("didn't", 0, 6, 4)]
    [InlineData("José said", 0, 9, 3)]
    [InlineData("1987 budget", 0, 11, 4)]
    [InlineData("well-known", 0, 10, 4)]
    [InlineData(" said", 0, 5, 0)]
    [InlineData("", 0, 0, 0)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ, said the spokesman", 0, 67, 46)]
    [InlineData("abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJ, said the spokesman", 3, 20, 20)]
    public void Ends_at_the_first_character_that_is_no_ASCII_letter_or_digit_or_at_the_limit(string text, int p, int limit, int end) =>
        AsciiRuns.LettersAndDigitsEnd(text, p, limit).Should().Be(end);

    [Theory]
    [InlineData("Mensah disagreed", 0, 16, 6)]
    [InlineData("Section9 said", 0, 13, 7)]
    [InlineData("O'Brien said", 0, 12, 1)]
    [InlineData("Abcdefghijklmnopqrstuvwxyz said", 0, 31, 26)]
    public void Letters_end_at_a_digit_too(string text, int p, int limit, int end) =>
        AsciiRuns.LettersEnd(text, p, limit).Should().Be(end);

    [Fact]
    public void Answers_as_a_reading_one_character_at_a_time()
    {
        const string Alphabet = "aZq09 ,.'’-éÀ\n@[`{/:";
        var random = new Random(3);
        for (int i = 0; i < 50_000; i++)
        {
            char[] chars = new char[random.Next(0, 80)];
            for (int k = 0; k < chars.Length; k++)
            {
                chars[k] = random.Next(4) == 0 ? Alphabet[random.Next(Alphabet.Length)] : (char)('a' + random.Next(26));
            }

            string text = new(chars);
            int p = random.Next(0, text.Length + 1);
            int limit = random.Next(p, text.Length + 1);
            int expected = p;
            while (expected < limit && char.IsAsciiLetterOrDigit(text[expected]))
            {
                expected++;
            }

            AsciiRuns.LettersAndDigitsEnd(text, p, limit).Should().Be(expected, $"\"{text}\" from {p} to {limit}");
            expected = p;
            while (expected < limit && char.IsAsciiLetter(text[expected]))
            {
                expected++;
            }

            AsciiRuns.LettersEnd(text, p, limit).Should().Be(expected, $"\"{text}\" from {p} to {limit}");
        }
    }
}
