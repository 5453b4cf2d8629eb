using System.Collections.Frozen;

namespace NewsParse.Datelines;

/// <summary>News agencies by the names datelines write them, each with its canonical name.</summary>
internal static class NewsAgencies
{
    private static readonly FrozenDictionary<string, string> s_agencies = new KeyValuePair<string, string>[]
    {
        new("Reuters", "Reuters"), new("Reuter", "Reuters"), new("Thomson Reuters", "Reuters"),
        new("AP", "AP"), new("The Associated Press", "AP"), new("Associated Press", "AP"),
        new("AFP", "AFP"), new("Agence France-Presse", "AFP"), new("Agence France Presse", "AFP"),
        new("Xinhua", "Xinhua"), new("TASS", "TASS"), new("ITAR-TASS", "TASS"), new("EFE", "EFE"), new("DPA", "DPA"),
        new("ANSA", "ANSA"), new("UPI", "UPI"), new("Kyodo", "Kyodo"), new("Yonhap", "Yonhap"), new("PTI", "PTI"), new("IANS", "IANS"),
        new("CNN", "CNN"), new("Bernama", "Bernama"), new("Anadolu", "Anadolu"), new("AA", "Anadolu"), new("Interfax", "Interfax"),
        new("RIA Novosti", "RIA Novosti"), new("Sputnik", "Sputnik"), new("WAM", "WAM"), new("SPA", "SPA"), new("KUNA", "KUNA"),
        new("MENA", "MENA"), new("IRNA", "IRNA"), new("APA", "APA"), new("AAP", "AAP"), new("CP", "CP"), new("The Canadian Press", "CP"),
        new("PAP", "PAP"), new("CTK", "CTK"), new("MTI", "MTI"), new("Prensa Latina", "Prensa Latina"), new("Notimex", "Notimex"),
        new("Bloomberg", "Bloomberg"), new("Lusa", "Lusa"), new("Belga", "Belga"), new("ANP", "ANP"), new("NTB", "NTB"), new("TT", "TT"),
        new("BTA", "BTA"), new("Ukrinform", "Ukrinform"), new("Antara", "Antara"), new("APP", "APP"), new("BSS", "BSS"), new("NNA", "NNA"),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> s_lookup =
        s_agencies.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>The canonical name of the agency written <paramref name="name"/>, in any case, or <see langword="null"/> if unknown.</summary>
    public static string? Canonical(ReadOnlySpan<char> name) => s_lookup.TryGetValue(name, out string? canonical) ? canonical : null;

    /// <summary>Whether <paramref name="name"/> could be an agency we do not list: a capital first, letters, at most three words.</summary>
    public static bool LooksLikeAgency(ReadOnlySpan<char> name)
    {
        if (name.IsEmpty || name.Length > 30 || !char.IsUpper(name[0]))
        {
            return false;
        }

        int words = 1;
        foreach (char c in name)
        {
            if (c == ' ')
            {
                words++;
            }
            else if (!(char.IsLetter(c) || c is '-' or '.' or '&'))
            {
                return false;
            }
        }

        return words <= 3;
    }
}
