using System.CommandLine;
using System.CommandLine.Invocation;
using System.Text;

namespace NewsParse.Cli;

/// <summary>
/// The <c>newsparse</c> command, runnable in-process: <see cref="RunAsync"/> takes the streams it uses instead of
/// reaching for <see cref="Console"/>, so tests drive it exactly as a shell would.
/// </summary>
internal static class Cli
{
    /// <summary>Every document was parsed and written.</summary>
    public const int ExitSuccess = 0;

    /// <summary>At least one document could not be read or parsed (its output line holds an <c>error</c>).</summary>
    public const int ExitDocumentFailed = 1;

    /// <summary>The command line was wrong; nothing was processed.</summary>
    public const int ExitUsage = 2;

    /// <summary>Stopped by Ctrl-C once the documents already read were written (128 + SIGINT, as shells report it).</summary>
    public const int ExitCancelled = 130;

    /// <summary>Standard output was closed by its reader (128 + SIGPIPE, as shells report it).</summary>
    public const int ExitBrokenPipe = 141;

    /// <summary>Parses <paramref name="args"/> and runs the command.</summary>
    /// <param name="args">The command-line arguments, without the program name.</param>
    /// <param name="stdin">What <c>-</c> reads.</param>
    /// <param name="stdout">Where results, <c>--help</c> and <c>--version</c> go. Not disposed.</param>
    /// <param name="stderr">Where usage errors, warnings and progress go.</param>
    /// <param name="cancellationToken">Stops the reading; the documents already read are written.</param>
    /// <param name="showProgress">Whether <paramref name="stderr"/> is a terminal a person watches.</param>
    /// <param name="stdinIsTerminal">Whether <paramref name="stdin"/> is a terminal, which is not read unless named (<c>-</c>).</param>
    /// <returns>The process exit code: one of the <c>Exit…</c> constants.</returns>
    internal static async Task<int> RunAsync(
        string[] args,
        Stream stdin,
        Stream stdout,
        TextWriter stderr,
        CancellationToken cancellationToken,
        bool showProgress = false,
        bool stdinIsTerminal = false)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);

        var command = new CliCommand();

        // Results go to `output` as bytes; only --help and --version write through a text writer over it.
        var output = new OutputStream(stdout);
        command.Root.SetAction((parseResult, token) =>
            Task.FromResult(Run(command.ReadSettings(parseResult), stdin, output, stderr, showProgress, token)));

        // A path argument starting with '@' must stay a path, not become a response file.
        ParseResult parseResult = command.Root.Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });

        // System.CommandLine reports parse errors with exit code 1, which the contract reserves for failed documents.
        bool runsDocuments = ReferenceEquals(parseResult.Action, command.Root.Action);
        List<string> usageErrors = parseResult.Action is ParseErrorAction
            ? parseResult.Errors.Select(error => error.Message).ToList()
            : [];
        if (runsDocuments || parseResult.Action is ParseErrorAction)
        {
            usageErrors.InsertRange(0, command.FindUnknownOptions(parseResult));
        }

        // With no path, piped or redirected input is read; a terminal would wait for typing no one means to do.
        if (runsDocuments && stdinIsTerminal && command.NamesNoInput(parseResult))
        {
            usageErrors.Add("no input: name files or directories, or pipe text to standard input.");
        }

        if (usageErrors.Count > 0)
        {
            foreach (string error in usageErrors)
            {
                stderr.WriteLine($"newsparse: error: {error}");
            }

            stderr.WriteLine("Try 'newsparse --help' for more information.");
            stderr.Flush();
            return ExitUsage;
        }

        var helpOutput = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 4096, leaveOpen: true)
        {
            NewLine = "\n",
        };
        var invocation = new InvocationConfiguration
        {
            Output = helpOutput,
            Error = stderr,

            // Ctrl-C is the caller's to turn into cancellationToken: System.CommandLine would otherwise end the
            // process after a timeout, possibly in the middle of an output line.
            ProcessTerminationTimeout = null,
        };
        int exitCode = await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        try
        {
            // Not disposed: disposing flushes too, and would throw again once the output is known to be closed.
            helpOutput.Flush();
        }
        catch (OutputClosedException)
        {
            // Help cut short by a closed pipe is not worth a message; a failed run already set its exit code.
        }

        return exitCode;
    }

    private static int Run(
        CliSettings settings,
        Stream stdin,
        OutputStream output,
        TextWriter stderr,
        bool showProgress,
        CancellationToken cancellationToken)
    {
        var parser = new NewsParser(settings.ToParseOptions());
        var progress = new Progress(showProgress ? stderr : null);
        void Warn(string message) => progress.WriteLine(stderr, $"newsparse: warning: {message}");

        var documents = new DocumentSource(settings.Paths, settings.JsonLines, stdin, Warn, settings.StdinName, settings.StdinFirstLine);
        var runner = new BatchRunner(parser, settings.Parallelism, progress, error => progress.WriteLine(stderr, $"newsparse: error: {error}"));
        try
        {
            BatchOutcome outcome = runner.Run(
                documents,
                output,
                stream => settings.Format == ReportFormat.Text ? new TextReportWriter(stream) : new JsonLinesWriter(stream, settings.Offsets),
                cancellationToken);
            progress.Clear();
            return outcome.Cancelled ? ExitCancelled
                : outcome.FailedDocuments > 0 ? ExitDocumentFailed
                : ExitSuccess;
        }
        catch (OutputClosedException ex)
        {
            progress.Clear();
            if (ex.IsBrokenPipe)
            {
                return ExitBrokenPipe;
            }

            stderr.WriteLine($"newsparse: error: cannot write to standard output: {ex.InnerException?.Message}");
            return ExitDocumentFailed;
        }
    }
}
