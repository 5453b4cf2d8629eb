using System.Buffers;
using System.Runtime.CompilerServices;

namespace NewsParse.Quotes;

/// <summary>How a style of quote marks nests and pairs.</summary>
internal enum QuoteMarkLevel
{
    /// <summary>The marks of a quote: they open it, and their closing mark closes any quote of this level.</summary>
    Double,

    /// <summary>Marks that pair like <see cref="Double"/> ones where they open a quote, and are passed over inside another.</summary>
    Inner,

    /// <summary>Marks of a quote inside another, or of a short one on its own: paired only where they truly pair, never as apostrophes.</summary>
    Single,
}

/// <summary>One style of quote marks.</summary>
/// <param name="Opening">The mark that opens a quote.</param>
/// <param name="Closing">The mark that closes it.</param>
/// <param name="Level">How the marks nest and pair.</param>
/// <param name="Ambiguous">Whether one mark both opens and closes, its role read from the characters around it.</param>
internal readonly record struct QuoteStyle(string Opening, string Closing, QuoteMarkLevel Level, bool Ambiguous);

/// <summary>
/// The quote marks of every style the parser reads, one row each; the searches and the tests of the pairing are made
/// from the rows. A new style is a row here and rows in the tests of the pairing.
/// </summary>
internal static class QuoteMarks
{
    /// <summary>The styles, two-character marks first where one begins like another.</summary>
    public static readonly QuoteStyle[] Styles =
    [
        new("“", "”", QuoteMarkLevel.Double, Ambiguous: false), // English
        new("„", "“", QuoteMarkLevel.Double, Ambiguous: false), // German, Czech; „…” (Polish) closes as any quote does
        new("«", "»", QuoteMarkLevel.Double, Ambiguous: false), // French, Spanish, Russian
        new("「", "」", QuoteMarkLevel.Double, Ambiguous: false), // Chinese, Japanese
        new("``", "''", QuoteMarkLevel.Double, Ambiguous: false), // LDC and Penn Treebank newswire, TeX
        new("''", "''", QuoteMarkLevel.Double, Ambiguous: true), // two apostrophes typed for a double mark
        new("\"", "\"", QuoteMarkLevel.Double, Ambiguous: true), // typed
        new("『", "』", QuoteMarkLevel.Inner, Ambiguous: false), // Chinese, Japanese, inside 「」
        new("‹", "›", QuoteMarkLevel.Inner, Ambiguous: false), // French, inside «»
        new("‘", "’", QuoteMarkLevel.Single, Ambiguous: false), // English, inside “”
        new("`", "'", QuoteMarkLevel.Single, Ambiguous: false), // LDC and Penn Treebank newswire, inside ``''
        new("'", "'", QuoteMarkLevel.Single, Ambiguous: true), // typed
    ];

    /// <summary>What the pairing stops at outside a quote: the first character of every opening mark, and the start of a tag.</summary>
    public static readonly SearchValues<char> OutsideQuote = SearchValues.Create(Chars(s => [s.Opening[0]]) + "<");

    /// <summary>
    /// What the pairing stops at inside a quote: the marks of the double and inner levels, which may close it or open
    /// another, the start of a tag, and the line break that may end its paragraph. Single marks inside a quote are a
    /// nested quote or an apostrophe, passed over either way.
    /// </summary>
    public static readonly SearchValues<char> InsideQuote =
        SearchValues.Create(Chars(s => s.Level == QuoteMarkLevel.Single ? [] : [s.Opening[0], s.Closing[0]]) + "<\n");

    /// <summary>The marks that may close a single quote: the closing mark of every single style of one character.</summary>
    public static readonly SearchValues<char> SingleClosers =
        SearchValues.Create(Chars(s => s.Level == QuoteMarkLevel.Single && s.Closing.Length == 1 ? [s.Closing[0]] : []));

    // The double marks of two characters, and those of them that both open and close.
    private static readonly string[] s_longMarks =
        [.. Styles.Where(s => s.Level == QuoteMarkLevel.Double).SelectMany<QuoteStyle, string>(s => [s.Opening, s.Closing]).Where(m => m.Length == 2).Distinct()];

    private static readonly string[] s_longUnambiguousOpenings =
        [.. Styles.Where(s => s is { Level: QuoteMarkLevel.Double, Ambiguous: false } && s.Opening.Length == 2).Select(s => s.Opening)];

    private static readonly string[] s_longAmbiguousMarks =
        [.. Styles.Where(s => s is { Level: QuoteMarkLevel.Double, Ambiguous: true } && s.Opening.Length == 2).Select(s => s.Opening)];

    // What each character is as a mark, by the flags below, for every character up to the last mark of the table; the
    // bits above the flags hold one more than the index of the first style whose opening starts with it.
    private static readonly ushort[] s_roles = Roles();

    // One bit for each ASCII character that is a mark or may start one, below 64 and from 64.
    private static readonly ulong s_asciiMarksLow = AsciiMarks(0);
    private static readonly ulong s_asciiMarksHigh = AsciiMarks(64);

    internal const ushort OpensAlone = 1;
    internal const ushort ClosesAny = 2;
    internal const ushort SingleOpening = 4;
    internal const ushort SingleClosing = 8;
    internal const ushort SingleMark = 16;
    internal const ushort InnerMark = 32;
    internal const ushort EndsSentenceWords = 64;
    internal const ushort StartsLongMark = 128;
    internal const ushort AmbiguousDoubleMark = 256;
    internal const ushort EndsLongMark = 512;
    internal const int StyleShift = 10;

