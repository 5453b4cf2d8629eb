using NewsParse.Datelines;

namespace NewsParse.Tests.Datelines;

/// <summary>
/// The forms of dateline outlets write, each under a headline that reads like a sentence. Each row: the dateline line
/// (the story runs on after it), then the dateline as written, its location, date and agency (null for none). Places,
/// stories and headlines are invented for these tests.
/// </summary>
public sealed class DatelineFormTests
{
    private const string Headline = "Council weighs a leaner budget, fewer park crews.\n\n";

    [Theory]
    [InlineData("BRADLEY — The council met on Monday.", "BRADLEY —")]
    [InlineData("BRADLEY – The council met on Monday.", "BRADLEY –")]
    [InlineData("BRADLEY - The council met on Monday.", "BRADLEY -")]
    [InlineData("BRADLEY -- The council met on Monday.", "BRADLEY --")]
    [InlineData("BRADLEY _ The council met on Monday.", "BRADLEY _")]
    [InlineData("BRADLEY ― The council met on Monday.", "BRADLEY ―")]
    [InlineData("BRADLEY ‒ The council met on Monday.", "BRADLEY ‒")]
    [InlineData("BRADLEY —The council met on Monday.", "BRADLEY —")]
    [InlineData("BRADLEY --The council met on Monday.", "BRADLEY --")]
    [InlineData("BRADLEY—The council met on Monday.", "BRADLEY—")]
    [InlineData("BRADLEY\u00a0— The council met on Monday.", "BRADLEY\u00a0—")]
    [InlineData("BRADLEY —\u00a0The council met on Monday.", "BRADLEY —")]
    [InlineData("BRADLEY\u00a0—\u00a0The council met on Monday.", "BRADLEY\u00a0—")]
    [InlineData("BRADLEY\u2009—\u2009The council met on Monday.", "BRADLEY\u2009—")]
    [InlineData("BRADLEY  —  The council met on Monday.", "BRADLEY  —")]
    [InlineData("BRADLEY — “We will not cut a single crew,” the mayor said.", "BRADLEY —")]
    [InlineData("BRADLEY — \"We will not cut,\" the mayor said.", "BRADLEY —")]
    [InlineData("BRADLEY — (Updated) The council met.", "BRADLEY —")]
    [InlineData("BRADLEY — ``We will not cut,'' the mayor said.", "BRADLEY —")]
    [InlineData("BRADLEY _ ``We will not cut,'' the mayor said.", "BRADLEY _")]
    [InlineData("BRADLEY — eBay said on Monday it would move its offices.", "BRADLEY —")]
    [InlineData("BRADLEY--The council met on Monday.", "BRADLEY--")]
    [InlineData("BRADLEY\u200b — The council met on Monday.", "BRADLEY\u200b —")]
    public void A_place_in_capitals_before_any_dash_is_a_dateline(string line, string dateline) =>
        Check(Headline + line, dateline, "BRADLEY", null, null);

