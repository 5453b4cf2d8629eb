namespace NewsParse.Datelines;

/// <summary>The year of a date written without one, from the date the article is read against.</summary>
internal static class YearInference
{
    // How far back a year is looked for: only 29 February can need more than one step, to the last leap year.
    private const int MaxYearsBack = 8;

    /// <summary>
    /// The date (valid, with 0 for a year not written) with its year: as written, else the latest year that does not put
    /// it after <paramref name="latest"/> (<see cref="DatelineOptions.LatestDate"/>), else unknown.
    /// </summary>
    public static PartialDate Complete(int month, int day, int yearOrZero, PartialDate latest)
    {
        if (yearOrZero != 0 || latest.Month == 0)
        {
            return PartialDate.FromValid(month, day, yearOrZero);
        }

        int latestYear = latest.YearOrZero;
        int y = month > latest.Month || (month == latest.Month && day > latest.Day) ? latestYear - 1 : latestYear;
        int oldest = Math.Max(1, latestYear - MaxYearsBack);
        while (y >= oldest && !PartialDate.IsValidOrYearless(month, day, y))
        {
            y--;
        }

        return PartialDate.FromValid(month, day, y >= oldest ? y : 0);
    }
}
