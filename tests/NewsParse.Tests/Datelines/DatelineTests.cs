using NewsParse.Datelines;

namespace NewsParse.Tests.Datelines;

/// <summary>
/// Datelines read the way a wire editor does. Each row: the head of a story, then the location, date, agency and time
/// expected (null for none). Stories are written for these tests; \n separates lines.
/// </summary>
public sealed class DatelineTests
{
    private const string Headline = "CENTRAL BANK HOLDS RATES STEADY\n\n";

    [Theory]
    [InlineData(Headline + "    SALVADOR, Feb 26 - Showers continued over the cocoa zone.", "SALVADOR", "--02-26", null, null)]
    [InlineData(Headline + "    WESTPORT, Conn., Feb 26 - The company said it would cut jobs.", "WESTPORT, Conn.", "--02-26", null, null)]
    [InlineData(Headline + "    NELSON, New Zealand, May 14, Reuter - A storm closed the port.", "NELSON, New Zealand", "--05-14", "Reuters", null)]
    [InlineData(Headline + "JOHANNESBURG, August 7 (Xinhua) -- Gold output fell.", "JOHANNESBURG", "--08-07", "Xinhua", null)]
    [InlineData(Headline + "KUALA LUMPUR, April 1 , 1997 (AFP)\nPalm oil prices rose.", "KUALA LUMPUR", "1997-04-01", "AFP", null)]
    [InlineData(Headline + "CANBERRA, Australia (AP)_ The prime minister called an election.", "CANBERRA, Australia", null, "AP", null)]
    [InlineData(Headline + "WASHINGTON (Reuters) - The Senate passed the bill.", "WASHINGTON", null, "Reuters", null)]
    [InlineData(Headline + "MOSCOW, December 3 /TASS/. The Kremlin said talks would go on.", "MOSCOW", "--12-03", "TASS", null)]
    [InlineData(Headline + "(CNN) — Lawmakers returned to the Capitol on Monday.", null, null, "CNN", null)]
    [InlineData(Headline + "    AMSTERDAM, 2 March - The Dutch central bank said rates would hold.", "AMSTERDAM", "--03-02", null, null)]
    [InlineData(Headline + "    RICHMOND, Va. Feb 26 - The utility raised its dividend.", "RICHMOND, Va.", "--02-26", null, null)]
    [InlineData(Headline + "    OAKLAND , N.J., March 2 - The board met.", "OAKLAND , N.J.", "--03-02", null, null)]
    [InlineData(Headline + "c    LONDON, April 9 - Shares fell.", "LONDON", "--04-09", null, null)]
    [InlineData(Headline + "    ****LONDON, March 5 - India bought sugar.", "LONDON", "--03-05", null, null)]
    [InlineData(Headline + "RPT -- PARIS, May 4 - Repeating for more subscribers.", "PARIS", "--05-04", null, null)]
    [InlineData(Headline + "    Peoria, April 7 - Clear skies over the corn belt.", "Peoria", "--04-07", null, null)]
    [InlineData(Headline + "    duluth, june 9 - iron ore shipments rose.", "duluth", "--06-09", null, null)]
    [InlineData(Headline + "    SANTA CRUZ, Calif., Feb 26 - The chipmaker posted a loss.", "SANTA CRUZ, Calif.", "--02-26", null, null)]
    [InlineData(Headline + "    DAR ES SALAAM, March 2 - The port reopened.", "DAR ES SALAAM", "--03-02", null, null)]
    [InlineData(Headline + "    ISLE OF PALMS, S.C., June 2 - The resort said bookings rose.", "ISLE OF PALMS, S.C.", "--06-02", null, null)]
    [InlineData(Headline + "    GRONINGEN, the Netherlands, March 31 - Gas output rose.", "GRONINGEN, the Netherlands", "--03-31", null, null)]
    [InlineData(Headline + "    VANCOUVER, British Columbia, Feb 26 - The miner said output rose.", "VANCOUVER, British Columbia", "--02-26", null, null)]
    [InlineData(Headline + "    DALLAS/FORT WORTH, Texas, March 3 - The airline said traffic rose.", "DALLAS/FORT WORTH, Texas", "--03-03", null, null)]
    [InlineData(Headline + "    ST. LOUIS, Oct. 20 - The brewer said sales rose.", "ST. LOUIS", "--10-20", null, null)]
    [InlineData(Headline + "    ST JOHN'S, Newfoundland, May 30 - The plant reopened.", "ST JOHN'S, Newfoundland", "--05-30", null, null)]
    [InlineData(Headline + "    CHEVY CHASE, Md., - March 4 - The insurer named two officers.", "CHEVY CHASE, Md.", "--03-04", null, null)]
    [InlineData(Headline + "    KANSAS CITY, Mo. - March 13 - The publisher said sales rose.", "KANSAS CITY, Mo.", "--03-13", null, null)]
    [InlineData(Headline + "    EVANDALE, Ohio, April, 13 - The engine maker won an order.", "EVANDALE, Ohio", "--04-13", null, null)]
    [InlineData(Headline + "    MINNEAPOLIS, MINN.,March 13 - The retailer said sales rose.", "MINNEAPOLIS, MINN.", "--03-13", null, null)]
    [InlineData(Headline + "    PARIS,March 16 - The holiday group said bookings rose.", "PARIS", "--03-16", null, null)]
    [InlineData(Headline + "    JOHANNESBURG March 13 - The gold producer said output fell.", "JOHANNESBURG", "--03-13", null, null)]
    [InlineData(Headline + "    CHICAGO, March 4, - Exports rose.", "CHICAGO", "--03-04", null, null)]
    [InlineData(Headline + "    MONTREAL, Feb 26- The bank raised its prime rate.", "MONTREAL", "--02-26", null, null)]
    [InlineData(Headline + "    CHICAGO, June 11 -- Grain brokers said futures fell.", "CHICAGO", "--06-11", null, null)]
    [InlineData(Headline + "    ROME, March 2  - Italy's economy grew.", "ROME", "--03-02", null, null)]
    [InlineData(Headline + "    CHICAGO, March  2 - The company said it would buy a rival.", "CHICAGO", "--03-02", null, null)]
    [InlineData(Headline + "    Hauppauge, N.Y,. March 13 - The company said it filed a suit.", "Hauppauge, N.Y", "--03-13", null, null)]
    [InlineData(Headline + "    ME}LBOURNE, March 3 - The miner expected higher profit.", "ME}LBOURNE", "--03-03", null, null)]
    [InlineData(Headline + "   June 8  - Barge freight rates for soybeans held firm.", null, "--06-08", null, null)]
    [InlineData(Headline + "    ROTTERDAM, May 5 - CHARTER - maize 15,000 tonnes.", "ROTTERDAM", "--05-05", null, null)]
    [InlineData("WASHINGTON (Reuters) - The Senate passed the bill on Tuesday.", "WASHINGTON", null, "Reuters", null)]
    [InlineData("BEIRUT, Dec. 7, 2024 (AP) — Israeli strikes hit the city.", "BEIRUT", "2024-12-07", "AP", null)]
    [InlineData("GENEVA, Dec 7 (Reuters) - Talks resumed.", "GENEVA", "--12-07", "Reuters", null)]
    [InlineData("DOHA, Qatar, Dec. 7 (Reuters) - Ministers met.", "DOHA, Qatar", "--12-07", "Reuters", null)]
    [InlineData("SALVADOR, Brazil – March 3 – Cocoa arrivals rose.", "SALVADOR, Brazil", "--03-03", null, null)]
    [InlineData("PORT AUTHORITY SEES CARGO RISE BY JUNE 4 - SOURCES\r\n\r\n    SALVADOR, Feb 26 - Showers continued.", "SALVADOR", "--02-26", null, null)]
    [InlineData("PORT AUTHORITY SEES CARGO RISE BY JUNE 4 - SOURCES\n    SALVADOR, Feb 26 - Showers continued.", "SALVADOR", "--02-26", null, null)]
    [InlineData("LONDON, Feb 26 (Reuters) - Shares rose in early trade on Monday as investors weighed the data.", "LONDON", "--02-26", "Reuters", null)]
    [InlineData("HARBOURVILLE, March 4 (Wire) - The port authority said volumes rose.\nShares closed higher.", "HARBOURVILLE", "--03-04", null, null)]
    [InlineData("  LISBON, May 9 - The central bank said on Monday it would hold its main rate for a third month.", "LISBON", "--05-09", null, null)]
    [InlineData("LISBON, May 9 - BANK HOLDS RATES", "LISBON", "--05-09", null, null)]
    public void Wire_datelines(string text, string? location, string? date, string? agency, string? time) =>
        Check(text, location, date, agency, time);

