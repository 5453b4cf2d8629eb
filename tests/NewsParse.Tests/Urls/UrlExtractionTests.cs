using NewsParse.Urls;

namespace NewsParse.Tests.Urls;

/// <summary>Which URLs are found, and exactly where each one starts and ends. One family per rule.</summary>
public sealed class UrlExtractionTests
{
    [Theory]
    [InlineData("The ministry posted the decree at http://gov.example.org late on Tuesday.", "http://gov.example.org")]
    [InlineData("Full results: https://elections.example.com/2024/results", "https://elections.example.com/2024/results")]
    [InlineData("Filings are mirrored at ftp://filings.example.net/archive/ for researchers.", "ftp://filings.example.net/archive/")]
    [InlineData("HTTPS://WIRE.EXAMPLE.COM/STORY carried the correction.", "HTTPS://WIRE.EXAMPLE.COM/STORY")]
    [InlineData("The dashboard at https://stats.example.org:8443/live updated hourly.", "https://stats.example.org:8443/live")]
    [InlineData("Officials shared http://203.0.113.7/briefing.pdf with reporters.", "http://203.0.113.7/briefing.pdf")]
    [InlineData("The test server http://localhost:8080/feed went down.", "http://localhost:8080/feed")]
    [InlineData("Search https://archive.example.com/find?q=budget+vote&year=2024 for the text.", "https://archive.example.com/find?q=budget+vote&year=2024")]
    [InlineData("See https://example.com/report#section-3 for the table.", "https://example.com/report#section-3")]
    [InlineData("The link https://example.com?ref=wire#top was shared widely.", "https://example.com?ref=wire#top")]
    [InlineData("Mirror: https://editor:secret@mirror.example.org/daily", "https://editor:secret@mirror.example.org/daily")]
    [InlineData("Old address https://www.example.co.uk/news/world-12345678 now redirects.", "https://www.example.co.uk/news/world-12345678")]
    [InlineData("It was listed at https://example.com/a-b_c~d/e.html.", "https://example.com/a-b_c~d/e.html")]
    [InlineData("Source code lives at svn+ssh://code.example.org/trunk for now.", "svn+ssh://code.example.org/trunk")]
    [InlineData("The stream ran on rtmp://live.example.tv/channel1 all night.", "rtmp://live.example.tv/channel1")]
    [InlineData("Readers compared https://a.example.com/x and https://b.example.com/y side by side.", "https://a.example.com/x", "https://b.example.com/y")]
    [InlineData("A tracker at http://example.com/path;jsessionid=1f2e3d kept state.", "http://example.com/path;jsessionid=1f2e3d")]
    [InlineData("The map link https://maps.example.com/@48.85,2.35,12z?hl=fr was wrong.", "https://maps.example.com/@48.85,2.35,12z?hl=fr")]
    [InlineData("Encoded: https://example.com/search?q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0", "https://example.com/search?q=%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0")]
    [InlineData("The page https://example.com/a|b|c kept pipes.", "https://example.com/a|b|c")]
    public void Scheme_urls_are_found_whole(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("Посольство опубликовало заявление на https://посольство.рф/новости/123 в среду.", "https://посольство.рф/новости/123")]
    [InlineData("The Kremlin site http://kremlin.example.ru/events/президент/45 carried the text.", "http://kremlin.example.ru/events/президент/45")]
    [InlineData("Tokyo's portal http://東京.example.jp/ was slow.", "http://東京.example.jp/")]
    [InlineData("The German page http://www.bürgerdialog-beispiel.de opened on Monday.", "http://www.bürgerdialog-beispiel.de")]
    [InlineData("The same host in ASCII: http://xn--brgerdialog-beispiel-x6b.de.", "http://xn--brgerdialog-beispiel-x6b.de")]
    [InlineData("An emoji host http://🗞.example.ws/today appeared in the feed.", "http://🗞.example.ws/today")]
    [InlineData("Wikipedia's https://en.wikipedia.org/wiki/Treaty_of_Westphalia–1648 page.", "https://en.wikipedia.org/wiki/Treaty_of_Westphalia–1648")]
    [InlineData("Accents stay: https://example.es/política/elecciones.", "https://example.es/política/elecciones")]
    public void Unicode_hosts_and_paths_are_kept(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("Details are on www.example.gov.", "www.example.gov")]
    [InlineData("Visit www.example.org/donate to give.", "www.example.org/donate")]
    [InlineData("WWW.EXAMPLE.COM/NEWS was down.", "WWW.EXAMPLE.COM/NEWS")]
    [InlineData("Tickets from www.example.co.uk/shows?city=leeds, the organisers said.", "www.example.co.uk/shows?city=leeds")]
    [InlineData("A page at www.example.nosuchtld was cited.")]
    [InlineData("(see www.example.com/story)", "www.example.com/story")]
    public void Www_urls_need_no_scheme(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("Results were published on example.com and example.org.", "example.com", "example.org")]
    [InlineData("The agency's site, example.co.jp, crashed.", "example.co.jp")]
    [InlineData("Read it at example.news/politics/vote-count.", "example.news/politics/vote-count")]
    [InlineData("The short link bit.ly/3xYzAbC spread fast.", "bit.ly/3xYzAbC")]
    [InlineData("Government site президент.рф posted the decree.", "президент.рф")]
    [InlineData("The platform MLB.tv streamed the game.", "MLB.tv")]
    [InlineData("He posted on X.com and on x.com late at night.", "X.com", "x.com")]
    [InlineData("The video site VIDEO.EXAMPLE.COM went dark.", "VIDEO.EXAMPLE.COM")]
    [InlineData("Apply at GOV.UK or NHS.UK, or read TASS.RU.", "GOV.UK", "NHS.UK", "TASS.RU")]
    [InlineData("Watch www.tiktok.com/@wirenews/video/123 or youtube.com/@WireNews.", "www.tiktok.com/@wirenews/video/123", "youtube.com/@WireNews")]
    [InlineData("Source:example.com/world/story-1 was cited.", "example.com/world/story-1")]
    [InlineData("The mirror 1.2.3.example.com and the host 123.456.com stayed up.", "1.2.3.example.com", "123.456.com")]
    [InlineData("Its site 4.5.co.uk and the app at v1.2.example.org both list 1.2abc.com.", "4.5.co.uk", "v1.2.example.org", "1.2abc.com")]
    [InlineData("Sites:-www.example.com listed it.", "www.example.com")]
    [InlineData("Visit example.com.The office is shut.", "example.com")]
    [InlineData("Shares of EXAMPLE.CZ rose.", "EXAMPLE.CZ")]
    [InlineData("Documents were on a portal at data.example.gov.uk:8080/files.", "data.example.gov.uk:8080/files")]
    [InlineData("A domain with an unknown ending, example.notatld, is no URL.")]
    [InlineData("Neither is example.comm nor example.somecom.")]
    [InlineData("The file archive.tar.bz2 was attached.")]
    [InlineData("http://no-dot-host was mistyped.")]
    [InlineData("The hostname http://reporters.x is too short a TLD.")]
    public void Bare_domains_need_a_delegated_tld(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("Read it at https://example.com/story.", "https://example.com/story")]
    [InlineData("Sites such as https://example.com/a, https://example.com/b; and https://example.com/c: all", "https://example.com/a", "https://example.com/b", "https://example.com/c")]
    [InlineData("Did you see https://example.com/poll?", "https://example.com/poll")]
    [InlineData("It is at https://example.com/appeal!", "https://example.com/appeal")]
    [InlineData("He wrote 'see https://example.com/memo' in the email.", "https://example.com/memo")]
    [InlineData("He wrote \"see https://example.com/memo\" in the email.", "https://example.com/memo")]
    [InlineData("“Go to https://example.com/vote”, she said.", "https://example.com/vote")]
    [InlineData("‘https://example.com/vote’ was printed on flyers.", "https://example.com/vote")]
    [InlineData("The page https://example.com/live—refreshed hourly—was busy.", "https://example.com/live")]
    [InlineData("The page https://example.com/live– refreshed hourly.", "https://example.com/live")]
    [InlineData("The page https://example.com/live… and more.", "https://example.com/live")]
    [InlineData("ページ https://example.jp/news。次は", "https://example.jp/news")]
    [InlineData("資料 https://example.cn/doc、次", "https://example.cn/doc")]
    [InlineData("（参照 https://example.jp/a）", "https://example.jp/a")]
    [InlineData("Dots after the host http://example.com...", "http://example.com")]
    [InlineData("Many points https://example.com/path!!!???", "https://example.com/path")]
    [InlineData("A slash survives https://example.com/news/.", "https://example.com/news/")]
    [InlineData("A dash survives https://example.com/section-", "https://example.com/section-")]
    [InlineData("A plus survives https://example.com/tag+", "https://example.com/tag+")]
    [InlineData("Inner dots stay: https://example.com/v1.2.3/notes.txt.", "https://example.com/v1.2.3/notes.txt")]
    [InlineData("An entity ends it: https://example.com/q?a=1&amp;", "https://example.com/q?a=1")]
    [InlineData("A numeric entity: https://example.com/a&#39; here", "https://example.com/a")]
    [InlineData("A hex entity: https://example.com/a&#x27; here", "https://example.com/a")]
    [InlineData("A page space: https://example.com/a&nbsp;today", "https://example.com/a")]
    [InlineData("A soft hyphen https://example.com/very\u00ADlong-slug stays.", "https://example.com/very\u00ADlong-slug")]
    [InlineData("A hard hyphen https://example.com/long\u2011slug stays.", "https://example.com/long\u2011slug")]
    [InlineData("Bold markup: **https://example.com/bold**", "https://example.com/bold")]
    [InlineData("An apostrophe inside https://example.com/don't-panic stays.", "https://example.com/don't-panic")]
    public void Trailing_punctuation_belongs_to_the_sentence(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("The entry https://en.wikipedia.org/wiki/Mercury_(planet) is long.", "https://en.wikipedia.org/wiki/Mercury_(planet)")]
    [InlineData("(The entry https://en.wikipedia.org/wiki/Mercury_(planet))", "https://en.wikipedia.org/wiki/Mercury_(planet)")]
    [InlineData("(see https://example.com/report)", "https://example.com/report")]
    [InlineData("(see https://example.com/report).", "https://example.com/report")]
    [InlineData("[see https://example.com/report]", "https://example.com/report")]
    [InlineData("{see https://example.com/report}", "https://example.com/report")]
    [InlineData("Filed (under https://example.com/a and https://example.com/b) today.", "https://example.com/a", "https://example.com/b")]
    [InlineData("The query https://example.com/find?q=(tax)+vote stays whole.", "https://example.com/find?q=(tax)+vote")]
    [InlineData("Extra closers https://example.com/find?q=(tax))) are dropped.", "https://example.com/find?q=(tax)")]
    [InlineData("Arrays https://example.com/list[2] and https://example.com/map{k} stay.", "https://example.com/list[2]", "https://example.com/map{k}")]
    [InlineData("Quoted parts https://example.com/say_\"hello\" stay.", "https://example.com/say_\"hello\"")]
    [InlineData("the report (example.org/report)", "example.org/report")]
    [InlineData("the site example.org) was", "example.org")]
    [InlineData("a(x\"example.org/page\"y)b", "example.org/page")]
    [InlineData("before( example.org/page)after", "example.org/page")]
    [InlineData("an odd path example.org/a)b) that nothing opened", "example.org/a)b)")]
    [InlineData("(see the report at\nhttps://example.com/a) for more", "https://example.com/a")]
    public void Brackets_stay_only_when_balanced_inside(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("The [ministry statement](https://gov.example.org/statement) said so.", "https://gov.example.org/statement")]
    [InlineData("Sources [[1](https://example.com/one)][[2](https://example.com/two)] agree.", "https://example.com/one", "https://example.com/two")]
    [InlineData("![Protesters in the square](https://img.example.com/photo.jpg)", "https://img.example.com/photo.jpg")]
    [InlineData("Link: <https://example.com/angle>.", "https://example.com/angle")]
    [InlineData("<a href=\"https://example.com/anchor\">the report</a>", "https://example.com/anchor")]
    [InlineData("<a href='https://example.com/single'>report</a>", "https://example.com/single")]
    [InlineData("[https://example.com/shown](https://example.com/target)", "https://example.com/shown", "https://example.com/target")]
    [InlineData("[wiki](https://en.wikipedia.org/wiki/Mercury_(planet)) entry", "https://en.wikipedia.org/wiki/Mercury_(planet)")]
    [InlineData("[a](https://example.com/a)[b](https://example.com/b)", "https://example.com/a", "https://example.com/b")]
    [InlineData("<img src=\"https://img.example.com/p.png\" alt=\"\">", "https://img.example.com/p.png")]
    [InlineData("<https://example.com/a><https://example.com/b>", "https://example.com/a", "https://example.com/b")]
    [InlineData("[[12](https://example.com/twelve)]", "https://example.com/twelve")]
    public void Markup_gives_each_target_once(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("Write to desk@example.com for corrections.")]
    [InlineData("Follow @example.com on the platform.")]
    [InlineData("Amazon.com Inc. reported earnings on Thursday.")]
    [InlineData("Shares of Booking.com Holdings fell.")]
    [InlineData("The full report.pdf was leaked.")]
    [InlineData("The app is built on Node.js and Vue.js.")]
    [InlineData("Version 3.12.1 fixed the bug.")]
    [InlineData("The U.S. and U.K. agreed.")]
    [InlineData("Inflation rose 3.5 percent to 1,234.56 points.")]
    [InlineData("KLM.AS shares rose 2 percent while SAP.DE slipped.")]
    [InlineData("Air France-KLM (AIRF.PA) and HSBC (0005.HK) moved.")]
    [InlineData("Class A shares (FMS.A.TO) and (DMP.MO) were quoted.")]
    [InlineData("CHARLESTON, W.Va., March 3 - Coal output fell.")]
    [InlineData("S.AFRICA GOLD OUTPUT FALLS")]
    [InlineData("The U.S.Agency for aid and E.D.F.Man traded sugar.")]
    [InlineData("He attached clip.mov and notes.zip to the email.")]
    [InlineData("He said it was over.It was not. Sales rose in 2024.In March they fell.")]
    [InlineData("Заявил он.Москва ответила.")]
    [InlineData("Senator Joe Manchin (D-W.Va.) and (R-W.Va.) voted.")]
    [InlineData("Royal Dutch (RDSa.AS) and Heineken (HEIa.AS) rose.")]
    [InlineData("Amazon.com, Inc. said sales rose; Booking.com B.V. did not.")]
    [InlineData("A malicious setup.py and install.sh were found.")]
    [InlineData("Posts on news://news.example.com/group were archived.")]
    [InlineData("The tag #example.com trended.")]
    [InlineData("Traders bought $TVI.CA at the open.")]
    [InlineData("The script sat at /usr/local/bin/tool.sh on the server.")]
    [InlineData("Settings in config:path:file.pm were wrong.")]
    [InlineData("A mistyped hppt://example.com link.")]
    [InlineData("Protocol only: http:// and http://. and http://?")]
    [InlineData("Bad hosts http://-example.com and http://example-.com and http://.example.com.")]
    [InlineData("An underscore http://example_name.com or http://example.com_ is refused.")]
    [InlineData("A port too large example.com:99999 is refused.")]
    [InlineData("Numbers 1.2.3.4.5 and 10.20.30 are not hosts.")]
    [InlineData("She arrived at 5 p.m. on Jan. 3, Ph.D. in hand.")]
    [InlineData("Name.al+desk@example.com is an address.")]
    [InlineData("Punycode must be ASCII: http://xn--ニュース.com.")]
    [InlineData("Output rose 5.93 mln tonnes, 1.5 pct above the 12.34.56 plan, in version 2.0.1 of the 1.2.3.4 survey.")]
    public void Things_that_are_not_urls(string text) => Urls(text).Should().BeEmpty();

