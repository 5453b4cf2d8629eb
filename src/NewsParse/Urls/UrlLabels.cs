namespace NewsParse.Urls;

/// <summary>The words that label a URL in news copy (<c>Original url:</c>, <c>Related</c>, <c>References</c>) and the role each gives.</summary>
internal static class UrlLabels
{
    // A specific phrase labels a URL even at the end of a sentence ("…was originally published at https://…").
    // A generic word labels one only when it is all the line says before the URL, or is followed by a colon:
    // "Source: https://…", but not "the code is open source https://…".
    private static readonly (string Phrase, UrlRole Role, bool Specific)[] s_labels =
    [
        ("original url", UrlRole.Canonical, true), ("original link", UrlRole.Canonical, true),
        ("original article", UrlRole.Canonical, true), ("original story", UrlRole.Canonical, true),
        ("source url", UrlRole.Canonical, true), ("source link", UrlRole.Canonical, true),
        ("article url", UrlRole.Canonical, true), ("article link", UrlRole.Canonical, true), ("story url", UrlRole.Canonical, true),
        ("read more at", UrlRole.Canonical, true), ("read the full story at", UrlRole.Canonical, true),
        ("read the full article at", UrlRole.Canonical, true), ("read the original at", UrlRole.Canonical, true),
        ("read the original article at", UrlRole.Canonical, true), ("originally published at", UrlRole.Canonical, true),
        ("originally published on", UrlRole.Canonical, true), ("originally appeared at", UrlRole.Canonical, true),
        ("originally appeared on", UrlRole.Canonical, true), ("first published at", UrlRole.Canonical, true),
        ("first published on", UrlRole.Canonical, true), ("this article is available at", UrlRole.Canonical, true),
        ("original", UrlRole.Canonical, false), ("source", UrlRole.Canonical, false), ("url", UrlRole.Canonical, false),
        ("permalink", UrlRole.Canonical, false), ("canonical", UrlRole.Canonical, false), ("published at", UrlRole.Canonical, false),
        ("источник", UrlRole.Canonical, false), ("оригинал", UrlRole.Canonical, false), ("quelle", UrlRole.Canonical, false),
        ("fuente", UrlRole.Canonical, false), ("fonte", UrlRole.Canonical, false),

        ("related article", UrlRole.Related, true), ("related articles", UrlRole.Related, true),
        ("related story", UrlRole.Related, true), ("related stories", UrlRole.Related, true),
        ("related link", UrlRole.Related, true), ("related links", UrlRole.Related, true), ("related news", UrlRole.Related, true),
        ("related coverage", UrlRole.Related, true), ("related content", UrlRole.Related, true),
        ("related reading", UrlRole.Related, true), ("read also", UrlRole.Related, true), ("also read", UrlRole.Related, true),
        ("see also", UrlRole.Related, true), ("more on this story", UrlRole.Related, true),
        ("further reading", UrlRole.Related, true), ("you may also like", UrlRole.Related, true),
        ("читайте также", UrlRole.Related, true), ("см. также", UrlRole.Related, true), ("lire aussi", UrlRole.Related, true),
        ("voir aussi", UrlRole.Related, true), ("siehe auch", UrlRole.Related, true), ("lesen sie auch", UrlRole.Related, true),
        ("mehr zum thema", UrlRole.Related, true), ("ver también", UrlRole.Related, true), ("lee también", UrlRole.Related, true),
        ("leia também", UrlRole.Related, true), ("leggi anche", UrlRole.Related, true),
        ("related", UrlRole.Related, false), ("read more", UrlRole.Related, false), ("more on this", UrlRole.Related, false),
        ("recommended", UrlRole.Related, false), ("also on", UrlRole.Related, false),

        ("works cited", UrlRole.Citation, true),
        ("references", UrlRole.Citation, false), ("reference", UrlRole.Citation, false), ("sources", UrlRole.Citation, false),
        ("footnotes", UrlRole.Citation, false), ("notes", UrlRole.Citation, false), ("citations", UrlRole.Citation, false),
        ("bibliography", UrlRole.Citation, false),

        ("photo source", UrlRole.Image, true), ("image source", UrlRole.Image, true), ("photo credit", UrlRole.Image, true),
        ("image credit", UrlRole.Image, true), ("photo url", UrlRole.Image, true), ("image url", UrlRole.Image, true),
        ("photo", UrlRole.Image, false), ("image", UrlRole.Image, false), ("picture", UrlRole.Image, false),
    ];

    private const string Punctuation = ":：-–—»>|";
    private const string Markup = " \t\u00A0*_#([";
    private const string Bullets = " \t\u00A0-–—*_#•·>";

    /// <summary>
    /// The role given by a label that <paramref name="prefix"/>, the text before a URL on its line, ends with.
    /// <paramref name="whole"/> asks that the label be all of the prefix, as on a line of its own.
    /// </summary>
    public static bool TryMatch(ReadOnlySpan<char> prefix, bool whole, out UrlRole role)
    {
        role = UrlRole.Inline;
        ReadOnlySpan<char> text = prefix.TrimEnd(Markup);
        bool punctuated = !text.IsEmpty && Punctuation.Contains(text[^1]);
        text = text.TrimEnd(Punctuation).TrimEnd(Markup).TrimStart(Bullets);
        if (text.IsEmpty)
        {
            return false;
        }

        int best = 0;
        char last = text[^1];
        foreach ((string phrase, UrlRole r, bool specific) in s_labels)
        {
            int before = text.Length - phrase.Length;
            if (phrase.Length <= best || before < 0 || !MayBeSameLetter(last, phrase[^1]) || !MayBeSameLetter(text[before], phrase[0])
                || !text.EndsWith(phrase, StringComparison.OrdinalIgnoreCase)
                || (before > 0 && char.IsLetterOrDigit(text[before - 1])))
            {
                continue;
            }

            bool alone = before == 0;
            if (whole ? alone : alone || specific || punctuated)
            {
                best = phrase.Length;
                role = r;
            }
        }

        return best > 0;
    }

    // A quick test of a phrase's first and last letters before the comparison of the whole: two ASCII characters that differ in more than letter case
    // cannot match; beyond ASCII the comparison decides.
    private static bool MayBeSameLetter(char a, char b) => a >= 0x80 || b >= 0x80 || (a | 0x20) == (b | 0x20);
}
