using System.Runtime.InteropServices;
using NewsParse.Cli;

// Only console wiring lives here; everything else runs in-process in tests through Cli.RunAsync.
using var cancellation = new CancellationTokenSource();

// SIGINT is Ctrl-C on a terminal, and kill -INT from a pipeline supervisor (on Windows it maps to Ctrl-C as well).
using PosixSignalRegistration interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    // The first Ctrl-C asks for a clean stop once the documents already read are written; a second one ends the process at once.
    if (!cancellation.IsCancellationRequested)
    {
        context.Cancel = true;
        cancellation.Cancel();
    }
});

bool stdinClosed = StandardInput.IsClosed();
using Stream stdin = stdinClosed ? Stream.Null : Console.OpenStandardInput();
using Stream stdout = StandardOutput.Open();
return await Cli.RunAsync(
        args, stdin, stdout, Console.Error, cancellation.Token, showProgress: !Console.IsErrorRedirected, stdinIsTerminal: !stdinClosed && !Console.IsInputRedirected)
    .ConfigureAwait(false);