    [Theory]
    [InlineData("KYIV, Ukraine — The talks resumed.", "KYIV, Ukraine —", "KYIV, Ukraine")]
    [InlineData("SAN FRANCISCO - The board voted.", "SAN FRANCISCO -", "SAN FRANCISCO")]
    [InlineData("LAKE MORROW, Mass. — The town voted.", "LAKE MORROW, Mass. —", "LAKE MORROW, Mass.")]
    [InlineData("PORT ELLISON, N.H. — Voters lined up.", "PORT ELLISON, N.H. —", "PORT ELLISON, N.H.")]
    [InlineData("ALDER CREEK, Calif. — Crews fought the fire.", "ALDER CREEK, Calif. —", "ALDER CREEK, Calif.")]
    [InlineData("NEW HALVERN, South Africa — Miners walked out.", "NEW HALVERN, South Africa —", "NEW HALVERN, South Africa")]
    [InlineData("WASHINGTON, DC — The Senate adjourned.", "WASHINGTON, DC —", "WASHINGTON, DC")]
    [InlineData("WASHINGTON, D.C. — The Senate adjourned.", "WASHINGTON, D.C. —", "WASHINGTON, D.C.")]
    [InlineData("ST. MARLOWE, Minn. — Schools closed.", "ST. MARLOWE, Minn. —", "ST. MARLOWE, Minn.")]
    [InlineData("FORT KELLAN, Texas -- Troops returned.", "FORT KELLAN, Texas --", "FORT KELLAN, Texas")]
    [InlineData("EAST BRANTLEY, Wisc. - Farmers gathered.", "EAST BRANTLEY, Wisc. -", "EAST BRANTLEY, Wisc.")]
    [InlineData("ISLE OF DUNMORE, S.C. — The ferry resumed.", "ISLE OF DUNMORE, S.C. —", "ISLE OF DUNMORE, S.C.")]
    [InlineData("LA PALMERA, Calif. — Growers met.", "LA PALMERA, Calif. —", "LA PALMERA, Calif.")]
    [InlineData("WINSTON-HALE, N.C. — The mill closed.", "WINSTON-HALE, N.C. —", "WINSTON-HALE, N.C.")]
    [InlineData("O'BRIEN FALLS, Idaho — The dam held.", "O'BRIEN FALLS, Idaho —", "O'BRIEN FALLS, Idaho")]
    [InlineData("ZÜRSTADT — The bank held rates.", "ZÜRSTADT —", "ZÜRSTADT")]
    [InlineData("SÃO MIGUEL, Brazil — Dockers struck.", "SÃO MIGUEL, Brazil —", "SÃO MIGUEL, Brazil")]
    [InlineData("RANGOON, Burma - Polls opened.", "RANGOON, Burma -", "RANGOON, Burma")]
    [InlineData("PORTLAND, Maine - The mayor spoke.", "PORTLAND, Maine -", "PORTLAND, Maine")]
    [InlineData("THE HAGUE, Netherlands — Judges ruled.", "THE HAGUE, Netherlands —", "THE HAGUE, Netherlands")]
    [InlineData("UNITED NATIONS — Envoys met.", "UNITED NATIONS —", "UNITED NATIONS")]
    [InlineData("Kyiv, Ukraine — The talks resumed.", "Kyiv, Ukraine —", "Kyiv, Ukraine")]
    [InlineData("Portview, Maine — The mayor spoke.", "Portview, Maine —", "Portview, Maine")]
    [InlineData("CHARLESTOWN, S.C.\u00a0— Voters lined up.", "CHARLESTOWN, S.C.\u00a0—", "CHARLESTOWN, S.C.")]
    public void A_place_with_its_region_or_country_before_a_dash_is_a_dateline(string line, string dateline, string location) =>
        Check(Headline + line, dateline, location, null, null);

