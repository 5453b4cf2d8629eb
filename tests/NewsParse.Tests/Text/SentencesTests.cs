using FluentAssertions;
using NewsParse.Text;
using Xunit;

namespace NewsParse.Tests.Text;

// Positions are marked in the text with `|`: the mark is removed before the call.
public class SentencesTests
{
    [Theory]
    [InlineData("The vote failed. |Mr. Osei left early.", "Mr. Osei left early.")]
    [InlineData("Dr. Lind spoke at 9 a.m. |He left.", "Dr. Lind spoke at 9 a.m. He left.")]
    [InlineData("Rain fell! What now? |She asked.", "She asked.")]
    [InlineData("First line\n|second line", "second line")]
    [InlineData("J. Mensah |said so.", "J. Mensah said so.")]
    [InlineData("K.A. Mensah |said so.", "K.A. Mensah said so.")]
    [InlineData("J.R.K. Mensah |said so.", "J.R.K. Mensah said so.")]
    [InlineData("He met J. K. Mensah |there.", "He met J. K. Mensah there.")]
    [InlineData("The vote went to the UN. |Then it failed.", "Then it failed.")]
    [InlineData("|No mark before.", "No mark before.")]
    public void StartBefore_FindsTheSentenceStartBehindAPosition(string marked, string expectedRest)
    {
        (string text, int p) = Unmark(marked);
        int start = Sentences.StartBefore(text, p, 0);
        text[start..].TrimStart().Should().Be(expectedRest);
    }

    [Theory]
    [InlineData("|The vote failed. It was close.", "The vote failed.")]
    [InlineData("|Gov. Ama Lind declined. Then she left.", "Gov. Ama Lind declined.")]
    [InlineData("|A line\nbreaks here.", "A line")]
    [InlineData("|No end at all", "No end at all")]
    public void EndAfter_FindsTheSentenceEndAheadOfAPosition(string marked, string expected)
    {
        (string text, int p) = Unmark(marked);
        text[p..Sentences.EndAfter(text, p, text.Length)].Should().Be(expected);
    }

    [Theory]
    [InlineData("Talks on Jan. 5 went on", false)]
    [InlineData("Talks ended. Both left", true)]
    [InlineData("Talks ended\nBoth left", true)]
    [InlineData("", false)]
    public void HasEndBetween_SeesSentenceEndsAndLineBreaks(string text, bool expected) =>
        Sentences.HasEndBetween(text, 0, text.Length).Should().Be(expected);

    [Fact]
    public void StartBefore_StopsAtItsLimit()
    {
        const string text = "One. Two three four";
        Sentences.StartBefore(text, text.Length, 8).Should().Be(8);
        Sentences.StartBefore(text, 3, 8).Should().Be(8);
    }

    private static (string Text, int Position) Unmark(string marked) => (marked.Replace("|", ""), marked.IndexOf('|'));
}
