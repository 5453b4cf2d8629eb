using System.Text.Json;
using System.Text.Json.Serialization;
using NewsParse.Urls;

namespace NewsParse.Json;

/// <summary>
/// Reads and writes <see cref="SourceUrl"/> as a URL of the output contract (<see cref="NewsArticleJson"/>), for
/// <see cref="JsonSerializer"/> and source-generated serializer contexts: the type names this converter, so it is
/// used wherever the type is.
/// </summary>
public sealed class SourceUrlJsonConverter : JsonConverter<SourceUrl>
{
    /// <inheritdoc/>
    public override SourceUrl Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        SourceUrlJson.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, SourceUrl value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        SourceUrlJson.Write(writer, value);
    }
}
