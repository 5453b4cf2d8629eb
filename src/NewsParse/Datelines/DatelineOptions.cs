namespace NewsParse.Datelines;

/// <summary>
/// Options of the dateline parser: a value, like <see cref="System.Text.Json.JsonReaderOptions"/>, set where it is
/// made (<c>new DatelineOptions { ReferenceDate = … }</c>) and copied where it is passed.
/// </summary>
public record struct DatelineOptions
{
    private DateOnly? _referenceDate;

    // The latest date a dateline may carry, a day after the reference date (time zones), worked out once here rather
    // than for every article; default without a reference date.
    private PartialDate _latestDate;

    /// <summary>The options used when none are given: no reference date, numeric dates read only when unambiguous.</summary>
    public static DatelineOptions Default => default;

    /// <summary>
    /// The date the article is read against. A date written without a year gets the latest year that does not put it
    /// more than a day after this one (a day of slack for time zones); <c>3 hours ago</c> and <c>yesterday</c>
    /// count back from it. <see langword="null"/> leaves the year unknown and relative dates unread.
    /// </summary>
    public DateOnly? ReferenceDate
    {
        readonly get => _referenceDate;
        set
        {
            _referenceDate = value;
            _latestDate = value is DateOnly date ? PartialDate.From(date == DateOnly.MaxValue ? date : date.AddDays(1)) : default;
        }
    }

    /// <summary>The latest date a dateline may carry, or default (month 0) without a reference date.</summary>
    internal readonly PartialDate LatestDate => _latestDate;

    /// <summary>How to read all-numeric dates such as <c>12/07/2024</c>.</summary>
    public NumericDateOrder NumericDateOrder { get; set; }
}
