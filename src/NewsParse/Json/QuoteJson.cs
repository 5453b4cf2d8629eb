using System.Text.Json;
using NewsParse.Quotes;

namespace NewsParse.Json;

/// <summary>A quote as the contract writes it: <c>text, start, length, speaker, speakerResolved, cue, kind, group</c>.</summary>
internal static class QuoteJson
{
    public static void Write(Utf8JsonWriter writer, Quote quote)
    {
        var offsets = new OffsetConverter(null, OffsetUnit.Utf16);
        Write(writer, quote, ref offsets);
    }

    public static void Write(Utf8JsonWriter writer, Quote quote, ref OffsetConverter offsets)
    {
        (int start, int length) = offsets.Convert(quote.Start, quote.Length);
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Text, quote.Text);
        writer.WriteNumber(JsonNames.Start, start);
        writer.WriteNumber(JsonNames.Length, length);
        writer.WriteString(JsonNames.Speaker, quote.Speaker);
        writer.WriteString(JsonNames.SpeakerResolved, quote.SpeakerResolved);
        writer.WriteString(JsonNames.Cue, quote.Cue);
        writer.WriteString(JsonNames.Kind, JsonNames.Of(quote.Kind));
        if (quote.Group is int group)
        {
            writer.WriteNumber(JsonNames.Group, group);
        }
        else
        {
            writer.WriteNull(JsonNames.Group);
        }

        writer.WriteEndObject();
    }

    public static Quote Read(ref Utf8JsonReader reader)
    {
        JsonRead.ExpectObject(ref reader, "a quote");
        string? text = null;
        string? speaker = null, resolved = null, cue = null;
        int start = 0, length = 0;
        int? group = null;
        QuoteKind kind = default;
        while (JsonRead.NextProperty(ref reader))
        {
            if (JsonRead.TryOffset(ref reader, ref start, ref length))
            {
                continue;
            }

            if (reader.ValueTextEquals(JsonNames.Text))
            {
                text = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.Speaker))
            {
                speaker = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.SpeakerResolved))
            {
                resolved = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.Cue))
            {
                cue = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.Kind))
            {
                string? name = JsonRead.String(ref reader);
                kind = JsonNames.TryKind(name, out QuoteKind known) ? known : throw new JsonException($"No quote kind is called \"{name}\".");
            }
            else if (reader.ValueTextEquals(JsonNames.Group))
            {
                group = JsonRead.NullableInt32(ref reader);
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new Quote
        {
            Text = JsonRead.Required(text, "text", "A quote"), Start = start, Length = length, Speaker = speaker,
            SpeakerResolved = resolved, Cue = cue, Kind = kind, Group = group,
        };
    }
}
