using System.Text;
using NewsParse.Cli;

namespace NewsParse.Tests.Cli;

public sealed class ByteLineReaderTests
{
    [Theory]
    [InlineData("", new string[0])]
    [InlineData("one", new[] { "one" })]
    [InlineData("one\n", new[] { "one" })]
    [InlineData("one\r\ntwo\r\n", new[] { "one", "two" })]
    [InlineData("one\n\ntwo", new[] { "one", "", "two" })]
    [InlineData("\n", new[] { "" })]
    [InlineData("keeps\ra lone CR\n", new[] { "keeps\ra lone CR" })]
    public void Splits_lines_at_newlines(string input, string[] expected) =>
        ReadAll(Encoding.UTF8.GetBytes(input)).Should().Equal(expected);

    [Theory]
    [InlineData(10)]
    [InlineData(65_535)]
    [InlineData(65_536)]
    [InlineData(200_000)]
    public void Lines_longer_than_the_buffer_come_back_whole(int length)
    {
        string longLine = new('w', length);
        string input = $"short\n{longLine}\r\n{longLine}x\nend";

        ReadAll(Encoding.UTF8.GetBytes(input)).Should().Equal("short", longLine, longLine + "x", "end");
    }

    [Fact]
    public void Many_lines_spanning_buffer_boundaries_are_all_read()
    {
        string[] lines = Enumerable.Range(0, 20_000).Select(i => $"line {i} " + new string('q', i % 97)).ToArray();

        ReadAll(Encoding.UTF8.GetBytes(string.Join('\n', lines))).Should().Equal(lines);
    }

    private static List<string> ReadAll(byte[] input)
    {
        var reader = new ByteLineReader(new TrickleStream(input));
        var lines = new List<string>();
        while (reader.TryReadLine(out ReadOnlySpan<byte> line))
        {
            lines.Add(Encoding.UTF8.GetString(line));
        }

        return lines;
    }

    /// <summary>Returns fewer bytes than asked, as pipes do.</summary>
    private sealed class TrickleStream(byte[] data) : MemoryStream(data)
    {
        public override int Read(byte[] buffer, int offset, int count) => base.Read(buffer, offset, Math.Min(count, 7_001));
    }
}
