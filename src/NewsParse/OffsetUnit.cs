namespace NewsParse;

/// <summary>What an offset into an article's text counts, where a caller outside .NET reads it.</summary>
public enum OffsetUnit
{
    /// <summary>UTF-16 code units, as .NET strings index (and JavaScript, Java): the parsers' own.</summary>
    Utf16,

    /// <summary>Bytes of the text in UTF-8, as Rust, Go and Spark slice it (a character beyond U+FFFF is four).</summary>
    Utf8,

    /// <summary>Unicode scalar values, as Python indexes a <c>str</c> (a character beyond U+FFFF is one).</summary>
    CodePoints,
}
