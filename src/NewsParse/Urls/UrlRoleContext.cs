using NewsParse.Text;

namespace NewsParse.Urls;

/// <summary>
/// Decides the role of each URL from, in order: markup (an image, a footnote, a canonical link tag), a label on its
/// line or on a line above (carried down a list of links), an image file name, its host, being a link target, and a
/// lone line at the head or foot of the text. Every look-around is bounded but the walk over the text between two
/// URLs of a labelled list, which each stretch of text gets once: classifying is linear over a whole text.
/// </summary>
internal struct UrlRoleContext
{
    private const int LinkTextLimit = 300;
    private const int TagLimit = 200;
    private const int LabelLineLimit = 80;
    private const int HeadLimit = 600;
    private const int FootLimit = 200;
    private const int TitleLineLimit = 100;
    private const int SeparatorLimit = 40;
    private const string LeadingMarks = " \t-*•·>[(<\u00A0\uFEFF\u200B";
    private const string TrailingMarks = " \t>)].,;*\u00A0";

    private static readonly WordSet s_imageExtensions = WordSet.IgnoreCase(["jpg", "jpeg", "png", "gif", "webp", "avif", "svg", "bmp", "tif", "tiff", "heic"]);

    private int _lastContentEnd;
    private UrlRole _sectionRole;
    private int _sectionUrlEnd;

    public UrlRoleContext()
    {
        _lastContentEnd = -1;
        _sectionRole = UrlRole.Inline;
        _sectionUrlEnd = -1;
    }

    private enum LinkMarkup
    {
        None,
        Link,
        Image,
        Footnote,
        Canonical,
    }

    public UrlRole Classify(ReadOnlySpan<char> text, in UrlCandidate url)
    {
        // Around the URL only windows of bounded length are read; of the URL itself, its path.
        WorkMeter.Add(1 + url.End - url.HostEnd);
        LinkMarkup markup = ReadMarkup(text, url.Start, out int anchor);
        switch (markup)
        {
            case LinkMarkup.Image: return UrlRole.Image;
            case LinkMarkup.Footnote: return UrlRole.Citation;
            case LinkMarkup.Canonical: return UrlRole.Canonical;
        }

        // A link's line is read from its visible text: `* [Title](url)` starts a line like `* url` does.
        int lineStart = LineStartWithin(text, anchor, LabelLineLimit);
        ReadOnlySpan<char> prefix = text[(lineStart >= 0 ? lineStart : anchor - LabelLineLimit)..anchor];
        if (lineStart >= 0 && IsFootnoteMarker(prefix))
        {
            return UrlRole.Citation;
        }

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
        if (lone && url.Form is UrlForm.Scheme or UrlForm.Www or UrlForm.Domain && (IsAtHead(text, lineStart) || IsAtFoot(text, lineEnd)))
        {
            return UrlRole.Canonical;
        }

        return UrlRole.Inline;
    }

