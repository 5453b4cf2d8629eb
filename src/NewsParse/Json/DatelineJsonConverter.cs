using System.Text.Json;
using System.Text.Json.Serialization;
using NewsParse.Datelines;

namespace NewsParse.Json;

/// <summary>
/// Reads and writes <see cref="Dateline"/> as a dateline of the output contract (<see cref="NewsArticleJson"/>), for
/// <see cref="JsonSerializer"/> and source-generated serializer contexts: the type names this converter, so it is
/// used wherever the type is.
/// </summary>
public sealed class DatelineJsonConverter : JsonConverter<Dateline>
{
    /// <inheritdoc/>
    public override Dateline Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DatelineJson.Read(ref reader);

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, Dateline value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(value);
        DatelineJson.Write(writer, value);
    }
}
