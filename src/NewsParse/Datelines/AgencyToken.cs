using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>
/// The agency or publisher of a dateline: <c>(Reuters)</c>, <c>( AFP )</c>, <c>(CNN Business)</c>, <c>(AFP/dpa)</c>,
/// <c>/TASS/</c>, or a known agency written bare after the date (<c>Reuter</c>, <c>Kyodo</c>). Its canonical name comes from <see cref="NewsAgencies"/>; a desk of a known
/// agency (<c>CNN Business</c>) is known but keeps the name as written; any other name is taken as written when it looks
/// like one.
/// </summary>
internal static class AgencyToken
{
    private const int MaxLength = 40;

    /// <summary>Reads an agency at <paramref name="p"/> and moves past it (and past its closing bracket or slash).</summary>
    /// <param name="text">The text from the line's start; the brackets must close on the same line.</param>
    /// <param name="p">Where the agency may start.</param>
    /// <param name="start">The start of the name as written, without brackets or spaces.</param>
    /// <param name="end">The end of the name as written.</param>
    /// <param name="slashed">Whether it was written between slashes.</param>
    /// <param name="canonical">Its canonical name when it is a known agency, else <see langword="null"/>.</param>
    /// <param name="known">Whether it is a known agency or a desk of one.</param>
    public static bool TryRead(ReadOnlySpan<char> text, ref int p, out int start, out int end, out bool slashed, out string? canonical, out bool known)
    {
        start = end = p;
        slashed = false;
        canonical = null;
        known = false;
        if (p >= text.Length)
        {
            return false;
        }

        char open = text[p];
        if (open is '(' or '/')
        {
            // The closing mark is a few characters away, nearer than a vector search pays for.
            char close = open == '(' ? ')' : '/';
            int limit = Math.Min(text.Length, p + MaxLength);
            int c = p + 1;
            while (c < limit && text[c] != close && text[c] is not ('\n' or '\r'))
            {
                c++;
            }

            if (c == limit || text[c] != close || c == p + 1)
            {
                return false;
            }

            int nameStart = p + 1, nameEnd = c;
            while (nameStart < nameEnd && char.IsWhiteSpace(text[nameStart]))
            {
                nameStart++;
            }

            while (nameEnd > nameStart && char.IsWhiteSpace(text[nameEnd - 1]))
            {
                nameEnd--;
            }

            ReadOnlySpan<char> name = text[nameStart..nameEnd];
            canonical = NewsAgencies.Canonical(name);
            known = canonical is not null || NewsAgencies.IsPublisherOfKnownAgency(name) || NewsAgencies.AreJointKnownAgencies(name);
            if (!known && !NewsAgencies.LooksLikeAgency(name))
            {
                return false;
            }

            start = nameStart;
            end = nameEnd;
            slashed = open == '/';
            p = c + 1;
            return true;
        }

        // A known agency's name written bare after the date: `, Reuter -`, `, Kyodo --`.
        int wordEnd = p;
        while (wordEnd < text.Length && CharClass.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd > p && char.IsUpper(text[p]) && (wordEnd == text.Length || !char.IsLetterOrDigit(text[wordEnd]))
            && NewsAgencies.Canonical(text[p..wordEnd]) is string bare)
        {
            end = wordEnd;
            p = wordEnd;
            canonical = bare;
            known = true;
            return true;
        }

        return false;
    }
}