    [Theory]
    [InlineData("TOKYO, Jan. 5 (Kyodo) - Prices rose.", "Kyodo")]
    [InlineData("SEOUL, Jan. 5 (Yonhap) -- Exports rose.", "Yonhap")]
    [InlineData("NEW DELHI, Jan 5 (PTI) - The court ruled.", "PTI")]
    [InlineData("MADRID, 5 ene (EFE).- El Gobierno aprobó el plan.", "EFE")]
    [InlineData("BERLIN, Jan 5 (dpa) - Unemployment fell.", "DPA")]
    [InlineData("ROME, Jan 5 (ANSA) - The government fell.", "ANSA")]
    [InlineData("WASHINGTON, Jan 5 (UPI) -- The Senate voted.", "UPI")]
    [InlineData("PARIS, Jan 5 (AFP) - Strikes spread.", "AFP")]
    [InlineData("PARIS, Jan 5 (Agence France-Presse) - Strikes spread.", "AFP")]
    [InlineData("NEW YORK, Jan 5 (The Associated Press) - Stocks fell.", "AP")]
    [InlineData("LONDON, Jan 5 (Reuter) - Stocks fell.", "Reuters")]
    [InlineData("BEIJING, Jan. 5 (Xinhua) -- Output rose.", "Xinhua")]
    [InlineData("MOSCOW, January 5. /TASS/. Talks went on.", "TASS")]
    [InlineData("DHAKA, Jan 5 (Bernama) - Floods spread.", "Bernama")]
    [InlineData("ATLANTA (CNN) - Storms hit the South.", "CNN")]
    public void Agencies_take_their_canonical_name(string text, string agency) => Check(text, null, null, agency, null, checkAll: false);

