using NewsParse.Text;

namespace NewsParse.Urls;

/// <summary>
/// Decides the role of each URL from, in order: markup (an image, a footnote), a label on its line or the line
/// above (carried down a list of links), its host, an image file name, being a link target, and a lone line at the
/// head or foot of the text. All look-arounds are bounded, so classifying costs no more than the URL's own lines.
/// </summary>
internal struct UrlRoleContext
{
    private const int LinkTextLimit = 300;
    private const int LabelLineLimit = 80;
    private const int HeadLimit = 600;
    private const int FootLimit = 200;
    private const int SectionLineLimit = 100;

    private int _lastContentEnd;
    private UrlRole _sectionRole;
    private int _sectionLineEnd;

    public UrlRoleContext()
    {
        _lastContentEnd = -1;
        _sectionRole = UrlRole.Inline;
        _sectionLineEnd = -1;
    }

    public UrlRole Classify(ReadOnlySpan<char> text, in UrlCandidate url)
    {
        LinkMarkup markup = ReadMarkup(text, url.Start, out int anchor);
        if (markup is LinkMarkup.Image or LinkMarkup.Footnote)
        {
            return markup == LinkMarkup.Image ? UrlRole.Image : UrlRole.Citation;
        }

        // A link's line is read from its visible text: `* [Title](url)` starts a line like `* url` does.
        int lineStart = LineStartWithin(text, anchor, LabelLineLimit);
        ReadOnlySpan<char> prefix = text[(lineStart >= 0 ? lineStart : anchor - LabelLineLimit)..anchor];
        bool startsLine = lineStart >= 0 && IsListMarker(prefix);
        UrlRole labelled = FindLabel(text, url, prefix, startsLine ? lineStart : -1);
        if (labelled != UrlRole.Inline)
        {
            return labelled;
        }

        if (url.Form is not (UrlForm.Email or UrlForm.Mailto))
        {
            if (IsImageFile(text[url.HostEnd..url.End]))
            {
                return UrlRole.Image;
            }

            if (SocialHosts.Contains(text[url.HostStart..url.HostEnd]))
            {
                return UrlRole.Social;
            }
        }

        if (markup == LinkMarkup.Link)
        {
            return UrlRole.Citation;
        }

        int lineEnd = LineEndWithin(text, url.End, LabelLineLimit);
        bool lone = startsLine && lineEnd >= 0 && text[url.End..lineEnd].Trim(TrailingMarks).IsEmpty;
        if (lone && url.Form is UrlForm.Scheme or UrlForm.Www && (IsAtHead(text, lineStart) || IsAtFoot(text, lineEnd)))
        {
            return UrlRole.Canonical;
        }

        return UrlRole.Inline;
    }

    private const string LeadingMarks = " \t-*•·>[(<\u00A0";
    private const string TrailingMarks = " \t>)]\u00A0";

    // A label ending the URL's own line before it, or alone on the nearest line above; or the label of a list of
    // links that this URL continues.
    private UrlRole FindLabel(ReadOnlySpan<char> text, in UrlCandidate url, ReadOnlySpan<char> prefix, int lineStart)
    {
        if (UrlLabels.TryMatch(prefix, whole: false, out UrlRole role))
        {
            return Remember(role, url.End);
        }

        if (lineStart < 0)
        {
            return UrlRole.Inline;
        }

        // A label alone on one of the two nearest lines above that hold text; a title may stand between.
        int above = lineStart;
        for (int line = 0; line < 2; line++)
        {
            above = SkipBackOverSpace(text, above);
            int aboveStart = above > 0 ? LineStartWithin(text, above, LabelLineLimit) : -1;
            if (aboveStart < 0)
            {
                break;
            }

            if (UrlLabels.TryMatch(text[aboveStart..above], whole: true, out role))
            {
                return Remember(role, url.End);
            }

            above = aboveStart;
        }

        if (_sectionRole != UrlRole.Inline && _sectionLineEnd <= lineStart && OnlyShortLines(text[_sectionLineEnd..lineStart]))
        {
            return Remember(_sectionRole, url.End);
        }

        _sectionRole = UrlRole.Inline;
        return UrlRole.Inline;
    }

    private static int SkipBackOverSpace(ReadOnlySpan<char> text, int position)
    {
        int p = position;
        while (p > 0 && position - p < LabelLineLimit && CharClass.IsSpace(text[p - 1]))
        {
            p--;
        }

        return p;
    }

    // Nothing but white space and a bullet or list number before the URL on its line: `- `, `* `, `1. `, `[2] `.
    private static bool IsListMarker(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim(LeadingMarks);
        if (prefix.IsEmpty)
        {
            return true;
        }

        prefix = prefix.TrimEnd(".)]:");
        return prefix.Length <= 3 && !prefix.TrimStart('[').ContainsAnyExceptInRange('0', '9');
    }

