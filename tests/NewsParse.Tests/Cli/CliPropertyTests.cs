using System.Text;
using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;
using NewsParse.Tests.Hardening;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

/// <summary>
/// Whatever JSON Lines input newsparse is given — good lines, broken JSON, random bytes, invalid UTF-8, blank lines,
/// Windows line ends — it writes one whole JSON line per non-blank input line, in order, with one thread or two; and
/// as text it fails on the same documents and warns the same.
/// </summary>
public sealed class CliPropertyTests
{
    private static readonly Gen<byte[]> Line = Gen.OneOf(
        HostileText.Generator.Select(text => Encoding.UTF8.GetBytes(CliHarness.JsonLine("good", text))),
        HostileText.Generator.Select(text => Encoding.UTF8.GetBytes(CliHarness.JsonLine("cut", text))).Select(whole => whole[..(whole.Length / 2)]),
        ArbMap.Default.GeneratorFor<byte[]>().Select(bytes => bytes.Where(b => b != (byte)'\n').ToArray()),
        Gen.Elements(" ", "\t", "\r", "", "  \r", "{}", "[]", "null", "\"text\"", "{\"text\": 1}").Select(Encoding.UTF8.GetBytes));

    [Fact]
    public void Every_non_blank_line_gives_one_whole_output_line_in_order() =>
        Prop.ForAll(Line.ListOf().ToArbitrary(), lines =>
        {
            byte[] input = [.. lines.SelectMany(line => line.Append((byte)'\n'))];
            int expected = lines.Select((line, i) => i == 0 && line.AsSpan().StartsWith("\uFEFF"u8) ? line[3..] : line)
                .Count(line => line.AsSpan().IndexOfAnyExcept(" \t\r"u8) >= 0);

            CliResult sequential = CliHarness.RunAsync(["--jsonl", "-j", "1", "-"], input).GetAwaiter().GetResult();
            CliResult parallel = CliHarness.RunAsync(["--jsonl", "-j", "2", "-"], input).GetAwaiter().GetResult();

            sequential.ExitCode.Should().BeOneOf(NewsParseCli.ExitSuccess, NewsParseCli.ExitDocumentFailed);
            sequential.Lines.Should().HaveCount(expected);
            foreach (string output in sequential.Lines)
            {
                using JsonDocument document = JsonDocument.Parse(output);
                document.RootElement.TryGetProperty("id", out _).Should().BeTrue();
            }

            parallel.Stdout.Should().Be(sequential.Stdout);
            parallel.ExitCode.Should().Be(sequential.ExitCode);

            CliResult text = CliHarness.RunAsync(["--jsonl", "--format", "text", "-"], input).GetAwaiter().GetResult();
            text.ExitCode.Should().Be(sequential.ExitCode);
            text.Stderr.Should().Be(sequential.Stderr);
        }).Check(Config.QuickThrowOnFailure.WithMaxTest(300).WithEndSize(40));
}