    [Theory]
    [InlineData("LONDON, Jan 5 -", "--01-05")]
    [InlineData("LONDON, Jan. 5 -", "--01-05")]
    [InlineData("LONDON, January 5 -", "--01-05")]
    [InlineData("LONDON, Feb. 5 -", "--02-05")]
    [InlineData("LONDON, Aug. 5 -", "--08-05")]
    [InlineData("LONDON, Sept. 5 -", "--09-05")]
    [InlineData("LONDON, Sept 5 -", "--09-05")]
    [InlineData("LONDON, Sep 5 -", "--09-05")]
    [InlineData("LONDON, Oct. 5 -", "--10-05")]
    [InlineData("LONDON, Nov. 5 -", "--11-05")]
    [InlineData("LONDON, Dec. 5 -", "--12-05")]
    [InlineData("LONDON, MAY 5 -", "--05-05")]
    [InlineData("LONDON, July 5 -", "--07-05")]
    [InlineData("LONDON, MArch 5 -", "--03-05")]
    [InlineData("LONDON, FEb 5 -", "--02-05")]
    [InlineData("LONDON, june 5 -", "--06-05")]
    [InlineData("LONDON, Marc 5 -", "--03-05")]
    [InlineData("LONDON, Apri 5 -", "--04-05")]
    [InlineData("LONDON, Marchg 5 -", "--03-05")]
    [InlineData("LONDON, Junee 5 -", "--06-05")]
    [InlineData("LONDON, March 31 -", "--03-31")]
    [InlineData("LONDON, Feb 29 -", "--02-29")]
    public void Month_names_full_abbreviated_and_misspelt_by_a_letter(string line, string date) =>
        Check(Headline + line + " Body text.", "LONDON", date, null, null);

