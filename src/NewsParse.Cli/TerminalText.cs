using System.Globalization;
using System.Text;

namespace NewsParse.Cli;

/// <summary>
/// Text of an article as the text format shows it on a terminal: characters that would act on the terminal instead of
/// showing — C0 and C1 controls (an escape sequence could recolour or retitle it), DEL, and the marks that reorder
/// bidirectional text — are shown escaped (<c>\x1B</c>, <c>\u202E</c>), never written raw.
/// </summary>
internal static class TerminalText
{
    /// <summary>Appends <paramref name="text"/> to <paramref name="builder"/>, its controls escaped.</summary>
    public static StringBuilder AppendShown(this StringBuilder builder, string? text)
    {
        foreach (char c in text ?? "")
        {
            if (!IsControl(c))
            {
                builder.Append(c);
            }
            else
            {
                builder.Append(c switch
                {
                    '\t' => "\\t",
                    '\n' => "\\n",
                    '\r' => "\\r",
                    < '\u0100' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:X2}"),
                    _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:X4}"),
                });
            }
        }

        return builder;
    }

    private static bool IsControl(char c) =>
        c < ' ' || c is >= '\u007F' and <= '\u009F' or '\u200E' or '\u200F' or >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069';
}
