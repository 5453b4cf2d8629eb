namespace NewsParse.Urls;

/// <summary>Bare domains that news copy writes for something other than an address: company names and stock codes.</summary>
internal static class NotUrlRules
{
    // Words that follow a company name: `Amazon.com Inc.`, `Booking.com Holdings`.
    private static readonly string[] s_companySuffixes =
    [
        "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "Plc", "PLC", "plc", "Holdings",
        "Group", "AG", "SA", "NV", "SE", "GmbH", "LLP", "LP",
    ];

    // Exchange suffixes of Reuters instrument codes that are also country TLDs: `KLM.AS`, `SAP.DE`, `0005.HK`.
    private static readonly string[] s_exchangeSuffixes =
    [
        "AS", "AT", "AX", "BA", "BE", "BK", "BO", "BR", "CA", "CN", "CO", "DE", "HE", "HK", "IR", "IS", "JK", "JO",
        "KL", "KS", "LS", "MC", "MI", "MU", "MX", "NS", "NZ", "OL", "PA", "PR", "SA", "SG", "SI", "SN", "SS", "ST",
        "SW", "SZ", "TA", "TO", "TW", "VI", "WA",
    ];

    /// <summary>Whether the bare domain <c>[start, end)</c>, written without a path, names a company or a security.</summary>
    public static bool IsCompanyOrTicker(ReadOnlySpan<char> text, int start, int end) =>
        IsTicker(text[start..end]) || IsFollowedByCompanySuffix(text, end);

    private static bool IsTicker(ReadOnlySpan<char> domain)
    {
        int dot = domain.IndexOf('.');
        if (dot < 1 || dot > 6 || domain.Length - dot - 1 != 2)
        {
            return false;
        }

        foreach (char c in domain[..dot])
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        ReadOnlySpan<char> suffix = domain[(dot + 1)..];
        foreach (string exchange in s_exchangeSuffixes)
        {
            if (suffix.SequenceEqual(exchange))
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
}