    private UrlRole Remember(UrlRole role, int lineEnd)
    {
        _sectionRole = role;
        _sectionLineEnd = lineEnd;
        return role;
    }

    // Titles and link lines keep a labelled list going; a paragraph of prose ends it.
    private static bool OnlyShortLines(ReadOnlySpan<char> between)
    {
        int run = 0;
        foreach (char c in between)
        {
            run = CharClass.IsLineBreak(c) ? 0 : run + 1;
            if (run > SectionLineLimit)
            {
                return false;
            }
        }

        return true;
    }

    private enum LinkMarkup
    {
        None,
        Link,
        Image,
        Footnote,
    }

    // `[text](url)`, `![alt](url)`, `[[1](url)]`, `href="url"`, `src="url"`.
    private static LinkMarkup ReadMarkup(ReadOnlySpan<char> text, int start, out int anchor)
    {
        anchor = start;
        if (start >= 2 && text[start - 1] == '(' && text[start - 2] == ']')
        {
            int depth = 0;
            for (int p = start - 3, limit = Math.Max(0, start - LinkTextLimit); p >= limit; p--)
            {
                char c = text[p];
                if (c == ']')
                {
                    depth++;
                }
                else if (c == '[' && depth-- == 0)
                {
                    char before = p > 0 ? text[p - 1] : ' ';
                    anchor = p;
                    ReadOnlySpan<char> label = text[(p + 1)..(start - 2)];
                    return before == '!' ? LinkMarkup.Image
                        : before == '[' || IsFootnoteNumber(label) ? LinkMarkup.Footnote
                        : LinkMarkup.Link;
                }
            }

            return LinkMarkup.Link;
        }

        if (start >= 5 && text[start - 1] is '"' or '\'' or '”' or '“')
        {
            ReadOnlySpan<char> attribute = text[Math.Max(0, start - 6)..(start - 1)];
            if (attribute.EndsWith("href=", StringComparison.OrdinalIgnoreCase))
            {
                return LinkMarkup.Link;
            }

            if (attribute.EndsWith("src=", StringComparison.OrdinalIgnoreCase))
            {
                return LinkMarkup.Image;
            }
        }

        return LinkMarkup.None;
    }

    private static bool IsFootnoteNumber(ReadOnlySpan<char> label)
    {
        label = label.Trim("^ ");
        return !label.IsEmpty && label.Length <= 4 && !label.ContainsAnyExceptInRange('0', '9');
    }

    private static bool IsImageFile(ReadOnlySpan<char> path)
    {
        int query = path.IndexOfAny('?', '#');
        if (query >= 0)
        {
            path = path[..query];
        }

        int dot = path.LastIndexOf('.');
        if (dot < 0 || path.Length - dot > 5)
        {
            return false;
        }

        ReadOnlySpan<char> extension = path[(dot + 1)..];
        foreach (string image in (ReadOnlySpan<string>)["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "heic"])
        {
            if (extension.Equals(image, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    // Above the URL only a few short lines: a headline, a date, a byline; no paragraph of prose.
    private static bool IsAtHead(ReadOnlySpan<char> text, int lineStart) =>
        lineStart <= HeadLimit && CountShortLinesWithText(text[..lineStart]) is >= 0 and <= 3;

    private bool IsAtFoot(ReadOnlySpan<char> text, int lineEnd)
    {
        if (_lastContentEnd < 0)
        {
            _lastContentEnd = text.TrimEnd().Length;
        }

        return _lastContentEnd - lineEnd <= FootLimit;
    }

    // The number of lines that hold text, or -1 if one of them is longer than a title.
    private static int CountShortLinesWithText(ReadOnlySpan<char> head)
    {
        int lines = 0;
        int length = 0;
        bool text = false;
        foreach (char c in head)
        {
            if (CharClass.IsLineBreak(c))
            {
                lines += text ? 1 : 0;
                text = false;
                length = 0;
                continue;
            }

            text |= !CharClass.IsSpace(c);
            if (++length > SectionLineLimit)
            {
                return -1;
            }
        }

        return lines + (text ? 1 : 0);
    }

    // The start of the line holding `position`, if it lies within `limit` characters before it; else -1.
    private static int LineStartWithin(ReadOnlySpan<char> text, int position, int limit)
    {
        int from = Math.Max(0, position - limit);
        int p = text[from..position].LastIndexOfAny('\n', '\r');
        return p >= 0 ? from + p + 1 : from == 0 ? 0 : -1;
    }

    // The end of the line holding `position`, if it lies within `limit` characters after it; else -1.
    private static int LineEndWithin(ReadOnlySpan<char> text, int position, int limit)
    {
        int to = Math.Min(text.Length, position + limit);
        int p = text[position..to].IndexOfAny('\n', '\r');
        return p >= 0 ? position + p : to == text.Length ? to : -1;
    }
}
