namespace NewsParse.Datelines;

/// <summary>The year of a date written without one, from the date the article is read against.</summary>
internal static class YearInference
{
    // How far back a year is looked for: only 29 February can need more than one step.
    private const int MaxYearsBack = 8;

    /// <summary>
    /// The date (valid, with 0 for a year not written) with its year: as written, else the latest year that puts it no more than a day after
    /// <paramref name="reference"/> (a day of slack for time zones), else unknown.
    /// </summary>
    public static PartialDate Complete(int month, int day, int yearOrZero, DateOnly? reference)
    {
        if (yearOrZero != 0 || reference is not DateOnly today)
        {
            return PartialDate.FromValid(month, day, yearOrZero);
        }

        // One calendar computation: each of DateOnly's Year, Month and Day properties would do its own.
        (today == DateOnly.MaxValue ? today : today.AddDays(1)).Deconstruct(out int latestYear, out int latestMonth, out int latestDay);
        int y = month > latestMonth || (month == latestMonth && day > latestDay) ? latestYear - 1 : latestYear;
        int oldest = Math.Max(1, latestYear - MaxYearsBack);
        while (y >= oldest && day > DateTime.DaysInMonth(y, month))
        {
            y--;
        }

        return PartialDate.FromValid(month, day, y >= oldest ? y : 0);
    }
}
