using NewsParse.Datelines;

namespace NewsParse.Tests.Datelines;

/// <summary>An agency's name as a dateline writes it, in any letter case, gives its canonical name; anything else none.</summary>
public sealed class NewsAgenciesTests
{
    [Theory]
    [InlineData("Reuters", "Reuters")]
    [InlineData("REUTERS", "Reuters")]
    [InlineData("reuter", "Reuters")]
    [InlineData("Thomson Reuters", "Reuters")]
    [InlineData("AP", "AP")]
    [InlineData("ap", "AP")]
    [InlineData("The Associated Press", "AP")]
    [InlineData("associated press", "AP")]
    [InlineData("Agence France-Presse", "AFP")]
    [InlineData("Agence France Presse", "AFP")]
    [InlineData("ITAR-TASS", "TASS")]
    [InlineData("itar-tass", "TASS")]
    [InlineData("AA", "Anadolu")]
    [InlineData("The Canadian Press", "CP")]
    [InlineData("Prensa Latina", "Prensa Latina")]
    [InlineData("xinhua", "Xinhua")]
    [InlineData("NNA", "NNA")]
    [InlineData("TT", "TT")]
    public void Gives_the_canonical_name_of_a_known_agency(string written, string canonical) =>
        NewsAgencies.Canonical(written).Should().Be(canonical);

    [Theory]
    [InlineData("")]
    [InlineData("A")]
    [InlineData("Wire")]
    [InlineData("APX")]
    [InlineData("Reuterss")]
    [InlineData("TAS")]
    [InlineData("Associated")]
    [InlineData("AFP ")]
    [InlineData(" AFP")]
    [InlineData("France-Presse")]
    [InlineData("ÀP")]
    public void Gives_none_for_any_other_name(string written) =>
        NewsAgencies.Canonical(written).Should().BeNull();
}
