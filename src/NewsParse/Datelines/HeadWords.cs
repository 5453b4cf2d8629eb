using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>
/// The words of an article's head that tell a label from a place: one sorted row per word, so that a new kicker or a new
/// word that never names a place is one line here and one test row.
/// </summary>
internal static class HeadWords
{
    /// <summary>
    /// Kickers, section labels and notes that open a head line before a dash or a colon (<c>EDITOR'S NOTE —</c>,
    /// <c>FILE -</c>, <c>SPORTS —</c>, <c>Correction:</c>): a line they open is passed over, and a place of nothing but
    /// these words (<c>BREAKING NEWS</c>) is a label.
    /// </summary>
    public static readonly WordSet Kickers = WordSet.IgnoreCase(
    [
        "advance", "advisory", "alert", "analysis", "arts", "autos", "books", "bottom", "breaking", "bulletin",
        "business", "check", "clarification", "column", "commentary", "correction", "corrections", "crime", "culture",
        "deeper", "economy", "editor", "editorial", "editors", "education", "embargoed", "entertainment", "estate",
        "exclusive", "explainer", "fact", "feature", "file", "flash", "food", "go", "health", "interview", "latest",
        "letters", "lifestyle", "line", "listen", "live", "local", "markets", "media", "metro", "money", "movies", "music",
        "nation", "news", "note", "obituaries", "obituary", "opinion", "people", "photo", "photos", "podcast", "politics",
        "preview", "q&a", "real", "recap", "related", "religion", "report", "review", "science", "special", "sponsored",
        "sport", "sports", "stories", "story", "style", "tech", "technology", "television", "top", "transcript", "travel",
        "tv", "update", "updated", "updates", "urgent", "video", "watch", "weather", "world",
    ]);

    /// <summary>
    /// Words of running text that no place name holds: verbs, pronouns, prepositions and conjunctions that make a line in
    /// capitals a headline or a label (<c>POLLS NOT WRONG -</c>, <c>WHY IT MATTERS —</c>), and the weekdays and words
    /// of a page's date line (<c>Saturday, December 7, 2024</c>, <c>Published Dec. 7</c>). The particles of place names
    /// (<c>of</c>, <c>the</c>, <c>de</c>, <c>la</c>, <c>and</c>) are not here.
    /// </summary>
    public static readonly WordSet NotInPlaces = WordSet.IgnoreCase(
    [
        "about", "across", "after", "against", "also", "amid", "among", "are", "around", "as", "at", "be", "been",
        "before", "being", "but", "by", "can", "could", "created", "date", "dated", "despite", "did", "do", "does",
        "during", "first", "for", "friday", "from", "had", "has", "have", "he", "her", "his", "how", "i", "if", "in",
        "into", "is", "issued", "it", "its", "just", "last", "modified", "monday", "more", "most", "must", "my", "no",
        "nor", "not", "on", "only", "or", "our", "over", "posted", "published", "said", "saturday", "say", "says", "shall",
        "she", "should", "since", "sunday", "than", "that", "their", "then", "these", "they", "this", "those",
        "through", "thursday", "till", "to", "today", "told", "tonight", "tuesday", "until", "up", "very", "vs", "was",
        "we", "wednesday", "were", "what", "when", "where", "which", "who", "why", "will", "with", "without", "would",
        "yesterday", "you", "your",
    ]);

    /// <summary>Lower-case words a place name in title case holds: <c>Rio de Janeiro</c>, <c>the Netherlands</c>, <c>Trinidad and Tobago</c>.</summary>
    public static readonly WordSet PlaceParticles = WordSet.CaseSensitive(
    [
        "al", "am", "an", "and", "aux", "d", "da", "de", "del", "della", "der", "des", "di", "do", "dos", "du", "el", "en",
        "es", "il", "la", "las", "le", "les", "los", "of", "op", "sur", "the", "upon", "van", "von", "y", "zu",
    ]);

    /// <summary>
    /// Words that name a photo's credit before a slash or a colon (<c>(AP Photo/…)</c>, <c>REUTERS/…</c>,
    /// <c>Photograph: …</c>, <c>X/ @…</c>) or after a slash (<c>… / AFP</c>): what marks a caption in a head.
    /// </summary>
    public static readonly WordSet CreditWords = WordSet.IgnoreCase(
    [
        "afp", "caption", "copyright", "credit", "credits", "efe", "epa", "getty", "instagram", "photo", "photograph",
        "photographer", "photos", "pic", "picture", "reuters", "twitter", "x",
    ]);

    /// <summary>The copyright sign, which marks a caption's credit wherever it stands.</summary>
    public const char CopyrightSign = '©';
}
