using NewsParse.Quotes;

namespace NewsParse.Tests.Quotes;

/// <summary>
/// Quotes and their attribution. Rows give a story written for these tests, then the first quote's text, speaker,
/// resolved speaker, cue and kind (null for none).
/// </summary>
public sealed class QuoteTests
{
    private const string Lead = "Finance Minister Amara Osei spoke to parliament on Tuesday. ";

    [Theory]
    [InlineData("“We will not default,” Osei said.", "We will not default,")]
    [InlineData("\"We will not default,\" Osei said.", "We will not default,")]
    [InlineData("''We will not default,'' Osei said.", "We will not default,")]
    [InlineData("«We will not default», Osei said.", "We will not default")]
    [InlineData("„We will not default“, Osei said.", "We will not default")]
    [InlineData("「We will not default」 Osei said.", "We will not default")]
    [InlineData("“We will not default,\" Osei said.", "We will not default,")]
    [InlineData("\"We will not default,” Osei said.", "We will not default,")]
    [InlineData("“He told me, ‘We will not default,’ and I believed him,” Osei said.", "He told me, ‘We will not default,’ and I believed him,")]
    [InlineData("“Ghana’s debt isn’t the 80s’ debt,” Osei said.", "Ghana’s debt isn’t the 80s’ debt,")]
    [InlineData("“Mr. Nakasone\"s plan won't work,” Osei said.", "Mr. Nakasone\"s plan won't work,")]
    [InlineData("Osei said the bank would “act quickly and firmly.", "act quickly and firmly.")]
    [InlineData("“We will not default. We will pay every cedi\n\nThe budget passed.", "We will not default. We will pay every cedi")]
    [InlineData("Osei said: “We will not default. “The markets know it,” he added.", "We will not default.")]
    [InlineData("<tweet author=\"osei\">“We will not default,” Osei said.</tweet>", "We will not default,")]
    [InlineData("Bids came in at a<b “We will not default,” Osei said.<br>", "We will not default,")]
    [InlineData("‹We will not default›, Osei said.", "We will not default")]
    [InlineData("『We will not default』 Osei said.", "We will not default")]
    [InlineData("‘We will not default,’ Osei said.", "We will not default,")]
    [InlineData("‘The board’s bonds aren’t at risk,’ Osei said.", "The board’s bonds aren’t at risk,")]
    [InlineData("'We won't default on the board's bonds,' Osei said.", "We won't default on the board's bonds,")]
    [InlineData("“We will not default,” Osei said, “and we will not beg.”", "We will not default,")]
    [InlineData("“It is ‘fully funded,’ not ‘hoped for,’” Osei said.", "It is ‘fully funded,’ not ‘hoped for,’")]
    [InlineData("“The cedi’s fall isn’t permanent,” Osei said.", "The cedi’s fall isn’t permanent,")]
    [InlineData("\"The '90s were worse,\" Osei said.", "The '90s were worse,")]
    [InlineData("Osei said: \"We will not default.", "We will not default.")]
    [InlineData("Osei told parliament “we will not default”, then left.", "we will not default")]
    [InlineData("„Wir zahlen“, sagte Osei.", "Wir zahlen")]
    [InlineData("«Nous paierons», a dit Osei.", "Nous paierons")]
    [InlineData("“They told us ‹no›, and we left,” Osei said.", "They told us ‹no›, and we left,")]
    [InlineData("«On nous a dit ‹non›», a dit Osei.", "On nous a dit ‹non›")]
    [InlineData("“Default,” Osei said, “is not an option.”", "Default,")]
    [InlineData("“We will not default,“ Osei said.", "We will not default,")]
    [InlineData("“We will not default“. Osei said so.", "We will not default")]
    [InlineData("``We will not default,'' Osei said.", "We will not default,")]
    [InlineData("Osei said: ``We will not default.''", "We will not default.")]
    [InlineData("Osei said the state would ``not default'' this year.", "not default")]
    [InlineData("``He told me, `We will pay,' and I believed him,'' Osei said.", "He told me, `We will pay,' and I believed him,")]
    [InlineData("``It isn't the '90s,'' Osei said.", "It isn't the '90s,")]
    [InlineData("`We will not default,' Osei said.", "We will not default,")]
    [InlineData("``We will pay every cedi\n\nThe budget passed.", "We will pay every cedi")]
    [InlineData("Osei said: ``We will pay. ``The markets know it,'' he added.", "We will pay.")]
    public void Marks_pair_into_quotes(string story, string text) =>
        Quotes(Lead + story).Where(q => q.Kind != QuoteKind.Scare).First().Text.Should().Be(text);

