namespace NewsParse.Urls;

/// <summary>The URI schemes recognised before <c>://</c>; an unknown one (<c>hppt://</c>) makes no URL.</summary>
internal static class UrlSchemes
{
    // Longest first, so that `svn+ssh` wins over `ssh` and `https` over `http`.
    private static readonly string[] s_known =
    [
        "svn+ssh", "git+ssh", "webcal", "gopher", "telnet", "https", "rtmps", "ftps", "sftp", "http", "rtsp",
        "rtmp", "ircs", "feed", "nntp", "ftp", "ssh", "svn", "git", "wss", "irc", "mms", "ws",
    ];

    /// <summary>The length of the longest known scheme.</summary>
    public const int MaxLength = 7;

    /// <summary>The length of the known scheme that <paramref name="run"/> ends with, or 0.</summary>
    public static int MatchSuffix(ReadOnlySpan<char> run)
    {
        foreach (string scheme in s_known)
        {
            if (run.EndsWith(scheme, StringComparison.OrdinalIgnoreCase))
            {
                return scheme.Length;
            }
        }

        return 0;
    }

    /// <summary>
    /// Whether <paramref name="scheme"/> may follow a letter or digit: only the web's own,
    /// glued to a word by lost white space (<c>Reporterhttps://…</c>); a shorter one would be the end of a word
    /// (<c>news://</c> is not <c>ws://</c>).
    /// </summary>
    public static bool MayBeGlued(ReadOnlySpan<char> scheme) =>
        scheme.Equals("http", StringComparison.OrdinalIgnoreCase) || scheme.Equals("https", StringComparison.OrdinalIgnoreCase);
}
