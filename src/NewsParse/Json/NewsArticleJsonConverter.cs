using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsParse.Json;

/// <summary>
/// Reads and writes <see cref="NewsArticle"/> as an article of the output contract (<see cref="NewsArticleJson"/>), for
/// <see cref="JsonSerializer"/> and source-generated serializer contexts: the type names this converter, so it is
/// used wherever the type is.
/// </summary>
public sealed class NewsArticleJsonConverter : JsonConverter<NewsArticle>
{
    /// <inheritdoc/>
    public override NewsArticle Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        NewsArticleJson.ReadArticle(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, NewsArticle value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        NewsArticleJson.Write(writer, value);
    }
}
