namespace NewsParse.Urls;

/// <summary>The words that label a URL in news copy (<c>Original url:</c>, <c>Related</c>, <c>References</c>) and the role each gives.</summary>
internal static class UrlLabels
{
    // Longest first within each role is not needed: a label must end where the URL's line prefix ends.
    private static readonly (string Phrase, UrlRole Role)[] s_labels =
    [
        ("original url", UrlRole.Canonical), ("original link", UrlRole.Canonical), ("original article", UrlRole.Canonical),
        ("original story", UrlRole.Canonical), ("original", UrlRole.Canonical), ("source url", UrlRole.Canonical),
        ("source link", UrlRole.Canonical), ("source", UrlRole.Canonical), ("article url", UrlRole.Canonical),
        ("article link", UrlRole.Canonical), ("story url", UrlRole.Canonical), ("permalink", UrlRole.Canonical),
        ("canonical", UrlRole.Canonical), ("url", UrlRole.Canonical), ("read more at", UrlRole.Canonical),
        ("read the full story at", UrlRole.Canonical), ("read the full article at", UrlRole.Canonical),
        ("read the original at", UrlRole.Canonical), ("read the original article at", UrlRole.Canonical),
        ("originally published at", UrlRole.Canonical), ("originally published on", UrlRole.Canonical),
        ("originally appeared at", UrlRole.Canonical), ("originally appeared on", UrlRole.Canonical),
        ("first published at", UrlRole.Canonical), ("first published on", UrlRole.Canonical),
        ("published at", UrlRole.Canonical), ("this article is available at", UrlRole.Canonical),

        ("related", UrlRole.Related), ("related article", UrlRole.Related), ("related articles", UrlRole.Related),
        ("related story", UrlRole.Related), ("related stories", UrlRole.Related), ("related link", UrlRole.Related),
        ("related links", UrlRole.Related), ("related news", UrlRole.Related), ("related coverage", UrlRole.Related),
        ("related content", UrlRole.Related), ("related reading", UrlRole.Related), ("read also", UrlRole.Related),
        ("also read", UrlRole.Related), ("read more", UrlRole.Related), ("see also", UrlRole.Related),
        ("more on this", UrlRole.Related), ("more on this story", UrlRole.Related), ("further reading", UrlRole.Related),
        ("recommended", UrlRole.Related), ("you may also like", UrlRole.Related), ("also on", UrlRole.Related),

        ("references", UrlRole.Citation), ("reference", UrlRole.Citation), ("sources", UrlRole.Citation),
        ("footnotes", UrlRole.Citation), ("notes", UrlRole.Citation), ("citations", UrlRole.Citation),
        ("works cited", UrlRole.Citation), ("bibliography", UrlRole.Citation),

        ("photo", UrlRole.Image), ("image", UrlRole.Image), ("picture", UrlRole.Image), ("photo source", UrlRole.Image),
        ("image source", UrlRole.Image), ("photo credit", UrlRole.Image), ("image credit", UrlRole.Image),
        ("photo url", UrlRole.Image), ("image url", UrlRole.Image),
    ];

    /// <summary>
    /// The role given by a label that <paramref name="prefix"/> ends with, after trimming the punctuation and
    /// markup that follows labels (<c>:</c>, <c>-</c>, <c>**</c>, <c>»</c>). <paramref name="whole"/> asks that the
    /// label be all of the prefix, as on a line of its own.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> prefix, bool whole, out UrlRole role)
    {
        role = UrlRole.Inline;
        prefix = prefix.TrimEnd(" \t:-–—»>*_#([|\u00A0");
        prefix = prefix.TrimStart(" \t-–—*_#•·>\u00A0");
        if (prefix.IsEmpty || prefix.Length > 48 && whole)
        {
            return false;
        }

        foreach ((string phrase, UrlRole r) in s_labels)
        {
            if (!prefix.EndsWith(phrase, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            int before = prefix.Length - phrase.Length;
            if (whole ? before != 0 : before > 0 && char.IsLetterOrDigit(prefix[before - 1]))
            {
                continue;
            }

            role = r;
            return true;
        }

        return false;
    }
}
