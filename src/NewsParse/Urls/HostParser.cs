using NewsParse.Text;

namespace NewsParse.Urls;

/// <summary>Reads and validates the host name of a URL: its labels, its top-level domain, or an IPv4 address.</summary>
internal static class HostParser
{
    private const int MaxLabels = 32;
    private const int MaxLabelLength = 63;
    private const int MaxHostLength = 253;

    /// <summary>
    /// Reads the run of host characters at <paramref name="start"/> and decides where a valid host in it ends.
    /// </summary>
    /// <param name="text">The whole text.</param>
    /// <param name="start">Where the host begins.</param>
    /// <param name="rules">What the form of URL accepts.</param>
    /// <param name="hostEnd">Where the valid host ends (at or before <paramref name="runEnd"/>).</param>
    /// <param name="runEnd">Where the run of host characters ends, valid or not: scanning resumes there.</param>
    /// <returns>Whether the run begins with a valid host.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, int start, HostRules rules, out int hostEnd, out int runEnd)
    {
        Span<int> labelEnds = stackalloc int[MaxLabels];
        int labels = 0;
        bool tooMany = false;
        int p = start;
        while (true)
        {
            int labelEnd = ScanLabel(text, p, rules);
            if (labelEnd == p)
            {
                break;
            }

            if (labels < MaxLabels)
            {
                labelEnds[labels] = labelEnd;
            }
            else
            {
                tooMany = true;
            }

            labels++;
            p = labelEnd;
            if (p + 1 < text.Length && text[p] == '.' && IsLabelChar(text[p + 1], rules))
            {
                p++;
                continue;
            }

            break;
        }

        runEnd = p;
        hostEnd = start;

        // The run, read once here and a bounded number of times more by the checks of its labels below.
        WorkMeter.Add(runEnd - start + 1);
        if (labels == 0 || tooMany)
        {
            return false;
        }

        if ((rules & HostRules.AllowUnknownTld) != 0 && IsIpv4OrLocalhost(text[start..p], labels))
        {
            hostEnd = p;
            return true;
        }

        if (!TryFindTopLevelDomain(text, start, labelEnds[..labels], rules, out int tldLabel, out hostEnd))
        {
            return false;
        }

        return hostEnd - start <= MaxHostLength && AreLabelsValid(text, start, labelEnds[..(tldLabel + 1)], hostEnd);
    }

    /// <summary>A character that may stand in a host label under <paramref name="rules"/>.</summary>
    public static bool IsLabelChar(char c, HostRules rules)
    {
        if (c < 0x80)
        {
            return char.IsAsciiLetterOrDigit(c) || c is '-' or '_';
        }

        return CharClass.IsNonAsciiWordChar(c) || ((rules & HostRules.AllowSymbols) != 0 && CharClass.IsNonAsciiSymbol(c));
    }

    private static int ScanLabel(ReadOnlySpan<char> text, int p, HostRules rules)
    {
        bool split = (rules & HostRules.SplitScripts) != 0;
        Script script = Script.Neutral;
        while (p < text.Length && IsLabelChar(text[p], rules))
        {
            if (split)
            {
                Script s = CharClass.ScriptOf(text[p]);
                if (s != Script.Neutral)
                {
                    if (script != Script.Neutral && s != script)
                    {
                        break;
                    }

                    script = s;
                }
            }

            p++;
        }

        return p;
    }

