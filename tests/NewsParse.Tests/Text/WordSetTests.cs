using FluentAssertions;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

public class WordSetTests
{
    private static readonly WordSet s_cues = WordSet.IgnoreCase("said", "told", "added");
    private static readonly WordSet s_titles = WordSet.CaseSensitive("Senator", "Gov.");

    [Theory]
    [InlineData("said", true)]
    [InlineData("Said", true)]
    [InlineData("SAID", true)]
    [InlineData("sai", false)]
    [InlineData("saids", false)]
    [InlineData("", false)]
    public void IgnoreCase_MatchesWordsInAnyLetterCase(string word, bool expected) =>
        s_cues.Contains(word).Should().Be(expected);

    [Theory]
    [InlineData("Senator", true)]
    [InlineData("senator", false)]
    [InlineData("Gov.", true)]
    [InlineData("Gov", false)]
    public void CaseSensitive_MatchesWordsOnlyAsWritten(string word, bool expected) =>
        s_titles.Contains(word).Should().Be(expected);

    [Fact]
    public void Contains_ReadsASliceOfLongerText()
    {
        ReadOnlySpan<char> sentence = "the minister told reporters";
        s_cues.Contains(sentence.Slice(13, 4)).Should().BeTrue();
        s_cues.Contains(sentence.Slice(13, 5)).Should().BeFalse();
    }
}
