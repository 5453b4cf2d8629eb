using NewsParse.Datelines;

namespace NewsParse.Tests.Datelines;

/// <summary>What the dateline tests of whole heads share: the parse with default options, and the check of what it found.</summary>
internal static class Heads
{
    public static DatelineMatch? Parse(string text) =>
        DatelineParser.TryParse(text, out DatelineMatch dateline) ? dateline : null;

    /// <summary>Checks the dateline found in <paramref name="text"/>: as written, then its location, date and agency when asked.</summary>
    public static void Check(string text, string dateline, string? location = null, string? date = null, string? agency = null, bool parts = false)
    {
        DatelineMatch? found = Parse(text);
        found.Should().NotBeNull("a dateline is in {0}", text);
        DatelineMatch d = found!.Value;
        text[d.Range].Should().Be(dateline, text);
        if (!parts)
        {
            return;
        }

        (d.Location.Equals(default(Range)) ? null : text[d.Location]).Should().Be(location, text);
        (d.Date?.ToString()).Should().Be(date, text);
        (d.Agency ?? (d.AgencyText.Equals(default(Range)) ? null : text[d.AgencyText])).Should().Be(agency, text);
    }
}
