namespace NewsParse.Datelines;

/// <summary>The year of a date written without one, from the date the article is read against.</summary>
internal static class YearInference
{
    /// <summary>
    /// The date with its year: as written, else the latest year that puts it no more than a day after
    /// <paramref name="reference"/> (a day of slack for time zones), else unknown.
    /// </summary>
    public static PartialDate Complete(int month, int day, int? year, DateOnly? reference)
    {
        if (year is not null || reference is not DateOnly today)
        {
            return new PartialDate(month, day, year);
        }

        DateOnly latest = today.AddDays(1);
        for (int y = latest.Year; y >= latest.Year - 8; y--)
        {
            if (day <= DateTime.DaysInMonth(y, month) && new DateOnly(y, month, day) <= latest)
            {
                return new PartialDate(month, day, y);
            }
        }

        return new PartialDate(month, day);
    }
}
