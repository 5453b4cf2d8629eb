using NewsParse.Datelines;
using System.CommandLine;
using System.CommandLine.Parsing;
using System.Globalization;
using System.Numerics;

namespace NewsParse.Cli;

/// <summary>The arguments and options of <c>newsparse</c>, as System.CommandLine symbols.</summary>
internal sealed class CliCommand
{
    private readonly Argument<string[]> _paths = new("path")
    {
        Description = "Files to read (whatever their extension), directories (every *.txt below, or *.jsonl with "
            + "--jsonl), or - for standard input, which is read when no path is given and it is not a terminal.",
        Arity = ArgumentArity.ZeroOrMore,
    };

    private readonly Option<bool> _jsonLines = new("--jsonl")
    {
        Description = "Read each input as JSON Lines: one {\"id\": ..., \"text\": ...} object per line.",
    };

    private readonly Option<DateOnly?> _referenceDate = new("--reference-date")
    {
        Description = "The date the articles are read against (YYYY-MM-DD): dates without a year get the latest "
            + "year that does not put them after it.",
        HelpName = "YYYY-MM-DD",
        CustomParser = ParseReferenceDate,
    };

    private readonly Option<string> _dateOrder = new("--date-order")
    {
        Description = "How to read all-numeric dates such as 12/07/2024: month-first or day-first. Without it, only "
            + "those that read one way are read.",
        HelpName = "month-first|day-first",
    };

    private readonly Option<int> _parallelism = new("--parallel", "-j")
    {
        Description = "Parse on N threads. Output stays in input order.",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
        CustomParser = ParseParallelism,
    };

    private readonly Option<string> _format = new("--format")
    {
        Description = "json: one JSON object per document (JSON Lines). text: a layout for people.",
        DefaultValueFactory = _ => "json",
    };

    private readonly Option<bool> _emails = new("--emails")
    {
        Description = "Also report bare e-mail addresses as URLs.",
    };

    private readonly Option<string> _stdinName = new("--stdin-name")
    {
        Description = "The name standard input goes by in ids and messages (default -): the file it is a part of, when a "
            + "job hands each worker a part of one input.",
        HelpName = "NAME",
        DefaultValueFactory = _ => "-",
    };

    private readonly Option<long> _stdinFirstLine = new("--stdin-first-line")
    {
        Description = "The line number of standard input's first line in JSON Lines ids (default 1): where its part "
            + "starts in the whole input.",
        HelpName = "N",
        DefaultValueFactory = _ => 1,
        CustomParser = ParseFirstLine,
    };

    private readonly Option<string> _offsets = new("--offsets")
    {
        Description = "What the start and length of the JSON output count: utf16 (UTF-16 code units, as .NET, Java and "
            + "JavaScript index), utf8 (bytes of the UTF-8 text, as Rust, Go and Spark slice) or codepoints (as Python indexes).",
        DefaultValueFactory = _ => "utf16",
    };

    /// <summary>Builds the command; each instance is independent, so tests can parse in parallel.</summary>
    public CliCommand()
    {
        _format.AcceptOnlyFromAmong("json", "text");
        _dateOrder.AcceptOnlyFromAmong("month-first", "day-first");
        _offsets.AcceptOnlyFromAmong("utf16", "utf8", "codepoints");
        Root = new RootCommand(
            "Reads news articles and writes, for each, its dateline, quotes and source URLs as one JSON object per "
            + "line on standard output, in input order. Exit code 0: all parsed; 1: some document failed (its line "
            + "has an \"error\"); 2: usage error; 130: interrupted; 141: output closed.")
        {
            _paths,
            _jsonLines,
            _referenceDate,
            _dateOrder,
            _parallelism,
            _format,
            _emails,
            _offsets,
            _stdinName,
            _stdinFirstLine,
        };
    }

    /// <summary>The root command, with System.CommandLine's <c>--help</c> and <c>--version</c>.</summary>
    public RootCommand Root { get; }