    /// <summary>What <paramref name="c"/> can be as a quote mark.</summary>
    public static MarkRole RoleOf(char c) => new(c < s_roles.Length ? s_roles[c] : (ushort)0);

    /// <summary>The style a mark at <paramref name="i"/> opens, its longest match first; -1 when none.</summary>
    public static int StyleOpenedAt(ReadOnlySpan<char> text, int i)
    {
        ReadOnlySpan<char> rest = text[i..];
        for (int s = RoleOf(text[i]).FirstStyle; s >= 0 && s < Styles.Length; s++)
        {
            if (rest.StartsWith(Styles[s].Opening, StringComparison.Ordinal))
            {
                return s;
            }
        }

        return -1;
    }

    /// <summary>The width of the double-level mark at <paramref name="i"/>: 2 for a two-character mark (<c>''</c>), else 1.</summary>
    public static int WidthAt(ReadOnlySpan<char> text, int i) =>
        RoleOf(text[i]).MayStartLongMark && i + 1 < text.Length && RoleOf(text[i + 1]).MayEndLongMark && StartsWithAny(text[i..], s_longMarks) ? 2 : 1;

    /// <summary>Whether the mark of <paramref name="width"/> at <paramref name="i"/> opens a quote whatever stands around it: <c>“ „ « ‹ 「 『 ``</c>.</summary>
    public static bool OpensUnambiguously(ReadOnlySpan<char> text, int i, int width, MarkRole role) =>
        width == 1 ? role.OpensUnambiguously : StartsWithAny(text[i..], s_longUnambiguousOpenings);

    /// <summary>Whether the mark of <paramref name="width"/> at <paramref name="i"/> is a double mark that both opens and closes: <c>"</c>, <c>''</c>.</summary>
    public static bool IsAmbiguousDouble(ReadOnlySpan<char> text, int i, int width, MarkRole role) =>
        width == 1 ? role.IsAmbiguousDouble : StartsWithAny(text[i..], s_longAmbiguousMarks);

    /// <summary>Whether the words of a sentence end at <paramref name="p"/>: a mark of the double or inner level.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool EndsWords(ReadOnlySpan<char> text, int p, int limit)
    {
        // Most characters between words are ASCII and no mark: a bit of a constant turns them away.
        char c = text[p];
        return (c >= 128 || ((c < 64 ? s_asciiMarksLow >> c : s_asciiMarksHigh >> (c - 64)) & 1) != 0) && IsMarkEndingWords(text, p, limit);
    }

    private static ushort[] Roles()
    {
        ushort[] roles = new ushort[Styles.Max(s => Math.Max(s.Opening.Max(), s.Closing.Max())) + 1];
        foreach (QuoteStyle style in Styles)
        {
            char open = style.Opening[0];
            char close = style.Closing[0];
            bool oneCharacter = style.Opening.Length == 1;
            switch (style.Level)
            {
                case QuoteMarkLevel.Single:
                    roles[open] |= (ushort)(SingleMark | (oneCharacter ? SingleOpening : 0));
                    roles[close] |= (ushort)(SingleMark | (style.Closing.Length == 1 ? SingleClosing : 0));
                    break;
                case QuoteMarkLevel.Inner:
                    roles[open] |= InnerMark;
                    roles[close] |= InnerMark;
                    break;
            }

            if (style.Level != QuoteMarkLevel.Single)
            {
                roles[open] |= oneCharacter ? (ushort)(EndsSentenceWords | (style.Ambiguous ? AmbiguousDoubleMark : OpensAlone)) : StartsLongMark;
                roles[close] |= style.Closing.Length == 1 ? EndsSentenceWords : StartsLongMark;
            }
        }

        foreach (string mark in s_longMarks)
        {
            roles[mark[1]] |= EndsLongMark;
        }

        for (int s = Styles.Length - 1; s >= 0; s--)
        {
            char first = Styles[s].Opening[0];
            roles[first] = (ushort)((roles[first] & ((1 << StyleShift) - 1)) | ((s + 1) << StyleShift));
        }

        // A closing mark closes any double quote unless it also opens one (`“`, which closes `„`).
        foreach (QuoteStyle style in Styles)
        {
            if (style is { Level: QuoteMarkLevel.Double, Ambiguous: false } && style.Closing.Length == 1 && (roles[style.Closing[0]] & OpensAlone) == 0)
            {
                roles[style.Closing[0]] |= ClosesAny;
            }
        }

        return roles;
    }

    private static bool IsMarkEndingWords(ReadOnlySpan<char> text, int p, int limit)
    {
        MarkRole role = RoleOf(text[p]);
        return role.EndsWords || (role.MayStartLongMark && p + 1 < limit && WidthAt(text[..limit], p) == 2);
    }

    private static ulong AsciiMarks(int from)
    {
        ulong bits = 0;
        for (int c = from; c < from + 64 && c < s_roles.Length; c++)
        {
            bits |= s_roles[c] != 0 ? 1UL << (c - from) : 0;
        }

        return bits;
    }

    private static bool StartsWithAny(ReadOnlySpan<char> text, string[] marks)
    {
        foreach (string mark in marks)
        {
            if (text.StartsWith(mark, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static string Chars(Func<QuoteStyle, char[]> select) => new([.. Styles.SelectMany(select).Distinct()]);
}
