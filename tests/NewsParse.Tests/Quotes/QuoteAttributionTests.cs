using NewsParse.Quotes;

namespace NewsParse.Tests.Quotes;

/// <summary>More shapes of attribution, pairing and resolution, one row each: story, quote text, speaker, cue.</summary>
public sealed class QuoteAttributionTests
{
    private const string Lead = "Trade Minister Kofi Mensah met exporters in Accra on Monday. ";

    [Theory]
    [InlineData("“Cocoa prices will recover,” Mensah said on Monday.", "Cocoa prices will recover,", "Mensah", "said")]
    [InlineData("“Cocoa prices will recover,” Mensah said in a statement.", "Cocoa prices will recover,", "Mensah", "said")]
    [InlineData("“Cocoa prices will recover,” Mensah told CNN.", "Cocoa prices will recover,", "Mensah", "told")]
    [InlineData("“Cocoa prices will recover,” Mensah wrote on Twitter.", "Cocoa prices will recover,", "Mensah", "wrote")]
    [InlineData("“Cocoa prices will recover,” Mensah tweeted.", "Cocoa prices will recover,", "Mensah", "tweeted")]
    [InlineData("“Will cocoa prices recover?” Mensah asked.", "Will cocoa prices recover?", "Mensah", "asked")]
    [InlineData("“They will,” Mensah replied.", "They will,", "Mensah", "replied")]
    [InlineData("“Cocoa prices will recover,” says Mensah.", "Cocoa prices will recover,", "Mensah", "says")]
    [InlineData("“Cocoa prices will recover,” Mensah, 54, said.", "Cocoa prices will recover,", "Mensah", "said")]
    [InlineData("“Cocoa prices will recover,” Sen. Ama Boateng said.", "Cocoa prices will recover,", "Sen. Ama Boateng", "said")]
    [InlineData("“Cocoa prices will recover,” Rep. Ama Boateng (D-Accra) said.", "Cocoa prices will recover,", "Rep. Ama Boateng", "said")]
    [InlineData("“This is fantastic!” beamed Ama Boateng.", "This is fantastic!", "Ama Boateng", "beamed")]
    [InlineData("“Cocoa prices will recover,” the ministry’s spokesman said.", "Cocoa prices will recover,", "the ministry’s spokesman", "said")]
    [InlineData("“Cocoa prices will recover,” one official said.", "Cocoa prices will recover,", "one official", "said")]
    [InlineData("“Cocoa prices will recover,” they said.", "Cocoa prices will recover,", "they", "said")]
    [InlineData("“Cocoa prices will recover,” it said.", "Cocoa prices will recover,", "it", "said")]
    [InlineData("“Cocoa prices will recover,” Mensah added, without giving a date.", "Cocoa prices will recover,", "Mensah", "added")]
    [InlineData("“Cocoa prices will recover,” Mensah later told reporters.", "Cocoa prices will recover,", "Mensah", "told reporters")]
    [InlineData("“Cocoa prices will recover,” he insisted.", "Cocoa prices will recover,", "he", "insisted")]
    [InlineData("“Cocoa prices will recover,” he warned.", "Cocoa prices will recover,", "he", "warned")]
    [InlineData("“Cocoa prices will recover,” he declared.", "Cocoa prices will recover,", "he", "declared")]
    [InlineData("“Cocoa prices will recover,” he explained.", "Cocoa prices will recover,", "he", "explained")]
    [InlineData("Mensah said: “Cocoa prices will recover.”", "Cocoa prices will recover.", "Mensah", "said")]
    [InlineData("Mensah told reporters: “Cocoa prices will recover.”", "Cocoa prices will recover.", "Mensah", "told")]
    [InlineData("Mensah wrote, “Cocoa prices will recover.”", "Cocoa prices will recover.", "Mensah", "wrote")]
    [InlineData("Mensah said prices would “recover by June.”", "recover by June.", "Mensah", "said")]
    [InlineData("Mensah warned of “a difficult season.”", "a difficult season.", "Mensah", "warned")]
    [InlineData("Mensah described the harvest as “the worst in a decade.”", "the worst in a decade.", "Mensah", "described")]
    [InlineData("Mensah, who grew up on a cocoa farm, said prices would “recover by June.”", "recover by June.", "Mensah", "said")]
    [InlineData("The exporters’ association said it was “deeply worried.”", "deeply worried.", "The exporters’ association", "said")]
    [InlineData("According to the ministry, “exports fell 12 percent.”", "exports fell 12 percent.", "the ministry", "According to")]
    [InlineData("Mensah spoke briefly, adding that “the worst is over.”", "the worst is over.", "Mensah", "adding")]
    [InlineData("Analysts said the drop was “temporary.”", "temporary.", "Analysts", "said")]
    [InlineData("Prices will “bounce back,” Mensah said, adding that farmers would be “paid in full.”", "paid in full.", "Mensah", "adding", 1)]
    [InlineData("He called the plan “weak” and said it had “zero support” in Accra.", "zero support", "He", "said", 1)]
    [InlineData("Boateng said talks would “go well.” Later, Mensah met traders in Kumasi, warning of a “threat” to farmers.", "threat", "Mensah", "warning", 1)]
    [InlineData("Mensah, who has been touring farms this week, on Friday described a “big harvest.”", "big harvest.", "Mensah", "described")]
    [InlineData("An Accra official, speaking on condition of anonymity, said Monday that prices “will hold.”", "will hold.", "An Accra official", "said")]
    [InlineData("“Cocoa prices will recover.” — Kofi Mensah", "Cocoa prices will recover.", "Kofi Mensah", "—")]
    [InlineData("Prices put farmers “through the wringer,” according to their union.", "through the wringer,", "their union", "according to")]
    [InlineData("Mensah's ministry said in a statement that “exports will grow.”", "exports will grow.", "Mensah's ministry", "said")]
    [InlineData("In the poll, 21 percent said “not too likely.”", "not too likely.", "21 percent", "said")]
    [InlineData("Mensah has made cocoa a theme and has boasted of “record harvests.”", "record harvests.", "Mensah", "boasted")]
    [InlineData("Exporter Ama Boateng issued a statement saying prices were “too low.”", "too low.", "Exporter Ama Boateng", "saying")]
    [InlineData("Kofi Mensah, spokesperson for the Cocoa Board, said: “Prices will hold.”", "Prices will hold.", "Kofi Mensah", "said")]
    [InlineData("“Prices will hold,” Mensah said. “Farmers will be paid.”", "Farmers will be paid.", "Mensah", "said", 1)]
    [InlineData("“Prices will hold,” he said.", "Prices will hold,", "he", "said")]
    [InlineData("“Prices will hold,” the Cocoa Board said.", "Prices will hold,", "the Cocoa Board", "said")]
    [InlineData("“Prices will hold,” said the board’s chairman.", "Prices will hold,", "the board’s chairman", "said")]
    [InlineData("“Prices will hold,” Mensah predicted.", "Prices will hold,", "Mensah", "predicted")]
    [InlineData("“Prices will hold,” Mensah acknowledged.", "Prices will hold,", "Mensah", "acknowledged")]
    [InlineData("“Prices will hold,” Mensah explained.", "Prices will hold,", "Mensah", "explained")]
    [InlineData("“Prices will hold,” Mensah noted.", "Prices will hold,", "Mensah", "noted")]
    [InlineData("“Prices will hold,” Mensah declared.", "Prices will hold,", "Mensah", "declared")]
    [InlineData("Mensah told exporters: “Prices will hold.”", "Prices will hold.", "Mensah", "told")]
    [InlineData("Mensah’s office said prices would “hold firm.”", "hold firm.", "Mensah’s office", "said")]
    [InlineData("“Prices will hold.” Perhaps, he said, farmers would be “paid in full.”", "Prices will hold.", "he", "said")]
    [InlineData("“Prices will hold.” Still, she said, the harvest was late.", "Prices will hold.", "she", "said")]
    [InlineData("Mensah said the deal was struck by board chairman Kojo Asante and said, “Farmers will be paid.”", "Farmers will be paid.", "Mensah", "said")]
    [InlineData("“Prices will hold,” Mensah said. She then turned to the growers again: “You will be paid.”", "You will be paid.", "She", ":", 1)]
    [InlineData("Mensah then addressed the growers: “You will be paid.”", "You will be paid.", "Mensah", ":")]
    [InlineData("In a 1998 speech, Mensah declared:\n\n“Cocoa is our future.”", "Cocoa is our future.", "Mensah", "declared")]
    [InlineData("The growers’ union answered at once:\n\n“We will not sell below cost.”", "We will not sell below cost.", "The growers’ union", "answered")]
    [InlineData("The growers’ union reacted within the hour:\n\n“We will not sell below cost.”", "We will not sell below cost.", "The growers’ union", ":")]
    [InlineData("So are a “small handful” of buyers who usually attend the auction, Mensah said.", "small handful", "Mensah", "said")]
    [InlineData("Exports should “recover by spring” despite the floods, the board said on Tuesday.", "recover by spring", "the board", "said")]
    [InlineData("“Prices will hold,” remembered Ama Boateng, the board’s former spokeswoman.", "Prices will hold,", "Ama Boateng", "remembered")]
    [InlineData("“Prices will hold,” echoed Ama Boateng, the board’s former spokeswoman.", "Prices will hold,", "Ama Boateng", "echoed")]
    [InlineData("“Prices will hold,” revealed Ama Boateng, the board’s former spokeswoman.", "Prices will hold,", "Ama Boateng", "revealed")]
    [InlineData("“Prices will hold,” demanded Ama Boateng, the board’s former spokeswoman.", "Prices will hold,", "Ama Boateng", "demanded")]
    [InlineData("“Prices will hold,” reminded Ama Boateng, the board’s former spokeswoman.", "Prices will hold,", "Ama Boateng", "reminded")]
    [InlineData("Mensah, citing “the magic of cocoa,” said the harvest could be the largest yet.", "the magic of cocoa,", "Mensah", "said")]
    [InlineData("The minister left no doubt of his view, saying the harvest was “the largest yet.”", "the largest yet.", "The minister", "saying")]
    [InlineData("The owners said on Wednesday, in a deal that officials called “a turning point” for the grid.", "a turning point", "officials", "called")]
    [InlineData("The board met Boateng, who warned that the floods were a “grave danger” and might do “lasting harm” to exports.", "lasting harm", "who", "warned", 1)]
    [InlineData("Mensah declared that “prices will hold” and that the misnamed “free market” law would go.", "free market", "Mensah", "declared", 1)]
    [InlineData("O'Brien, who signed the export law, interjected to say: “Prices will hold.”", "Prices will hold.", "O'Brien", "say")]
    [InlineData("In other words, explained board economist Ama Boateng: “Prices will hold.”", "Prices will hold.", "board economist Ama Boateng", "explained")]
    [InlineData("“Prices may hold” through May, said Ama Boateng, a board economist.", "Prices may hold", "Ama Boateng", "said")]
    [InlineData("As the columnist Ama Boateng had written a year earlier, “Prices never hold.”", "Prices never hold.", "the columnist Ama Boateng", "written")]
    [InlineData("“Keep the levy in place,” it recommended.", "Keep the levy in place,", "it", "recommended")]
    [InlineData("Boateng, an economist, said the days when cocoa had “a single price” were gone.", "a single price", "Boateng", "said")]
    [InlineData("Mensah agreed to a call on Monday, but only to tell growers that prices would “hold.”", "hold.", "Mensah", "tell")]
    [InlineData("A spokesman for the board declined to comment on the report but said that “prices will hold.”", "prices will hold.", "A spokesman for the board", "said")]
    [InlineData("Early in the season, Mensah attacked the board, calling it “a cartel.”", "a cartel.", "Mensah", "calling")]
    [InlineData("Mensah tells growers that “prices will hold.” She also talks about her farm and jokes about the rain.", "prices will hold.", "Mensah", "tells")]
    [InlineData("“Cocoa prices will recover next year.”\n\n- Kofi Mensah.\n\nThe claim is disputed.", "Cocoa prices will recover next year.", "Kofi Mensah", "-")]
    [InlineData("“Cocoa prices will recover next year.”\n\n—Ama Boateng, Kumasi.", "Cocoa prices will recover next year.", "Ama Boateng", "—")]
    [InlineData("“Prices will hold,” Mensah added. He then turned to the growers with a question.\n\n“Who will buy your cocoa?”", "Who will buy your cocoa?", "He", "added", 1)]
    [InlineData("Ama Boateng, the editor of the growers’ weekly, Cocoa Times, said prices were “holding.”", "holding.", "Ama Boateng", "said")]
    [InlineData("Its chairman, Kojo Asante, said prices were “holding.”", "holding.", "Kojo Asante", "said")]
    [InlineData("Mensah delivered a blunt message to Asante: “Pay the growers.”", "Pay the growers.", "Mensah", ":")]
    [InlineData("Mensah's office went on the offensive, calling the report “a smear.”", "a smear.", "Mensah's office", "calling")]
    [InlineData("“It's unusual,“ said Ama Boateng, a board economist.", "It's unusual,", "Ama Boateng", "said")]
    [InlineData("The trouble with cocoa, says Ama Boateng, a board economist, is that it is “priced in London.”", "priced in London.", "Ama Boateng", "says")]
    [InlineData("Mensah gave a spirited defense of “Ghanaian cocoa,” saying the crop embodied “the soul of the nation.”", "the soul of the nation.", "Mensah", "saying", 1)]
    [InlineData("“We are growers,” Ama Boateng said. “We are not traders.” Kojo Asante said: “We are both.”", "We are not traders.", "Ama Boateng", "said", 1)]
    [InlineData("In Kumasi, Ashanti, on Sunday, Mrs. Boateng tried to explain herself, saying prices were “too low.”", "too low.", "Mrs. Boateng", "saying")]
    [InlineData("Yet she did not limit her attacks to prices, also calling on growers to reject “cheap deals.”", "cheap deals.", "she", "calling")]
    [InlineData("Then he turned on Asante, calling him “a broker” and accusing him of “selling out.”", "selling out.", "he", "accusing", 1)]
    [InlineData("And although he thanked the growers, he sounded a rare note of doubt, saying, “I am not sure we deserve it.”", "I am not sure we deserve it.", "he", "saying")]
    [InlineData("And then Mensah went on the attack, saying, “The board has failed.”", "The board has failed.", "Mensah", "saying")]
    [InlineData("Said Ama Boateng, who grew up on a cocoa farm, “We were all so proud.”", "We were all so proud.", "Ama Boateng", "Said")]
    [InlineData("As Professor Ama Boateng put it: “Cocoa made this country.”", "Cocoa made this country.", "Professor Ama Boateng", "put")]
    [InlineData("As the board’s economist puts it, “prices are set in London.”", "prices are set in London.", "the board’s economist", "puts")]
    [InlineData("On the same day, Mensah said of the vote, “I don't like it,” adding that “growers are angry.”", "I don't like it,", "Mensah", "said")]
    [InlineData("On the same day, Mensah said of the vote, “I don't like it,” adding that “growers are angry.”", "growers are angry.", "Mensah", "adding", 1)]
    [InlineData("Last month, when I asked Mensah if he would quit, he looked at the camera, frowned and said, “I will stay!”", "I will stay!", "he", "said")]
    [InlineData("Another board official speaking to Radio Ghana said, “The audit is under way.”", "The audit is under way.", "Another board official", "said")]
    [InlineData("Mensah's first three questioners ranged from wary to hostile: “Is the board broke?”", "Is the board broke?", "Mensah's first three questioners", ":")]
    [InlineData("“Prices will hold,” the board's report states.", "Prices will hold,", "the board's report", "states")]
    [InlineData("Mensah said the coastal states grow “more than half” of the crop.", "more than half", "Mensah", "said")]
    [InlineData("On exports, Mensah and Boateng oppose a levy called the “cocoa tax” that would cut prices.", "cocoa tax", "Mensah and Boateng", null)]
    [InlineData("Speaking at a rally in Tamale, Northern Region, Mensah went after Asante, calling him “a broker.”", "a broker.", "Mensah", "calling")]
    public void Attribution_shapes(string story, string text, string speaker, string? cue, int index = 0)
    {
        Quote quote = NewsParser.Default.Parse(Lead + story).Quotes.Where(q => q.Kind != QuoteKind.Scare).ElementAt(index);
        (quote.Text, quote.Speaker, quote.Cue).Should().Be((text, speaker, cue));
    }

