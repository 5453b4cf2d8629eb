using FluentAssertions;
using NewsParse.Quotes;
using Xunit;

namespace NewsParse.Tests.Quotes;

public class PersonNamesTests
{
    [Theory]
    [InlineData("Kofi Mensah", "Kofi Mensah")]
    [InlineData("Mensah", "Mensah")]
    [InlineData("President Kofi Mensah", "Kofi Mensah")]
    [InlineData("Finance Minister Ama Osei", "Ama Osei")]
    [InlineData("Deputy Finance Minister Ama Osei", "Ama Osei")]
    [InlineData("Ghanaian Finance Minister Ama Osei", "Ama Osei")]
    [InlineData("Russian Foreign Minister Sergei Lavrov", "Sergei Lavrov")]
    [InlineData("U.S. Secretary Jane Doe", "Jane Doe")]
    [InlineData("U.N. Secretary Jane Doe", "Jane Doe")]
    [InlineData("Pakistani Prime Minister Ali Raza", "Ali Raza")]
    [InlineData("Chinese Foreign Minister Li Wen", "Li Wen")]
    [InlineData("Danish Foreign Minister Lars Holm", "Lars Holm")]
    [InlineData("Mexican Finance Minister Ana Ruiz", "Ana Ruiz")]
    [InlineData("Norwegian Minister Kari Lund", "Kari Lund")]
    [InlineData("Jonas Minister Kari Lund", "Kari Lund")]
    [InlineData("Andes Minister Kari Lund", "Kari Lund")]
    [InlineData("Jonas Minister Lund", "Jonas Minister Lund")]
    [InlineData("Cocoa Board Chairman Yaw Osei", "Yaw Osei")]
    [InlineData("Cocoa Board Secretary General Osei", "Cocoa Board Secretary General Osei")]
    [InlineData("Volta House Budget Chief Ama Osei", "Ama Osei")]
    [InlineData("Deputy Governor Ama Osei", "Ama Osei")]
    [InlineData("Ghanaian Ama Osei", "Ghanaian Ama Osei")]
    [InlineData("Brian Smith", "Brian Smith")]
    [InlineData("Dr. Mensah", "Mensah")]
    [InlineData("Sen. Ama Osei", "Ama Osei")]
    [InlineData("President", "President")]
    [InlineData("Former President", "President")]
    [InlineData("Ghanaian Minister", "Ghanaian Minister")]
    [InlineData("Ghanaian President", "Ghanaian President")]
    [InlineData("president Kofi Mensah", "president Kofi Mensah")]
    [InlineData("Kofi  Mensah", "Kofi  Mensah")]
    [InlineData("Minister  Kofi Mensah", " Kofi Mensah")]
    [InlineData("Minister ", "Minister ")]
    [InlineData("Minister Kofi Mensah ", "Kofi Mensah ")]
    [InlineData("Labour MP Jean Corston", "Jean Corston")]
    [InlineData("MP for Witney", "MP for Witney")]
    [InlineData("Fox News’ Bret Baier", "Bret Baier")]
    [InlineData("Secretary of State Kofi F. Mensah", "Kofi F. Mensah")]
    [InlineData("Secretary of State Ama K. J. Osei", "Ama K. J. Osei")]
    [InlineData("Secretary of State Mary Boateng Osei", "Mary Boateng Osei")]
    [InlineData("Secretary of Health and Human Services", "Secretary of Health and Human Services")]
    [InlineData("Secretary of State for Northern Ireland", "Secretary of State for Northern Ireland")]
    [InlineData("Minister of State for Trade Ama Osei", "Ama Osei")]
    [InlineData("Mary King of Volta Music Holdings", "Mary King of Volta Music Holdings")]
    [InlineData("Secretary of State ", "Secretary of State ")]
    [InlineData("Takoradi Securities' Ama Osei", "Ama Osei")]
    [InlineData("Volta Research's Mr Asante", "Asante")]
    [InlineData("Prime Minister Kofi Mensah's official spokesman", "Kofi Mensah's official spokesman")]
    [InlineData("British Chancellor of the Exchequer Kofi Mensah", "Kofi Mensah")]
    [InlineData("Mr de Graft", "de Graft")]
    [InlineData("Secretary of State", "Secretary of State")]
    [InlineData("Secretary of State Ama Osei", "Ama Osei")]
    [InlineData("Speaker of the House Ama Osei", "Ama Osei")]
    [InlineData("Mayor of Accra Kofi de Graft", "Kofi de Graft")]
    [InlineData("Bank of Ghana Governor Kenji Sato", "Kenji Sato")]
    [InlineData("Yaw Osei of Takoradi Harbour Securities", "Yaw Osei of Takoradi Harbour Securities")]
    [InlineData("Lt Col Ama Osei", "Ama Osei")]
    [InlineData("Cllr Osei", "Osei")]
    [InlineData("Songwriter Kwesi Boadu", "Kwesi Boadu")]
    [InlineData("Analyst Osei", "Osei")]
    [InlineData("Businessman Sir Kofi Mensah", "Kofi Mensah")]
    [InlineData("Volta Research Analyst Ama Osei", "Ama Osei")]
    [InlineData("Star Wars", "Star Wars")]
    [InlineData("Man City", "Man City")]
    [InlineData("Head Office", "Head Office")]
    public void Name_DropsTheTitlesAndTheNationalityBeforeThem(string mention, string expected)
    {
        string text = $"By {mention} today";
        var range = new Range(3, 3 + mention.Length);
        text[PersonNames.Name(text, range)].Should().Be(expected);
    }

    [Theory]
    [InlineData("Kofi Mensah", true)]
    [InlineData("Kofi Ama Yaw Mensah", true)]
    [InlineData("Kofi Ama Yaw Kwame Mensah", false)]
    [InlineData("Mensah", false)]
    [InlineData("KOFI MENSAH", false)]
    [InlineData("Kofi MENSAH", true)]
    [InlineData("Security Council", false)]
    [InlineData("Kofi Annan Foundation", false)]
    [InlineData("Deputy Treasury Secretary", false)]
    [InlineData("Ama King", true)]
    [InlineData("Cocoa Research", false)]
    [InlineData("Stade de Kumasi", false)]
    [InlineData("Ama Osei-Bonsu", true)]
    [InlineData("Élodie Ångström", true)]
    [InlineData("Kofi  Mensah", true)]
    [InlineData("Kofi Mensah ", true)]
    [InlineData(" Kofi", true)]
    [InlineData("Kofi Bartholomew-Wolstenholme-Fairweather-Montgomery-Ashcombe Mensah", false)]
    [InlineData("Kofi Bartholomew-Wolstenholme-Fairweather Mensah", true)]
    [InlineData("", false)]
    public void LooksLikePerson_TakesTwoToFourWordsNamingNoBody(string name, bool expected) =>
        PersonNames.LooksLikePerson(name).Should().Be(expected);

    [Theory]
    [InlineData("Real Madrid director of sport Emilio Butragueno", "Emilio Butragueno")]
    [InlineData("former Bank of Ghana Governor Kenji Sato", "Kenji Sato")]
    [InlineData("analyst Ama Osei of Takoradi Securities", "Ama Osei")]
    [InlineData("the British Chamber of Commerce", "the British Chamber of Commerce")]
    [InlineData("a company spokesman", "a company spokesman")]
    [InlineData("Kofi Mensah", "Kofi Mensah")]
    public void TrailingName_is_the_full_name_after_the_words_in_lower_case(string mention, string expected)
    {
        string text = $"By {mention} today";
        text[PersonNames.TrailingName(text, new Range(3, 3 + mention.Length))].Should().Be(expected);
    }
}
