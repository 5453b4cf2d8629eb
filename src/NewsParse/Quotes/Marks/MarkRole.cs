using static NewsParse.Quotes.QuoteMarks;

namespace NewsParse.Quotes;

/// <summary>What one character can be as a quote mark, read from the table of <see cref="QuoteMarks"/> once per character.</summary>
internal readonly struct MarkRole(ushort flags)
{
    /// <summary>Whether it opens a quote whatever stands around it: <c>“ „ « ‹ 「 『</c>.</summary>
    public bool OpensUnambiguously => (flags & OpensAlone) != 0;

    /// <summary>Whether it closes any double-level quote: a closing mark that opens nothing, <c>” » 」 』</c>.</summary>
    public bool ClosesAnyDouble => (flags & ClosesAny) != 0;

    /// <summary>Whether it is a one-character double mark that both opens and closes: <c>"</c>.</summary>
    public bool IsAmbiguousDouble => (flags & AmbiguousDoubleMark) != 0;

    /// <summary>Whether it may open a single quote: <c>‘</c>, <c>'</c>.</summary>
    public bool OpensSingle => (flags & SingleOpening) != 0;

    /// <summary>Whether it may close a single quote: <c>’</c>, <c>'</c>.</summary>
    public bool ClosesSingle => (flags & SingleClosing) != 0;

    /// <summary>Whether the words of a sentence end at it: a one-character mark of the double or inner level.</summary>
    public bool EndsWords => (flags & EndsSentenceWords) != 0;

    /// <summary>Whether a two-character mark may start with it.</summary>
    public bool MayStartLongMark => (flags & StartsLongMark) != 0;

    /// <summary>Whether a two-character mark may end with it.</summary>
    public bool MayEndLongMark => (flags & EndsLongMark) != 0;

    /// <summary>Whether a quote may open with it: <c>“ „ « ‹ 「 『 " ' ‘ `</c>.</summary>
    public bool MayOpen => (flags >> StyleShift) != 0;

    /// <summary>The first style in the table whose opening starts with it; -1 when none.</summary>
    public int FirstStyle => (flags >> StyleShift) - 1;

    /// <summary>Whether the one-character mark <paramref name="c"/> is passed over inside a quote of <paramref name="style"/>: a single mark, or an inner mark of another style.</summary>
    public bool IsNestedIn(char c, int style) =>
        (flags & SingleMark) != 0 || ((flags & InnerMark) != 0 && Styles[style].Opening[0] != c && Styles[style].Closing[0] != c);
}
