namespace NewsParse.Urls;

/// <summary>What a URL does in the article that cites it.</summary>
public enum UrlRole
{
    /// <summary>Any URL that no label, markup, host or position gives a more specific role.</summary>
    Inline,

    /// <summary>The article's own address: after <c>Original url:</c>, <c>Source:</c> or <c>Read more at</c>, or a lone URL line at the head or foot of the text.</summary>
    Canonical,

    /// <summary>A reference the article cites: a footnote such as <c>[[1](https://…)]</c>, a link target, or a URL under a <c>References</c> label.</summary>
    Citation,

    /// <summary>A link to another article, under a <c>Related</c>, <c>Read also</c> or <c>See also</c> label.</summary>
    Related,

    /// <summary>The source of an image or photo: <c>![alt](url)</c>, an <c>src</c> attribute, or a URL to an image file.</summary>
    Image,

    /// <summary>A post or account on a social network: <c>pic.twitter.com/…</c>, <c>t.me/…</c>, <c>youtu.be/…</c>.</summary>
    Social,
}
