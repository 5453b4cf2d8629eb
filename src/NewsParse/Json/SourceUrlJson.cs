using System.Text.Json;
using NewsParse.Urls;

namespace NewsParse.Json;

/// <summary>A URL as the contract writes it: <c>url, start, length, role</c>.</summary>
internal static class SourceUrlJson
{
    public static void Write(Utf8JsonWriter writer, SourceUrl url)
    {
        var offsets = new OffsetConverter(null, OffsetUnit.Utf16);
        Write(writer, url, ref offsets);
    }

    public static void Write(Utf8JsonWriter writer, SourceUrl url, ref OffsetConverter offsets)
    {
        (int start, int length) = offsets.Convert(url.Start, url.Length);
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Url, url.Url);
        writer.WriteNumber(JsonNames.Start, start);
        writer.WriteNumber(JsonNames.Length, length);
        writer.WriteString(JsonNames.Role, JsonNames.Of(url.Role));
        writer.WriteEndObject();
    }

    public static SourceUrl Read(ref Utf8JsonReader reader)
    {
        JsonRead.ExpectObject(ref reader, "a URL");
        string? url = null;
        int start = 0, length = 0;
        UrlRole role = default;
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.TryOffset(ref reader, ref start, ref length))
            {
                continue;
            }

            if (reader.ValueTextEquals(JsonNames.Url))
            {
                url = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.Role))
            {
                string? name = JsonRead.String(ref reader);
                role = JsonNames.TryRole(name, out UrlRole known) ? known : throw new JsonException($"No URL role is called \"{name}\".");
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new SourceUrl { Url = JsonRead.Required(url, "url", "A URL"), Start = start, Length = length, Role = role };
    }
}
