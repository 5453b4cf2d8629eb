namespace NewsParse.Urls;

/// <summary>
/// Bare domains that news copy writes for something other than an address: company names, stock codes, initials
/// and file names. Each rule applies only to a domain written without a scheme, <c>www.</c> or path.
/// </summary>
internal static class NotUrlRules
{
    // Words that follow a company name: `Amazon.com Inc.`, `Booking.com Holdings`.
    private static readonly string[] s_companySuffixes =
    [
        "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "Plc", "PLC", "plc", "Holdings",
        "Group", "AG", "SA", "NV", "SE", "GmbH", "LLP", "LP",
    ];

    // Top-level domains that are far more often file extensions in running text.
    private static readonly string[] s_fileExtensions = ["zip", "mov"];

    /// <summary>Whether the bare domain <c>[start, end)</c> names something other than an address.</summary>
    public static bool IsNotAnAddress(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> domain = text[start..end];
        return IsInstrumentCode(domain) || IsInitials(domain) || IsFileName(domain) || IsFollowedByCompanySuffix(text, end);
    }

    // Reuters instrument codes: a short upper-case ticker, perhaps a share class, and an exchange:
    // `KLM.AS`, `0005.HK`, `FMS.A.TO`.
    private static bool IsInstrumentCode(ReadOnlySpan<char> domain)
    {
        int dot = domain.IndexOf('.');
        int lastDot = domain.LastIndexOf('.');
        if (dot < 1 || dot > 6 || domain.Length - lastDot - 1 != 2 || !IsUpperOrDigit(domain[..dot]) || !IsUpperOrDigit(domain[(lastDot + 1)..]))
        {
            return false;
        }

        return lastDot == dot || (lastDot == dot + 2 && char.IsAsciiLetterUpper(domain[dot + 1]));
    }

    // Abbreviations written with points: `W.Va`, `S.AFRICA`, `U.S.Agency` (a TLD not in lower case after single capitals).
    private static bool IsInitials(ReadOnlySpan<char> domain)
    {
        int lastDot = domain.LastIndexOf('.');
        ReadOnlySpan<char> tld = domain[(lastDot + 1)..];
        if (!char.IsAsciiLetterUpper(tld[0]))
        {
            return false;
        }

        for (int i = 0; i < lastDot; i += 2)
        {
            if (!char.IsAsciiLetterUpper(domain[i]) || domain[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsFileName(ReadOnlySpan<char> domain)
    {
        ReadOnlySpan<char> tld = domain[(domain.LastIndexOf('.') + 1)..];
        foreach (string extension in s_fileExtensions)
        {
            if (tld.Equals(extension, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFollowedByCompanySuffix(ReadOnlySpan<char> text, int end)
    {
        if (end + 2 >= text.Length || text[end] != ' ')
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[(end + 1)..];
        foreach (string suffix in s_companySuffixes)
        {
            if (rest.StartsWith(suffix, StringComparison.Ordinal) && (rest.Length == suffix.Length || !char.IsLetter(rest[suffix.Length])))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsUpperOrDigit(ReadOnlySpan<char> chars)
    {
        foreach (char c in chars)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return true;
    }
}
