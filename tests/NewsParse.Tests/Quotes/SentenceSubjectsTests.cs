using FluentAssertions;
using NewsParse.Quotes;
using Xunit;

namespace NewsParse.Tests.Quotes;

// The mention is marked with `|`, removed before the call.
public class SentenceSubjectsTests
{
    [Theory]
    [InlineData("|Yaw Osei spoke first.", true)]
    [InlineData("The vote failed. |Yaw Osei spoke first.", true)]
    [InlineData("The vote failed.\n\n|Yaw Osei spoke first.", true)]
    [InlineData("“We will pay,” he said. |Yaw Osei disagreed.", true)]
    [InlineData("Farmers met |Yaw Osei on Monday.", false)]
    [InlineData("Cocoa Board chief executive |Yaw Osei spoke first.", true)]
    [InlineData("Opposition shadow finance minister |Yaw Osei spoke first.", true)]
    [InlineData("The board's former chairman |Yaw Osei spoke first.", true)]
    [InlineData("Ghana's finance minister, |Yaw Osei, spoke first.", true)]
    [InlineData("Farmers praised chief executive |Yaw Osei.", false)]
    [InlineData("Police arrested chief executive |Yaw Osei.", false)]
    [InlineData("At a rally in Kumasi, |Mr Osei spoke first.", true)]
    [InlineData("Turning to exports, |Mr Osei spoke first.", true)]
    [InlineData("Figures from the Cocoa Board, |Mr Osei said, show a fall.", false)]
    [InlineData("KUMASI, May 4 - |Yaw Osei spoke first.", true)]
    [InlineData("Prices fell - |Yaw Osei spoke first.", false)]
    [InlineData("Asante Kotoko director of football |Yaw Osei spoke first.", true)]
    [InlineData("The minister of finance |Yaw Osei spoke first.", true)]
    [InlineData("Farmers praised the minister of finance |Yaw Osei.", false)]
    public void IsSubject_TellsTheMentionThatOpensItsSentence(string marked, bool expected) => IsSubject(marked, wrapped: false).Should().Be(expected);

    [Theory]
    [InlineData("one of\n|President Osei's allies", false)]
    [InlineData("one of\n\n|President Osei's allies", true)]
    [InlineData("one of\n    |President Osei's allies", true)]
    public void IsSubject_ReadsNoSentenceStartAtAWrappedLine(string marked, bool expected) => IsSubject(marked, wrapped: true).Should().Be(expected);

    [Theory]
    [InlineData("Osei", true)]
    [InlineData("al-Hamdan", true)]
    [InlineData("el-Amin", true)]
    [InlineData("bin-Osei", true)]
    [InlineData("all-Star", false)]
    [InlineData("al-hamdan", false)]
    [InlineData("osei", false)]
    [InlineData("", false)]
    public void StartsName_TakesACapitalOrAParticleJoinedToOne(string word, bool expected) =>
        WordKinds.StartsName(word).Should().Be(expected);

    private static bool IsSubject(string marked, bool wrapped)
    {
        int at = marked.IndexOf('|');
        return SentenceSubjects.IsSubject(marked.Remove(at, 1), at, wrapped);
    }
}
