using System.Text;

namespace NewsParse.Tests.Hardening;

/// <summary>The shapes of text that make parsers slow, each at any size in characters.</summary>
internal static class PathologicalText
{
    public static readonly Dictionary<string, Func<int, string>> Shapes = new()
    {
        ["quote marks"] = n => Repeat("\"", n),
        ["curly quote marks"] = n => Repeat("“”", n),
        ["opening marks, none closed"] = n => Repeat("“", n),
        ["opening marks between words"] = n => Repeat("“We ", n),
        ["one line of prose"] = n => Repeat("The minister said the budget was fully funded and that talks would go on. ", n),
        ["nested parentheses in a URL"] = n => "See https://example.com/" + new string('(', n / 2) + new string(')', n / 2) + " now.",
        ["www. over and over"] = n => Repeat("www.", n),
        ["a head of commas"] = n => "LONDON" + new string(',', n) + " Feb 26 - The story.",
        ["a name before said"] = n => "“We will not default,” " + Repeat("Amara Osei ", n) + "said.",
        ["one name-like word before said"] = n => "“We will not default,” " + new string('A', n) + " said.",
        ["transcript labels"] = n => Repeat("TAPPER: Yes.\n\n", n),
        ["sentence ends"] = n => Repeat(". ", n),
        ["line breaks"] = n => Repeat("\n", n),
        ["one long word"] = n => new string('x', n),
        ["a long URL path"] = n => "https://example.com/" + new string('a', n),
        ["short links"] = n => Repeat("a.co ", n),
        ["e-mail fragments"] = n => Repeat("@a.", n),
        ["apostrophes"] = n => Repeat("'a ", n),
        ["double apostrophes"] = n => Repeat("''", n),
        ["attributed quotes"] = n => Repeat("“Yes,” Osei said. ", n),
        ["a quote going on across paragraphs"] = n => Repeat("“We will go on.\n\n", n),
        ["capital lines"] = n => Repeat("MARKETS WRAP\n", n),
        ["links of a labelled list far apart"] = n => "Sources: https://a.example/1\n" + new string('\n', n / 2) + Repeat("https://b.example/2 ", n / 2),
        ["a long name, then pronoun quotes"] = n => new string('A', n / 1000) + " Osei said it.\n" + Repeat("“Yes,” he said. ", n / 2),
        ["dots between hyphens and another script"] = n => Repeat("-.楺", n),
        ["long words ending sentences"] = n => Repeat(new string('x', 5000) + ". “A” “B” ", n),
        ["sentence ends between opening marks"] = n => Repeat(".«", n),
        ["low opening marks before sentence ends"] = n => Repeat("„.", n),
        ["domains after a colon, each with a query"] = n => Repeat(":a.com?", n),
        ["hyphens, then a run of dots"] = n => new string('-', n / 2) + Repeat(".a", n / 2),
        ["one endless figure of points and digits"] = n => Repeat("1.", n),
        ["figures after an address sign"] = n => Repeat("@1.2 ", n),
        ["figures between doubled points"] = n => Repeat("..1.1", n),
        ["figures of forty points, then a letter"] = n => Repeat(string.Concat(Enumerable.Repeat("1.", 40)) + "x ", n),
        ["a labelled link, spaces, then links in prose"] = n => "Related: a.com" + new string(' ', n / 2) + Repeat("x b.com ", n / 2),
        ["a labelled link, then links in prose"] = n => "Related: a.com" + Repeat("\nx b.com", n),
        ["surnames never named in full"] = n => Distinct(i => $"“Yes,” Mr Osei{Letters(i)} said. ", n),
        ["surnames after names that are not theirs"] = n => Distinct(i => $"Ama Osei{Letters(i)} met Kofi Mensah. “No,” Mr Mensah{Letters(i + 1)} said. ", n),
        ["pronouns after names of the other gender"] = n => Distinct(i => $"Ama Osei{Letters(i)} met them. “No,” he said. ", n),
    };

    /// <summary>A unit made distinct by its number, over and over, to at least <paramref name="size"/> characters.</summary>
    public static string Distinct(Func<int, string> unit, int size)
    {
        var text = new StringBuilder(size + 100);
        for (int i = 0; text.Length < size; i++)
        {
            text.Append(unit(i));
        }

        return text.ToString();
    }

    // Letters that tell one number from another: `ab`, `bab`.
    private static string Letters(int i)
    {
        var letters = new StringBuilder();
        do
        {
            letters.Append((char)('a' + i % 26));
            i /= 26;
        }
        while (i > 0);

        return letters.ToString();
    }

    /// <summary><paramref name="unit"/> over and over, to at least <paramref name="size"/> characters.</summary>
    public static string Repeat(string unit, int size)
    {
        var text = new StringBuilder(size + unit.Length);
        while (text.Length < size)
        {
            text.Append(unit);
        }

        return text.ToString();
    }
}
