using System.Globalization;

namespace NewsParse.Cli;

/// <summary>
/// The reference date a JSON Lines object gives its document: <c>referenceDate</c> (<c>YYYY-MM-DD</c>), else the date
/// <c>published</c> was written on (<c>YYYY-MM-DD</c>, or an ISO 8601 date and time whose date part is taken as written,
/// the publisher's own calendar day, not converted to UTC).
/// </summary>
internal static class DocumentDates
{
    private const string DateFormat = "yyyy-MM-dd";

    public static bool TryReadReferenceDate(string written, out DateOnly date) =>
        DateOnly.TryParseExact(written, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    public static bool TryReadPublished(string written, out DateOnly date)
    {
        date = default;
        return written.Length >= DateFormat.Length && TryReadReferenceDate(written[..DateFormat.Length], out date)
            && (written.Length == DateFormat.Length
                || (written[DateFormat.Length] is 'T' or ' '
                    && DateTimeOffset.TryParse(written, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out _)));
    }
}