    /// <summary>Reads the settings of a parse that had no errors.</summary>
    /// <param name="parseResult">The result of parsing with <see cref="Root"/>.</param>
    /// <returns>The settings of the run.</returns>
    public CliSettings ReadSettings(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        return new CliSettings(
            Paths: parseResult.GetValue(_paths) is { Length: > 0 } paths ? paths : ["-"],
            JsonLines: parseResult.GetValue(_jsonLines),
            ReferenceDate: parseResult.GetValue(_referenceDate),
            DateOrder: parseResult.GetValue(_dateOrder) switch
            {
                "month-first" => NumericDateOrder.MonthFirst,
                "day-first" => NumericDateOrder.DayFirst,
                _ => NumericDateOrder.Unknown,
            },
            Parallelism: parseResult.GetValue(_parallelism),
            Format: parseResult.GetValue(_format) == "text" ? ReportFormat.Text : ReportFormat.Json,
            IncludeEmails: parseResult.GetValue(_emails),
            Offsets: parseResult.GetValue(_offsets) switch
            {
                "utf8" => OffsetUnit.Utf8,
                "codepoints" => OffsetUnit.CodePoints,
                _ => OffsetUnit.Utf16,
            },
            StdinName: parseResult.GetValue(_stdinName) ?? "-",
            StdinFirstLine: parseResult.GetValue(_stdinFirstLine));
    }

    /// <summary>Whether the command line names no input, so that standard input is read.</summary>
    /// <param name="parseResult">The result of parsing with <see cref="Root"/>.</param>
    /// <returns>Whether no path was given.</returns>
    public bool NamesNoInput(ParseResult parseResult) => parseResult.GetValue(_paths) is not { Length: > 0 };

    /// <summary>
    /// Finds paths that look like options: System.CommandLine gives any token it does not know to the
    /// <c>path</c> argument, so a mistyped <c>--jsnol</c> would otherwise be read as a missing file. A path that
    /// really starts with <c>-</c> can follow <c>--</c>.
    /// </summary>
    /// <param name="parseResult">The result of parsing with <see cref="Root"/>.</param>
    /// <returns>One message per unknown option, in command-line order.</returns>
    public IEnumerable<string> FindUnknownOptions(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        IReadOnlyList<Token> pathTokens = parseResult.GetResult(_paths)?.Tokens ?? [];
        foreach (Token token in parseResult.Tokens)
        {
            if (token.Type == TokenType.DoubleDash)
            {
                yield break;
            }

            bool looksLikeOption = token.Value.Length > 1 && token.Value[0] == '-';
            if (looksLikeOption && token.Type == TokenType.Argument && pathTokens.Any(p => ReferenceEquals(p, token)))
            {
                yield return $"Unknown option '{token.Value}' (a path starting with '-' goes after '--').";
            }
        }
    }

    private static DateOnly? ParseReferenceDate(ArgumentResult result)
    {
        string value = result.Tokens[0].Value;
        if (DocumentDates.TryReadReferenceDate(value, out DateOnly date))
        {
            return date;
        }

        result.AddError($"--reference-date must be a date written YYYY-MM-DD, not '{value}'.");
        return null;
    }

    private static long ParseFirstLine(ArgumentResult result) => ParseCount<long>(result, "--stdin-first-line", "a line number");

    private static int ParseParallelism(ArgumentResult result) => ParseCount<int>(result, "--parallel", "a whole number of threads");

    // A whole number, 1 or more, written in digits alone.
    private static T ParseCount<T>(ArgumentResult result, string option, string what)
        where T : IBinaryInteger<T>
    {
        string value = result.Tokens[0].Value;
        if (T.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out T? count) && count >= T.One)
        {
            return count;
        }

        result.AddError($"{option} must be {what}, 1 or more, not '{value}'.");
        return T.One;
    }
}