    [Theory]
    [InlineData("BRADLEY (AP) — The council met.", "BRADLEY (AP) —", "BRADLEY", null, "AP")]
    [InlineData("BRADLEY (Reuters) – The council met.", "BRADLEY (Reuters) –", "BRADLEY", null, "Reuters")]
    [InlineData("Bradley (AFP) – The council met.", "Bradley (AFP) –", "Bradley", null, "AFP")]
    [InlineData("Singapore (CNN Business) — Shares rose.", "Singapore (CNN Business) —", "Singapore", null, "CNN Business")]
    [InlineData("BRADLEY (Reuters Health) - Doctors warned.", "BRADLEY (Reuters Health) -", "BRADLEY", null, "Reuters Health")]
    [InlineData("(CNN) — Lawmakers returned.", "(CNN) —", null, null, "CNN")]
    [InlineData("(CNN)—Lawmakers returned.", "(CNN)—", null, null, "CNN")]
    [InlineData("BRADLEY (CNN)—Lawmakers returned.", "BRADLEY (CNN)—", "BRADLEY", null, "CNN")]
    [InlineData("BRADLEY, Dec. 8 (UPI) — The council met.", "BRADLEY, Dec. 8 (UPI) —", "BRADLEY", "--12-08", "UPI")]
    [InlineData("BRADLEY, Ore. (AP) — The council met.", "BRADLEY, Ore. (AP) —", "BRADLEY, Ore.", null, "AP")]
    [InlineData("BRADLEY (dpa) - The council met.", "BRADLEY (dpa) -", "BRADLEY", null, "DPA")]
    [InlineData("BRADLEY, Jan. 5 (Xinhua) -- The council met.", "BRADLEY, Jan. 5 (Xinhua) --", "BRADLEY", "--01-05", "Xinhua")]
    [InlineData("BRADLEY (Kyodo) — The council met.", "BRADLEY (Kyodo) —", "BRADLEY", null, "Kyodo")]
    [InlineData("BRADLEY, Jan. 5 (Bloomberg) — The council met.", "BRADLEY, Jan. 5 (Bloomberg) —", "BRADLEY", "--01-05", "Bloomberg")]
    [InlineData("BRADLEY, Jan. 5 (AP) _ The council met.", "BRADLEY, Jan. 5 (AP) _", "BRADLEY", "--01-05", "AP")]
    [InlineData("BRADLEY (AP) _ The council met.", "BRADLEY (AP) _", "BRADLEY", null, "AP")]
    [InlineData("BRADLEY (AP)\u00a0— The council met.", "BRADLEY (AP)\u00a0—", "BRADLEY", null, "AP")]
    [InlineData("Dec 29 (Reuters) - Shares rose.", "Dec 29 (Reuters) -", null, "--12-29", "Reuters")]
    [InlineData("BRADLEY, Jan. 5 (ANI) - The council met.", "BRADLEY, Jan. 5 (ANI) -", "BRADLEY", "--01-05", "ANI")]
    [InlineData("BRADLEY (The Associated Press) — The council met.", "BRADLEY (The Associated Press) —", "BRADLEY", null, "AP")]
    [InlineData("BRADLEY, Jan. 5 (Agence France-Presse) — The council met.", "BRADLEY, Jan. 5 (Agence France-Presse) —", "BRADLEY", "--01-05", "AFP")]
    [InlineData("(CNN)The Senate voted on Monday.", "(CNN)", null, null, "CNN")]
    [InlineData("BRADLEY (CNN)The Senate voted on Monday.", "BRADLEY (CNN)", "BRADLEY", null, "CNN")]
    [InlineData("New Dalby, Mar 4 (PTI) The government said on Monday.", "New Dalby, Mar 4 (PTI)", "New Dalby", "--03-04", "PTI")]
    [InlineData("NEW DALBY, Mar 4 (IANS) The government said on Monday.", "NEW DALBY, Mar 4 (IANS)", "NEW DALBY", "--03-04", "IANS")]
    [InlineData("BRADLEY, March 4, Kyodo -- The government said.", "BRADLEY, March 4, Kyodo --", "BRADLEY", "--03-04", "Kyodo")]
    [InlineData("BRADLEY, March 4 (AFP/dpa) - The government said.", "BRADLEY, March 4 (AFP/dpa) -", "BRADLEY", "--03-04", "AFP/dpa")]
    [InlineData("SAN BRADLEY--(BUSINESS WIRE)--Acme Corp. said on Monday.", "SAN BRADLEY--(BUSINESS WIRE)--", "SAN BRADLEY", null, "Business Wire")]
    [InlineData("BRADLEY, Mass.--(BUSINESS WIRE)--Acme Corp. said on Monday.", "BRADLEY, Mass.--(BUSINESS WIRE)--", "BRADLEY, Mass.", null, "Business Wire")]
    [InlineData("BRADLEY, Jan. 5, 2016 /PRNewswire/ -- The firm said.", "BRADLEY, Jan. 5, 2016 /PRNewswire/ --", "BRADLEY", "2016-01-05", "PR Newswire")]
    public void An_agency_or_publisher_in_brackets_or_slashes(string line, string dateline, string? location, string? date, string agency) =>
        Check(Headline + line, dateline, location, date, agency);

    [Theory]
    [InlineData("BRADLEY, Dec 2 , 2005 - The council met.", "BRADLEY, Dec 2 , 2005 -", "2005-12-02")]
    [InlineData("BRADLEY, 2 December 2005 - The council met.", "BRADLEY, 2 December 2005 -", "2005-12-02")]
    [InlineData("BRADLEY, Sept. 30 — The council met.", "BRADLEY, Sept. 30 —", "--09-30")]
    [InlineData("BRADLEY, Ore., Sept. 30 — The council met.", "BRADLEY, Ore., Sept. 30 —", "--09-30")]
    [InlineData("BRADLEY, 30 Sept — The council met.", "BRADLEY, 30 Sept —", "--09-30")]
    [InlineData("BRADLEY, December 2, 2005 — The council met.", "BRADLEY, December 2, 2005 —", "2005-12-02")]
    [InlineData("BRADLEY, DEC. 2 — The council met.", "BRADLEY, DEC. 2 —", "--12-02")]
    [InlineData("BRADLEY, Dec. 2\u00a0— The council met.", "BRADLEY, Dec. 2\u00a0—", "--12-02")]
    [InlineData("BRADLEY, Dec. 2—The council met.", "BRADLEY, Dec. 2—", "--12-02")]
    [InlineData("BRADLEY, Dec. 2 _ The council met.", "BRADLEY, Dec. 2 _", "--12-02")]
    [InlineData("BRADLEY, Dec. 2nd — The council met.", "BRADLEY, Dec. 2nd —", "--12-02")]
    [InlineData("BRADLEY, 4th March, 2024 (WAM) -- The council met.", "BRADLEY, 4th March, 2024 (WAM) --", "2024-03-04")]
    [InlineData("BRADLEY, March 21st, 2024 — The council met.", "BRADLEY, March 21st, 2024 —", "2024-03-21")]
    [InlineData("BRADLEY, 2024-03-04 (Xinhua) -- The council met.", "BRADLEY, 2024-03-04 (Xinhua) --", "2024-03-04")]
    [InlineData("BRADLEY, Monday, March 4 — The council met.", "BRADLEY, Monday, March 4 —", "--03-04")]
    [InlineData("BRADLEY, Mon., March 4 (AP) — The council met.", "BRADLEY, Mon., March 4 (AP) —", "--03-04")]
    public void Dates_in_any_order_spacing_and_separator(string line, string dateline, string date) =>
        Check(Headline + line, dateline, line.StartsWith("BRADLEY, Ore.", StringComparison.Ordinal) ? "BRADLEY, Ore." : "BRADLEY", date, Agency(line));

