using System.Text;
using System.Text.Json;

namespace NewsParse.Cli;

/// <summary>Reads one JSON Lines input line, <c>{"id": ..., "text": ...}</c>, into a document.</summary>
internal static class JsonLineParser
{
    /// <summary>Parses one non-blank line.</summary>
    /// <param name="utf8">The line, valid UTF-8, without its line ending.</param>
    /// <param name="source">The input it came from (a path, or <c>-</c>), for the fallback id and messages.</param>
    /// <param name="lineNumber">Its 1-based line number in <paramref name="source"/>.</param>
    /// <param name="byteCount">How many input bytes the line had.</param>
    /// <returns>The document, or a failed one saying where and why.</returns>
    public static InputDocument Parse(ReadOnlySpan<byte> utf8, string source, long lineNumber, long byteCount)
    {
        string? id = null;
        string? text = null;
        string? problem = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, isFinalBlock: true, state: default);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                problem = "expected a JSON object {\"id\": ..., \"text\": ...}";
            }
            else
            {
                ReadProperties(ref reader, ref id, ref text, ref problem);

                // Anything after the object (a second value, stray characters) makes the reader throw here.
                reader.Read();
            }
        }
        catch (JsonException ex)
        {
            string at = ex.BytePositionInLine is long position ? $" at byte {position + 1}" : "";
            problem = $"not valid JSON{at}: {WithoutPosition(ex.Message)}";
        }
        catch (InvalidOperationException ex)
        {
            // Utf8JsonReader.GetString refuses escapes of unpaired surrogates, which JSON's grammar allows.
            problem = $"a string cannot be decoded: {ex.Message}";
        }

        string location = $"{source}:{lineNumber}";
        if (problem is null && text is null)
        {
            problem = "no string \"text\" field";
        }

        return problem is null
            ? new InputDocument(id ?? location, text, null, byteCount)
            : new InputDocument(id ?? location, null, $"{location}: {problem}", byteCount);
    }

    private static void ReadProperties(ref Utf8JsonReader reader, ref string? id, ref string? text, ref string? problem)
    {
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            bool isId = reader.ValueTextEquals("id"u8);
            bool isText = reader.ValueTextEquals("text"u8);
            reader.Read();
            if (isId)
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.String:
                        id = reader.GetString();
                        break;
                    case JsonTokenType.Number:
                        // The literal as written, so 1e3 stays "1e3" and big ids keep every digit.
                        id = Encoding.UTF8.GetString(reader.ValueSpan);
                        break;
                    case JsonTokenType.Null:
                        break;
                    default:
                        problem ??= "\"id\" must be a string or a number";
                        break;
                }
            }
            else if (isText)
            {
                if (reader.TokenType == JsonTokenType.String)
                {
                    text = reader.GetString();
                }
                else
                {
                    problem ??= "\"text\" must be a string";
                }
            }

            reader.Skip();
        }
    }

    // The reader's position suffix counts lines and bytes within the line being parsed, which the caller reports.
    private static string WithoutPosition(string message)
    {
        int suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return suffix < 0 ? message : message[..suffix];
    }
}
