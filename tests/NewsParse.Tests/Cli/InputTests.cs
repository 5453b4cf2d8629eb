using System.Text;
using System.Text.Json;
using NewsParse.Cli;
using NewsParseCli = NewsParse.Cli.Cli;

namespace NewsParse.Tests.Cli;

public sealed class InputTests
{
    [Fact]
    public async Task File_id_is_the_path_exactly_as_given()
    {
        using var temp = new TempDirectory();
        temp.Write("desk/budget.txt", "The finance ministry published its draft at www.example.gov/budget-2026.");
        string asGiven = temp.Path + "/desk/./budget.txt";
        string alsoGiven = temp.Path + "/desk/../desk/budget.txt";

        CliResult result = await CliHarness.RunAsync(asGiven, alsoGiven);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal(asGiven, alsoGiven);
    }

    [Fact]
    public async Task File_named_explicitly_is_read_whatever_its_extension()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("wire.md", "KAMPALA - Results were posted on https://ec.example.ug/results late on Sunday.");

        CliResult result = await CliHarness.RunAsync(path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Single().GetProperty("urls").GetArrayLength().Should().Be(1);
    }

    [Theory]
    [InlineData("")]
    [InlineData("/")]
    public async Task Directory_gives_every_txt_below_in_ordinal_order_with_slash_ids(string suffix)
    {
        using var temp = new TempDirectory();
        temp.Write("b.txt", "Second story.");
        temp.Write("a/z.txt", "Nested story.");
        temp.Write("a.txt", "First story.");
        temp.Write("Z.txt", "Capital story.");
        temp.Write("a/deeper/y.txt", "Deep story.");
        temp.Write("notes.md", "Not an article.");
        temp.Write("a/draft.txt.bak", "Not an article either.");
        string dir = temp.Path + suffix;

        CliResult result = await CliHarness.RunAsync(dir);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Select(d => d.GetProperty("id").GetString()).Should().Equal(
            temp.Path + "/Z.txt",
            temp.Path + "/a.txt",
            temp.Path + "/a/deeper/y.txt",
            temp.Path + "/a/z.txt",
            temp.Path + "/b.txt");
    }

    [Fact]
    public async Task Inputs_keep_command_line_order()
    {
        using var temp = new TempDirectory();
        string first = temp.Write("z-first.txt", "One.");
        temp.Write("dir/only.txt", "Two.");
        string last = temp.Write("a-last.txt", "Three.");

        CliResult result = await CliHarness.RunAsync(first, temp.Path + "/dir", last);

        result.Documents.Select(d => d.GetProperty("id").GetString())
            .Should().Equal(first, temp.Path + "/dir/only.txt", last);
    }

    [Fact]
    public async Task Standard_input_is_one_document_with_id_dash()
    {
        const string Story = "MANILA, Aug 9 (Wire) - The typhoon bulletin is at https://weather.example.ph/bulletin/12.\n";

        CliResult result = await CliHarness.RunAsync(["-"], Story);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        JsonElement document = result.Documents.Single();
        document.GetProperty("id").GetString().Should().Be("-");
        document.GetProperty("urls")[0].GetProperty("url").GetString().Should().Be("https://weather.example.ph/bulletin/12");
    }

    [Fact]
    public async Task Byte_order_mark_is_stripped_before_offsets_are_counted()
    {
        using var temp = new TempDirectory();
        const string Story = "https://wire.example.com/2025/03/lead-story\nLIMA - Congress voted on Thursday.";
        string path = temp.WriteBytes("bom.txt", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Story)]);

        CliResult result = await CliHarness.RunAsync(path);

        JsonElement url = result.Documents.Single().GetProperty("urls")[0];
        url.GetProperty("start").GetInt32().Should().Be(0);
        url.GetProperty("url").GetString().Should().Be("https://wire.example.com/2025/03/lead-story");
    }

    [Theory]
    [InlineData("МОСКВА, 3 декабря - Заявление опубликовано на ")]
    [InlineData("\U0001F327\uFE0F FLOOD WATCH \U0001F30A - Updates at ")]
    [InlineData("東京 (Wire) - 詳細は ")]
    [InlineData("Cafe\u0301 owners in Montre\u0301al said the list is at ")]
    public async Task Offsets_count_utf16_code_units_of_the_decoded_text(string prefix)
    {
        using var temp = new TempDirectory();
        string story = prefix + "https://wire.example.com/dispatch/77 today.";
        string path = temp.Write("dispatch.txt", story);

        CliResult result = await CliHarness.RunAsync(path);

        JsonElement url = result.Documents.Single().GetProperty("urls")[0];
        url.GetProperty("start").GetInt32().Should().Be(prefix.Length);
        url.GetProperty("length").GetInt32().Should().Be("https://wire.example.com/dispatch/77".Length);
    }

    [Fact]
    public async Task Empty_file_is_one_document_without_findings()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("empty.txt", "");

        CliResult result = await CliHarness.RunAsync(path);

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Documents.Single().GetProperty("urls").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Reference_date_is_accepted()
    {
        CliResult result = await CliHarness.RunAsync(["--reference-date", "2024-12-10", "-"], "HAVANA, Dec 3 - Power returned.");

        result.ExitCode.Should().Be(NewsParseCli.ExitSuccess);
        result.Lines.Should().ContainSingle();
    }
}
