using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse;

/// <summary>
/// Options of a <see cref="NewsParser"/>, set where they are made or bound from configuration
/// (<c>services.Configure&lt;NewsParseOptions&gt;(section)</c>), then fixed: a parser makes the options it is given
/// read-only, as <see cref="System.Text.Json.JsonSerializerOptions"/> is once used, so that what it reports is what it
/// parses with. Copy them with <see cref="NewsParseOptions(NewsParseOptions)"/> to change them again.
/// </summary>
public sealed class NewsParseOptions
{
    private DateOnly? _referenceDate;
    private NumericDateOrder _numericDateOrder;
    private QuoteOptions _quotes;
    private UrlOptions _urls;

    /// <summary>Makes options with the defaults.</summary>
    public NewsParseOptions()
    {
    }

    /// <summary>Makes options with the values of <paramref name="options"/>, not read-only.</summary>
    /// <param name="options">The options to copy.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <see langword="null"/>.</exception>
    public NewsParseOptions(NewsParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        (_referenceDate, _numericDateOrder, _quotes, _urls) = (options._referenceDate, options._numericDateOrder, options._quotes, options._urls);
    }

    /// <summary>The options used when none are given; read-only.</summary>
    public static NewsParseOptions Default { get; } = MadeReadOnly(new NewsParseOptions());

    /// <summary>
    /// The date the articles are read against: a date written without a year is taken as the latest such date not
    /// after it. <see langword="null"/> leaves such dates without a year.
    /// </summary>
    /// <exception cref="InvalidOperationException">Set on options that are read-only.</exception>
    public DateOnly? ReferenceDate
    {
        get => _referenceDate;
        set => _referenceDate = Settable(value);
    }

    /// <summary>How to read all-numeric dates such as <c>12/07/2024</c>; by default only those that read one way.</summary>
    /// <exception cref="InvalidOperationException">Set on options that are read-only.</exception>
    public NumericDateOrder NumericDateOrder
    {
        get => _numericDateOrder;
        set => _numericDateOrder = Settable(value);
    }

    /// <summary>Options of the quote parser.</summary>
    /// <exception cref="InvalidOperationException">Set on options that are read-only.</exception>
    public QuoteOptions Quotes
    {
        get => _quotes;
        set => _quotes = Settable(value);
    }

    /// <summary>Options of the source-URL parser.</summary>
    /// <exception cref="InvalidOperationException">Set on options that are read-only.</exception>
    public UrlOptions Urls
    {
        get => _urls;
        set => _urls = Settable(value);
    }

    /// <summary>Whether the options can no longer be set: <see cref="Default"/>, and options a parser was made with.</summary>
    public bool IsReadOnly { get; private set; }

    /// <summary>Makes the options read-only; setting them afterwards throws <see cref="InvalidOperationException"/>.</summary>
    public void MakeReadOnly() => IsReadOnly = true;

    /// <summary>The options of a dateline parser these options make.</summary>
    internal DatelineOptions DatelineOptions => new() { ReferenceDate = _referenceDate, NumericDateOrder = _numericDateOrder };

    private T Settable<T>(T value) =>
        IsReadOnly ? throw new InvalidOperationException("These options are read-only: a parser was made with them. Copy them with new NewsParseOptions(options) to change them.") : value;

    private static NewsParseOptions MadeReadOnly(NewsParseOptions options)
    {
        options.MakeReadOnly();
        return options;
    }
}
