using System.Text;
using System.Text.Json;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

/// <summary>What one in-process run of newsparse produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    /// <summary>The output lines, without their '\n' (the output always ends with one when not empty).</summary>
    public IReadOnlyList<string> Lines =>
        Stdout.Length == 0 ? [] : Stdout[..^1].Split('\n');

    /// <summary>Each output line parsed as JSON.</summary>
    public IReadOnlyList<JsonElement> Documents =>
        Lines.Select(line =>
        {
            using var document = JsonDocument.Parse(line);
            return document.RootElement.Clone();
        }).ToList();

    /// <summary>The lines of standard error.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

/// <summary>Runs newsparse in-process with in-memory standard streams.</summary>
internal static class CliHarness
{
    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, stdin: []);

    public static Task<CliResult> RunAsync(string[] args, string stdin) => RunAsync(args, Encoding.UTF8.GetBytes(stdin));

    public static async Task<CliResult> RunAsync(string[] args, byte[] stdin, CancellationToken cancellationToken = default)
    {
        using var input = new MemoryStream(stdin);
        using var output = new MemoryStream();
        using var error = new StringWriter { NewLine = "\n" };
        int exitCode = await NewsParseCli.RunAsync(args, input, output, error, cancellationToken);
        return new CliResult(exitCode, Encoding.UTF8.GetString(output.ToArray()), error.ToString());
    }

    /// <summary>A JSON Lines input line, written with System.Text.Json so escaping is right.</summary>
    public static string JsonLine(string? id, string text) =>
        id is null
            ? JsonSerializer.Serialize(new Dictionary<string, string> { ["text"] = text })
            : JsonSerializer.Serialize(new Dictionary<string, string> { ["id"] = id, ["text"] = text });
}

/// <summary>A fresh temporary directory, deleted with everything in it on dispose.</summary>
internal sealed class TempDirectory : IDisposable
{
    public TempDirectory()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "newsparse-cli-tests-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    /// <summary>Writes a UTF-8 file (no BOM) below the directory, creating folders; returns its full path.</summary>
    public string Write(string relativePath, string text) => WriteBytes(relativePath, new UTF8Encoding(false).GetBytes(text));

    /// <summary>Writes raw bytes below the directory, creating folders; returns its full path.</summary>
    public string WriteBytes(string relativePath, byte[] bytes)
    {
        string full = System.IO.Path.Combine(Path, relativePath);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, bytes);
        return full;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp folder must not fail a test.
        }
    }
}
