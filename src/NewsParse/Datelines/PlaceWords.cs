using NewsParse.Text;

namespace NewsParse.Datelines;

/// <summary>How the words of a place are written, which tells a place from a label or a sentence's first words.</summary>
[Flags]
internal enum PlaceCase : byte
{
    /// <summary>Some word is in lower case (not a particle), or the part holds no letter.</summary>
    None = 0,

    /// <summary>Every word starts with a capital, particles aside: <c>Kyiv</c>, <c>New Zealand</c>, <c>the Netherlands</c>, <c>N.H.</c>.</summary>
    Title = 1,

    /// <summary>Every letter is a capital, and some word has two letters or more: <c>LAKE MORROW</c>, <c>ST. LOUIS</c>.</summary>
    Capitals = 2,

    /// <summary>A word no place holds (<c>NOT</c>, <c>BUT</c>, <c>WHY</c>), or kickers alone (<c>FILE</c>, <c>BREAKING NEWS</c>).</summary>
    LabelWord = 4,

    /// <summary>A word of one letter: a list's or a grade's label (<c>GRADE A</c>, <c>PLAN B</c>), not a newspaper's city.</summary>
    LetterWord = 8,
}

/// <summary>Reads how a place part is written: in capitals, in title case, or holding a word no place holds.</summary>
internal static class PlaceWords
{
    /// <summary>How the words of <paramref name="part"/> (a city, or a region or country) are written.</summary>
    public static PlaceCase Read(ReadOnlySpan<char> part)
    {
        bool title = true, capitals = true, longWord = false, letterWord = false, label = false, allKickers = true;
        int p = 0;
        while (p < part.Length)
        {
            while (p < part.Length && !char.IsLetter(part[p]))
            {
                p++;
            }

            int start = p;
            while (p < part.Length && part[p] is not (' ' or '\t' or '\u00A0'))
            {
                p++;
            }

            if (start == p)
            {
                break;
            }

            ReadOnlySpan<char> word = part[start..p];
            int letters = 0;
            foreach (char c in word)
            {
                if (char.IsLetter(c))
                {
                    letters++;
                    capitals &= char.IsUpper(c);
                }
            }

            longWord |= letters >= 2;
            letterWord |= letters == 1;
            title &= char.IsUpper(word[0]) || HeadWords.PlaceParticles.Contains(word);
            ReadOnlySpan<char> stem = WithoutPossessive(word);
            label |= HeadWords.NotInPlaces.Contains(stem);
            allKickers &= HeadWords.Kickers.Contains(stem);
        }

        // A kicker in a place is a label only when every word is one (`BREAKING NEWS`, `FILE`, `EDITOR'S NOTE`), not in
        // `NEWPORT NEWS` or `LIVE OAK`.
        label |= allKickers && longWord;

        return (title && longWord ? PlaceCase.Title : PlaceCase.None)
            | (capitals && longWord ? PlaceCase.Capitals : PlaceCase.None)
            | (label ? PlaceCase.LabelWord : PlaceCase.None)
            | (letterWord ? PlaceCase.LetterWord : PlaceCase.None);
    }

    /// <summary>
    /// Whether a city and its region (empty when none) are written as a place: in capitals or title case, with no word
    /// a label holds. What an agency without a date, or a date alone on its line, must follow.
    /// </summary>
    public static bool IsWrittenAsPlace(ReadOnlySpan<char> city, ReadOnlySpan<char> region)
    {
        PlaceCase cityCase = Read(city);
        PlaceCase regionCase = region.IsEmpty ? PlaceCase.Title : Read(region);
        return ((cityCase | regionCase) & PlaceCase.LabelWord) == 0
            && (cityCase & (PlaceCase.Title | PlaceCase.Capitals)) != 0
            && (regionCase & (PlaceCase.Title | PlaceCase.Capitals)) != 0;
    }

    /// <summary>
    /// Whether a city and its region (empty when none) are written as a newspaper writes a dateline's place when it
    /// gives neither date nor agency: the city in capitals, or in title case before its region, of at most
    /// <paramref name="maxCityWords"/> words and none of one letter, with no word a label holds.
    /// </summary>
    public static bool IsNewspaperPlace(ReadOnlySpan<char> city, ReadOnlySpan<char> region, int cityWords, int maxCityWords)
    {
        PlaceCase cityCase = Read(city);
        PlaceCase regionCase = region.IsEmpty ? PlaceCase.Title : Read(region);
        return cityWords <= maxCityWords
            && ((cityCase | regionCase) & (PlaceCase.LabelWord | PlaceCase.LetterWord)) == 0
            && (regionCase & (PlaceCase.Title | PlaceCase.Capitals)) != 0
            && ((cityCase & PlaceCase.Capitals) != 0 || ((cityCase & PlaceCase.Title) != 0 && !region.IsEmpty));
    }

    // `EDITOR'S`, `WHAT’S`: the word without its possessive or contracted `'s`, and without a final point.
    internal static ReadOnlySpan<char> WithoutPossessive(ReadOnlySpan<char> word)
    {
        return Possessives.Stem(word.TrimEnd(".'’"));
    }
}