    private static string? Agency(string line) =>
        line.Contains("(WAM)", StringComparison.Ordinal) ? "WAM" : line.Contains("(Xinhua)", StringComparison.Ordinal) ? "Xinhua"
        : line.Contains("(AP)", StringComparison.Ordinal) ? "AP" : null;

    [Theory]
    [InlineData(Headline + "DENVILLE, Dec 4, 2005\n\nThe city council met.", "DENVILLE, Dec 4, 2005", "DENVILLE", "2005-12-04", null)]
    [InlineData(Headline + "DENVILLE, Dec 4, 2005 2005\n\nThe city council met.", "DENVILLE, Dec 4, 2005", "DENVILLE", "2005-12-04", null)]
    [InlineData(Headline + "DENVILLE, Colo., Dec 4\n\nThe city council met.", "DENVILLE, Colo., Dec 4", "DENVILLE, Colo.", "--12-04", null)]
    [InlineData(Headline + "ATHERTON _\n\nThe storm moved east.", "ATHERTON _", "ATHERTON", null, null)]
    [InlineData(Headline + "ATHERTON —\n\nThe storm moved east.", "ATHERTON —", "ATHERTON", null, null)]
    [InlineData(Headline + "ATHERTON, Ga. _\n\nThe storm moved east.", "ATHERTON, Ga. _", "ATHERTON, Ga.", null, null)]
    [InlineData(Headline + "ATHERTON (AP)\n\nThe storm moved east.", "ATHERTON (AP)", "ATHERTON", null, "AP")]
    [InlineData(Headline + "ATHERTON (AP) _ NYT\n\nThe storm moved east.", "ATHERTON (AP) _", "ATHERTON", null, "AP")]
    [InlineData("MADRIGAL, April 9, 1997 (AFP)\n\nThe government fell.", "MADRIGAL, April 9, 1997 (AFP)", "MADRIGAL", "1997-04-09", "AFP")]
    [InlineData("MADRIGAL, April 9, 1997 (AFP)\nThe government fell.", "MADRIGAL, April 9, 1997 (AFP)", "MADRIGAL", "1997-04-09", "AFP")]
    [InlineData("ATHERTON _\n\nThe storm moved east.", "ATHERTON _", "ATHERTON", null, null)]
    [InlineData("ATHERTON, Ga. —\n\nThe storm moved east.", "ATHERTON, Ga. —", "ATHERTON, Ga.", null, null)]
    [InlineData("DENVILLE, DEC 4, 2005\n\nThe city council met.", "DENVILLE, DEC 4, 2005", "DENVILLE", "2005-12-04", null)]
    [InlineData("DENVILLE, Dec 4, 2005\n\nThe city council met.", "DENVILLE, Dec 4, 2005", "DENVILLE", "2005-12-04", null)]
    [InlineData("ATHERTON (AP)\n\nThe storm moved east.", "ATHERTON (AP)", "ATHERTON", null, "AP")]
    [InlineData("ATHERTON _ The storm moved east on Monday.", "ATHERTON _", "ATHERTON", null, null)]
    [InlineData("ATHERTON — The storm moved east on Monday.\n\nCrews cleared roads.", "ATHERTON —", "ATHERTON", null, null)]
    [InlineData("ATHERTON —\nThe storm moved east on Monday.", "ATHERTON —", "ATHERTON", null, null)]
    [InlineData(Headline + "ATHERTON _\nThe storm moved east on Monday.", "ATHERTON _", "ATHERTON", null, null)]
    public void A_dateline_alone_on_its_line(string text, string dateline, string location, string? date, string? agency) =>
        Check(text, dateline, location, date, agency);

