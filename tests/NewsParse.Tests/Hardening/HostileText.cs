using System.Text;
using FsCheck;
using FsCheck.Fluent;

namespace NewsParse.Tests.Hardening;

/// <summary>
/// Text of the kind a crawler brings back at its worst: pieces of wire copy (quote marks of every kind, brackets, URLs,
/// dateline fragments, speech cues, transcript labels) mixed with control characters, NUL, lone surrogates, right-to-left
/// and zero-width marks, combining characters and any UTF-16 code unit at all.
/// </summary>
internal static class HostileText
{
    /// <summary>The pieces texts are made of; each is a trap for at least one parser.</summary>
    public static readonly string[] Pieces =
    [
        // Quote marks of every kind, and apostrophes.
        "\"", "“", "”", "‘", "’", "'", "«", "»", "„", "‚", "‹", "›", "「", "」", "『", "』", "″", "＂", "''", "``",
        // Brackets and markup.
        "(", ")", "[", "]", "{", "}", "<", ">", "<b>", "</b>", "<a href=\"", "\">", "**", "_",
        // URLs whole and broken.
        "https://", "http://", "www.", "https://example.com/a_(b)", "www.example.org", "example.co.uk/path?q=1#f",
        "reporter@example.com", "t.co/x", "ftp://x", "[link](https://a.example/c)", "https://x.example/(((", "pic.twitter.com/ab",
        "xn--80ak6aa92e.com", "http://[::1]:80/", "https://a.b/%", ".com", "@", "#", "a.com", "?q=", "Related: ", "See also:\n",
        "Source:", "|", "[1]", "![", "](",
        // Dateline fragments.
        "WASHINGTON (Reuters) - ", "LONDON, Feb 26 -", "SAN FRANCISCO, Calif., March 2 -", "Jan.", "Sept. 31", ", 1997",
        "(AP) —", "/TASS/.", "(CNN) —", "(Xinhua) --", "Published: Saturday 7 December 2024 10:15 GMT", "3 hours ago",
        "12/07/2024", "2024-12-07", "Hour: 1:34 pm", "By Linda Sieg, Reuters", "Narch 2", "March 2O", "RPT --",
        // Speech and transcripts.
        " said", " said.", "Osei", "Amara Osei", "he said,", "she told reporters", "according to", "TAPPER:", "**Host:**",
        "Q:", "A:", "(BEGIN VIDEO CLIP)", "Mr.", "U.S.", "minister", "The", "We will not default",
        "Joe ‘Big’ Manchin", "(D-W.Va.)", new string('x', 420),
        // Punctuation, digits, space.
        ".", ",", ":", ";", "!", "?", "...", "…", "—", "–", "-", "--", "26", "1997", " ", "  ", "\u00A0", "\u3000", "\u2009",
        // Line ends and control characters.
        "\n", "\n\n", "\r", "\r\n", "\t", "\0", "\u0001", "\u000B", "\u000C", "\u001B", "\u007F", "\u0085", "\u2028", "\u2029",
        // Surrogates, lone and paired.
        "\uD800", "\uDBFF", "\uDC00", "\uDFFF", "😀", "𝐀",
        // Direction and zero-width marks.
        "\u200E", "\u200F", "\u202A", "\u202E", "\u2066", "\u2067", "\u2069", "\u200B", "\u200C", "\u200D", "\uFEFF", "\u2060",
        // Combining characters and other scripts.
        "e\u0301", "\u0301", "\u0308\u0308\u0308", "a\u20DD", "中文", "Привет", "مرحبا", "עברית", "ﬁ", "İ", "ß",
    ];

    /// <summary>A text of up to <paramref name="maxPieces"/> pieces, one in eight replaced by any code unit at all.</summary>
    public static string Next(Random random, int maxPieces)
    {
        var text = new StringBuilder();
        for (int i = random.Next(maxPieces + 1); i > 0; i--)
        {
            if (random.Next(8) == 0)
            {
                text.Append((char)random.Next(char.MaxValue + 1));
            }
            else
            {
                text.Append(Pieces[random.Next(Pieces.Length)]);
            }
        }

        return text.ToString();
    }

    /// <summary>The same kind of text for FsCheck, growing with its size parameter.</summary>
    public static Gen<string> Generator { get; } =
        Gen.Frequency(
                (7, Gen.Elements(Pieces)),
                (1, ArbMap.Default.GeneratorFor<char>().Select(c => c.ToString())))
            .ListOf()
            .Select(pieces => string.Concat(pieces));

    /// <summary><see cref="Generator"/> as an FsCheck arbitrary (without shrinking).</summary>
    public static Arbitrary<string> Arbitrary { get; } = Generator.ToArbitrary();
}
