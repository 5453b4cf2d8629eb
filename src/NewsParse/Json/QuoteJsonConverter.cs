using System.Text.Json;
using System.Text.Json.Serialization;
using NewsParse.Quotes;

namespace NewsParse.Json;

/// <summary>
/// Reads and writes <see cref="Quote"/> as a quote of the output contract (<see cref="NewsArticleJson"/>), for
/// <see cref="JsonSerializer"/> and source-generated serializer contexts: the type names this converter, so it is
/// used wherever the type is.
/// </summary>
public sealed class QuoteJsonConverter : JsonConverter<Quote>
{
    /// <inheritdoc/>
    public override Quote Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        QuoteJson.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Quote value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        QuoteJson.Write(writer, value);
    }
}
