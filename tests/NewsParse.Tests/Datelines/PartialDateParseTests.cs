using NewsParse.Datelines;

namespace NewsParse.Tests.Datelines;

/// <summary>A partial date reads back from the ISO 8601 form it writes, and from nothing else.</summary>
public sealed class PartialDateParseTests
{
    [Theory]
    [InlineData("2024-12-07", 12, 7, 2024)]
    [InlineData("1987-02-26", 2, 26, 1987)]
    [InlineData("2024-02-29", 2, 29, 2024)]
    [InlineData("--02-29", 2, 29, null)]
    [InlineData("--12-31", 12, 31, null)]
    [InlineData("0001-01-01", 1, 1, 1)]
    public void The_written_form_reads_back(string written, int month, int day, int? year)
    {
        PartialDate.Parse(written).Should().Be(new PartialDate(month, day, year));
        PartialDate.Parse(written).ToString().Should().Be(written);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2023-02-29")]
    [InlineData("2024-13-01")]
    [InlineData("--00-10")]
    [InlineData("0000-01-01")]
    [InlineData("2024-1-07")]
    [InlineData("24-12-07")]
    [InlineData("2024/12/07")]
    [InlineData("--12-7")]
    [InlineData("2024-12-07T10:00")]
    [InlineData("２０２４-12-07")]
    public void Anything_else_is_no_date(string written)
    {
        PartialDate.TryParse(written, null, out _).Should().BeFalse();
        FluentActions.Invoking(() => PartialDate.Parse(written)).Should().Throw<FormatException>();
    }

    [Fact]
    public void Null_is_no_date_to_try_and_refused_to_parse()
    {
        PartialDate.TryParse((string?)null, null, out _).Should().BeFalse();
        FluentActions.Invoking(() => PartialDate.Parse((string)null!)).Should().Throw<ArgumentNullException>();
    }
}