    [Theory]
    [InlineData("    NEW YORK, Narch 2 - Quarter ended Jan 31.", "NEW YORK")]
    [InlineData("    BOSTON, March 187 - The utility said.", "BOSTON")]
    [InlineData("    BELGRADE, March 2O - The government froze prices.", "BELGRADE")]
    [InlineData("    RENO, Nev., Mach 4 - The carmaker said.", "RENO, Nev.")]
    [InlineData("    LONDON, February 30 - Prices fell.", "LONDON")]
    [InlineData("    LONDON, Ma 3 - Prices fell.", "LONDON")]
    public void Garbled_dates_keep_the_location_and_give_no_date(string line, string location) =>
        Check(Headline + line, location, null, null, null);

    [Theory]
    [InlineData("Ministers Eye Grain Talks\n\nDecember 03, 2024\n\nThe trade ministers met.", "2024-12-03", null)]
    [InlineData("Ghana, Togo and Benin to Discuss Cocoa\n\nTrucks queue at a border post, Dec. 2024. X/ @someone\n\n\nDecember 4, 2024 Hour: 1:34 pm\n\nThe minister spoke.", "2024-12-04", "13:34")]
    [InlineData(" date 2024-12-07 \n\n\n\nThe minister said talks would go on.", "2024-12-07", null)]
    [InlineData("Talks resume\n\nPublished: Saturday 7 December 2024 10:15 GMT\n\nDelegates met.", "2024-12-07", "10:15")]
    [InlineData("Talks resume\n\nUpdated 25/12/2024 10:15 GMT\n\nDelegates met.", "2024-12-25", "10:15")]
    [InlineData("Talks resume\n\nUpdated 12/25/2024\n\nDelegates met.", "2024-12-25", null)]
    [InlineData("Talks resume\n\nUpdated 12/07/2024 10:15 GMT\n\nDelegates met.", null, "10:15")]
    [InlineData("Talks resume\n\nDec. 7, 2024\n\nDelegates met.", "2024-12-07", null)]
    [InlineData("Talks resume\n\n7 December 2024\n\nDelegates met.", "2024-12-07", null)]
    [InlineData("Talks resume\n\nSaturday, December 7, 2024\n\nDelegates met.", "2024-12-07", null)]
    [InlineData("Talks resume\n\nPosted on Dec. 7, 2024 at 9:05 a.m. ET\n\nDelegates met.", "2024-12-07", "09:05")]
    [InlineData("Talks resume\n\nDecember 7, 2024 12:30 AM\n\nDelegates met.", "2024-12-07", "00:30")]
    [InlineData("Talks resume\n\nDecember 7, 2024 12:30 PM\n\nDelegates met.", "2024-12-07", "12:30")]
    [InlineData("Talks resume\n\n2024-12-07T10:15:00Z\n\nDelegates met.", "2024-12-07", "10:15")]
    [InlineData("Talks resume\n\nBy Amina Otieno | December 7, 2024\n\nDelegates met.", "2024-12-07", null)]
    [InlineData("Talks resume\n\nLast updated: 7 Dec 2024, 18:40\n\nDelegates met.", "2024-12-07", "18:40")]
    public void Header_date_lines_of_scraped_pages(string text, string? date, string? time) => Check(text, null, date, null, time);

