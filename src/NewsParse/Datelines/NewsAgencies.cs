namespace NewsParse.Datelines;

/// <summary>News agencies by the names datelines write them, each with its canonical name.</summary>
internal static class NewsAgencies
{
    private static readonly (string Written, string Canonical)[] s_agencies =
    [
        ("Reuters", "Reuters"), ("Reuter", "Reuters"), ("Thomson Reuters", "Reuters"),
        ("AP", "AP"), ("The Associated Press", "AP"), ("Associated Press", "AP"),
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
        ("Xinhua", "Xinhua"), ("TASS", "TASS"), ("ITAR-TASS", "TASS"), ("EFE", "EFE"), ("dpa", "DPA"), ("DPA", "DPA"),
        ("ANSA", "ANSA"), ("UPI", "UPI"), ("Kyodo", "Kyodo"), ("Yonhap", "Yonhap"), ("PTI", "PTI"), ("IANS", "IANS"),
        ("CNN", "CNN"), ("Bernama", "Bernama"), ("Anadolu", "Anadolu"), ("AA", "Anadolu"), ("Interfax", "Interfax"),
        ("RIA Novosti", "RIA Novosti"), ("Sputnik", "Sputnik"), ("WAM", "WAM"), ("SPA", "SPA"), ("KUNA", "KUNA"),
        ("MENA", "MENA"), ("IRNA", "IRNA"), ("APA", "APA"), ("AAP", "AAP"), ("CP", "CP"), ("The Canadian Press", "CP"),
        ("PAP", "PAP"), ("CTK", "CTK"), ("MTI", "MTI"), ("Prensa Latina", "Prensa Latina"), ("Notimex", "Notimex"),
        ("Bloomberg", "Bloomberg"), ("Lusa", "Lusa"), ("Belga", "Belga"), ("ANP", "ANP"), ("NTB", "NTB"), ("TT", "TT"),
        ("BTA", "BTA"), ("Ukrinform", "Ukrinform"), ("Antara", "Antara"), ("APP", "APP"), ("BSS", "BSS"), ("NNA", "NNA"),
    ];

    /// <summary>The canonical name of the agency written <paramref name="name"/>, in any case, or <see langword="null"/> if unknown.</summary>
    public static string? Canonical(ReadOnlySpan<char> name)
    {
        foreach ((string written, string canonical) in s_agencies)
        {
            if (name.Equals(written, StringComparison.OrdinalIgnoreCase))
            {
                return canonical;
            }
        }

        return null;
    }

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
