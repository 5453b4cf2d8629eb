using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;

namespace NewsParse.Datelines;

/// <summary>
/// A calendar date whose year may be unknown, as datelines write them: <c>Feb 26</c> has a month and a day,
/// <c>Feb 26, 1987</c> a year too. Written in ISO 8601 form: <c>1987-02-26</c>, or <c>--02-26</c> without a year.
/// </summary>
[DebuggerDisplay("{ToString(),nq}")]
public readonly record struct PartialDate : ISpanParsable<PartialDate>
{
    // Day, month and year packed into one int (year 0: unknown), so that the struct moves as a single register
    // through the parsers' return values instead of as separate fields.
    private const int MonthShift = 5;
    private const int YearShift = 9;

    private readonly int _packed;

    /// <summary>Makes a date; the day must exist in the month (in a leap year, when no year is given).</summary>
    /// <exception cref="ArgumentOutOfRangeException">The month, day or year is out of range.</exception>
    public PartialDate(int month, int day, int? year = null)
    {
        if (!IsValid(month, day, year))
        {
            ThrowNoSuchDate(month, day, year);
        }

        _packed = (year ?? 0) << YearShift | month << MonthShift | day;
    }

    /// <summary>The month, 1 to 12.</summary>
    public int Month => (_packed >> MonthShift) & 0xF;

    /// <summary>The day of the month, 1 to 31.</summary>
    public int Day => _packed & 0x1F;

    /// <summary>The year, when written or inferred; <see langword="null"/> otherwise.</summary>
    public int? Year => _packed >> YearShift is int year and > 0 ? year : null;

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

    /// <summary>Reads a date written as <see cref="ToString"/> writes it: <c>1987-02-26</c>, or <c>--02-26</c> without a year.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used: the form is ISO 8601 in any culture.</param>
    /// <exception cref="FormatException"><paramref name="s"/> is no such date.</exception>
    public static PartialDate Parse(ReadOnlySpan<char> s, IFormatProvider? provider = null) =>
        TryParse(s, provider, out PartialDate date) ? date : throw new FormatException($"'{s}' is not a date of the form YYYY-MM-DD or --MM-DD.");

    /// <inheritdoc cref="Parse(ReadOnlySpan{char}, IFormatProvider?)"/>
    /// <exception cref="ArgumentNullException"><paramref name="s"/> is <see langword="null"/>.</exception>
    public static PartialDate Parse(string s, IFormatProvider? provider = null)
    {
        ArgumentNullException.ThrowIfNull(s);
        return Parse(s.AsSpan(), provider);
    }

    /// <summary>Tries to read a date written as <see cref="ToString"/> writes it.</summary>
    /// <param name="s">The text.</param>
    /// <param name="provider">Not used: the form is ISO 8601 in any culture.</param>
    /// <param name="result">The date, when read.</param>
    /// <returns>Whether <paramref name="s"/> is such a date.</returns>
    public static bool TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, out PartialDate result)
    {
        result = default;
        int yearOrZero = 0;
        if (s.Length == 10 && s[4] == '-' && s[7] == '-' && TryDigits(s[..4], out yearOrZero) && yearOrZero > 0)
        {
            s = s[5..];
        }
        else if (s.Length == 7 && s[0] == '-' && s[1] == '-' && s[4] == '-')
        {
            s = s[2..];
        }
        else
        {
            return false;
        }

        if (!TryDigits(s[..2], out int month) || !TryDigits(s[3..], out int day) || !IsValidOrYearless(month, day, yearOrZero))
        {
            return false;
        }

        result = FromValid(month, day, yearOrZero);
        return true;
    }

    /// <inheritdoc cref="TryParse(ReadOnlySpan{char}, IFormatProvider?, out PartialDate)"/>
    public static bool TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, out PartialDate result)
    {
        result = default;
        return s is not null && TryParse(s.AsSpan(), provider, out result);
    }

    // Two or four ASCII digits as a number.
    private static bool TryDigits(ReadOnlySpan<char> digits, out int value)
    {
        value = 0;
        foreach (char c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }

    [DoesNotReturn]
    private static void ThrowNoSuchDate(int month, int day, int? year) =>
        throw new ArgumentOutOfRangeException(nameof(day), $"No such date: {year?.ToString() ?? "--"}-{month:00}-{day:00}.");

    internal static bool IsValid(int month, int day, int? year) => year is not 0 && IsValidOrYearless(month, day, year ?? 0);

    // The parsers' form, with 0 for an unknown year (so a year 0 written in the text must be checked with the form
    // above): no nullable on the hot path. 29 February needs a leap year, or none.
    internal static bool IsValidOrYearless(int month, int day, int yearOrZero) =>
        month is >= 1 and <= 12 && day >= 1 && yearOrZero is >= 0 and <= 9999 && day <= LongestMonths[month - 1]
        && (day < 29 || month != 2 || yearOrZero == 0 || DateTime.IsLeapYear(yearOrZero));

    private static ReadOnlySpan<byte> LongestMonths => [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

    /// <summary>A date already checked with <see cref="IsValidOrYearless"/>; 0 for an unknown year.</summary>
    internal static PartialDate FromValid(int month, int day, int yearOrZero) => new(yearOrZero << YearShift | month << MonthShift | day);

    /// <summary>The date, with its year, in one calendar computation.</summary>
    internal static PartialDate From(DateOnly date)
    {
        date.Deconstruct(out int year, out int month, out int day);
        return FromValid(month, day, year);
    }

    /// <summary>The year, or 0 when unknown: <see cref="Year"/> without the nullable.</summary>
    internal int YearOrZero => _packed >> YearShift;

    private PartialDate(int packed) => _packed = packed;
}
