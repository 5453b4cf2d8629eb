using System.Runtime.CompilerServices;

namespace NewsParse.Datelines;

/// <summary>
/// What ends a dateline: a dash of any length (<c>-</c>, <c>--</c>, <c>–</c>, <c>—</c>, <c>―</c>), or the underscore
/// that LDC and NYT newswire copy types for a dash; after an agency a point (<c>/TASS/.</c>, <c>(EFE).-</c>) or the end
/// of the line, leftovers aside.
/// </summary>
internal static class Separator
{
    /// <summary>Whether <paramref name="c"/> is a dash of any length, or the underscore typed for one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsDash(char c) => c is '-' or '–' or '—' or '_' or '―' or '‒';

    /// <summary>Whether the line ends at <paramref name="p"/>: the end of the text, or a line break.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static bool IsLineEnd(ReadOnlySpan<char> text, int p) => p >= text.Length || text[p] is '\n' or '\r';

    /// <summary>
    /// Reads the separator at <paramref name="p"/> (spaces before it allowed unless it follows an agency) and moves past it.
    /// </summary>
    /// <param name="text">The text from the line's start.</param>
    /// <param name="p">Where the separator may start; past it on success.</param>
    /// <param name="afterAgency">Whether an agency was just read, after which a point or the line's end will do.</param>
    /// <param name="slashed">Whether that agency was written between slashes (<c>/TASS/</c>), after which nothing more is needed.</param>
    public static bool TryRead(ReadOnlySpan<char> text, ref int p, bool afterAgency, bool slashed)
    {
        int q = afterAgency ? p : DateText.SkipSpaces(text, p);
        if (afterAgency && q < text.Length && text[q] == '.')
        {
            q++;
            if (q >= text.Length || !IsDash(text[q]))
            {
                p = q;
                return true;
            }
        }

        q = DateText.SkipSpaces(text, q);
        int dashes = q;
        while (dashes < text.Length && IsDash(text[dashes]))
        {
            dashes++;
        }

        if (dashes > q)
        {
            p = dashes;
            return true;
        }

        if (afterAgency && (slashed || IsLineEnd(text, q)))
        {
            p = q;
            return true;
        }

        return afterAgency && LineRest.IsLeftovers(text, q);
    }
}
