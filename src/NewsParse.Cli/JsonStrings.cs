using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;

namespace NewsParse.Cli;

/// <summary>
/// Reads a JSON string of an input line whatever its escapes: <c>\ud800</c>, a lone surrogate, is valid JSON grammar
/// but no text, which <see cref="Utf8JsonReader.GetString"/> refuses; here it becomes U+FFFD, as invalid UTF-8 does.
/// </summary>
internal static class JsonStrings
{
    /// <summary>The string (or property name) at the reader's position; <paramref name="replaced"/> is set when a lone surrogate was replaced.</summary>
    public static string Read(ref Utf8JsonReader reader, ref bool replaced)
    {
        try
        {
            return reader.GetString()!;
        }
        catch (InvalidOperationException)
        {
            replaced = true;
            return Unescape(reader.HasValueSequence ? reader.ValueSequence.ToArray() : reader.ValueSpan);
        }
    }

    // The raw text between a string's quotes, its escapes decoded, each unpaired surrogate as U+FFFD.
    private static string Unescape(ReadOnlySpan<byte> raw)
    {
        var text = new StringBuilder(raw.Length);
        char? high = null;
        for (int i = 0; i < raw.Length;)
        {
            if (raw[i] != (byte)'\\')
            {
                int run = raw[i..].IndexOf((byte)'\\');
                run = run < 0 ? raw.Length - i : run;
                Flush(text, ref high);
                text.Append(Encoding.UTF8.GetString(raw.Slice(i, run)));
                i += run;
                continue;
            }

            char escaped = (char)raw[i + 1];
            if (escaped == 'u')
            {
                char unit = (char)int.Parse(Encoding.ASCII.GetString(raw.Slice(i + 2, 4)), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
                i += 6;
                if (char.IsLowSurrogate(unit) && high is char pending)
                {
                    text.Append(pending).Append(unit);
                    high = null;
                    continue;
                }

                Flush(text, ref high);
                if (char.IsHighSurrogate(unit))
                {
                    high = unit;
                }
                else
                {
                    text.Append(char.IsLowSurrogate(unit) ? '\uFFFD' : unit);
                }

                continue;
            }

            Flush(text, ref high);
            text.Append(escaped switch { 'b' => '\b', 'f' => '\f', 'n' => '\n', 'r' => '\r', 't' => '\t', _ => escaped });
            i += 2;
        }

        Flush(text, ref high);
        return text.ToString();
    }

    // A high surrogate no low one followed is replaced.
    private static void Flush(StringBuilder text, ref char? high)
    {
        if (high is not null)
        {
            text.Append('\uFFFD');
            high = null;
        }
    }
}
