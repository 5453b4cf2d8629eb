namespace NewsParse.Urls;

/// <summary>
/// Bare domains that news copy writes for something other than an address: two sentences glued at a capitalised
/// word (<c>over.It</c>), company names, stock codes, initials and file names. Each rule applies only to a domain
/// written without a scheme, <c>www.</c> or path.
/// </summary>
internal static class NotUrlRules
{
    // Words that follow a company name: `Amazon.com Inc.`, `Amazon.com, Inc.`, `Booking.com B.V.`.
    private static readonly string[] s_companySuffixes =
    [
        "Inc", "Corp", "Corporation", "Co", "Company", "Ltd", "Limited", "LLC", "Plc", "PLC", "plc", "Holdings",
        "Group", "AG", "SA", "NV", "SE", "GmbH", "LLP", "LP", "B.V", "N.V", "S.A", "A.G",
    ];

    // Exchange suffixes of Reuters instrument codes that are also country TLDs. `.UK`, `.RU`, `.CZ` are not among
    // them, so `GOV.UK` and `TASS.RU` stay addresses.
    private static readonly string[] s_exchanges =
    [
        "AL", "AS", "AT", "AX", "BA", "BE", "BK", "BO", "BR", "BS", "CA", "CN", "CO", "DE", "HE", "HK", "IR", "IS", "JK",
        "JO", "KL", "KS", "LS", "MA", "MC", "ME", "MI", "MN", "MO", "MU", "MX", "NS", "NZ", "OL", "PA", "PR", "SA", "SE",
        "SG", "SI", "SN", "SS", "ST", "SW", "SZ", "TA", "TO", "TW", "VI", "WA",
    ];

    // Top-level domains that are far more often file extensions in running text: `notes.zip`, `setup.py`.
    private static readonly string[] s_fileExtensions = ["zip", "mov", "py", "sh"];

    /// <summary>Whether the bare domain <c>[start, end)</c> names something other than an address.</summary>
    public static bool IsNotAnAddress(ReadOnlySpan<char> text, int start, int end)
    {
        ReadOnlySpan<char> domain = text[start..end];
        ReadOnlySpan<char> tld = domain[(domain.LastIndexOf('.') + 1)..];
        return HostParser.IsCapitalised(tld) || IsInstrumentCode(domain, tld) || IsInitials(domain, tld)
            || IsOneOf(tld, s_fileExtensions, StringComparison.OrdinalIgnoreCase) || IsFollowedByCompanySuffix(text, end);
    }

    // Reuters instrument codes: a short upper-case ticker (perhaps with a share class), perhaps a class letter,
    // and an exchange: `KLM.AS`, `RDSa.AS`, `0005.HK`, `FMS.A.TO`.
    private static bool IsInstrumentCode(ReadOnlySpan<char> domain, ReadOnlySpan<char> tld)
    {
        int dot = domain.IndexOf('.');
        int lastDot = domain.Length - tld.Length - 1;
        if (dot < 1 || dot > 6 || !IsOneOf(tld, s_exchanges, StringComparison.Ordinal)
            || !(lastDot == dot || (lastDot == dot + 2 && char.IsAsciiLetterUpper(domain[dot + 1]))))
        {
            return false;
        }

        ReadOnlySpan<char> ticker = domain[..dot];
        if (ticker.Length > 1 && char.IsAsciiLetterLower(ticker[^1]))
        {
            ticker = ticker[..^1];
        }

        foreach (char c in ticker)
        {
            if (!(char.IsAsciiLetterUpper(c) || char.IsAsciiDigit(c)))
            {
                return false;
            }
        }

        return true;
    }

    // Abbreviations written with points: `S.AFRICA`, `U.S.Agency` (a TLD not in lower case after single capitals).
    private static bool IsInitials(ReadOnlySpan<char> domain, ReadOnlySpan<char> tld)
    {
        if (!char.IsAsciiLetterUpper(tld[0]))
        {
            return false;
        }

        for (int i = 0; i < domain.Length - tld.Length - 1; i += 2)
        {
            if (!char.IsAsciiLetterUpper(domain[i]) || domain[i + 1] != '.')
            {
                return false;
            }
        }

        return true;
    }

    private static bool IsOneOf(ReadOnlySpan<char> value, string[] set, StringComparison comparison)
    {
        foreach (string item in set)
        {
            if (value.Equals(item, comparison))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsFollowedByCompanySuffix(ReadOnlySpan<char> text, int end)
    {
        ReadOnlySpan<char> rest = text[end..];
        rest = rest.StartsWith(", ") ? rest[2..] : rest.StartsWith(' ') ? rest[1..] : [];
        foreach (string suffix in s_companySuffixes)
        {
            if (rest.StartsWith(suffix, StringComparison.Ordinal)
                && (rest.Length == suffix.Length || !(char.IsLetter(rest[suffix.Length]) || rest[suffix.Length] == '-')))
            {
                return true;
            }
        }

        return false;
    }
}
