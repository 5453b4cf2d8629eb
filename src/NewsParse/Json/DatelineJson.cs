using System.Globalization;
using System.Text.Json;
using NewsParse.Datelines;

namespace NewsParse.Json;

/// <summary>A dateline as the contract writes it: <c>text, start, length, location, agency, date, time</c>.</summary>
internal static class DatelineJson
{
    private const string TimeFormat = "HH:mm";

    public static void Write(Utf8JsonWriter writer, Dateline dateline)
    {
        var offsets = new OffsetConverter(null, OffsetUnit.Utf16);
        Write(writer, dateline, ref offsets);
    }

    public static void Write(Utf8JsonWriter writer, Dateline dateline, ref OffsetConverter offsets)
    {
        (int start, int length) = offsets.Convert(dateline.Start, dateline.Length);
        writer.WriteStartObject();
        writer.WriteString(JsonNames.Text, dateline.Text);
        writer.WriteNumber(JsonNames.Start, start);
        writer.WriteNumber(JsonNames.Length, length);
        writer.WriteString(JsonNames.Location, dateline.Location);
        writer.WriteString(JsonNames.Agency, dateline.Agency);
        writer.WriteString(JsonNames.Date, dateline.Date?.ToString());
        writer.WriteString(JsonNames.Time, dateline.Time?.ToString(TimeFormat, CultureInfo.InvariantCulture));
        writer.WriteEndObject();
    }

    public static Dateline Read(ref Utf8JsonReader reader)
    {
        JsonRead.ExpectObject(ref reader, "a dateline");
        string? text = null, location = null, agency = null;
        int start = 0, length = 0;
        PartialDate? date = null;
        TimeOnly? time = null;
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
            else if (reader.ValueTextEquals(JsonNames.Location))
            {
                location = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.Agency))
            {
                agency = JsonRead.String(ref reader);
            }
            else if (reader.ValueTextEquals(JsonNames.Date))
            {
                string? written = JsonRead.String(ref reader);
                date = written is null ? null
                    : PartialDate.TryParse(written, CultureInfo.InvariantCulture, out PartialDate read) ? read
                    : throw new JsonException($"\"{written}\" is not a date of the form YYYY-MM-DD or --MM-DD.");
            }
            else if (reader.ValueTextEquals(JsonNames.Time))
            {
                string? written = JsonRead.String(ref reader);
                time = written is null ? null
                    : TimeOnly.TryParseExact(written, TimeFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out TimeOnly read) ? read
                    : throw new JsonException($"\"{written}\" is not a time of the form HH:mm.");
            }
            else
            {
                JsonRead.SkipValue(ref reader);
            }
        }

        return new Dateline
        {
            Text = JsonRead.Required(text, "text", "A dateline"), Start = start, Length = length, Location = location,
            Agency = agency, Date = date, Time = time,
        };
    }
}
