namespace NewsParse.Text;

/// <summary>The writing system a letter belongs to, as far as word boundaries in unspaced text need it.</summary>
internal enum Script : byte
{
    /// <summary>Digits, hyphens, underscores and combining marks: they join any script.</summary>
    Neutral,

    /// <summary>Basic and extended Latin letters.</summary>
    Latin,

    /// <summary>Scripts written without spaces between words: Han, kana, hangul, Thai, Lao, Khmer, Myanmar.</summary>
    Unspaced,

    /// <summary>Any other letter (Cyrillic, Greek, Arabic, Hebrew, Devanagari...).</summary>
    Other,
}
