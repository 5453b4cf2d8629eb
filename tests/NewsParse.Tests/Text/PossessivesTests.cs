using FluentAssertions;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

public class PossessivesTests
{
    [Theory]
    [InlineData("Ghana's", "Ghana")]
    [InlineData("Nkrumah’s", "Nkrumah")]
    [InlineData("Sanders'", "Sanders")]
    [InlineData("News’", "News")]
    [InlineData("Osei", "Osei")]
    [InlineData("it's", "it")]
    [InlineData("'s", "'s")]
    [InlineData("s'", "s'")]
    [InlineData("Osei'", "Osei'")]
    [InlineData("", "")]
    public void Stem_drops_the_possessive_ending(string word, string stem) =>
        Possessives.Stem(word).ToString().Should().Be(stem);
}