    [Theory]
    [InlineData("Watch it too.https://t.co/AbC123 now", "https://t.co/AbC123")]
    [InlineData("Photo:https://img.example.com/a.jpg", "https://img.example.com/a.jpg")]
    [InlineData("video:job:https://example.com/r", "https://example.com/r")]
    [InlineData("Reporterhttps://example.com/glued", "https://example.com/glued")]
    [InlineData("_https://example.com/underscore")]
    [InlineData("example.comから発表された", "example.com")]
    [InlineData("発表はexample.com中国語t.co/abcde한국", "example.com", "t.co/abcde")]
    [InlineData("詳細はhttp://example.jp/news/2024こちら", "http://example.jp/news/2024")]
    [InlineData("http://example.comだよね.comtest/path", "http://example.com")]
    [InlineData("ニュースはnews.みんなです", "news.みんな")]
    [InlineData("A pipe｜https://example.com｜after", "https://example.com")]
    [InlineData("‧example.com marks", "example.com")]
    [InlineData("https://a.example.com/xhttps://b.example.com/y", "https://a.example.com/x", "https://b.example.com/y")]
    [InlineData("https://a.example.com/x,https://b.example.com/y", "https://a.example.com/x", "https://b.example.com/y")]
    [InlineData("An archive https://web.example.org/web/2020/https://example.com/a stays whole.", "https://web.example.org/web/2020/https://example.com/a")]
    [InlineData("อ่าน https://example.com/aอ่านต่อ", "https://example.com/a")]
    [InlineData("Bidi \u202Ahttps://example.com/x\u202C marks", "https://example.com/x")]
    public void Urls_glued_to_text_start_and_end_at_the_right_place(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("Contact mailto:desk@example.com for tips.", "mailto:desk@example.com")]
    [InlineData("MAILTO:DESK@EXAMPLE.COM", "MAILTO:DESK@EXAMPLE.COM")]
    [InlineData("mailto:nobody is no address.")]
    [InlineData("Write mailto:desk@example.com?subject=Tip now", "mailto:desk@example.com?subject=Tip")]
    [InlineData("A protocol-relative //cdn.example.com/lib.js link.", "//cdn.example.com/lib.js")]
    [InlineData("Embedded src='//www.example.com/player.js' markup.", "www.example.com/player.js")]
    [InlineData("A triple ///example.com is not one.")]
    public void Mailto_and_protocol_relative_forms(string text, params string[] expected) => Urls(text).Should().Equal(expected);

