using FluentAssertions;
using NewsParse.Quotes;
using NewsParse.Text;
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
        Find(ref names, text, surname, text.Length).Should().Be(expected);
    }

    [Theory]
    [InlineData("Kofi Mensah spoke. “We met Yaw Boateng,” he said. Ama Osei replied.", "Boateng", "")]
    [InlineData("Kofi Mensah spoke. “We met Yaw Boateng,” he said. Ama Osei replied.", "Osei", "Ama Osei")]
    [InlineData("Kofi Mensah spoke. “We met Yaw Boateng,” he said. Ama Osei replied.", "Mensah", "Kofi Mensah")]
    public void Quoted_NamesNoOneInTheWordsQuoted(string text, string surname, string expected)
    {
        var names = default(RecentNames);
        names.Quoted(text.IndexOf('“') + 1, text.IndexOf('”'));
        Find(ref names, text, surname, text.Length).Should().Be(expected);
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
        Find(ref names, text, "Boateng", text.Length).Should().Be("Efua Boateng");
    }

    [Fact]
    public void FindBySurname_LooksBackThroughTheWholeText()
    {
        string text = $"Kwame Boateng spoke. {Fillers(40)}Late.";
        var names = default(RecentNames);
        Find(ref names, text, "Boateng", text.Length).Should().Be("Kwame Boateng");
        Find(ref names, text, "Quarshie" + Letters(39), text.Length).Should().Be($"{FirstName(39)} Quarshie{Letters(39)}");
    }

    [Theory]
    [InlineData("Fadhil al-Chalabi spoke first.", "al-Chalabi", "Fadhil al-Chalabi")]
    [InlineData("Pieter van der Berg spoke first.", "Berg", "Pieter van der Berg")]
    [InlineData("Finance Minister Kwame Osei spoke first.", "Osei", "Kwame Osei")]
    [InlineData("The offer came from E.F.Hutton LBO Inc.", "Hutton", "")]
    [InlineData("Talks with the Champions League went on.", "League", "")]
    [InlineData("Kwame O'Brien spoke first.", "O'Brien", "Kwame O'Brien")]
    [InlineData("Ama Osei’s firm spoke first.", "Osei", "")]
    [InlineData("Kwame Osei spoke first. Then Osei left.", "Osei", "Kwame Osei")]
    [InlineData("The minister spoke.Kofi Annan, the former envoy, disagreed.", "Annan", "Kofi Annan")]
    [InlineData("He left Accra.Jean-Pierre Mensah spoke later.", "Mensah", "Jean-Pierre Mensah")]
    [InlineData("The prize went to Kofi Ram. Ama Osei spoke first.", "Osei", "Ama Osei")]
    [InlineData("Gov. Ama Osei spoke first.", "Osei", "Ama Osei")]
    public void FindBySurname_ReadsTheRunAroundTheSurname(string text, string surname, string expected)
    {
        var names = default(RecentNames);
        Find(ref names, text, surname, text.Length).Should().Be(expected);
    }

    [Theory]
    [InlineData("Liu Jianguo spoke first.", "Liu", "Liu Jianguo")]
    [InlineData("Ban Seo-yeon spoke first.", "Ban", "Ban Seo-yeon")]
    [InlineData("Liu Jianguo spoke first. Then Wei Liu replied.", "Liu", "Wei Liu")]
    public void FindByName_GivesANameWrittenSurnameFirst(string text, string surname, string expected)
    {
        string asked = $"{text} {surname}";
        var names = default(RecentNames);
        Range found = names.FindByName(asked, new Range(asked.Length - surname.Length, asked.Length), text.Length);
        (found.Equals(default(Range)) ? "" : asked[found]).Should().Be(expected);
    }

    [Fact]
    public void FindBySurname_AskedAgainFindsANameReadSince()
    {
        // What a search found is kept for the text searched; a later question searches the text since, and an earlier
        // one is answered from what was kept where it can be.
        const string Text = "Kofi Mensah spoke. “Yes,” Mensah said. Then Yaw Mensah spoke. “No,” Mensah said.";
        int first = Text.IndexOf("“Yes", StringComparison.Ordinal);
        int second = Text.IndexOf("“No", StringComparison.Ordinal);
        var names = default(RecentNames);
        Find(ref names, Text, "Mensah", first).Should().Be("Kofi Mensah");
        Find(ref names, Text, "Mensah", second).Should().Be("Yaw Mensah");
        Find(ref names, Text, "Mensah", first).Should().Be("Kofi Mensah");
        Find(ref names, Text, "Mensah", 5).Should().Be("");
    }

    [Theory]
    [InlineData("Kwame Osei met farmers. Ama Boateng spoke next. Then", "Ama Boateng")]
    [InlineData("Kwame Osei met farmers, who cheered Ama Boateng. Then", "Kwame Osei")]
    [InlineData("Mr Osei met farmers. Then", "Mr Osei")]
    [InlineData("Kwame Osei met farmers. On Monday, Osei left. Then", "Kwame Osei")]
    [InlineData("Ghana won. The Cocoa Board met. Then", "")]
    [InlineData("Kwame Osei met farmers. First Boateng left. Then", "Kwame Osei")]
    public void LastSubjectAfter_GivesTheLatestSubjectNamed(string text, string expected)
    {
        var names = default(RecentNames);
        Range found = names.LastSubjectAfter(text, -1, text.Length, wrapped: false);
        (found.Equals(default(Range)) ? "" : text[found]).Should().Be(expected);
    }

    [Theory]
    [InlineData("Kwame Osei met Ama Boateng. Then", "he", "Kwame Osei")]
    [InlineData("Kwame Osei met Ama Boateng. Then", "she", "Ama Boateng")]
    [InlineData("Kwame Osei met Ama Boateng. Then", "", "Ama Boateng")]
    [InlineData("Kwame Osei met Dlamini Zulu. Then", "she", "Dlamini Zulu")]
    [InlineData("Kwame Osei spoke. “We met Ama Boateng,” he said. Then", "she", "")]
    [InlineData("Kwame Osei met Dlamini Zulu, Ama Boateng, Efua Mensah, Akosua Darko, Abena Owusu, Adjoa Asante, Yaa Boadu and Esi Nyarko. Then", "he", "Kwame Osei")]
    [InlineData("Priti Mensah met Kwesi Osei. Then", "she", "Priti Mensah")]
    [InlineData("Kwesi Osei met Yaa Boadu. Then", "he", "Kwesi Osei")]
    [InlineData("Viktor Osei met Yulia Boadu. Then", "he", "Viktor Osei")]
    public void LatestOf_GivesTheLatestNameOfTheGender(string text, string pronoun, string expected)
    {
        var names = default(RecentNames);
        int open = text.IndexOf('“');
        if (open >= 0)
        {
            names.Quoted(open + 1, text.IndexOf('”'));
        }

        Range found = names.LatestOf(text, PersonNames.GenderOf(pronoun), text.Length);
        (found.Equals(default(Range)) ? "" : text[found]).Should().Be(expected);
    }

    [Theory]
    [InlineData("The Cocoa Board Council met.", "Kwame Osei")]
    [InlineData("Ama Boateng spoke next.", "Kwame Osei")]
    [InlineData("Yaw Boateng's firm spoke next.", "Kwame Osei")]
    [InlineData("Yaw Boateng spoke next.", "Yaw Boateng")]
    [InlineData("The Ghana Cocoa Board and Yaw Boateng spoke next.", "Yaw Boateng")]
    public void LatestOf_AskedAgainKeepsItsAnswerUntilANameItWouldCount(string between, string expected)
    {
        // Bodies, names of the other gender and names in the possessive between two questions leave the answer standing.
        string text = $"Kwame Osei spoke. “Yes,” he said. {between} “No,” he said.";
        var names = default(RecentNames);
        int first = text.IndexOf("“Yes", StringComparison.Ordinal);
        int second = text.IndexOf("“No", StringComparison.Ordinal);
        text[names.LatestOf(text, Gender.Male, first)].Should().Be("Kwame Osei");
        names.Quoted(first + 1, text.IndexOf("”", first, StringComparison.Ordinal));
        text[names.LatestOf(text, Gender.Male, second)].Should().Be(expected);
    }

    [Theory]
    [InlineData("The Volta Council met.")]
    [InlineData("Yaw Boateng's firm met.")]
    [InlineData("Kwesi Boadu met.")]
    public void LatestOf_AskedAgainReadsOnlyTheTextSinceWhenNoNameItWouldCountCameBetween(string between)
    {
        // A `she` with no woman named reads back through every run; asked again, past a body, a name in the possessive
        // or a man's name, it reads only what came between.
        string text = string.Concat(Enumerable.Repeat("The Cocoa Board met. ", 40)) + "Kwame Osei spoke. “Yes,” she said. " + between + " “No,” she said.";
        int first = text.IndexOf("“Yes", StringComparison.Ordinal);
        int second = text.IndexOf("“No", StringComparison.Ordinal);
        var names = default(RecentNames);
        WorkMeter.Reset();
        names.LatestOf(text, Gender.Female, first);
        long firstSteps = WorkMeter.Steps;
        names.Quoted(first + 1, text.IndexOf("”", first, StringComparison.Ordinal));
        WorkMeter.Reset();
        names.LatestOf(text, Gender.Female, second);
        WorkMeter.Steps.Should().BeLessThan(firstSteps / 4);
    }

    [Fact]
    public void Quoted_RemembersTheLatestQuotesOnly()
    {
        // Of a text of many quotes, the last 32 are remembered: a name in an older quote is read as if unquoted.
        string text = "“Kwame Osei asked,” one said. " + string.Concat(Enumerable.Repeat("“Yes,” they said. ", 40)) + "Then";
        var names = default(RecentNames);
        for (int open = text.IndexOf('“'); open >= 0; open = text.IndexOf('“', open + 1))
        {
            names.Quoted(open + 1, text.IndexOf('”', open));
        }

        Find(ref names, text, "Osei", text.Length).Should().Be("Kwame Osei");
    }

    // Asks for `surname`, written after the text so that it is a span of it, as the names before `before` give it.
    private static string Find(ref RecentNames names, string text, string surname, int before)
    {
        string asked = $"{text} {surname}";
        Range found = names.FindBySurname(asked, new Range(asked.Length - surname.Length, asked.Length), before);
        return found.Equals(default(Range)) ? "" : asked[found];
    }

    private static string Fillers(int count) =>
        string.Concat(Enumerable.Range(0, count).Select(i => $"{FirstName(i)} Quarshie{Letters(i)} spoke. "));

    private static string FirstName(int i) => i % 2 == 0 ? "Adjoa" : "Kojo";

    // A distinct suffix of letters for each filler name: `Quarshieab`.
    private static string Letters(int i) => $"{(char)('a' + i % 26)}{(char)('a' + i / 26)}";
}
