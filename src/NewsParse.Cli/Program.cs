using NewsParse.Cli;

// Only console wiring lives here; everything else runs in-process in tests through Cli.RunAsync.
using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C asks for a clean stop after the batch in progress; a second one ends the process at once.
    if (!cancellation.IsCancellationRequested)
    {
        e.Cancel = true;
        cancellation.Cancel();
    }
};

using Stream stdin = Console.OpenStandardInput();
using Stream stdout = StandardOutput.Open();
return await Cli.RunAsync(args, stdin, stdout, Console.Error, cancellation.Token, showProgress: !Console.IsErrorRedirected)
    .ConfigureAwait(false);