    [Theory]
    [InlineData("« Les prix vont remonter », a dit Mensah.", " Les prix vont remonter ")]
    [InlineData("『価格は回復する』と述べた。", "価格は回復する")]
    [InlineData("“Prices will recover … eventually,” Mensah said.", "Prices will recover … eventually,")]
    [InlineData("“[Cocoa] prices will recover,” Mensah said.", "[Cocoa] prices will recover,")]
    [InlineData("“Prices will recover—”\n\nMensah stopped.", "Prices will recover—")]
    [InlineData("“Prices will\u00A0recover,” Mensah said.", "Prices will\u00A0recover,")]
    [InlineData("\"Prices will\nrecover,\" Mensah said at a long briefing with exporters and farmers in the capital.", "Prices will\nrecover,")]
    [InlineData("''Prices will recover,'' Mensah said.", "Prices will recover,")]
    [InlineData("“He called it ‘a lifeline,’ and I agree,” Mensah said.", "He called it ‘a lifeline,’ and I agree,")]
    [InlineData("Mensah said: “Prices will recover\n\nThe session ended.", "Prices will recover")]
    public void Marks_of_every_style_pair(string story, string text) =>
        NewsParser.Default.Parse(Lead + story).Quotes.First(q => q.Kind != QuoteKind.Scare).Text.Should().Be(text);

