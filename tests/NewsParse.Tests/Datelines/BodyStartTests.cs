using NewsParse.Datelines;

namespace NewsParse.Tests.Datelines;

/// <summary>
/// Where a story's words start on a line that may open with a dateline: what the quote parser asks the dateline wing,
/// so that `JACKSON, Miss. — ` is never taken for a speaker's first words.
/// </summary>
public sealed class BodyStartTests
{
    [Theory]
    [InlineData("JACKSON, Miss. — A federal judge ruled.", "JACKSON, Miss. — ")]
    [InlineData("LA CROSSE, Wis. - Gov. Lind spoke.", "LA CROSSE, Wis. - ")]
    [InlineData("WINSTON-SALEM, N.C. -- The council met.", "WINSTON-SALEM, N.C. -- ")]
    [InlineData("ACCRA, Ghana – Lawmakers met.", "ACCRA, Ghana – ")]
    [InlineData("WELLINGTON, New Zealand — Talks resumed.", "WELLINGTON, New Zealand — ")]
    [InlineData("WASHINGTON — The Senate voted.", "WASHINGTON — ")]
    [InlineData("WASHINGTON—The Senate voted.", "WASHINGTON—")]
    [InlineData("Jackson, Miss. — A federal judge ruled.", "Jackson, Miss. — ")]
    [InlineData("DALLAS (AP) — Police said.", "DALLAS (AP) — ")]
    [InlineData("LONDON, March 3 (Reuters) - Shares fell.", "LONDON, March 3 (Reuters) - ")]
    [InlineData("ATLANTA _ The storm moved east.", "ATLANTA _ ")]
    [InlineData("NATO said the talks would go on.", "")]
    [InlineData("A — the first letter.", "")]
    [InlineData("Jackson — the judge ruled.", "")]
    [InlineData("BREAKING NEWS — A storm hit.", "")]
    [InlineData("DENVER, Dec 4, 2005", "")]
    [InlineData("", "")]
    public void The_dateline_that_opens_a_line_is_measured(string line, string prefix) =>
        line[..DatelineParser.BodyStartAt(line, 0)].Should().Be(prefix);

    [Fact]
    public void A_line_after_the_first_is_measured_from_its_start()
    {
        const string Text = "Budget passes.\n\nJACKSON, Miss. — The Senate voted.";
        int lineStart = Text.IndexOf('J', StringComparison.Ordinal);
        Text[lineStart..DatelineParser.BodyStartAt(Text, lineStart)].Should().Be("JACKSON, Miss. — ");
    }
}