    [Theory]
    [InlineData("DENVILLE, Dec 4, 2005\nThe city council met.")]
    [InlineData("Budget talks, Dec 4\n\nThe city council met.")]
    [InlineData("OIL PRICES - JUNE 4\n\nCrude rose in early trade.")]
    [InlineData("Oil prices - June 4\n\nCrude rose in early trade.")]
    [InlineData("ATHERTON\n\nThe storm moved east.")]
    [InlineData("Atherton —\n\nThe storm moved east.")]
    [InlineData("ATHERTON, Dec 4, 2005 and the storm\n\nThe storm moved east.")]
    [InlineData(Headline + "UNLEADED GAS -\n      VOL    OPEN   CHANGE\n MAY  2515  15541")]
    public void A_line_that_only_looks_alone_is_no_dateline(string text) => Parse(text).Should().BeNull(text);

    [Theory]
    [InlineData("BRADLEY — the council met on Monday.")]
    [InlineData("Bradley — The council met on Monday.")]
    [InlineData("BREAKING NEWS — A storm hit the coast.")]
    [InlineData("EXCLUSIVE — The council met in secret.")]
    [InlineData("EDITOR'S NOTE — This story is part of a series.")]
    [InlineData("EDITOR’S NOTE — This story is part of a series.")]
    [InlineData("FILE - In this Jan. 5 photo, the mayor speaks.")]
    [InlineData("UPDATE — The council has since voted.")]
    [InlineData("CORRECTION — An earlier version misstated the date.")]
    [InlineData("ANALYSIS — The vote shows a split.")]
    [InlineData("OPINION — The budget is a mistake.")]
    [InlineData("SPORTS — The Lakers won again.")]
    [InlineData("POLITICS - The Senate met.")]
    [InlineData("WHY IT MATTERS — The vote sets a precedent.")]
    [InlineData("WHAT'S NEXT — The bill goes to the House.")]
    [InlineData("THE SENATE IS SPLIT — A vote is due.")]
    [InlineData("POLLS NOT WRONG, JUST EARLY - Jane Roe: “The polls were fine.”")]
    [InlineData("TOWN'S PARKS FAVOR CUTS, BUT CREWS OPPOSE THEM - Jane Roe wrote.")]
    [InlineData("BY JANE ROE — Associated Press")]
    [InlineData("LIVE — Follow the vote here.")]
    [InlineData("WATCH — The mayor speaks.")]
    [InlineData("Q&A — What the vote means.")]
    [InlineData("A — the first item on the list.")]
    [InlineData("NOTE — Figures are provisional.")]
    [InlineData("Mr Brand (Labour) - said the plan would fail.")]
    [InlineData("BRADLEY AND THE COUNCIL ARE AT ODDS OVER PARKS — A vote is due.")]
    [InlineData("UPDATED: BRADLEY — The council met.")]
    [InlineData("BRADLEY — 12 parks will close in the spring.")]
    [InlineData("On March 4, 2024 — the day the council met — crews left.")]
    [InlineData("By March 4 — the deadline — the parks must close.")]
    [InlineData("Since Jan. 1, 2024 - prices have risen.")]
    [InlineData("ZINC HIGH GRADE - 1200 tonnes mainly carries cash")]
    [InlineData("DOW JONES - 38,500.12 up 120 points at the close")]
    [InlineData("- TEXAS — Floods closed roads across the state.")]
    [InlineData("MONEY — The Fed held rates on Monday.")]
    [InlineData("AUTOS — Carmakers cut prices on Monday.")]
    [InlineData("CRIME — Police made an arrest on Monday.")]
    [InlineData("STYLE — The coat is back this winter.")]
    [InlineData("PEOPLE — The actor married on Monday.")]
    [InlineData("EDUCATION — Schools reopened on Monday.")]
    [InlineData("OBITUARIES — The singer died on Monday.")]
    [InlineData("REAL ESTATE — Prices fell on Monday.")]
    [InlineData("BOTTOM LINE — The plan saves money.")]
    [InlineData("GO DEEPER — Read the full report here.")]
    [InlineData("BRADLEY: — The council met.")]
    public void Labels_kickers_and_lower_case_after_the_dash_are_no_dateline(string line) =>
        Parse(Headline + line).Should().BeNull(line);

    private static DatelineMatch? Parse(string text) => Heads.Parse(text);

    private static void Check(string text, string dateline, string? location, string? date, string? agency) =>
        Heads.Check(text, dateline, location, date, agency, parts: true);
}
