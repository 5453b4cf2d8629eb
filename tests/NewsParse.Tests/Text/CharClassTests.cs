using FluentAssertions;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

public class CharClassTests
{
    [Theory]
    [InlineData("", 0)]
    [InlineData("Osei", 0)]
    [InlineData("Osei said", 1)]
    [InlineData("the minister told reporters on Tuesday", 5)]
    [InlineData("the minister\ttold\nreporters\u00A0on Tuesday", 5)]
    [InlineData("“We will not default,” Osei said.", 7)]
    [InlineData("Ghana’s debt isn’t the 80s’ debt, Osei said on Tuesday in Accra", 14)]
    [InlineData("\0\u0001\u001F !~\u007F\u0080\uFFFF", 6)]
    public void CountMaybeSpace_counts_white_space_controls_and_every_character_beyond_ascii(string text, int expected) =>
        CharClass.CountMaybeSpace(text).Should().Be(expected);

    [Fact]
    public void CountMaybeSpace_bounds_the_white_space_of_any_text()
    {
        var random = new Random(5);
        for (int round = 0; round < 2000; round++)
        {
            string text = string.Concat(Enumerable.Range(0, random.Next(70)).Select(_ => random.Next(4) switch
            {
                0 => (char)random.Next(0x21),
                1 => (char)random.Next(0x80, char.MaxValue + 1),
                _ => (char)random.Next(0x21, 0x80),
            }));

            CharClass.CountMaybeSpace(text).Should().Be(text.Count(c => c is <= ' ' or >= '\u0080'), "{0}", round)
                .And.BeGreaterThanOrEqualTo(text.Count(CharClass.IsSpace));
        }
    }
}
