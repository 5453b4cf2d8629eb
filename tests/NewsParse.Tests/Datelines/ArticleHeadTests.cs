using NewsParse.Datelines;

namespace NewsParse.Tests.Datelines;

/// <summary>
/// The head of an article read the way an editor reads it: headline, deck, kicker, byline, credit and caption lines,
/// share-button leftovers and `Updated …` lines are passed over, and the first line or paragraph start that is a dateline
/// is taken; a dateline below the first paragraph of prose is not. Each row: a head (\n separates lines), then the
/// dateline as written, or null. Heads are invented for these tests.
/// </summary>
public sealed class ArticleHeadTests
{
    private const string Story = "The council voted 7-2 on Monday to close three parks. Crews will be moved to the libraries.";

    [Theory]
    [InlineData("Mayor to shift staff, money to parks as funds run low.\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Mayor to shift staff, money to parks as funds run low\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Mayor Vows: No More Cuts.\n\nDALTON — ", "DALTON —")]
    [InlineData("Mayor says parks will close, crews will move.\nDALTON, Ore. — ", "DALTON, Ore. —")]
    [InlineData("Why the mayor wants the parks closed. And what comes next.\n\nDALTON — ", "DALTON —")]
    [InlineData("PARKS TO CLOSE AS FUNDS RUN LOW\n\nDALTON — ", "DALTON —")]
    [InlineData("PARKS TO CLOSE AS FUNDS RUN LOW\n    DALTON, March 3 - ", "DALTON, March 3 -")]
    [InlineData("Parks to close.\n\nDALTON, March 3 (Reuters) - ", "DALTON, March 3 (Reuters) -")]
    [InlineData("Mayor’s ‘last resort’ plan: close three parks.\n\nDALTON, Ga., March 3 (UPI) — ", "DALTON, Ga., March 3 (UPI) —")]
    [InlineData("Parks to close\r\n\r\nDALTON — ", "DALTON —")]
    public void A_headline_of_any_shape_is_passed_over(string head, string dateline) => Check(head + Story, dateline);

    [Theory]
    [InlineData("Parks to close.\n\nAfter a long fight, the mayor gets her way on the budget.\n\nDALTON, N.H. - ", "DALTON, N.H. -")]
    [InlineData("Parks to close.\n\nMayor wins the budget fight.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nCITY HALL WINS THE FIGHT.\n\nCrews move to libraries; unions object.\n\nDALTON, N.H. - ", "DALTON, N.H. -")]
    [InlineData("Parks to close.\n\nMayor wins budget fight.\n\nCrews move to libraries.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\nMayor wins the budget fight, unions vow to appeal.\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nCase of closed parks    being watched by the state.\n\nDALTON - ", "DALTON -")]
    public void A_deck_or_standfirst_under_the_headline_is_passed_over(string head, string dateline) => Check(head + Story, dateline);

    [Theory]
    [InlineData("Parks to close.\n\nBy Jane Roe, Associated Press\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Parks to close.\n\nBy JANE ROE\nAssociated Press Writer\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Parks to close.\n\nBy Jane Roe and Sam Doe\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nBy Jane Roe\nStaff Writer\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nAssociated Press\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nReuters\n\nDALTON, March 3 (Reuters) - ", "DALTON, March 3 (Reuters) -")]
    [InlineData("Parks to close.\n\nJane Roe, Special to the Times\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nBy Jane Roe | Staff Writer\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nBY JANE ROE\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nc.1997 N.Y. Times News Service\n\nDALTON _ ", "DALTON _")]
    [InlineData("Parks to close.\n\nBy Jane Roe and J.R. Doe\n\nDALTON (AP) — ", "DALTON (AP) —")]
    public void A_byline_or_credit_is_passed_over(string head, string dateline) => Check(head + Story, dateline);

    [Theory]
    [InlineData("Parks to close.\n\nThe mayor speaks at City Hall on Monday. The vote was 7-2. (AP Photo/Sam Doe)\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Parks to close.\n\nFILE - In this Jan. 5, 2016, file photo, the mayor speaks at City Hall. (AP Photo/Sam Doe, File)\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Parks to close.\n\nFILE — The mayor speaks at City Hall on Monday. Crews listened.\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Parks to close.\n\nCrews clear a park in Dalton. Photo: Sam Doe/Getty Images. The park closes in May.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nThe mayor at City Hall. Photograph: Sam Doe/Reuters. The vote was close.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nCrews clear a park. ©Sam Doe / AFP. The city is short of money.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nImage caption: The mayor at City Hall. She won the vote. Image copyright: Sam Doe\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nCrews clear a park on Monday. REUTERS/Sam Doe. The work took a week.\n\nDALTON, March 3 (Reuters) - ", "DALTON, March 3 (Reuters) -")]
    [InlineData("Parks to close.\n\nCrews clear a park on Monday. The park closes in May. (Sam Doe/The Dalton Post)\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nCrews clear a park on Monday. It closes in May. EPA-EFE/SAM DOE\n\nDALTON — ", "DALTON —")]
    public void A_photo_caption_is_passed_over(string head, string dateline) => Check(head + Story, dateline);

