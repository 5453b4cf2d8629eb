using NewsParse.Datelines;
using NewsParse.Urls;

namespace NewsParse.Cli;

/// <summary>How the output is laid out.</summary>
internal enum ReportFormat
{
    /// <summary>JSON Lines, the contract other programs read.</summary>
    Json,

    /// <summary>An aligned layout for people.</summary>
    Text,
}

/// <summary>What one run of <c>newsparse</c> was asked to do, read from a valid command line.</summary>
/// <param name="Paths">The inputs in command-line order: files, directories or <c>-</c>.</param>
/// <param name="JsonLines">Whether each input holds one <c>{"id", "text"}</c> object per line.</param>
/// <param name="ReferenceDate">The date year-less dates are read against, if given.</param>
/// <param name="DateOrder">How all-numeric dates are read.</param>
/// <param name="Parallelism">How many threads parse; at least 1.</param>
/// <param name="Format">How results are written.</param>
/// <param name="IncludeEmails">Whether bare e-mail addresses count as URLs.</param>
/// <param name="Offsets">What the offsets of the JSON output count.</param>
/// <param name="StdinName">The name standard input goes by in ids and messages.</param>
/// <param name="StdinFirstLine">The line number of standard input's first line.</param>
internal sealed record CliSettings(
    IReadOnlyList<string> Paths,
    bool JsonLines,
    DateOnly? ReferenceDate,
    NumericDateOrder DateOrder,
    int Parallelism,
    ReportFormat Format,
    bool IncludeEmails,
    OffsetUnit Offsets = OffsetUnit.Utf16,
    string StdinName = "-",
    long StdinFirstLine = 1)
{
    /// <summary>The parser options these settings ask for.</summary>
    /// <returns>Options for the one <see cref="NewsParser"/> of the run.</returns>
    public NewsParseOptions ToParseOptions() => new()
    {
        ReferenceDate = ReferenceDate,
        NumericDateOrder = DateOrder,
        Urls = new UrlOptions { IncludeEmails = IncludeEmails },
    };
}