    [Theory]
    [InlineData("“We will not default,” Osei said.", "Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” said Osei.", "Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” said Finance Minister Amara Osei.", "Finance Minister Amara Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” she said.", "she", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” she told reporters.", "she", "Amara Osei", "told reporters", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei, the finance minister, told parliament.", "Osei", "Amara Osei", "told", QuoteKind.Direct)]
    [InlineData("“We will not default,” she also said on Tuesday.", "she", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” the ministry said in a statement.", "the ministry", "the ministry", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” a senior official said.", "a senior official", "a senior official", "said", QuoteKind.Direct)]
    [InlineData("“We will not default.” — Amara Osei", "Amara Osei", "Amara Osei", "—", QuoteKind.Direct)]
    [InlineData("Osei said: “We will not default.”", "Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("She added: \"We will not default.\"", "She", "Amara Osei", "added", QuoteKind.Direct)]
    [InlineData("Osei said the country would “not default” this year.", "Osei", "Amara Osei", "said", QuoteKind.Partial)]
    [InlineData("Osei pledged “full repayment” to bondholders.", "Osei", "Amara Osei", "pledged", QuoteKind.Partial)]
    [InlineData("Osei warned on Tuesday that a default would be “a catastrophe for savers.”", "Osei", "Amara Osei", "warned", QuoteKind.Partial)]
    [InlineData("According to Osei, “the worst is behind us.”", "Osei", "Amara Osei", "According to", QuoteKind.Partial)]
    [InlineData("Osei, who took office in May, told lawmakers “the worst is behind us.”", "Osei", "Amara Osei", "told", QuoteKind.Partial)]
    [InlineData("Osei spoke for an hour, saying “the worst is behind us.”", "Osei", "Amara Osei", "saying", QuoteKind.Partial)]
    [InlineData("When asked about bonds, Osei replied: “We will pay.”", "Osei", "Amara Osei", "replied", QuoteKind.Direct)]
    [InlineData("Osei said it would “not default,” adding “we will pay every cedi.”", "Osei", "Amara Osei", "said", QuoteKind.Partial)]
    [InlineData("“We will not default,” Osei fumed.", "Osei", "Amara Osei", "fumed", QuoteKind.Direct)]
    [InlineData("The United States said “it welcomes the budget.”", "The United States", "The United States", "said", QuoteKind.Partial)]
    [InlineData("Osei took “bold action” on debt.", "Osei", "Amara Osei", null, QuoteKind.Partial)]
    [InlineData("She's said the plan is “fully funded.”", "She", "Amara Osei", "said", QuoteKind.Partial)]
    [InlineData("She regularly tells audiences the budget is “fully funded.”", "She", "Amara Osei", "tells", QuoteKind.Partial)]
    [InlineData("Her office protested that rivals were “disingenuous.”", "Her office", "Her office", null, QuoteKind.Partial)]
    [InlineData("Speaking in Accra, Osei called the plan “a lifeline.”", "Osei", "Amara Osei", "called", QuoteKind.Partial)]
    [InlineData("Critics: “The plan will fail.”", "Critics", "Critics", ":", QuoteKind.Direct)]
    [InlineData("“We will not default,” he said.", "he", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei insisted.", "Osei", "Amara Osei", "insisted", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei stressed.", "Osei", "Amara Osei", "stressed", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei announced.", "Osei", "Amara Osei", "announced", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei claimed.", "Osei", "Amara Osei", "claimed", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei emphasized.", "Osei", "Amara Osei", "emphasized", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei stated.", "Osei", "Amara Osei", "stated", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei warned.", "Osei", "Amara Osei", "warned", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei added.", "Osei", "Amara Osei", "added", QuoteKind.Direct)]
    [InlineData("“We will not default,” Osei wrote on X.", "Osei", "Amara Osei", "wrote", QuoteKind.Direct)]
    [InlineData("“We will not default,” said Osei, the finance minister.", "Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” said the Finance Ministry.", "the Finance Ministry", "the Finance Ministry", "said", QuoteKind.Direct)]
    [InlineData("“We will not default,” Accra said.", "Accra", "Accra", "said", QuoteKind.Direct)]
    [InlineData("Osei informed lawmakers that the state would “not default.”", "Osei", "Amara Osei", "informed", QuoteKind.Partial)]
    [InlineData("Osei asked: “Who will lend to us?”", "Osei", "Amara Osei", "asked", QuoteKind.Direct)]
    [InlineData("Osei says the plan is “fully funded.”", "Osei", "Amara Osei", "says", QuoteKind.Partial)]
    [InlineData("Amara Osei, the finance minister, said: “We will pay.”", "Amara Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("“We will pay,” Finance Minister Osei told reporters.", "Finance Minister Osei", "Amara Osei", "told reporters", QuoteKind.Direct)]
    [InlineData("In a statement, Osei said the budget was “balanced.”", "Osei", "Amara Osei", "said", QuoteKind.Partial)]
    [InlineData("Osei has repeatedly said that default is “unthinkable.”", "Osei", "Amara Osei", "said", QuoteKind.Partial)]
    [InlineData("But when asked how she would define “austerity,” Osei smiled.", null, null, "asked", QuoteKind.Partial)]
    [InlineData("It has not helped that the ministry has cycled through slogans like “fiscal discipline comes first.”", null, null, null, QuoteKind.Partial)]
    [InlineData("Boateng said the plan had failed Kofi Mensah, whom she called “a dreamer.”", "she", "Boateng", "called", QuoteKind.Partial)]
    [InlineData("``We will not default,'' Osei said.", "Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("``We will not default,'' said Finance Minister Amara Osei.", "Finance Minister Amara Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("``We will not default,'' she told reporters.", "she", "Amara Osei", "told reporters", QuoteKind.Direct)]
    [InlineData("Osei said: ``We will not default.''", "Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("Osei pledged ``full repayment'' to bondholders.", "Osei", "Amara Osei", "pledged", QuoteKind.Partial)]
    [InlineData("``We will not default,'' Osei, the finance minister, told parliament.", "Osei", "Amara Osei", "told", QuoteKind.Direct)]
    [InlineData("Osei ordered “urgent” talks with the unions.", "Osei", "Amara Osei", null, QuoteKind.Partial)]
    [InlineData("“Les dettes seront payées,” a déclaré Osei.", null, null, null, QuoteKind.Direct)]
    [InlineData("The levy, according to Osei, will ruin farmers.\n\n“Nobody can pay this.”", null, null, null, QuoteKind.Direct)]
    [InlineData("The levy was called “dead on arrival” by the end of the week.", null, null, "called", QuoteKind.Partial)]
    [InlineData("In a report compiled by auditors in 2003, graft was said to be “pervasive” in the ministry.", null, null, "said", QuoteKind.Partial)]
    [InlineData("Good information can still drive out bad, but only when “the truth is sexier than the lie.”", null, null, null, QuoteKind.Partial)]
    [InlineData("He said free speech has limits: you can’t yell “fire” in a theatre.", "you", null, "yell", QuoteKind.Partial)]
    [InlineData("Most of the growers said the levy was “a disaster.”", "Most of the growers", "Most of the growers", "said", QuoteKind.Partial)]
    [InlineData("Many of the delegates told reporters the talks had “stalled.”", "Many of the delegates", "Many of the delegates", "told", QuoteKind.Partial)]
    [InlineData("“We will not pay,” some of the growers said.", "some of the growers", "some of the growers", "said", QuoteKind.Direct)]
    [InlineData("May wants a “deep and special partnership” with the bloc.", "May", "May", null, QuoteKind.Partial)]
    [InlineData("May and Hammond want a “smooth and orderly” exit.", "May and Hammond", "May and Hammond", null, QuoteKind.Partial)]
    [InlineData("May, the prime minister, wants a “fair deal” from the bloc.", "May", "May", null, QuoteKind.Partial)]
    [InlineData("May firmly rejected the plan and said it was “a disaster.”", "May", "May", "said", QuoteKind.Partial)]
    [InlineData("Some of the growers oppose the “reform” plan.", "Some of the growers", "Some of the growers", null, QuoteKind.Partial)]
    [InlineData("The baroness, who met growers in Accra on Monday, said “thank you” to each child.", "The baroness", "The baroness", "said", QuoteKind.Partial)]
    [InlineData("Crowds lined the route, with the duchess saying “thank you” to each child.", "the duchess", "the duchess", "saying", QuoteKind.Partial)]
    [InlineData("Smith of the union wants a “fair deal” from the ministry.", "Smith of the union", "Smith of the union", null, QuoteKind.Partial)]
    [InlineData("Many of the farmers want a “fair deal” from the ministry.", "Many of the farmers", "Many of the farmers", null, QuoteKind.Partial)]
    [InlineData("Thousands of people want a “fair deal” from the ministry.", "Thousands of people", "Thousands of people", null, QuoteKind.Partial)]
    [InlineData("May this week survived a vote and said: “I will deliver the budget.”", "May", "May", "said", QuoteKind.Direct)]
    [InlineData("Residents of the town this week issued a statement saying: “We will not leave.”", "Residents of the town", "Residents of the town", "saying", QuoteKind.Direct)]
    [InlineData("Residents of the town rejected the “reform” plan.", "Residents of the town", "Residents of the town", null, QuoteKind.Partial)]
    [InlineData("Most of the growers in the region oppose the “reform” plan.", "Most of the growers", "Most of the growers", null, QuoteKind.Partial)]
    [InlineData("Members of the committee who spoke to reporters rejected the “reform” plan.", "Members of the committee", "Members of the committee", null, QuoteKind.Partial)]
    [InlineData("“We will not pay,” said 27-year-old Osei.", "27-year-old Osei", "Amara Osei", "said", QuoteKind.Direct)]
    [InlineData("Will said the levy was “a disaster.”", "Will", "Will", "said", QuoteKind.Partial)]
    [InlineData("May told reporters the levy was “a disaster.”", "May", "May", "told", QuoteKind.Partial)]
    [InlineData("Smith of the growers’ union said the levy was “a disaster.”", "Smith", "Smith", "said", QuoteKind.Partial)]
    [InlineData("The cocoa tycoon, who has courted the board for a year, made “detailed proposals”, it has confirmed.", "it", null, "confirmed", QuoteKind.Partial)]
    public void Speakers_cues_and_kinds(string story, string? speaker, string? resolved, string? cue, QuoteKind kind)
    {
        Quote quote = Quotes(Lead + story).First(q => q.Kind != QuoteKind.Scare);
        quote.Speaker.Should().Be(speaker);
        quote.SpeakerResolved.Should().Be(resolved);
        quote.Cue.Should().Be(cue);
        quote.Kind.Should().Be(kind);
    }

    [Theory]
    [InlineData("The so-called “austerity” budget passed.")]
    [InlineData("She appeared on “Morning Report” last week.")]
    [InlineData("Economist Kofi “The Hawk” Mensah disagreed.")]
    [InlineData("The so-called ‘quiet period’ began.")]
    [InlineData("Tickets for “Budget Night Live” sold out.")]
    [InlineData("The “Build Ghana” fund opened.")]
    [InlineData("Singer Ama “Queen” Boateng performed.")]
    [InlineData("Lawmakers passed the so-called “windfall” tax.")]
    [InlineData("Reporters watched “Budget Hour” on GTV.")]
    [InlineData("The so called “debt brake” took effect.")]
    [InlineData("Osei said he watched “Harbour Nights” every week.")]
    [InlineData("Mensah told reporters the fund would be named “Bread for Every Table” in June.")]
    [InlineData("The minister said she had read “The Long Road to Accra” twice.")]
    [InlineData("Boateng called the rally “Build Ghana Again” on Friday.")]
    [InlineData("Officials said sales of “The Harvest Of The Sea,” a new novel, rose.")]
    [InlineData("The convoy pulled back from the ‘buffer zone’ on Monday.")]
    [InlineData("The village had ‘prayed’ for rain all summer.")]
    [InlineData("The new model has a larger “frunk” than its rival.")]
    [InlineData("Reports of “secret talks” between the parties surfaced on Tuesday.")]
    [InlineData("Meanwhile, inflation remains “stubborn” in the north.")]
    [InlineData("Overbooking can often lead to ‘bumping’, when a passenger is moved.")]
    [InlineData("Mensah wrote “The Long Road Home” in 1990.")]
    [InlineData("Growers chanted in the square near “Freedom Hall” until dusk.")]
    [InlineData("Will there be a “budget effect” in the north?")]
    [InlineData("Should the ‘soft landing’ fail, growers will suffer.")]
    [InlineData("Did the minister call it a “disaster”?")]
    [InlineData("His willingness to “compromise” surprised growers.")]
    [InlineData("Could be “much higher” by June, growers fear.")]
    [InlineData("Could not have come at a worse “moment” for growers.")]
    [InlineData("Will not allow the “grab” of any land.")]
    [InlineData("Does anyone else think the “reset” worked?")]
    [InlineData("Part of this “quiet period” framework worries growers.")]
    [InlineData("Most of the “new money” went to roads.")]
    public void Terms_titles_and_nicknames_are_scare_quotes(string story)
    {
        Quote quote = Quotes(Lead + story).Single();
        quote.Kind.Should().Be(QuoteKind.Scare);
        quote.Speaker.Should().BeNull();
        quote.Cue.Should().BeNull();
    }

    [Theory]
    [InlineData("Iran’s envoy and Hay’at officials met.")]
    [InlineData("It was a rock 'n' roll budget, shouldn‘t you think?")]
    [InlineData("The 80s' deficits and the Joneses' debts were smaller.")]
    [InlineData("No quotes here at all.")]
    [InlineData("")]
    [InlineData("The ministers’ plan and Osei’s budget passed.")]
    [InlineData("Officials said they'd pay what's owed by '26.")]
    [InlineData("Rock ’n’ roll and the ’90s returned.")]
    [InlineData("O'Neill and D'Souza voted yes.")]
    [InlineData("The bondholders' committee and the IMF's team met.")]
    [InlineData("It's the Finance Ministry's call, ma'am.")]
    public void Apostrophes_are_not_quotes(string story) => Quotes(Lead + story).Should().BeEmpty();

    [Theory]
    [InlineData("Osei said the budget was “a turning point for savers.”", QuoteKind.Partial)]
    [InlineData("Osei called the budget “Shameful.”", QuoteKind.Partial)]
    [InlineData("Osei shouted “What a Night!” as the votes came in.", QuoteKind.Partial)]
    [InlineData("“We Will Pay,” Osei said.", QuoteKind.Direct)]
    [InlineData("Osei said aid would come “from the IMF” next year.", QuoteKind.Partial)]
    [InlineData("Osei said talks would go “on and on” for weeks.", QuoteKind.Partial)]
    public void Capitalised_words_with_a_speaker_are_still_speech_unless_they_read_as_a_title(string story, QuoteKind kind) =>
        Quotes(Lead + story).Single().Kind.Should().Be(kind);

    [Theory]
    [InlineData("‘Big’")]
    [InlineData("'Big'")]
    public void An_attribution_reaching_past_the_next_opening_mark_is_read_whole(string nickname)
    {
        // The attribution of a long quote runs over a nickname in single marks and a parenthesis holding a point, so the
        // next quote opens before the sentence the last lookups walked to.
        string story = "“" + new string('x', 400) + ",” said Joe " + nickname + " Manchin (D-W.Va.) Monday.";
        List<Quote> quotes = Quotes(story);
        quotes.Should().HaveCount(2);
        quotes[0].Speaker.Should().StartWith("Joe " + nickname + " Manchin");
    }

    [Theory]
    [InlineData("WASHINGTON (AP) — The Senate voted on Tuesday to extend the program, saying “it works.”", "The Senate")]
    [InlineData("LONDON (Reuters) - Britain’s finance minister said on Monday the budget was “fully funded.”", "Britain’s finance minister")]
    [InlineData("JACKSON, Miss. — A federal judge blocked the law, saying it violated “sincere religious belief.”", "A federal judge")]
    [InlineData("Budget vote\n\nACCRA, Dec. 8 (Wire) — Finance Minister Amara Osei rallied lawmakers, saying: “We will not default.”", "Finance Minister Amara Osei")]
    [InlineData("ACCRA, Ghana — Amara Osei told lawmakers the budget was “fully funded.”", "Amara Osei")]
    public void A_dateline_is_no_part_of_the_speaker(string story, string speaker) =>
        Quotes(story).Single().Speaker.Should().Be(speaker);

    [Fact]
    public void A_headline_quote_is_not_speech()
    {
        Quote quote = Quotes("Osei: “We will not default”\n\n" + Lead + "The budget passed.").Single();
        quote.Kind.Should().Be(QuoteKind.Scare);
    }

    [Fact]
    public void A_quote_interrupted_by_its_attribution_is_one_group_with_one_speaker()
    {
        List<Quote> quotes = Quotes(Lead + "“We will not default,” Osei said. “We will pay every cedi.”");
        quotes.Should().HaveCount(2);
        quotes[0].Group.Should().NotBeNull().And.Be(quotes[1].Group);
        quotes[1].Speaker.Should().Be("Osei");
        quotes[1].Kind.Should().Be(QuoteKind.Direct);
    }

    [Theory]
    [InlineData("Osei said: \"We will not default. \"We will pay every cedi.\"", "We will not default.", "We will pay every cedi.")]
    [InlineData("\"We will not default,\" Osei said. \"Debt is a burden. \"We will pay every cedi.\"", "Debt is a burden.", "We will pay every cedi.")]
    [InlineData("Osei said: \"Will we default? \"No. We will pay.\"", "Will we default?", "No. We will pay.")]
    public void A_straight_mark_reopening_after_a_sentence_continues_the_quote_as_a_new_paragraph_would(string story, string first, string second)
    {
        // Copy whose paragraph breaks were lost: the quote went on in a new paragraph, reopened with no closing mark.
        List<Quote> quotes = Quotes(Lead + story);
        Quote continued = quotes.Single(q => q.Text == second);
        Quote opening = quotes.Single(q => q.Text == first);
        continued.Group.Should().NotBeNull().And.Be(opening.Group);
        continued.SpeakerResolved.Should().Be("Amara Osei");
    }

    [Theory]
    [InlineData("Osei said the word \"default\" was \"not in our vocabulary.\"", "default")]
    [InlineData("\"We will not default.\" \"We will pay,\" Osei said.", "We will not default.")]
    [InlineData("Osei said: \"We will pay.\" \"Every cedi,\" she added.", "We will pay.")]
    public void A_straight_mark_after_words_or_before_a_space_still_closes(string story, string first) =>
        Quotes(Lead + story).First().Text.Should().Be(first);

    private const string WrappedHead =
        "CASHEW EXPORTS SEEN LOWER\n\n    ACCRA, May 4 - Ghana's cashew growers are likely to ship\nabout 40,000 tonnes less this season, exporters\nsaid on Monday.\n";

    [Theory]
    [InlineData(
        "    \"Once the rains came late, every buyer we know started\nlooking at Vietnam instead of us this year.\nPrices fell,\" said Efua Darko, an analyst at\nCoastline Commodities.\n",
        "Once the rains came late, every buyer we know started\nlooking at Vietnam instead of us this year.\nPrices fell,",
        "Efua Darko")]
    [InlineData(
        "    \"The board will hold its price through the whole of\nthe season, whatever the\nmarkets do,\" Mensah said.\n",
        "The board will hold its price through the whole of\nthe season, whatever the\nmarkets do,",
        "Mensah")]
    [InlineData(
        "    Mensah said the talks would go on, adding: \"We want a\ndeal.\n    The two sides meet again in June.\n",
        "We want a\ndeal.",
        "Mensah")]
    [InlineData(
        "    \"Our warehouses can take a bigger crop than this,\" said\nKwame Asante, an official of the board.\n",
        "Our warehouses can take a bigger crop than this,",
        "Kwame Asante")]
    [InlineData(
        "    Mensah, speaking to growers in Tamale, said of the levy,\n\"Farmers and buyers will share the cost.\" Talks go on.\n",
        "Farmers and buyers will share the cost.",
        "Mensah")]
    public void In_hard_wrapped_copy_that_indents_its_paragraphs_only_an_indent_or_a_blank_line_ends_a_paragraph(string paragraph, string text, string speaker)
    {
        Quote quote = Quotes(WrappedHead + paragraph + "    Changes to the levy could also push growers to\nsell across the border, exporters said.\n").First();
        quote.Text.Should().Be(text);
        quote.Speaker.Should().Be(speaker);
    }

    [Fact]
    public void In_copy_of_one_line_a_paragraph_a_quote_left_open_ends_with_its_line() =>
        Quotes("Osei spoke on Tuesday.\nShe said: \"We will pay\nThe budget passed after a long debate in the house on Friday night.\n").First().Text
            .Should().Be("We will pay");

    [Fact]
    public void A_quote_over_several_paragraphs_is_one_group()
    {
        List<Quote> quotes = Quotes(Lead + "Osei said: “We will not default.\n\n“We will pay every cedi,” she said.");
        quotes.Should().HaveCount(2);
        quotes[0].Text.Should().Be("We will not default.");
        quotes[0].Group.Should().NotBeNull().And.Be(quotes[1].Group);
    }

    [Fact]
    public void A_quote_of_the_same_speaker_in_the_next_paragraph_keeps_the_speaker()
    {
        List<Quote> quotes = Quotes(Lead + "“We will not default,” Osei said.\n\n“The markets know it.”");
        quotes[1].Speaker.Should().Be("Osei");
        quotes[1].Group.Should().BeNull();
    }

    [Fact]
    public void A_subheading_after_a_quote_is_no_signature()
    {
        Quote quote = Quotes(Lead + "“We will not default.”\n\n– Ready for the vote –\n\nThe budget passed.").Single();
        quote.Speaker.Should().BeNull();
    }

    [Fact]
    public void Separate_quotes_of_separate_speakers_are_not_grouped()
    {
        List<Quote> quotes = Quotes(Lead + "“We will not default,” Osei said. Critics disagreed. “They will,” said Kofi Mensah, an economist.");
        quotes.Should().HaveCount(2);
        quotes[0].Group.Should().BeNull();
        quotes[1].Speaker.Should().Be("Kofi Mensah");
    }

    [Theory]
    [InlineData("**Host:** Will the country default?\n\n**Dr. Mensah:** It will not.", "Host", "Will the country default?", "Dr. Mensah", "It will not.")]
    [InlineData("TAPPER: Will the country default?\n\nOSEI: It will not.", "TAPPER", "Will the country default?", "OSEI", "It will not.")]
    [InlineData("Q: Will the country default?\n\nA: It will not.", "Q", "Will the country default?", "A", "It will not.")]
    [InlineData("**Host:** Will the country default?\n\n**Dr. Mensah:**\n\nIt will not.", "Host", "Will the country default?", "Dr. Mensah", "It will not.")]
    [InlineData("**Host:** “Will the country default?”\n\n**Dr. Mensah:** “It will not.”", "Host", "Will the country default?", "Dr. Mensah", "It will not.")]
    [InlineData("MENSAH: Will the country default?\n\nOSEI: It will not.", "MENSAH", "Will the country default?", "OSEI", "It will not.")]
    [InlineData("**Reporter:** Will the country default?\n\n**Osei:** It will not.", "Reporter", "Will the country default?", "Osei", "It will not.")]
    [InlineData("The session opened at 10:30 in Accra.\n\nTAPPER: Will the country default?\n\nOSEI: It will not.", "TAPPER", "Will the country default?", "OSEI", "It will not.")]
    [InlineData("  TAPPER: Will the country default?\n\n  OSEI: It will not.", "TAPPER", "Will the country default?", "OSEI", "It will not.")]
    [InlineData("TAPPER: Will the country default?\n\n(CROSSTALK)\n\nOSEI: It will not.", "TAPPER", "Will the country default?", "OSEI", "It will not.")]
    public void Transcript_turns_are_quotes_one_per_turn(string story, string firstSpeaker, string firstText, string secondSpeaker, string secondText)
    {
        List<Quote> quotes = Quotes("Interview\n\n" + story);
        quotes.Should().HaveCount(2);
        quotes.Should().AllSatisfy(q => q.Kind.Should().Be(QuoteKind.Transcript));
        quotes.Should().AllSatisfy(q => q.Cue.Should().Be(":"));
        (quotes[0].Speaker, quotes[0].Text, quotes[1].Speaker, quotes[1].Text).Should().Be((firstSpeaker, firstText, secondSpeaker, secondText));
    }

    // The line holding the open quote is long, so its line break alone would not end the paragraph.
    private const string LongLine = "The minister has said as much in every forum and every interview for many months now. ";

    [Theory]
    [InlineData(LongLine + "“We will not\nOSEI: It will not.", "We will not", "OSEI", "It will not.")]
    [InlineData(LongLine + "\"We will not\nOSEI: It will not.", "We will not", "OSEI", "It will not.")]
    [InlineData(LongLine + "«We will not\nOSEI: It will not.", "We will not", "OSEI", "It will not.")]
    [InlineData(LongLine + "“We will not\n**Osei:** It will not.", "We will not", "Osei", "It will not.")]
    [InlineData(LongLine + "“We will not\nQ: And next year?", "We will not", "Q", "And next year?")]
    [InlineData(LongLine + "He said the country would “never\nOSEI: It will not.", "never", "OSEI", "It will not.")]
    public void A_turn_ends_a_quote_left_open_on_the_line_before(string story, string quoteText, string turnSpeaker, string turnText)
    {
        List<Quote> quotes = Quotes("Interview\n\nTAPPER: Will the country default?\n\n" + story);
        quotes.Select(q => q.Kind == QuoteKind.Transcript ? (q.Speaker, q.Text) : (null, q.Text)).Should().Equal(
            ("TAPPER", "Will the country default?"), (null, quoteText), (turnSpeaker, turnText));
    }

    [Theory]
    [InlineData(LongLine + "“We will not\nOSEI: It will not,” he said.")]
    [InlineData(LongLine + "‘We will not\nOSEI: It will not’ and more.")]
    [InlineData(LongLine + "“We will not,\nOSEI: It will not. “Never,\nTAPPER: And next year?")]
    [InlineData(LongLine + "“We will\n\nOSEI: “It will not\nTAPPER: “And next year?")]
    public void Quotes_and_turns_never_overlap(string story)
    {
        List<Quote> quotes = Quotes("Interview\n\nTAPPER: Will the country default?\n\n" + story);
        quotes.Zip(quotes.Skip(1)).Should().AllSatisfy(pair => pair.Second.Start.Should().BeGreaterThanOrEqualTo(pair.First.Start + pair.First.Length));
    }

    [Theory]
    [InlineData("NOTE: The budget passed.")]
    [InlineData("UPDATE: The budget passed.")]
    [InlineData("Budget: what passed and why")]
    [InlineData("PREVIOUSLY: The budget passed in March after a long fight in the assembly.")]
    [InlineData("The assembly met on Monday.\n\nCONTACT: press office, finance ministry.\n\nThe vote is due in June.")]
    public void Notes_are_not_transcripts(string story) => Quotes("Story\n\n" + story).Should().BeEmpty();

    [Fact]
    public void Notes_far_apart_are_not_an_exchange()
    {
        string between = string.Concat(Enumerable.Repeat("The assembly met on Monday and voted on the budget. ", 12));
        Quotes("Story\n\nSTAT OF THE DAY: 42 percent.\n\n" + between + "\n\nTHE WEEK AHEAD: More votes.").Should().BeEmpty();
    }

    [Theory]
    [InlineData("BOOM: Minister Answers Critics In Five Words\n\nThe finance minister spoke on Monday.")]
    [InlineData("FACT CHECK: Was The Budget Balanced?\n\nThe finance minister spoke on Monday.")]
    public void A_headline_with_a_label_is_not_a_turn(string text) => Quotes(text).Should().BeEmpty();

    [Theory]
    [InlineData("HOST:\nWelcome back.\n\n(BEGIN VIDEO CLIP)\n\nOSEI: We will not default.", "HOST", "OSEI")]
    [InlineData("TAPPER: This is a long question that\nwraps onto a second line and a third\nline.\n\nOSEI: We will not default.", "TAPPER", "OSEI")]
    public void Turns_of_one_exchange_are_found_whatever_stands_between_them(string story, string first, string second) =>
        Quotes("Interview\n\n" + story).Select(q => q.Speaker).Should().Equal(first, second);

    [Fact]
    public void A_long_answer_under_a_label_of_its_own_keeps_the_exchange_together()
    {
        string answer = string.Concat(Enumerable.Repeat("The budget will hold, and the markets know it. ", 14));
        List<Quote> quotes = Quotes("Interview\n\n**Host:** Will it hold?\n\n**Dr. Mensah:**\n\n" + answer + "\n\n**Host:** Thank you.");
        quotes.Select(q => q.Speaker).Should().Equal("Host", "Dr. Mensah", "Host");
    }

    [Fact]
    public void Turns_of_one_exchange_may_have_a_paragraph_between_them()
    {
        List<Quote> quotes = Quotes("Interview\n\nTAPPER: Take a look.\n\n(BEGIN VIDEO CLIP)\n\nOSEI: We will not default.\n\n"
            + "(END VIDEO CLIP)\n\nTAPPER: Will you?\n\nMENSAH: No.");
        quotes.Select(q => q.Speaker).Should().Equal("TAPPER", "OSEI", "TAPPER", "MENSAH");
    }

    [Fact]
    public void Scare_quotes_can_be_left_out()
    {
        string story = Lead + "The so-called “austerity” budget passed. “We will not default,” Osei said.";
        var quotes = new List<QuoteKind>();
        foreach (QuoteMatch quote in QuoteParser.Enumerate(story, new QuoteOptions { OmitScareQuotes = true }))
        {
            quotes.Add(quote.Kind);
        }

        quotes.Should().Equal(QuoteKind.Direct);
    }

    [Fact]
    public void Ranges_are_slices_of_the_input()
    {
        string story = Lead + "“We will not default,” she said.";
        foreach (QuoteMatch quote in QuoteParser.Enumerate(story))
        {
            story[quote.Range].Should().Be("We will not default,");
            story[quote.Speaker].Should().Be("she");
            story[quote.Cue].Should().Be("said");
            story[quote.SpeakerResolved].Should().Be("Amara Osei");
        }
    }

    [Fact]
    public void Enumerating_allocates_nothing()
    {
        string story = string.Concat(Enumerable.Repeat(
            Lead + "“We will not default,” she said. Osei said it would “not default.” The “austerity” plan passed.\n\n**Host:** Why?\n\n**Osei:** It must.\n\n"
            + "“It will pass,” said Russian Foreign Minister Sergei Lavrov on Monday. In a deal that officials called “a turning point for savers,” "
            + "Osei, the finance minister, told lawmakers “the worst is behind us,” adding “we will pay.” Said Mensah, “No.”\n\n", 20));
        int count = Count(story);
        long before = GC.GetAllocatedBytesForCurrentThread();
        count += Count(story);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        count.Should().Be(2 * 20 * 10);
    }

    [Theory]
    [InlineData("\"", 500_000)]
    [InlineData("“", 500_000)]
    [InlineData("”", 500_000)]
    [InlineData("'a ", 300_000)]
    [InlineData("‘", 500_000)]
    [InlineData("''", 300_000)]
    [InlineData("“a” said ", 100_000)]
    [InlineData("**A:** ", 100_000)]
    [InlineData("A: yes\n\n\n", 200_000)]
    [InlineData("NOTE X: a\n", 200_000)]
    [InlineData("\n\n\n\n\n\n\n\n\n\nQ:\n", 100_000)]
    [InlineData("x", 1_000_000)]
    public void Pathological_inputs_finish(string unit, int repeat)
    {
        string text = string.Concat(Enumerable.Repeat(unit, repeat));
        Action parse = () => Count(text);
        parse.ExecutionTime().Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Theory]
    [Trait("Kind", "Timing")]
    [InlineData("“")]
    [InlineData("\"")]
    [InlineData("“”")]
    [InlineData("'")]
    [InlineData("“a” ")]
    public void A_megabyte_of_quote_marks_costs_the_same_order_of_work_as_a_megabyte_of_prose(string unit)
    {
        const int Size = 1_000_000;
        string prose = Repeat("“We will not default,” Osei said on Tuesday, adding that the budget was “fully funded.” Critics disagreed. ", Size);
        string marks = Repeat(unit, Size);
        Count(prose);
        Count(marks);
        double proseTime = Fastest(() => Count(prose));
        double marksTime = Fastest(() => Count(marks));
        marksTime.Should().BeLessThan(20 * proseTime, "{0} marks took {1:F1} ms against {2:F1} ms of prose", unit, marksTime, proseTime);
    }

    private static string Repeat(string unit, int size) => new System.Text.StringBuilder(size + unit.Length).Insert(0, unit, size / unit.Length).ToString();

    private static double Fastest(Action action)
    {
        double best = double.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            var watch = System.Diagnostics.Stopwatch.StartNew();
            action();
            best = Math.Min(best, watch.Elapsed.TotalMilliseconds);
        }

        return best;
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_mixtures_of_marks_never_break_the_rules(int seed)
    {
        string[] pieces =
        [
            "“", "”", "\"", "'", "''", "‘", "’", "«", "»", "„", " ", "\n", "\n\n", ".", ",", ":", "said", "he said", "Osei",
            "Amara Osei", "told reporters", "according to", "**Host:**", "TAPPER:", "We will", "not", "<b>", "</b>", "\0", "\uD800",
        ];
        var random = new Random(seed);
        for (int round = 0; round < 400; round++)
        {
            var text = new System.Text.StringBuilder();
            for (int i = random.Next(1, 50); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string s = text.ToString();
            int previousStart = -1;
            foreach (QuoteMatch quote in QuoteParser.Enumerate(s))
            {
                quote.Start.Should().BeGreaterThan(previousStart);
                quote.End.Should().BeLessThanOrEqualTo(s.Length);
                foreach (Range part in new[] { quote.Speaker, quote.SpeakerResolved, quote.Cue })
                {
                    part.End.Value.Should().BeLessThanOrEqualTo(s.Length);
                }

                previousStart = quote.Start;
            }

            NewsParser.Default.Parse(s).Quotes.Should().HaveCount(Count(s));
        }
    }

    private static int Count(string text)
    {
        int count = 0;
        foreach (QuoteMatch quote in QuoteParser.Enumerate(text))
        {
            count += quote.Length >= 0 ? 1 : 0;
        }

        return count;
    }

    private static List<Quote> Quotes(string text) => [.. NewsParser.Default.Parse(text).Quotes];
}