    [Theory]
    [InlineData("EXCLUSIVE\n\nParks to close.\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("ANALYSIS\n\nParks to close.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nEDITOR’S NOTE — This story is part of a series on city budgets. It was reported over six months.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nEditor's note: This story has been updated. An earlier version gave the wrong date.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nCORRECTION: An earlier version misstated the vote. It was 7-2.\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nUpdated 3:45 p.m. ET\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nUpdated at 3:45 PM\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Parks to close.\n\nShare\nTweet\nEmail\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nFacebook Twitter Email Print\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nShare on Facebook\nShare on Twitter\n\nDALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("Parks to close.\n\nComments (12)\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\n5 min read\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nHome\nNews\nCity\nParks\nSchools\nSport\nWeather\nOpinion\nShare\nTweet\nEmail\nPrint\nComments\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nKey points:\n• Three parks close in May.\n• Crews move to libraries.\n• Pools stay open.\n• Fees rise in June.\n\nDALTON — ", "DALTON —")]
    public void Kickers_notes_updates_and_share_buttons_are_passed_over(string head, string dateline) => Check(head + Story, dateline);

    // A page's date line above the story's dateline is the page's: the dateline below it is the story's.
    [Theory]
    [InlineData("Parks to close.\n\nUpdated 3:45 PM EDT, March 4, 2024\n\nROCK DALTON, Iowa (AP) — ", "ROCK DALTON, Iowa (AP) —")]
    [InlineData("Parks to close.\n\nMarch 4, 2024\n\nDALTON — ", "DALTON —")]
    [InlineData("Parks to close.\n\nBy Jane Roe\nMarch 4, 2024 at 9:00 a.m. EST\n\nKYIV, Ukraine — ", "KYIV, Ukraine —")]
    [InlineData("Parks to close.\n\nUpdated 2 hours ago\n\nDALTON, March 4 (Reuters) - ", "DALTON, March 4 (Reuters) -")]
    [InlineData("Parks to close.\n\nMar 4, 2024, 03:45 PM EST\n\nDALTON ― ", "DALTON ―")]
    public void A_story_dateline_below_a_page_date_line_is_taken(string head, string dateline) => Check(head + Story, dateline);

    [Fact]
    public void A_page_date_line_without_a_story_dateline_below_is_taken() =>
        Check("Parks to close.\n\nMarch 4, 2024\n\n" + Story, "March 4, 2024");

    [Theory]
    [InlineData("DALTON — ", "DALTON —")]
    [InlineData("DALTON (AP) — ", "DALTON (AP) —")]
    [InlineData("DALTON _ ", "DALTON _")]
    [InlineData("DALTON, Ore. — ", "DALTON, Ore. —")]
    [InlineData("  DALTON — ", "DALTON —")]
    [InlineData("\n\nDALTON — ", "DALTON —")]
    [InlineData("\uFEFFDALTON — ", "DALTON —")]
    public void A_story_may_open_with_its_dateline(string head, string dateline) => Check(head + Story, dateline);

    [Theory]
    [InlineData("Parks to close.\n\n" + Story + "\n\nDALTON — Crews moved.")]
    [InlineData("Parks to close.\n\n" + Story + "\n\nDALTON (AP) — Crews moved.")]
    [InlineData("Parks to close.\n\nThe council voted on Monday to close three of the city's parks, and the mayor said more may follow.\n\n" + Story + "\n\nDALTON — Crews moved.")]
    [InlineData("Parks to close.\n\nMayor wins.\n\nUnions object.\n\nCrews move.\n\nDALTON — Crews moved.")]
    [InlineData("Parks to close.\n\nThe council voted on Monday to close three of the city's parks,\nand the mayor said more may follow as the budget shrinks.\nDALTON — Crews moved.")]
    [InlineData("Parks to close\n\nThe council voted.\n\nPOLLS NOT WRONG, JUST EARLY - Jane Roe: “The polls were fine.”")]
    [InlineData("Pollster: The field shifts.\n\nEarly analysis shows the polls missed late deciders. Turnout was high. This is the weekly roundup.\n\nIOWA POLLS WERE RIGHT - Jane Roe: “The polls were fine.”")]
    [InlineData("MAYOR QUITS — CITY IN SHOCK\n\n" + Story)]
    [InlineData("Parks to close.\n\nSPORTS — The Lakers won again.\n\n" + Story)]
    [InlineData("Parks to close.\n\nWASHINGTON — the capital is quiet.\n\n" + Story)]
    [InlineData("Parks to close.\n\nNASA and the city disagree.\n\n" + Story)]
    [InlineData("Parks to close.\n\nThe council (AP) — met.")]
    [InlineData("Parks to close, council says\n\nBy Jane Roe, Dalton Times — " + Story)]
    [InlineData("Parks to close.\n\nThe council voted on Monday to close three of the city's parks and two of its pools, a cut the mayor called overdue.\n\nDALTON — Crews moved.")]
    [InlineData("Parks to close.\n\nDalton — " + Story)]
    [InlineData("Parks to close.\n\nDALTON is a small city — " + Story)]
    public void Nothing_below_the_first_paragraph_of_prose_or_shaped_like_a_label_is_a_dateline(string text) =>
        Parse(text).Should().BeNull(text);

    [Fact]
    public void The_head_of_an_article_gives_the_parts_of_its_dateline()
    {
        const string Text = "Parks to close, mayor says.\n\nBy Jane Roe, Associated Press\n\nLAKE DALTON, Ore. (AP) — " + Story;
        DatelineMatch dateline = Parse(Text)!.Value;
        Text[dateline.City].Should().Be("LAKE DALTON");
        Text[dateline.Region].Should().Be("Ore.");
        Text[dateline.AgencyText].Should().Be("AP");
        dateline.Agency.Should().Be("AP");
        dateline.Date.Should().BeNull();
    }

    private static DatelineMatch? Parse(string text) => Heads.Parse(text);

    private static void Check(string text, string dateline) => Heads.Check(text, dateline);
}
