using System.Text.Encodings.Web;
using System.Text.Json;
using NewsParse.Datelines;
using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Json;

/// <summary>
/// Writes and reads what the parsers found as the JSON of the <c>newsparse</c> command's output (property names, order,
/// <see langword="null"/>s and value forms as its contract sets them), with <see cref="Utf8JsonWriter"/> and
/// <see cref="Utf8JsonReader"/>: no reflection, safe to trim and to compile ahead of time.
/// </summary>
/// <remarks>
/// <see cref="JsonSerializer"/> gives the same JSON for <see cref="NewsArticle"/>, <see cref="Quote"/>,
/// <see cref="Dateline"/> and <see cref="SourceUrl"/>, whose converters are these methods. The contract carries a
/// dateline's <c>location</c> but not its city, region or time zone, nor a URL's form: read back, those are
/// <see langword="null"/> and <see cref="UrlForm.Scheme"/>. A reader skips properties it does not know (a line's
/// <c>id</c>, fields a pipeline passed through).
/// </remarks>
public static class NewsArticleJson
{
    /// <summary>
    /// The options the <c>newsparse</c> command writes its lines with, and <see cref="Serialize(NewsArticle)"/>: compact, and with the
    /// characters of article text (typographic quotes, names beyond ASCII) as they are rather than as <c>\uXXXX</c>
    /// escapes. The output is data, never embedded in HTML, for which this encoder would not be safe.
    /// </summary>
    public static JsonWriterOptions LineOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <paramref name="article"/> as one JSON object: <c>{"dateline":…,"quotes":[…],"urls":[…]}</c>.</summary>
    /// <param name="writer">The writer.</param>
    /// <param name="article">The article.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void Write(Utf8JsonWriter writer, NewsArticle article)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteStartObject();
        WritePropertiesIn(writer, article, null, OffsetUnit.Utf16);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes <paramref name="article"/> as one JSON object, its offsets counted in <paramref name="offsets"/> of
    /// <paramref name="text"/>, the text it was parsed from, for a reader outside .NET slicing that text.
    /// </summary>
    /// <param name="writer">The writer.</param>
    /// <param name="article">The article.</param>
    /// <param name="text">The text <paramref name="article"/> was parsed from.</param>
    /// <param name="offsets">What the offsets written count.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offsets"/> is no unit.</exception>
    public static void Write(Utf8JsonWriter writer, NewsArticle article, string text, OffsetUnit offsets)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(text);
        writer.WriteStartObject();
        WritePropertiesIn(writer, article, text, offsets);
        writer.WriteEndObject();
    }

    /// <summary>
    /// Writes the properties of <paramref name="article"/> — <c>dateline</c>, <c>quotes</c>, <c>urls</c> — into the
    /// object <paramref name="writer"/> has open, after the caller's own (an <c>id</c>, say).
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="article">The article.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    public static void WriteProperties(Utf8JsonWriter writer, NewsArticle article) => WritePropertiesIn(writer, article, null, OffsetUnit.Utf16);

    /// <summary>
    /// Writes the properties of <paramref name="article"/> into the object <paramref name="writer"/> has open, its
    /// offsets counted in <paramref name="offsets"/> of <paramref name="text"/>, the text it was parsed from.
    /// </summary>
    /// <param name="writer">The writer, inside an object.</param>
    /// <param name="article">The article.</param>
    /// <param name="text">The text <paramref name="article"/> was parsed from.</param>
    /// <param name="offsets">What the offsets written count.</param>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offsets"/> is no unit.</exception>
    public static void WriteProperties(Utf8JsonWriter writer, NewsArticle article, string text, OffsetUnit offsets)
    {
        ArgumentNullException.ThrowIfNull(text);
        WritePropertiesIn(writer, article, text, offsets);
    }

    // The properties, offsets converted from UTF-16 offsets into `text` (null only for UTF-16, which needs no text).
    private static void WritePropertiesIn(Utf8JsonWriter writer, NewsArticle article, string? text, OffsetUnit offsets)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(article);
        if ((uint)offsets > (uint)OffsetUnit.CodePoints)
        {
            throw new ArgumentOutOfRangeException(nameof(offsets), offsets, "No such offset unit.");
        }

        var converter = new OffsetConverter(text, offsets);
        writer.WritePropertyName(JsonNames.Dateline);
        if (article.Dateline is null)
        {
            writer.WriteNullValue();
        }
        else
        {
            DatelineJson.Write(writer, article.Dateline, ref converter);
        }

        writer.WriteStartArray(JsonNames.Quotes);
        foreach (Quote quote in article.Quotes)
        {
            QuoteJson.Write(writer, quote, ref converter);
        }

        writer.WriteEndArray();
        writer.WriteStartArray(JsonNames.Urls);
        foreach (SourceUrl url in article.Urls)
        {
            SourceUrlJson.Write(writer, url, ref converter);
        }

        writer.WriteEndArray();
    }

    /// <summary>Reads an article from the object at the reader's position, which is left on the object's end.</summary>
    /// <param name="reader">The reader, on the object's start.</param>
    /// <returns>The article.</returns>
    /// <exception cref="JsonException">The JSON is not an article of the contract (an error line is not).</exception>
    public static NewsArticle ReadArticle(ref Utf8JsonReader reader)
    {
        JsonRead.ExpectObject(ref reader, "an article");
        Dateline? dateline = null;
        List<Quote>? quotes = null;
        List<SourceUrl>? urls = null;
        while (JsonRead.NextProperty(ref reader))
        {
            if (reader.ValueTextEquals(JsonNames.Dateline))
            {
                reader.Read();
                dateline = reader.TokenType == JsonTokenType.Null ? null : DatelineJson.Read(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.Quotes))
            {
                reader.Read();
                quotes = JsonRead.Array(ref reader, "quotes", QuoteJson.Read);
            }
            else if (reader.ValueTextEquals(JsonNames.Urls))
            {
                reader.Read();
                urls = JsonRead.Array(ref reader, "urls", SourceUrlJson.Read);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return quotes is null || urls is null
            ? throw new JsonException("Not an article: an article has \"quotes\" and \"urls\".")
            : new NewsArticle { Dateline = dateline, Quotes = quotes.ToArray(), Urls = urls.ToArray() };
    }

    /// <summary>Writes <paramref name="article"/> as JSON text of one line, as the <c>newsparse</c> command does.</summary>
    /// <param name="article">The article.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is <see langword="null"/>.</exception>
    public static string Serialize(NewsArticle article) => SerializeIn(article, null, OffsetUnit.Utf16);

    /// <summary>
    /// Writes <paramref name="article"/> as JSON text of one line, its offsets counted in <paramref name="offsets"/> of
    /// <paramref name="text"/>, the text it was parsed from, as <c>newsparse --offsets</c> does.
    /// </summary>
    /// <param name="article">The article.</param>
    /// <param name="text">The text <paramref name="article"/> was parsed from.</param>
    /// <param name="offsets">What the offsets written count.</param>
    /// <returns>The JSON.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offsets"/> is no unit.</exception>
    public static string Serialize(NewsArticle article, string text, OffsetUnit offsets)
    {
        ArgumentNullException.ThrowIfNull(text);
        return SerializeIn(article, text, offsets);
    }

    private static string SerializeIn(NewsArticle article, string? text, OffsetUnit offsets)
    {
        ArgumentNullException.ThrowIfNull(article);
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, LineOptions))
        {
            writer.WriteStartObject();
            WritePropertiesIn(writer, article, text, offsets);
            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>Reads an article from JSON text: an object written by <see cref="Serialize(NewsArticle)"/>, or a line of <c>newsparse</c> output.</summary>
    /// <param name="json">The JSON text.</param>
    /// <returns>The article.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is <see langword="null"/>.</exception>
    /// <exception cref="JsonException">The text is not JSON, or not an article.</exception>
    public static NewsArticle Deserialize(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Deserialize(System.Text.Encoding.UTF8.GetBytes(json));
    }

    /// <inheritdoc cref="Deserialize(string)"/>
    /// <param name="utf8Json">The JSON text in UTF-8.</param>
    public static NewsArticle Deserialize(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json);
        reader.Read();
        NewsArticle article = ReadArticle(ref reader);
        return reader.Read() ? throw new JsonException("More JSON after the article.") : article;
    }

    /// <summary>The contract's name of a quote kind: <c>direct</c>, <c>partial</c>, <c>transcript</c> or <c>scare</c>.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>Its name.</returns>
    public static string KindName(QuoteKind kind) => JsonNames.Of(kind);

    /// <summary>
    /// The contract's name of a URL role: <c>inline</c>, <c>canonical</c>, <c>citation</c>, <c>related</c>, <c>image</c>
    /// or <c>social</c>.
    /// </summary>
    /// <param name="role">The role.</param>
    /// <returns>Its name.</returns>
    public static string RoleName(UrlRole role) => JsonNames.Of(role);
}