    [Theory]
    [InlineData("Write to desk@example.com for corrections.", "desk@example.com")]
    [InlineData("Tips: <tips+wire@example.org>.", "tips+wire@example.org")]
    [InlineData("Reach first.last@news.example.co.uk today", "first.last@news.example.co.uk")]
    [InlineData("\"press@example.com\"", "press@example.com")]
    [InlineData("Both desk@example.com and https://example.com/a.", "desk@example.com", "https://example.com/a")]
    [InlineData("Not an address: @example.com alone.")]
    [InlineData("Write to desk@example.com.The office is closed.", "desk@example.com")]
    public void Emails_are_reported_only_when_asked(string text, params string[] expected)
    {
        Urls(text, new UrlOptions { IncludeEmails = true }).Should().Equal(expected);
        Urls(text).Should().Equal(expected.Where(url => !url.Contains('@')));
    }

    [Theory]
    [InlineData("Read https://example.com/a now.", 5, 21)]
    [InlineData("«https://example.com/b»", 1, 21)]
    [InlineData("Отчёт: https://example.ru/отчёт.", 7, 24)]
    [InlineData("emoji 🗞 then https://example.com/c", 14, 21)]
    public void Offsets_are_utf16_positions_in_the_input(string text, int start, int length)
    {
        var found = new List<(int, int)>();
        foreach (UrlMatch url in UrlParser.Enumerate(text))
        {
            found.Add((url.Start, url.Length));
            url.Span.ToString().Should().Be(text.Substring(url.Start, url.Length));
            url.End.Should().Be(url.Start + url.Length);
            text[url.Range].Should().Be(url.ToString());
        }

        found.Should().Equal((start, length));
    }

