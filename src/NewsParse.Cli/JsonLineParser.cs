using System.Text;
using System.Text.Json;

namespace NewsParse.Cli;

/// <summary>
/// Reads one JSON Lines input line, <c>{"id": ..., "text": ...}</c>, into a document: with its own reference date when
/// it has a <c>referenceDate</c> or a <c>published</c>, and every field but <c>id</c> and <c>text</c> kept as written to
/// travel into its output line (but those named as the output's own, which would make a line with a name twice).
/// </summary>
internal static class JsonLineParser
{
    // The names of an output line's own fields, which no input field may take.
    private static readonly string[] s_outputNames = ["dateline", "quotes", "urls", "error"];

    /// <summary>Parses one non-blank line.</summary>
    /// <param name="utf8">The line, valid UTF-8, without its line ending.</param>
    /// <param name="source">The input it came from (a path, or <c>-</c>), for the fallback id and messages.</param>
    /// <param name="lineNumber">Its 1-based line number in <paramref name="source"/>.</param>
    /// <param name="byteCount">How many input bytes the line had.</param>
    /// <param name="leftOut">Receives the name of each field left out because the output has a field of that name.</param>
    /// <param name="replacedSurrogates">Told when a lone surrogate escape (<c>\ud800</c>) was read as U+FFFD.</param>
    /// <returns>The document, or a failed one saying where and why.</returns>
    public static InputDocument Parse(ReadOnlySpan<byte> utf8, string source, long lineNumber, long byteCount, Action<string> leftOut, Action replacedSurrogates)
    {
        var line = new Line(utf8, leftOut);
        try
        {
            var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                line.Problem = "expected a JSON object {\"id\": ..., \"text\": ...}";
            }
            else
            {
                line.ReadProperties(ref reader);

                // Anything after the object (a second value, stray characters) makes the reader throw here.
                reader.Read();
            }
        }
        catch (JsonException ex)
        {
            string at = ex.BytePositionInLine is long position ? $" at byte {position + 1}" : "";
            line.Problem = $"not valid JSON{at}: {WithoutPosition(ex.Message)}";
        }

        if (line.ReplacedSurrogates)
        {
            replacedSurrogates();
        }

        string location = $"{source}:{lineNumber}";
        if (line.Problem is null && line.Text is null)
        {
            line.Problem = "no string \"text\" field";
        }

        IReadOnlyList<PassThroughField>? fields = line.Fields;
        return line.Problem is null
            ? new InputDocument(line.Id ?? location, line.Text, null, byteCount, line.ReferenceDate ?? line.Published, fields)
            : new InputDocument(line.Id ?? location, null, $"{location}: {line.Problem}", byteCount, null, fields);
    }

    // What one line holds, as its properties are read.
    private ref struct Line(ReadOnlySpan<byte> utf8, Action<string> leftOut)
    {
        private readonly ReadOnlySpan<byte> _utf8 = utf8;

        public string? Id;
        public string? Text;
        public string? Problem;
        public DateOnly? ReferenceDate;
        public DateOnly? Published;
        public bool ReplacedSurrogates;
        public List<PassThroughField>? Fields;

        public void ReadProperties(ref Utf8JsonReader reader)
        {
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                string name = JsonStrings.Read(ref reader, ref ReplacedSurrogates);
                reader.Read();
                int valueStart = (int)reader.TokenStartIndex;
                switch (name)
                {
                    case "id":
                        ReadId(ref reader);
                        break;
                    case "text":
                        Text = reader.TokenType == JsonTokenType.String ? JsonStrings.Read(ref reader, ref ReplacedSurrogates) : Text;
                        Problem ??= reader.TokenType == JsonTokenType.String ? null : "\"text\" must be a string";
                        break;
                    case "referenceDate":
                        ReferenceDate = ReadDate(ref reader, name, DocumentDates.TryReadReferenceDate, "a date YYYY-MM-DD");
                        break;
                    case "published":
                        Published = ReadDate(ref reader, name, DocumentDates.TryReadPublished, "an ISO 8601 date or date and time");
                        break;
                }

                reader.Skip();
                if (name is "id" or "text")
                {
                    continue;
                }

                if (Array.IndexOf(s_outputNames, name) >= 0)
                {
                    leftOut(name);
                    continue;
                }

                (Fields ??= []).Add(new PassThroughField(name, _utf8[valueStart..(int)reader.BytesConsumed].ToArray()));
            }
        }

        private void ReadId(ref Utf8JsonReader reader)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    Id = JsonStrings.Read(ref reader, ref ReplacedSurrogates);
                    break;
                case JsonTokenType.Number:
                    // The literal as written, so 1e3 stays "1e3" and big ids keep every digit.
                    Id = Encoding.UTF8.GetString(reader.ValueSpan);
                    break;
                case JsonTokenType.Null:
                    break;
                default:
                    Problem ??= "\"id\" must be a string or a number";
                    break;
            }
        }

        private DateOnly? ReadDate(ref Utf8JsonReader reader, string name, DateReader read, string expected)
        {
            if (reader.TokenType == JsonTokenType.Null)
            {
                return null;
            }

            string? written = reader.TokenType == JsonTokenType.String ? JsonStrings.Read(ref reader, ref ReplacedSurrogates) : null;
            if (written is not null && read(written, out DateOnly date))
            {
                return date;
            }

            string shown = written ?? Encoding.UTF8.GetString(reader.ValueSpan);
            Problem ??= $"\"{name}\" must be {expected}, not {(written is null ? shown : $"\"{shown}\"")}";
            return null;
        }
    }

    private delegate bool DateReader(string written, out DateOnly date);

    // The reader's position suffix counts lines and bytes within the line being parsed, which the caller reports.
    private static string WithoutPosition(string message)
    {
        int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return suffix < 0 ? message : message[..suffix];
    }
}
