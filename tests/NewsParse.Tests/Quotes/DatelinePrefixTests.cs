using FluentAssertions;
using NewsParse.Quotes;
using Xunit;

namespace NewsParse.Tests.Quotes;

public class DatelinePrefixTests
{
    [Theory]
    [InlineData("JACKSON, Miss. — A federal judge ruled.", "JACKSON, Miss. — ")]
    [InlineData("LA CROSSE, Wis. - Gov. Lind spoke.", "LA CROSSE, Wis. - ")]
    [InlineData("WINSTON-SALEM, N.C. -- The council met.", "WINSTON-SALEM, N.C. -- ")]
    [InlineData("ACCRA, Ghana – Lawmakers met.", "ACCRA, Ghana – ")]
    [InlineData("WELLINGTON, New Zealand — Talks resumed.", "WELLINGTON, New Zealand — ")]
    [InlineData("WASHINGTON — The Senate voted.", "WASHINGTON — ")]
    [InlineData("Jackson, Miss. — A federal judge ruled.", "")]
    [InlineData("NATO said the talks would go on.", "")]
    [InlineData("A — the first letter.", "")]
    [InlineData("WASHINGTON—The Senate voted.", "")]
    [InlineData("BREAKING NEWS", "")]
    [InlineData("", "")]
    public void The_place_and_dash_opening_a_story_are_measured(string line, string prefix) =>
        line[..DatelinePrefix.Length(line)].Should().Be(prefix);
}
