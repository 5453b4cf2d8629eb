using FluentAssertions;
using NewsParse.Quotes;
using Xunit;

namespace NewsParse.Tests.Quotes;

public class RecentNamesTests
{
    [Theory]
    [InlineData("Kofi Mensah spoke first. Yaw Mensah replied.", "Mensah", "Yaw Mensah")]
    [InlineData("Kofi Mensah spoke first. Ama Osei replied.", "Mensah", "Kofi Mensah")]
    [InlineData("Kofi Mensah spoke first.", "Ensah", "")]
    [InlineData("Kofi Mensah spoke first.", "Mensa", "")]
    [InlineData("Kofi Mensah spoke first.", "", "")]
    [InlineData("No names here at all.", "Mensah", "")]
    [InlineData("Kofi Bartholomew-Wolstenholme-Fairweather-Montgomery-Ashcombe Mensah spoke first.", "Mensah", "")]
    [InlineData("Kofi Bartholomew-Wolstenholme-Fairweather Mensah spoke first.", "Mensah", "Kofi Bartholomew-Wolstenholme-Fairweather Mensah")]
    [InlineData("“We go on,” said Kofi Mensah — and then Yaw Mensah replied.", "Mensah", "Yaw Mensah")]
    [InlineData("‘Kofi Mensah’ … “Ama Osei” — ”Yaw Mensah”", "Mensah", "Yaw Mensah")]
    [InlineData("Zoë Ångström spoke first, then “Élodie Ångström” replied.", "Ångström", "Élodie Ångström")]
    [InlineData("Kofi Mensah spoke first, then—“Yaw Mensah”—replied.", "Mensah", "Yaw Mensah")]
    public void FindBySurname_GivesTheLatestFullName(string text, string surname, string expected)
    {
        var names = default(RecentNames);
        names.ReadUpTo(text, text.Length);
        Range found = names.FindBySurname(text, surname);
        (found.Equals(default(Range)) ? "" : text[found]).Should().Be(expected);
    }

    [Theory]
    [InlineData("Kofi Mensah spoke. “We met Yaw Boateng,” he said. Ama Osei replied.", "Boateng", "")]
    [InlineData("Kofi Mensah spoke. “We met Yaw Boateng,” he said. Ama Osei replied.", "Osei", "Ama Osei")]
    [InlineData("Kofi Mensah spoke. “We met Yaw Boateng,” he said. Ama Osei replied.", "Mensah", "Kofi Mensah")]
    public void PassOver_ReadsNoNameInTheWordsPassedOver(string text, string surname, string expected)
    {
        int open = text.IndexOf('“');
        var names = default(RecentNames);
        names.ReadUpTo(text, open);
        names.PassOver(text.IndexOf('”'));
        names.ReadUpTo(text, text.Length);
        Range found = names.FindBySurname(text, surname);
        (found.Equals(default(Range)) ? "" : text[found]).Should().Be(expected);
    }

    [Theory]
    [InlineData(29)]
    [InlineData(31)]
    [InlineData(32)]
    [InlineData(33)]
    [InlineData(70)]
    public void FindBySurname_FindsTheLatestAcrossTheWholeMemory(int others)
    {
        // One surname twice, with other names between: the later one wins, wherever the memory of 32 names has wrapped.
        string text = $"Kwame Boateng spoke. {Fillers(others)}Efua Boateng spoke. {Fillers(5)}Late.";
        var names = default(RecentNames);
        names.ReadUpTo(text, text.Length);
        Range found = names.FindBySurname(text, "Boateng");
        text[found].Should().Be("Efua Boateng");
    }

    [Fact]
    public void FindBySurname_ForgetsNamesBeyondTheMemory()
    {
        string text = $"Kwame Boateng spoke. {Fillers(40)}Late.";
        var names = default(RecentNames);
        names.ReadUpTo(text, text.Length);
        names.FindBySurname(text, "Boateng").Should().Be(default(Range));
        text[names.FindBySurname(text, "Quarshie" + Letters(39))].Should().Be($"{FirstName(39)} Quarshie{Letters(39)}");
    }

    private static string Fillers(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{FirstName(i)} Quarshie{Letters(i)} spoke. "));

    private static string FirstName(int i) => i % 2 == 0 ? "Adjoa" : "Kojo";

    // A distinct suffix of letters for each filler name: `Quarshieab`.
    private static string Letters(int i) => $"{(char)('a' + i % 26)}{(char)('a' + i / 26)}";
}
