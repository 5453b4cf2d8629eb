using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using NewsParse.Text;

namespace NewsParse.Urls;

/// <summary>
/// Finds where URLs start and end. One vectorised search visits the only two characters a URL can be recognised by,
/// <c>:</c> (a scheme or <c>mailto:</c>) and <c>.</c> (a domain) — a point only with a host character after it, so the
/// end of every sentence is passed over in the search. Scanning resumes past every run of host characters it reads, so
/// each is read a bounded number of times and the scan is linear in the text whatever it holds.
/// </summary>
internal static class UrlScanner
{
    private const int MaxFigureWalk = 32;

    /// <summary>Finds the first URL at or after <paramref name="position"/> and moves the position past it.</summary>
    public static bool TryFindNext(ReadOnlySpan<char> text, ref int position, UrlOptions options, out UrlCandidate url)
    {
        int floor = position;
        var walk = new HostWalk(-1, -1);
        var figures = new FigureRun(-1, -1);
        while (position < text.Length)
        {
            int hit = NextTrigger(text, position);
            WorkMeter.Add(hit < 0 ? text.Length - position : hit - position + 1);
            if (hit < 0)
            {
                break;
            }

            if (text[hit] == ':')
            {
                if (TrySchemeUrl(text, hit, floor, out url) || TryMailto(text, hit, floor, out url))
                {
                    position = url.End;
                    return true;
                }

                position = hit + 1;
                continue;
            }

            if (IsFigurePoint(text, hit, floor, ref figures))
            {
                position = hit + 1;
                continue;
            }

            if (TryDomainUrl(text, hit, floor, options, ref walk, out url, out int resume))
            {
                position = url.End;
                return true;
            }

            position = Math.Max(resume, hit + 1);
        }

        position = text.Length;
        url = default;
        return false;
    }

    // `5.93`, `1.5`: a point between digits, in a run of digits and points that starts no host label and follows no `@`,
    // is neither the last point of a domain (no top-level domain is a number) nor one of an e-mail address's host, and a
    // later point of the run, before a letter, finds any host the run starts. Passing over it spares the host reading
    // that figures would cost in financial copy. A run longer than a walk back is left to the host reader.
    private static bool IsFigurePoint(ReadOnlySpan<char> text, int dot, int floor, ref FigureRun run)
    {
        if (dot == 0 || dot + 1 >= text.Length || !char.IsAsciiDigit(text[dot - 1]) || !char.IsAsciiDigit(text[dot + 1]))
        {
            return false;
        }

        // The run's start, walking back no further than the run the last point of this search was in: from there on the
        // run is known, so each character of a long run of figures is walked over once, not once for each of its points.
        int p = dot - 1;
        while (p > floor && p > run.End && (char.IsAsciiDigit(text[p - 1]) || text[p - 1] == '.'))
        {
            p--;
        }

        WorkMeter.Add(dot - p);
        int runStart = p == run.End ? run.Start : p;
        run = new FigureRun(runStart, dot);

        // As far back as a walk of at most MaxFigureWalk characters from this point would have read.
        int stop = Math.Max(floor, dot - MaxFigureWalk);
        p = Math.Max(runStart, Math.Min(stop, dot - 1));
        if (p == stop && p > floor)
        {
            return false;
        }

        char before = p > 0 ? text[p - 1] : ' ';
        return before != '@' && !HostParser.IsLabelChar(before, HostRules.Bare);
    }

    // The next colon, or point followed by what may start a host label (an ASCII letter or digit, `-`, `_`, or anything
    // beyond ASCII, which HostParser.IsLabelChar then decides): a point before white space or punctuation starts no
    // domain, and TryDomainUrl would turn it down at once.
    internal static int NextTrigger(ReadOnlySpan<char> text, int from)
    {
        ReadOnlySpan<ushort> units = MemoryMarshal.Cast<char, ushort>(text);
        int p = from;
        if (Vector512.IsHardwareAccelerated)
        {
            // Thirty-two characters at a time where vectors are that wide: a quarter less time for the step over PolNeAR.
            for (; p + Vector512<ushort>.Count < units.Length; p += Vector512<ushort>.Count)
            {
                Vector512<ushort> block = Vector512.Create(units.Slice(p, Vector512<ushort>.Count));
                Vector512<ushort> next = Vector512.Create(units.Slice(p + 1, Vector512<ushort>.Count));
                Vector512<ushort> hostStart = Vector512.LessThanOrEqual(next - Vector512.Create((ushort)'0'), Vector512.Create((ushort)9))
                    | Vector512.LessThanOrEqual((next | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)25))
                    | Vector512.Equals(next, Vector512.Create((ushort)'-')) | Vector512.Equals(next, Vector512.Create((ushort)'_'))
                    | Vector512.GreaterThanOrEqual(next, Vector512.Create((ushort)0x80));
                Vector512<ushort> triggers = Vector512.Equals(block, Vector512.Create((ushort)':'))
                    | (Vector512.Equals(block, Vector512.Create((ushort)'.')) & hostStart);
                ulong found = triggers.ExtractMostSignificantBits();
                if (found != 0)
                {
                    return p + BitOperations.TrailingZeroCount(found);
                }
            }
        }