    // The last label decides: a delegated TLD, else (right to left) a label that starts with a TLD and runs on into
    // another script (`example.comだよね`), else, where the form allows it, any alphabetic last label.
    private static bool TryFindTopLevelDomain(
        ReadOnlySpan<char> text, int start, ReadOnlySpan<int> labelEnds, HostRules rules, out int tldLabel, out int hostEnd)
    {
        int n = labelEnds.Length;
        tldLabel = 0;
        hostEnd = start;
        if (n < 2)
        {
            return false;
        }

        ReadOnlySpan<char> last = text[(labelEnds[n - 2] + 1)..labelEnds[n - 1]];

        // `example.com.The office`: a capitalised word after a complete host starts the next sentence.
        if (n >= 3 && IsCapitalised(last))
        {
            ReadOnlySpan<char> beforeLast = text[(labelEnds[n - 3] + 1)..labelEnds[n - 2]];
            if (!IsCapitalised(beforeLast) && TopLevelDomains.Contains(beforeLast))
            {
                tldLabel = n - 2;
                hostEnd = labelEnds[n - 2];
                return true;
            }
        }

        if (TopLevelDomains.Contains(last))
        {
            tldLabel = n - 1;
            hostEnd = labelEnds[n - 1];
            return true;
        }

        for (int i = n - 1; i >= 1; i--)
        {
            int labelStart = labelEnds[i - 1] + 1;
            int prefix = LongestTldPrefix(text[labelStart..labelEnds[i]]);
            if (prefix > 0)
            {
                tldLabel = i;
                hostEnd = labelStart + prefix;
                return true;
            }
        }

        if ((rules & HostRules.AllowUnknownTld) != 0 && IsPlausibleTld(last))
        {
            tldLabel = n - 1;
            hostEnd = labelEnds[n - 1];
            return true;
        }

        return false;
    }

    // A TLD that a label begins with, where what follows cannot continue an ASCII name.
    private static int LongestTldPrefix(ReadOnlySpan<char> label)
    {
        for (int length = Math.Min(label.Length - 1, TopLevelDomains.MaxLength); length >= 2; length--)
        {
            char next = label[length];
            if (next < 0x80 || (label[length - 1] < 0x80 && CharClass.ScriptOf(next) == Script.Latin))
            {
                continue;
            }

            if (TopLevelDomains.Contains(label[..length]))
            {
                return length;
            }
        }

        return 0;
    }

    // With an explicit scheme or `@`, a last label of letters only may be a TLD we do not list (`ftp://foo.bar.baz`).
    private static bool IsPlausibleTld(ReadOnlySpan<char> label)
    {
        if (label.Length < 2)
        {
            return false;
        }

        if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        foreach (char c in label)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word with a capital and then lower case only (<c>The</c>, <c>Москва</c>): how sentences start, not how hosts are written.</summary>
    public static bool IsCapitalised(ReadOnlySpan<char> label)
    {
        if (label.Length < 2 || !char.IsUpper(label[0]))
        {
            return false;
        }

        foreach (char c in label[1..])
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }

        return true;
    }

    private static bool AreLabelsValid(ReadOnlySpan<char> text, int start, ReadOnlySpan<int> labelEnds, int hostEnd)
    {
        int n = labelEnds.Length;
        int labelStart = start;
        for (int i = 0; i < n; i++)
        {
            int labelEnd = i == n - 1 ? hostEnd : labelEnds[i];
            ReadOnlySpan<char> label = text[labelStart..labelEnd];
            if (label.IsEmpty || label.Length > MaxLabelLength || label[0] is '-' or '_' || label[^1] is '-' or '_')
            {
                return false;
            }

            // Underscores are tolerated in subdomains (`sub_domain.example.com`), never in the registered name or TLD.
            if (i >= n - 2 && label.Contains('_'))
            {
                return false;
            }

            if (label.StartsWith("xn--", StringComparison.OrdinalIgnoreCase) && !IsPunycode(label[4..]))
            {
                return false;
            }

            labelStart = labelEnd + 1;
        }

        return true;
    }

    private static bool IsPunycode(ReadOnlySpan<char> rest)
    {
        foreach (char c in rest)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c == '-'))
            {
                return false;
            }
        }

        return !rest.IsEmpty;
    }

    private static bool IsIpv4OrLocalhost(ReadOnlySpan<char> host, int labels)
    {
        if (labels == 1)
        {
            return host.Equals("localhost", StringComparison.OrdinalIgnoreCase);
        }

        if (labels != 4)
        {
            return false;
        }

        foreach (Range octet in host.Split('.'))
        {
            ReadOnlySpan<char> digits = host[octet];
            if (digits.IsEmpty || digits.Length > 3 || !int.TryParse(digits, System.Globalization.NumberStyles.None, null, out int value) || value > 255)
            {
                return false;
            }
        }

        return true;
    }
}
