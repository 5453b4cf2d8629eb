using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>News agencies by the names datelines write them, each with its canonical name.</summary>
internal static class NewsAgencies
{
    // A table of 128 slots, each 0 or one more than the index of a name, found by a hash of the name's length and its
    // first and last letters in either case: a lookup is one or two comparisons of a short name, where the frozen
    // dictionary's lookup by span went through a generic virtual call that cost more than the comparison.
    private const int Slots = 128;

    private static readonly (string Name, string Canonical)[] s_agencies =
    [
        ("Reuters", "Reuters"), ("Reuter", "Reuters"), ("Thomson Reuters", "Reuters"),
        ("AP", "AP"), ("The Associated Press", "AP"), ("Associated Press", "AP"),
        ("AFP", "AFP"), ("Agence France-Presse", "AFP"), ("Agence France Presse", "AFP"),
        ("Xinhua", "Xinhua"), ("TASS", "TASS"), ("ITAR-TASS", "TASS"), ("EFE", "EFE"), ("DPA", "DPA"),
        ("ANSA", "ANSA"), ("UPI", "UPI"), ("Kyodo", "Kyodo"), ("Yonhap", "Yonhap"), ("PTI", "PTI"), ("IANS", "IANS"),
        ("CNN", "CNN"), ("Bernama", "Bernama"), ("Anadolu", "Anadolu"), ("AA", "Anadolu"), ("Interfax", "Interfax"),
        ("RIA Novosti", "RIA Novosti"), ("Sputnik", "Sputnik"), ("WAM", "WAM"), ("SPA", "SPA"), ("KUNA", "KUNA"),
        ("MENA", "MENA"), ("IRNA", "IRNA"), ("APA", "APA"), ("AAP", "AAP"), ("CP", "CP"), ("The Canadian Press", "CP"),
        ("PAP", "PAP"), ("CTK", "CTK"), ("MTI", "MTI"), ("Prensa Latina", "Prensa Latina"), ("Notimex", "Notimex"),
        ("Bloomberg", "Bloomberg"), ("Lusa", "Lusa"), ("Belga", "Belga"), ("ANP", "ANP"), ("NTB", "NTB"), ("TT", "TT"),
        ("BTA", "BTA"), ("Ukrinform", "Ukrinform"), ("Antara", "Antara"), ("APP", "APP"), ("BSS", "BSS"), ("NNA", "NNA"),
        ("ANI", "ANI"), ("UNI", "UNI"), ("CNA", "CNA"), ("Jiji", "Jiji"), ("KCNA", "KCNA"), ("Vietnam News Agency", "VNA"),
        ("VNA", "VNA"), ("Petra", "Petra"), ("Agerpres", "Agerpres"), ("Tanjug", "Tanjug"), ("Hina", "HINA"),
        ("Business Wire", "Business Wire"), ("PR Newswire", "PR Newswire"), ("PRNewswire", "PR Newswire"),
        ("GLOBE NEWSWIRE", "GlobeNewswire"), ("GlobeNewswire", "GlobeNewswire"),
    ];

    private const int MaxPublisherWords = 3;

    private static readonly byte[] s_slots = BuildSlots();

    /// <summary>The canonical name of the agency written <paramref name="name"/>, in any case, or <see langword="null"/> if unknown.</summary>
    public static string? Canonical(ReadOnlySpan<char> name)
    {
        if (name.Length < 2)
        {
            return null;
        }

        for (int slot = Slot(name); s_slots[slot] != 0; slot = (slot + 1) % Slots)
        {
            (string known, string canonical) = s_agencies[s_slots[slot] - 1];
            if (name.Equals(known, StringComparison.OrdinalIgnoreCase))
            {
                return canonical;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="name"/> is a desk or publisher of a known agency: the agency's name, then up to two words
    /// in capitals or title case (<c>CNN Business</c>, <c>Reuters Health</c>, <c>AFP Sport</c>).
    /// </summary>
    public static bool IsPublisherOfKnownAgency(ReadOnlySpan<char> name)
    {
        int space = name.IndexOf(' ');
        if (space <= 0 || Canonical(name[..space]) is null || name.Count(' ') >= MaxPublisherWords)
        {
            return false;
        }

        foreach (Range word in name[(space + 1)..].Split(' '))
        {
            ReadOnlySpan<char> w = name[(space + 1)..][word];
            if (w.IsEmpty || !char.IsUpper(w[0]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="name"/> names known agencies joined by slashes: <c>AFP/dpa</c>, <c>AP/Reuters</c>.</summary>
    public static bool AreJointKnownAgencies(ReadOnlySpan<char> name)
    {
        if (!name.Contains('/'))
        {
            return false;
        }

        foreach (Range part in name.Split('/'))
        {
            if (Canonical(name[part].Trim()) is null)
            {
                return false;
            }
        }

        return true;
    }

    private static int Slot(ReadOnlySpan<char> name) => (name.Length * 37 + (name[0] | 0x20) * 11 + (name[^1] | 0x20)) % Slots;

    private static byte[] BuildSlots()
    {
        var slots = new byte[Slots];
        for (int i = 0; i < s_agencies.Length; i++)
        {
            int slot = Slot(s_agencies[i].Name);
            while (slots[slot] != 0)
            {
                slot = (slot + 1) % Slots;
            }

            slots[slot] = (byte)(i + 1);
        }

        return slots;
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
            else if (!(CharClass.IsLetter(c) || c is '-' or '.' or '&'))
            {
                return false;
            }
        }

        return words <= 3;
    }
}