    [Theory]
    [InlineData("https://example.com/a", UrlForm.Scheme)]
    [InlineData("//example.com/a", UrlForm.ProtocolRelative)]
    [InlineData("www.example.com/a", UrlForm.Www)]
    [InlineData("example.com/a", UrlForm.Domain)]
    [InlineData("mailto:desk@example.com", UrlForm.Mailto)]
    public void Each_url_says_how_it_is_written(string text, UrlForm form)
    {
        foreach (UrlMatch url in UrlParser.Enumerate(text))
        {
            url.Form.Should().Be(form);
        }
    }

    [Theory]
    [InlineData("Details at bank.example.com/rates.", "bank.example.com/rates")]
    [InlineData("Details at https://bank.example.com. Rates rose.", "https://bank.example.com")]
    [InlineData("Rates rose. Details: mailto:desk@bank.example.com.", "mailto:desk@bank.example.com")]
    [InlineData("Rates rose 1.5 pct in the U.S. Details at www.bank.example.com", "www.bank.example.com")]
    public void Urls_are_found_at_every_offset_of_the_text(string tail, string expected)
    {
        // The search for points and colons reads sixteen characters at a time: each URL is met at every offset in a block,
        // behind sentence ends whose points are skipped.
        for (int offset = 0; offset < 40; offset++)
        {
            string text = new string('x', offset) + ". " + tail;
            Urls(text).Should().Equal([expected], "after {0} characters", offset);
        }
    }

    private static List<string> Urls(string text) => Urls(text, UrlOptions.Default);

    private static List<string> Urls(string text, UrlOptions options)
    {
        var urls = new List<string>();
        foreach (UrlMatch url in UrlParser.Enumerate(text, options))
        {
            urls.Add(url.ToString());
        }

        return urls;
    }
}
