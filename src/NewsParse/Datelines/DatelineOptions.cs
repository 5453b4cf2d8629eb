namespace NewsParse.Datelines;

/// <summary>Options of the dateline parser. Change them with <c>with</c>.</summary>
public readonly record struct DatelineOptions
{
    /// <summary>The options used when none are given: no reference date, numeric dates read only when unambiguous.</summary>
    public static DatelineOptions Default => default;

    /// <summary>
    /// The date the article is read against. A date written without a year gets the latest year that does not put it
    /// more than a day after this one (a day of slack for time zones); <c>3 hours ago</c> and <c>yesterday</c>
    /// count back from it. <see langword="null"/> leaves the year unknown and relative dates unread.
    /// </summary>
    public DateOnly? ReferenceDate { get; init; }

    /// <summary>How to read all-numeric dates such as <c>12/07/2024</c>.</summary>
    public NumericDateOrder NumericDateOrder { get; init; }
}