    // A label ending the URL's own line before it, or alone on one of the nearest lines above; or the label of a
    // list of links that this URL continues.
    private UrlRole FindLabel(ReadOnlySpan<char> text, in UrlCandidate url, ReadOnlySpan<char> prefix, int lineStart)
    {
        if (UrlLabels.TryMatch(prefix, whole: false, out UrlRole role))
        {
            return Remember(role, url.End);
        }

        if (_sectionRole != UrlRole.Inline && _sectionUrlEnd <= url.Start && IsSeparator(text[_sectionUrlEnd..url.Start]))
        {
            return Remember(_sectionRole, url.End);
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

        if (_sectionRole != UrlRole.Inline && _sectionUrlEnd <= lineStart && IsListGap(text[_sectionUrlEnd..lineStart]))
        {
            return Remember(_sectionRole, url.End);
        }

        _sectionRole = UrlRole.Inline;
        return UrlRole.Inline;
    }

    private UrlRole Remember(UrlRole role, int urlEnd)
    {
        _sectionRole = role;
        _sectionUrlEnd = urlEnd;
        return role;
    }

    // `See also: https://a, https://b`: the next URL of a labelled line. A longer stretch is prose, and is not read:
    // every later URL on the line would read it again.
    private static bool IsSeparator(ReadOnlySpan<char> between)
    {
        if (between.Length > SeparatorLimit)
        {
            return false;
        }

        between = between.Trim(" \t,;|·•/\u00A0");
        return between.IsEmpty || between is "and" or "or";
    }

    // Between two links of a labelled list: at most two short lines, a title or a caption; a paragraph ends it.
    private static bool IsListGap(ReadOnlySpan<char> between)
    {
        WorkMeter.Add(between.Length);
        int lines = 0;
        int run = 0;
        foreach (char c in between)
        {
            if (CharClass.IsLineBreak(c))
            {
                run = 0;
                continue;
            }

            if (run == 0 && !CharClass.IsSpace(c) && ++lines > 2)
            {
                return false;
            }

            if (run > 0 || !CharClass.IsSpace(c))
            {
                run++;
            }

            if (run > TitleLineLimit)
            {
                return false;
            }
        }

        return true;
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

    // Nothing but white space and a bullet or list number before the URL on its line: `- `, `* `, `1. `.
    private static bool IsListMarker(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim(LeadingMarks);
        if (prefix.IsEmpty)
        {
            return true;
        }

        prefix = prefix.TrimEnd(".)]:");
        return prefix.Length <= 3 && !prefix.ContainsAnyExceptInRange('0', '9');
    }

    // A reference-list entry: `[1] url`, `[1]: url`, `[^1]: url`.
    private static bool IsFootnoteMarker(ReadOnlySpan<char> prefix)
    {
        prefix = prefix.Trim(" \t\u00A0");
        if (!prefix.StartsWith('[') || prefix.Length < 3)
        {
            return false;
        }

        prefix = prefix.TrimEnd(':');
        return prefix[^1] == ']' && IsFootnoteNumber(prefix[1..^1]);
    }

    // `[text](url)`, `![alt](url)`, `[[1](url)]`, `href="url"`, `src="url"`, `<link rel="canonical" href="url">`.
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
            ReadOnlySpan<char> before = text[Math.Max(0, start - TagLimit)..(start - 1)];
            ReadOnlySpan<char> tag = before[(before.LastIndexOf('<') + 1)..];
            if (AsciiText.ContainsIgnoreCase(tag, "canonical") || AsciiText.ContainsIgnoreCase(tag, "og:url"))
            {
                return LinkMarkup.Canonical;
            }

            if (before.EndsWith("href=", StringComparison.OrdinalIgnoreCase))
            {
                return LinkMarkup.Link;
            }

            if (before.EndsWith("src=", StringComparison.OrdinalIgnoreCase))
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

        return s_imageExtensions.Contains(path[(dot + 1)..]);
    }

    // Above the URL only a few short lines: a headline, a date, a byline; no paragraph of prose.
    private static bool IsAtHead(ReadOnlySpan<char> text, int lineStart) =>
        lineStart <= HeadLimit && CountShortLinesWithText(text[..lineStart]) is >= 0 and <= 3;

    // Below the URL only a few short lines, and no other URL.
    private bool IsAtFoot(ReadOnlySpan<char> text, int lineEnd)
    {
        if (_lastContentEnd < 0)
        {
            _lastContentEnd = text.TrimEnd().Length;
            WorkMeter.Add(text.Length);
        }

        if (_lastContentEnd - lineEnd > FootLimit)
        {
            return false;
        }

        ReadOnlySpan<char> rest = text[lineEnd..Math.Max(lineEnd, _lastContentEnd)];
        return !rest.Contains("://", StringComparison.Ordinal) && !AsciiText.ContainsIgnoreCase(rest, "www.");
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
            if (++length > TitleLineLimit)
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