    [Theory]
    [InlineData("“Prices will recover,” Mensah said. “Farmers will be paid,” he said, “and exports will grow.”", 3)]
    [InlineData("Mensah said: “Prices will recover.\n\n“Farmers will be paid.\n\n“Exports will grow,” he said.", 3)]
    public void Segments_of_one_utterance_share_a_group(string story, int segments)
    {
        var quotes = NewsParser.Default.Parse(Lead + story).Quotes.Where(q => q.Kind != QuoteKind.Scare).ToList();
        quotes.Should().HaveCount(segments);
        quotes.Skip(1).Select(q => q.Group).Should().AllBeEquivalentTo(quotes[1].Group);
        quotes[^1].Group.Should().NotBeNull();
    }

    [Theory]
    [InlineData("Farmers met Kofi Mensah and Ama Boateng. “Prices will recover,” Boateng said.", "Ama Boateng")]
    [InlineData("Farmers met Kofi Mensah and Ama Boateng. “Prices will recover,” Mr. Mensah said.", "Kofi Mensah")]
    [InlineData("“Prices will recover,” Ama Boateng said. “Farmers will be paid,” she added.", "Ama Boateng")]
    [InlineData("“Prices will recover,” Ama Boateng said. Mensah disagreed. “They will not,” he said.", "Kofi Mensah")]
    [InlineData("Ama Boateng arrived late. “Prices will recover,” Yaw Osei said. “They will not,” Boateng said.", "Ama Boateng")]
    [InlineData("“Prices will recover,” Yaw Osei said. Ama Boateng arrived late. “They will not,” she said.", "Ama Boateng")]
    [InlineData("“Prices will recover,” Yaw Osei said. “Farmers will be paid,” Ama Boateng said. “Soon,” Osei added.", "Yaw Osei")]
    public void Speakers_resolve_to_full_names(string story, string resolved) =>
        NewsParser.Default.Parse(Lead + story).Quotes.Last().SpeakerResolved.Should().Be(resolved);

    [Theory]
    [InlineData("SEN. BOATENG: Will prices recover?\n\nMENSAH: They will.", "SEN. BOATENG", "MENSAH")]
    [InlineData("**Reporter:** Will prices recover?\n\n**Kofi Mensah:** They will.", "Reporter", "Kofi Mensah")]
    public void Transcript_labels(string story, string first, string second)
    {
        var quotes = NewsParser.Default.Parse("Interview\n\n" + story).Quotes;
        quotes.Select(q => q.Speaker).Should().Equal(first, second);
        quotes.Should().AllSatisfy(q => q.Kind.Should().Be(QuoteKind.Transcript));
    }
}
