using System.Diagnostics;

namespace NewsParse.Datelines;

/// <summary>
/// A calendar date whose year may be unknown, as datelines write them: <c>Feb 26</c> has a month and a day,
/// <c>Feb 26, 1987</c> a year too. Written in ISO 8601 form: <c>1987-02-26</c>, or <c>--02-26</c> without a year.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct PartialDate
{
    /// <summary>Makes a date; the day must exist in the month (in a leap year, when no year is given).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month, day or year is out of range.</exception>
    public PartialDate(int month, int day, int? year = null)
    {
        if (!IsValid(month, day, year))
        {
            throw new ArgumentOutOfRangeException(nameof(day), $"No such date: {year?.ToString() ?? "--"}-{month:00}-{day:00}.");
        }

        Month = month;
        Day = day;
        Year = year;
    }

    /// <summary>The month, 1 to 12.</summary>
    public int Month { get; }

    /// <summary>The day of the month, 1 to 31.</summary>
    public int Day { get; }

    /// <summary>The year, when written or inferred; <see langword="null"/> otherwise.</summary>
    public int? Year { get; }

    /// <summary>The date, when the year is known.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether <see cref="Year"/> is known.</returns>
    public bool TryGetDate(out DateOnly date)
    {
        date = Year is int year ? new DateOnly(year, Month, Day) : default;
        return Year is not null;
    }

    /// <summary>ISO 8601: <c>YYYY-MM-DD</c>, or <c>--MM-DD</c> when the year is unknown.</summary>
    public override string ToString() => Year is int year ? $"{year:0000}-{Month:00}-{Day:00}" : $"--{Month:00}-{Day:00}";

    internal static bool IsValid(int month, int day, int? year) =>
        month is >= 1 and <= 12 && day >= 1 && (year is null or (>= 1 and <= 9999))
        && day <= (year is int y ? DateTime.DaysInMonth(y, month) : DateTime.DaysInMonth(2000, month));
}
