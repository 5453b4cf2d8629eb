using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace NewsParse.Tests.Cli;

/// <summary>A fact that runs only when the environment variable it names is <c>1</c>: for tests too long for every run.</summary>
public sealed class OptInFactAttribute : FactAttribute
{
    public OptInFactAttribute(string variable)
    {
        if (Environment.GetEnvironmentVariable(variable) != "1")
        {
            Skip = $"opt-in: set {variable}=1 to run this test (it pipes a gigabyte through the command).";
        }
    }
}

/// <summary>
/// newsparse streams: a gigabyte of JSON Lines piped through it keeps its peak resident memory under 200 MB. Opt in with
/// <c>NEWSPARSE_MEMORY_TEST=1</c>; Linux only (the peak is read from <c>/proc</c>).
/// </summary>
public sealed class StreamingMemoryTests
{
    private const long InputBytes = 1L << 30;
    private const long PeakLimitBytes = 200L * 1024 * 1024;

    [OptInFact("NEWSPARSE_MEMORY_TEST")]
    public async Task A_gigabyte_of_json_lines_runs_in_under_200_MB_with_one_thread() => await RunsInLittleMemory("1");

    [OptInFact("NEWSPARSE_MEMORY_TEST")]
    public async Task A_gigabyte_of_json_lines_runs_in_under_200_MB_with_two_threads() => await RunsInLittleMemory("2");

    private static async Task RunsInLittleMemory(string threads)
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var start = new ProcessStartInfo("dotnet") { RedirectStandardInput = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (string argument in new[] { Path.Combine(AppContext.BaseDirectory, "NewsParse.Cli.dll"), "--jsonl", "-j", threads, "-" })
        {
            start.ArgumentList.Add(argument);
        }

        using Process process = Process.Start(start)!;
        long peak = 0;
        Task<long> lines = CountLines(process.StandardOutput.BaseStream);
        Task<long> written = Feed(process.StandardInput.BaseStream);
        while (!process.WaitForExit(100))
        {
            peak = Math.Max(peak, PeakResidentBytes(process.Id));
        }

        process.ExitCode.Should().Be(0);
        (await lines).Should().Be(await written);
        peak.Should().BeGreaterThan(0).And.BeLessThan(PeakLimitBytes, "peak resident memory was {0:N0} MB", peak / (1024 * 1024));
    }

    // Stories of every size a pipeline meets, from a brief to a megabyte, until a gigabyte is written; then the input ends.
    private static Task<long> Feed(Stream input) => Task.Run(() =>
    {
        string[] bodies =
        [
            "“Talks will go on,” Osei said at https://example.org/talks.",
            string.Concat(Enumerable.Repeat("The committee met again on Tuesday, and “nothing was agreed,” an aide said. ", 40)),
            string.Concat(Enumerable.Repeat("WASHINGTON (Reuters) - Officials said on Monday that the plan, described at www.example.gov/plan, would go ahead. ", 9000)),
        ];
        long bytes = 0, count = 0;
        using (input)
        {
            for (int i = 0; bytes < InputBytes; i++)
            {
                string body = bodies[i % 97 == 0 ? 2 : i % 3 == 0 ? 1 : 0];
                byte[] line = Encoding.UTF8.GetBytes($"{{\"id\": \"story-{i}\", \"text\": \"{body}\"}}\n");
                input.Write(line);
                bytes += line.Length;
                count++;
            }
        }

        return count;
    });

    private static Task<long> CountLines(Stream output) => Task.Run(() =>
    {
        var buffer = new byte[1 << 16];
        long count = 0;
        int read;
        while ((read = output.Read(buffer)) > 0)
        {
            count += buffer.AsSpan(0, read).Count((byte)'\n');
        }

        return count;
    });

    // The process's peak resident set so far (VmHWM), or 0 once it has gone.
    private static long PeakResidentBytes(int processId)
    {
        try
        {
            foreach (string line in File.ReadLines($"/proc/{processId}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    return long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
                }
            }
        }
        catch (IOException)
        {
            // The process has just ended.
        }

        return 0;
    }
}