        if (Vector256.IsHardwareAccelerated)
        {
            for (; p + Vector256<ushort>.Count < units.Length; p += Vector256<ushort>.Count)
            {
                Vector256<ushort> block = Vector256.Create(units.Slice(p, Vector256<ushort>.Count));
                Vector256<ushort> next = Vector256.Create(units.Slice(p + 1, Vector256<ushort>.Count));
                Vector256<ushort> hostStart = Vector256.LessThanOrEqual(next - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9))
                    | Vector256.LessThanOrEqual((next | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25))
                    | Vector256.Equals(next, Vector256.Create((ushort)'-')) | Vector256.Equals(next, Vector256.Create((ushort)'_'))
                    | Vector256.GreaterThanOrEqual(next, Vector256.Create((ushort)0x80));
                Vector256<ushort> triggers = Vector256.Equals(block, Vector256.Create((ushort)':'))
                    | (Vector256.Equals(block, Vector256.Create((ushort)'.')) & hostStart);
                uint found = triggers.ExtractMostSignificantBits();
                if (found != 0)
                {
                    return p + BitOperations.TrailingZeroCount(found);
                }
            }
        }
        else if (Vector128.IsHardwareAccelerated)
        {
            // The same test eight characters at a time, where vectors are no wider (Arm64, a portable native build).
            for (; p + Vector128<ushort>.Count < units.Length; p += Vector128<ushort>.Count)
            {
                Vector128<ushort> block = Vector128.Create(units.Slice(p, Vector128<ushort>.Count));
                Vector128<ushort> next = Vector128.Create(units.Slice(p + 1, Vector128<ushort>.Count));
                Vector128<ushort> hostStart = Vector128.LessThanOrEqual(next - Vector128.Create((ushort)'0'), Vector128.Create((ushort)9))
                    | Vector128.LessThanOrEqual((next | Vector128.Create((ushort)0x20)) - Vector128.Create((ushort)'a'), Vector128.Create((ushort)25))
                    | Vector128.Equals(next, Vector128.Create((ushort)'-')) | Vector128.Equals(next, Vector128.Create((ushort)'_'))
                    | Vector128.GreaterThanOrEqual(next, Vector128.Create((ushort)0x80));
                Vector128<ushort> triggers = Vector128.Equals(block, Vector128.Create((ushort)':'))
                    | (Vector128.Equals(block, Vector128.Create((ushort)'.')) & hostStart);
                uint found = triggers.ExtractMostSignificantBits();
                if (found != 0)
                {
                    return p + BitOperations.TrailingZeroCount(found);
                }
            }
        }

        for (; p < text.Length; p++)
        {
            if (text[p] == ':' || (text[p] == '.' && p + 1 < text.Length && MayStartLabel(text[p + 1])))
            {
                return p;
            }
        }

        return -1;
    }

    private static bool MayStartLabel(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || c >= '\u0080';

    // `https://host[:port][/path]`, the scheme found by looking back from the colon.
    private static bool TrySchemeUrl(ReadOnlySpan<char> text, int colon, int floor, out UrlCandidate url)
    {
        url = default;
        if (colon + 3 > text.Length || text[colon + 1] != '/' || text[colon + 2] != '/')
        {
            return false;
        }

        int schemeLength = UrlSchemes.MatchSuffix(text[Math.Max(floor, colon - UrlSchemes.MaxLength)..colon]);
        if (schemeLength == 0)
        {
            return false;
        }

        int start = colon - schemeLength;
        char before = start > 0 ? text[start - 1] : ' ';
        if (before is '_' or '@' or '$' or '#' || (char.IsAsciiLetterOrDigit(before) && !UrlSchemes.MayBeGlued(text[start..colon])))
        {
            return false;
        }

        int hostStart = SkipUserInfo(text, colon + 3);
        if (!HostParser.TryParse(text, hostStart, HostRules.Scheme, out int hostEnd, out _))
        {
            return false;
        }

        return TryFinish(text, start, hostStart, hostEnd, floor, UrlForm.Scheme, out url);
    }

    // `mailto:desk@example.com`: always a URL, since the scheme says what it is.
    private static bool TryMailto(ReadOnlySpan<char> text, int colon, int floor, out UrlCandidate url)
    {
        url = default;
        int start = colon - 6;
        if (start < floor || !text[start..colon].Equals("mailto", StringComparison.OrdinalIgnoreCase)
            || (start > 0 && char.IsAsciiLetterOrDigit(text[start - 1])))
        {
            return false;
        }

        int at = EmailAddress.ScanLocalPart(text, colon + 1);
        if (at == colon + 1 || at >= text.Length || text[at] != '@'
            || !HostParser.TryParse(text, at + 1, HostRules.Email, out int hostEnd, out _))
        {
            return false;
        }

        return TryFinish(text, start, at + 1, hostEnd, floor, UrlForm.Mailto, out url);
    }

    // `www.example.com`, `example.com/a`, `//example.com`, and with the option on, `desk@example.com`;
    // found from one of the dots of the host.
    private static bool TryDomainUrl(ReadOnlySpan<char> text, int dot, int floor, UrlOptions options, ref HostWalk walk, out UrlCandidate url, out int resume)
    {
        url = default;
        resume = dot + 1;
        if (dot == floor || dot + 1 >= text.Length
            || !HostParser.IsLabelChar(text[dot - 1], HostRules.Bare) || !HostParser.IsLabelChar(text[dot + 1], HostRules.Bare))
        {
            return false;
        }

        int hostStart = FindHostStart(text, dot, floor, ref walk);
        bool parsed = HostParser.TryParse(text, hostStart, HostRules.Bare, out int hostEnd, out resume);
        char before = hostStart > 0 ? text[hostStart - 1] : ' ';
        if (before == '@')
        {
            return options.IncludeEmails && TryEmail(text, hostStart, floor, out url, out resume);
        }

        if (!parsed || IsLocalPartOfEmail(text, hostEnd))
        {
            return false;
        }

        bool www = hostEnd - hostStart > 4 && text.Slice(hostStart, 4).Equals("www.", StringComparison.OrdinalIgnoreCase);
        if (www)
        {
            return before is not ('$' or '#') && TryFinish(text, hostStart, hostStart, hostEnd, floor, UrlForm.Www, out url);
        }

        if (before == '/' && hostStart >= 2 && text[hostStart - 2] == '/' && (hostStart == 2 || CharClass.IsSpace(text[hostStart - 3])))
        {
            return TryFinish(text, hostStart - 2, hostStart, hostEnd, floor, UrlForm.ProtocolRelative, out url);
        }

        // A domain glued to a path, a file name, a handle or a tag is not one: `/path/to/file.pl`, `$TVI.CA`.
        if (before is '.' or '/' or '_' or '-' or '$' or '#' or '%' or '&' or '=' or '+' or '~')
        {
            return false;
        }

        // After a colon only with a path: `Source:example.com/story`, but not `path:to:file.pm`. Decided before the
        // path is read, since scanning resumes at the host's end: a path read and thrown away is read again.
        if (before == ':' && (hostEnd == text.Length || text[hostEnd] != '/'))
        {
            return false;
        }

        if (!TryFinish(text, hostStart, hostStart, hostEnd, floor, UrlForm.Domain, out url))
        {
            return false;
        }

        return url.End > hostEnd || (before != ':' && !NotUrlRules.IsNotAnAddress(text, hostStart, hostEnd));
    }

    // `name.al+desk@example.com`: the domain-like start of an address is not a domain. A path is not a local
    // part, though it may hold an `@` (`tiktok.com/@wirenews`).
    private static bool IsLocalPartOfEmail(ReadOnlySpan<char> text, int hostEnd)
    {
        if (hostEnd < text.Length && text[hostEnd] is '/' or '?' or '#')
        {
            return false;
        }

        int at = EmailAddress.ScanLocalPart(text, hostEnd);
        return at < text.Length && text[at] == '@';
    }

    private static bool TryEmail(ReadOnlySpan<char> text, int hostStart, int floor, out UrlCandidate url, out int resume)
    {
        url = default;
        int start = EmailAddress.FindLocalPartStart(text, hostStart - 1, floor);
        if (!HostParser.TryParse(text, hostStart, HostRules.Email, out int hostEnd, out resume) || start == hostStart - 1)
        {
            return false;
        }

        url = new UrlCandidate(start, hostEnd, hostStart, hostEnd, UrlForm.Email);
        return true;
    }

    // Walks back over the labels that end at `dot`; in bare form a change of script starts a new host. It splits
    // scripts exactly as HostParser.ScanLabel does going forward, so that no host run is read twice.
    private static int FindHostStart(ReadOnlySpan<char> text, int dot, int floor, ref HostWalk walk)
    {
        int p = dot;
        Script script = Script.Neutral;
        while (p > floor)
        {
            char c = text[p - 1];
            if (c == '.')
            {
                if (p - 1 == floor || !HostParser.IsLabelChar(text[p - 2], HostRules.Bare))
                {
                    break;
                }

                script = Script.Neutral;
                p--;

                // Past the dot the last walk started from, this one would go exactly as that one went.
                if (p == walk.Dot)
                {
                    WorkMeter.Add(dot - p);
                    walk = walk with { Dot = dot };
                    return walk.Start;
                }

                continue;
            }

            if (!HostParser.IsLabelChar(c, HostRules.Bare))
            {
                break;
            }

            Script s = CharClass.ScriptOf(c);
            if (s != Script.Neutral)
            {
                if (script != Script.Neutral && s != script)
                {
                    break;
                }

                script = s;
            }

            p--;
        }

        WorkMeter.Add(dot - p);
        walk = new HostWalk(dot, SkipLeadingHyphens(text, p, dot));
        return walk.Start;
    }

    // No label starts with a hyphen or underscore: `Sites:-www.example.com` starts at `www`.
    private static int SkipLeadingHyphens(ReadOnlySpan<char> text, int p, int dot)
    {
        int start = p;
        while (p < dot && text[p] is '-' or '_')
        {
            p++;
        }

        WorkMeter.Add(p - start);
        return p;
    }

    // Where the last walk back over host labels started (a dot) and the host start it found, within one search: a later
    // walk that crosses that dot would go on exactly as it did, and the dot stops the hyphen skip, so it takes that
    // start. Without it a run of dots whose hosts all fail to parse (`-.楺-.楺…`) is walked back over from every dot,
    // in time that grows with the square of its length.
    private readonly record struct HostWalk(int Dot, int Start);

    // A run of digits and points met within one search: it starts at Start (or at the search's start) and holds every
    // character up to End, the point last judged in it.
    private readonly record struct FigureRun(int Start, int End);

    // `user:password@` before a host.
    private static int SkipUserInfo(ReadOnlySpan<char> text, int start)
    {
        int p = start;
        int at = -1;
        for (; p < text.Length && p - start < 256; p++)
        {
            char c = text[p];
            if (c == '@')
            {
                at = p;
            }
            else if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' or '~' or '%' or '!' or '$' or '&' or '\'' or '*' or '+' or ',' or ';' or '=' or ':'))
            {
                break;
            }
        }

        return at > start ? at + 1 : start;
    }

    // After the host: an optional port, then a path, query or fragment; then the trailing punctuation is dropped.
    private static bool TryFinish(ReadOnlySpan<char> text, int start, int hostStart, int hostEnd, int floor, UrlForm form, out UrlCandidate url)
    {
        url = default;
        int end = hostEnd;
        if (end + 1 < text.Length && text[end] == ':' && char.IsAsciiDigit(text[end + 1]))
        {
            int digits = end + 1;
            while (digits < text.Length && char.IsAsciiDigit(text[digits]) && digits - end <= 6)
            {
                digits++;
            }

            if (digits - end - 1 > 5 || !int.TryParse(text[(end + 1)..digits], out int port) || port > 65535)
            {
                return false;
            }

            end = digits;
        }

        if (end < text.Length && text[end] is '/' or '?' or '#')
        {
            char closer = UrlPath.FindEncloser(text, start);
            end = UrlPath.TrimEnd(text, hostEnd, UrlPath.Scan(text, end, closer), enclosed: closer != '\0');
        }

        url = new UrlCandidate(start, end, hostStart, hostEnd, form);
        return true;
    }
}