    [Theory]
    [InlineData("Talks resume\n\n3 hours ago\n\nDelegates met.", "2024-12-10")]
    [InlineData("Talks resume\n\n45 minutes ago\n\nDelegates met.", "2024-12-10")]
    [InlineData("Talks resume\n\n2 days ago\n\nDelegates met.", "2024-12-08")]
    [InlineData("Talks resume\n\nYesterday\n\nDelegates met.", "2024-12-09")]
    [InlineData("Talks resume\n\nToday, 10:15\n\nDelegates met.", "2024-12-10")]
    [InlineData("Talks resume\n\nYESTERDAY\n\nDelegates met.", "2024-12-09")]
    [InlineData("Talks resume on Monday\n\nyesterday\n\nDelegates met.", "2024-12-09")]
    [InlineData("Talks resume\n\ntoday\n\nDelegates met.", "2024-12-10")]
    public void Relative_dates_count_back_from_the_reference_date(string text, string date) =>
        Check(text, null, date, null, null, reference: new DateOnly(2024, 12, 10), checkAll: false);

    [Theory]
    [InlineData("Talks resume\n\n0000-12-07\n\nDelegates met.")]
    [InlineData("Talks resume\n\nPublished: 0000-01-01\n\nDelegates met.")]
    [InlineData("Talks resume\n\n25/12/0000\n\nDelegates met.")]
    public void A_header_date_in_year_zero_gives_no_date(string text) =>
        Parse(text, new DateOnly(2024, 12, 10))?.Date.Should().BeNull();

    [Theory]
    [InlineData("Talks resume\n\nYesterday\n\nDelegates met.")]
    [InlineData("Talks resume\n\n2 weeks ago\n\nDelegates met.")]
    public void Counting_back_from_the_first_day_of_the_calendar_gives_no_date(string text) =>
        Parse(text, DateOnly.MinValue)?.Date.Should().BeNull();

    [Fact]
    public void Relative_dates_without_a_reference_date_give_no_date() =>
        Check("Talks resume\n\n3 hours ago\n\nDelegates met.", null, null, null, null, checkAll: false);

