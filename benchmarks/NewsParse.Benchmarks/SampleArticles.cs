using System.Text;

namespace NewsParse.Benchmarks;

// Wire-style articles written for these benchmarks (no publisher's text): ordinary prose full of dots that are not
// URLs (figures, initials, abbreviations, times) and URLs of several kinds: scheme, www., bare domain, e-mail.
public static class SampleArticles
{
    private static readonly string[] s_articles =
    [
        """
        HARBOURVILLE, March 4 (Wire) - The regional port authority said on Tuesday that container volumes rose 3.5
        percent in February, the third monthly gain in a row, as shipping lines returned to routes they had dropped
        last year. "We are not out of the woods yet," said chief executive Dana K. Morrow, adding that the figures
        were published at https://www.harbourville-ports.example.com/news/2025/volumes-february.html and would be
        revised in April.

        The authority handled 412,000 twenty-foot equivalent units, up from 398,100 a year earlier. Analysts at
        Fenwick & Rowe had expected growth of about 2.9 percent. The full statement is on portauthority.gov.uk and
        questions can be sent to press@harbourville-ports.example.com before 5 p.m. local time.

        Shares in the authority's listed operator, Quayline Holdings, closed up 1.2 percent at 14.35 pounds.
        """,
        """
        NEW CARTHAGE, June 18 (Wire) - Lawmakers in the state assembly voted 61-38 on Wednesday to approve a
        budget of $48.2 billion for the fiscal year starting July 1, ending a standoff that had lasted six weeks.

        Governor Elena M. Ruiz, who had threatened a veto, said in a post on www.newcarthage.gov that she would sign
        the bill "without delay". Her office later linked to a summary at
        http://budget.newcarthage.gov/fy2026/summary?lang=en&section=overview (PDF, 2.4 MB).

        The opposition leader, Sen. Paul J. Okafor, called the plan "a patchwork" and pointed readers to his
        party's alternative at okaforforstate.org. Both sides agreed on a 4.0 percent raise for teachers, the
        Assembly's clerk said. Details: see the clerk's page (https://assembly.newcarthage.gov/clerk/votes/1187).
        """,
        """
        LAKESHORE, Oct. 2 (Wire) - Researchers at the University of Lakeshore said on Thursday they had mapped
        the spread of an invasive mussel across 14 inland lakes, using water samples collected by volunteers over
        three summers. The study, led by Dr. Ines A. Varga, appears in the journal's online edition
        (doi.example.org/10.5555/lake.2025.0142) and the raw data are on github.com/lakeshore-limnology/mussels.

        "It moved faster than any model predicted," Varga said. The team counted 2.3 million larvae per cubic
        metre in the worst-affected lake, against fewer than 10,000 in 2022. The state's environment agency,
        reachable at env-agency.example.net/contact or via @LakeshoreEnv, said it would review boat-cleaning
        rules before the 2026 season. Volunteers can register at www.mussel-watch.example.org.
        """,
        """
        RIVERTON, Dec. 11 (Wire) - The national statistics office said on Monday that consumer prices rose 0.3
        percent in November from October, in line with forecasts, leaving annual inflation at 2.7 percent.

        Food prices fell 0.4 percent while energy costs climbed 1.1 percent, the office said in a release
        (stats.example.gov/cpi/2025-11). Economist R.J. Tanaka of Brightwater Securities said the central bank was
        likely to hold rates at 4.25 percent at its meeting on Dec. 17-18.

        The office will publish revised figures for the third quarter at 8:30 a.m. on Jan. 9, it said.
        """,
    ];

    // The articles repeated in order until their UTF-8 size reaches `minUtf8Bytes`. Each repeat is a fresh copy, so
    // the benchmark walks the whole ~1 MB as it would a real corpus, not four strings that stay in L1.
    public static string[] RepeatedTo(long minUtf8Bytes)
    {
        var texts = new List<string>();
        long bytes = 0;
        while (bytes < minUtf8Bytes)
        {
            string text = s_articles[texts.Count % s_articles.Length];
            texts.Add(new string(text.AsSpan()));
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return [.. texts];
    }
}
