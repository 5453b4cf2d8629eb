using System.Diagnostics;
using System.Text;
using System.Text.Json;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

/// <summary>
/// The newsparse program run as a real process, for what only a process meets: Ctrl-C (SIGINT) and a reader that closes
/// standard output early. Linux and macOS only: both rest on POSIX signals and pipes.
/// </summary>
public sealed class ProcessFaultTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Ctrl_c_stops_the_run_cleanly_with_no_partial_line(string threads)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using Process process = Start(threads);
        Task feeding = FeedUntilClosed(process);
        var output = new StringBuilder();
        Task reading = ReadAll(process.StandardOutput, output);
        Task<string> errors = process.StandardError.ReadToEndAsync();

        // Interrupt once the run is under way: some output has been flushed, and more input is on its way.
        await WaitUntil(() =>
        {
            lock (output)
            {
                return output.Length > 0;
            }
        });
        await Interrupt(process);

        (await WaitForExit(process)).Should().Be(NewsParseCli.ExitCancelled);
        await feeding;
        await reading;
        string stdout = output.ToString();
        stdout.Should().EndWith("\n");
        foreach (string line in stdout[..^1].Split('\n'))
        {
            using JsonDocument document = JsonDocument.Parse(line);
            document.RootElement.GetProperty("id").GetString().Should().StartWith("brief-");
        }

        (await errors).Should().NotContain("Exception").And.NotContain("   at ");
    }

    [Theory]
    [InlineData("1")]
    [InlineData("2")]
    public async Task Standard_output_closed_early_ends_the_run_quietly(string threads)
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        using Process process = Start(threads);
        Task feeding = FeedUntilClosed(process);
        Task<string> errors = process.StandardError.ReadToEndAsync();

        (await process.StandardOutput.ReadLineAsync())!.Should().StartWith("{\"id\":\"brief-0\"");
        process.StandardOutput.Close();

        (await WaitForExit(process)).Should().Be(NewsParseCli.ExitBrokenPipe);
        await feeding;
        (await errors).Should().BeEmpty();
    }

    [Fact]
    public async Task A_closed_standard_input_is_read_as_empty_not_waited_on()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        string program = Path.Combine(AppContext.BaseDirectory, "NewsParse.Cli.dll");
        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (string argument in new[] { "-c", "exec dotnet \"$0\" --jsonl <&-", program })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> errors = process.StandardError.ReadToEndAsync();

        (await WaitForExit(process)).Should().Be(NewsParseCli.ExitSuccess, await errors);
        (await output).Should().BeEmpty();
    }

    private static Process Start(string threads)
    {
        string program = Path.Combine(AppContext.BaseDirectory, "NewsParse.Cli.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        foreach (string argument in new[] { program, "--jsonl", "-j", threads, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start)!;
    }

    // Writes briefs until the program ends, so that it is always mid-run when it is interrupted or its output closed.
    private static Task FeedUntilClosed(Process process) => Task.Run(async () =>
    {
        try
        {
            for (int i = 0; !process.HasExited; i++)
            {
                await process.StandardInput.WriteAsync(CliHarness.JsonLine($"brief-{i}", $"“Brief {i} is in,” Osei said at https://example.org/{i}.") + "\n");
            }
        }
        catch (IOException)
        {
            // The program ended: its input pipe is closed.
        }

        try
        {
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // What was buffered can no longer reach the program, which has ended.
        }
    });

    private static async Task ReadAll(StreamReader reader, StringBuilder output)
    {
        var buffer = new char[8192];
        int read;
        while ((read = await reader.ReadAsync(buffer)) > 0)
        {
            lock (output)
            {
                output.Append(buffer, 0, read);
            }
        }
    }

    private static async Task WaitUntil(Func<bool> condition)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            watch.Elapsed.Should().BeLessThan(Patience, "the program should have started");
            await Task.Delay(50);
        }
    }

    private static async Task Interrupt(Process process)
    {
        // The shell's own kill: a machine may have no kill program.
        using Process kill = Process.Start("/bin/sh", ["-c", "kill -INT " + process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        await kill.WaitForExitAsync();
        kill.ExitCode.Should().Be(0);
    }

    private static async Task<int> WaitForExit(Process process)
    {
        using var timeout = new CancellationTokenSource(Patience);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return process.ExitCode;
    }
}