    [Theory]
    [InlineData("LONDON, Dec 7 - ", "2024-12-10", "2024-12-07")]
    [InlineData("LONDON, Dec 11 - ", "2024-12-10", "2024-12-11")]
    [InlineData("LONDON, Dec 12 - ", "2024-12-10", "2023-12-12")]
    [InlineData("LONDON, Dec 31 - ", "2025-01-02", "2024-12-31")]
    [InlineData("LONDON, Jan 2 - ", "2025-01-02", "2025-01-02")]
    [InlineData("LONDON, Feb 29 - ", "2025-03-10", "2024-02-29")]
    [InlineData("LONDON, Dec 7, 2019 - ", "2024-12-10", "2019-12-07")]
    [InlineData("LONDON, Feb 29 - ", "2024-02-28", "2024-02-29")]
    [InlineData("LONDON, Feb 29 - ", "2024-02-27", "2020-02-29")]
    [InlineData("LONDON, Dec 30 - ", "9999-12-31", "9999-12-30")]
    [InlineData("LONDON, Dec 31 - ", "9999-12-31", "9999-12-31")]
    [InlineData("LONDON, Jan 2 - ", "0001-01-01", "0001-01-02")]
    [InlineData("LONDON, Jan 3 - ", "0001-01-01", "--01-03")]
    public void A_reference_date_gives_the_latest_year_not_after_it(string line, string reference, string date) =>
        Check(Headline + line + "Body.", "LONDON", date, null, null, reference: DateOnly.Parse(reference, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("RATES UP\n\nBy Linda Sieg, Reuters\n\nTOKYO, March 4 (Reuters) - Japan raised rates.", "TOKYO", "--03-04", "Reuters")]
    [InlineData("RATES UP\n\nBy Amina Otieno\n\nNAIROBI, March 12 (Reuters) - Kenya cut rates.", "NAIROBI", "--03-12", "Reuters")]
    [InlineData("RATES UP\nBy Amina Otieno and Peter Kamau\nNAIROBI, March 12 - Kenya cut rates.", "NAIROBI", "--03-12", null)]
    public void A_byline_may_stand_between_headline_and_dateline(string text, string location, string date, string? agency) =>
        Check(text, location, date, agency, null);

    [Theory]
    [InlineData("ACME TOOLS <ACMT> 2ND QTR MAY 31 NET\n\n    Shr 41 cts vs 39 cts\n    Net 1,204,000 vs 1,150,000")]
    [InlineData("GRAIN TRADE CONTACTS - June 4\n\n Harlan - Chicago\n Brooks Grain - Kansas City")]
    [InlineData("Ghana and Togo to Discuss Cocoa\n\nTrucks wait at a border crossing near Aflao, Dec. 2024. X/ @someone\n\nThe ministers met on November 27 to talk.")]
    [InlineData("Growers Protest Prices\nFarmers march in a street in the capital - November 30, 2024 ©Photographer / AFP\n\nThe ministry on Saturday said talks would resume.")]
    [InlineData("Ministers Meet in Accra\n\nAn official told Reuters on Friday that the ministers will meet on Saturday in Accra. Talks are due to last two days.\n\nLONDON, March 3 - This line is far too late to be a dateline.")]
    [InlineData("Talks\n\nThe talks, which began on November 27, went on until Tuesday, officials said, and would resume in March.")]
    [InlineData("Talks\n\nOn Tuesday, Dec. 3, the ministers met again in the capital to discuss the offensive and its effects.")]
    [InlineData("GRAIN AND OILSEED TRADE CONTACTS OF THE WEEK - June 4\n\n Harlan - Chicago\n Brooks Grain - Kansas City")]
    [InlineData("GRAIN AND OILSEED TRADE CONTACTS OF THE WEEK - JUNE 4\r\n\r\n Harlan - Chicago\r\n Brooks Grain - Kansas City")]
    [InlineData("")]
    [InlineData("\n\n\n")]
    [InlineData("LONDON")]
    [InlineData("Awards night\n\nAma Boateng, a 19-year-old jazz singer from Kumasi, beat two rivals to the award.")]
    [InlineData("Shares in Paris, Frankfurt and London, March 3 closing prices follow in a table below the story.")]
    [InlineData("Ghana, Togo and Benin Meet in Accra\n\nCocoa Glut Triggers Meeting As 40,000 Growers Wait\n\nAn official told Reuters on Friday.")]
    [InlineData("LISBON, MAY 9 - BANK HOLDS RATES\n\nThe central bank said on Monday it would hold its main rate for a third month.")]
    public void Traps_give_no_dateline(string text) => Parse(text).Should().BeNull();

    [Fact]
    public void The_dateline_stops_at_its_separator()
    {
        const string Text = "CENTRAL BANK\n\n    LONDON, March 3 (Reuters) - The bank said on March 5 it would act.";
        DatelineMatch dateline = Parse(Text)!.Value;
        Text[dateline.Range].Should().Be("LONDON, March 3 (Reuters) -");
        Text[dateline.City].Should().Be("LONDON");
        Text[dateline.AgencyText].Should().Be("Reuters");
        dateline.Region.Should().Be(default(Range));
    }

    [Fact]
    public void City_and_region_are_parts_of_the_location()
    {
        const string Text = "Storm\n\nNELSON, New Zealand, May 14 - A storm hit.";
        DatelineMatch dateline = Parse(Text)!.Value;
        Text[dateline.City].Should().Be("NELSON");
        Text[dateline.Region].Should().Be("New Zealand");
        Text[dateline.Location].Should().Be("NELSON, New Zealand");
    }

    [Fact]
    public void Time_zones_are_kept_as_written()
    {
        const string Text = "Talks\n\nPublished: 7 December 2024 10:15 GMT\n\nBody.";
        DatelineMatch dateline = Parse(Text)!.Value;
        Text[dateline.TimeZone].Should().Be("GMT");
    }

    [Fact]
    public void Only_the_head_of_the_text_is_read()
    {
        string text = "Talks\n\n" + string.Concat(Enumerable.Repeat("Short line\n", 5_000)) + "LONDON, March 3 - Late.";
        Parse(text).Should().BeNull();
    }

    [Fact]
    public void Parsing_allocates_nothing()
    {
        const string Text = "CENTRAL BANK\n\nBy A Reporter\n\n    WESTPORT, Conn., Dec. 7, 2024 (Reuters) - The bank said.";
        DatelineParser.TryParse(Text, new DatelineOptions { ReferenceDate = new DateOnly(2024, 12, 10) }, out _);
        long before = GC.GetAllocatedBytesForCurrentThread();
        bool found = DatelineParser.TryParse(Text, new DatelineOptions { ReferenceDate = new DateOnly(2024, 12, 10) }, out _);
        (GC.GetAllocatedBytesForCurrentThread() - before).Should().Be(0);
        found.Should().BeTrue();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Random_heads_never_break_the_rules(int seed)
    {
        string[] pieces =
        [
            "LONDON", "NEW YORK", ", ", ",", " ", "\n", "\n\n", "Feb", "Sept.", "March", "26", "2024", "187", "2O", " - ", "--",
            "—", "_", "(Reuters)", "(AP)", "(", ")", "/TASS/", ".", "Reuter", "By ", "Published:", "10:15", "pm", "GMT",
            "12/07/2024", "2024-12-07T", "3 hours ago", "Yesterday", "c    ", "****", "RPT --", "\0", "\uD800", "é", "中",
        ];
        var random = new Random(seed);
        for (int round = 0; round < 500; round++)
        {
            var text = new System.Text.StringBuilder();
            for (int i = random.Next(1, 40); i > 0; i--)
            {
                text.Append(pieces[random.Next(pieces.Length)]);
            }

            string s = text.ToString();
            if (DatelineParser.TryParse(s, new DatelineOptions { ReferenceDate = new DateOnly(2024, 12, 10) }, out DatelineMatch d))
            {
                d.Start.Should().BeGreaterThanOrEqualTo(0);
                d.End.Should().BeLessThanOrEqualTo(s.Length);
                d.Length.Should().BeGreaterThan(0);
                foreach (Range part in new[] { d.City, d.Region, d.AgencyText, d.TimeZone })
                {
                    part.End.Value.Should().BeLessThanOrEqualTo(s.Length);
                }
            }
        }
    }

    [Theory]
    [InlineData(",", 10_000)]
    [InlineData("LONDON, ", 100_000)]
    [InlineData("March 3 ", 100_000)]
    [InlineData("(", 100_000)]
    [InlineData("a", 10_000_000)]
    public void Pathological_heads_finish_at_once(string unit, int repeat)
    {
        string text = string.Concat(Enumerable.Repeat(unit, repeat));
        Action parse = () => DatelineParser.TryParse(text, out _);
        parse.ExecutionTime().Should().BeLessThan(TimeSpan.FromSeconds(1));
    }

    private static DatelineMatch? Parse(string text, DateOnly? reference = null) =>
        DatelineParser.TryParse(text, new DatelineOptions { ReferenceDate = reference }, out DatelineMatch dateline) ? dateline : null;

    private static void Check(string text, string? location, string? date, string? agency, string? time, DateOnly? reference = null, bool checkAll = true)
    {
        DatelineMatch? found = Parse(text, reference);
        found.Should().NotBeNull("a dateline is in {0}", text);
        DatelineMatch d = found!.Value;
        if (checkAll || location is not null)
        {
            (d.Location.Equals(default(Range)) ? null : text[d.Location]).Should().Be(location);
        }

        if (checkAll || date is not null)
        {
            (d.Date?.ToString()).Should().Be(date);
        }

        if (checkAll || agency is not null)
        {
            d.Agency.Should().Be(agency);
        }

        if (checkAll || time is not null)
        {
            (d.Time?.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture)).Should().Be(time);
        }
    }
}
