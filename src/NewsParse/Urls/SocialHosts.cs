using NewsParse.Text;

namespace NewsParse.Urls;

/// <summary>The hosts of social networks and their short links: a URL on one is a post or an account.</summary>
internal static class SocialHosts
{
    private static readonly WordSet s_hosts = WordSet.IgnoreCase(
    [
        "twitter.com", "x.com", "t.co", "facebook.com", "fb.com", "fb.me", "fb.watch", "instagram.com",
        "instagr.am", "threads.net", "t.me", "telegram.me", "telegram.org", "youtube.com", "youtu.be", "tiktok.com",
        "vk.com", "ok.ru", "linkedin.com", "lnkd.in", "reddit.com", "redd.it", "bsky.app", "mastodon.social",
        "truthsocial.com", "weibo.com", "weibo.cn", "snapchat.com", "pinterest.com", "pin.it", "tumblr.com",
        "vimeo.com", "twitch.tv", "rumble.com", "wa.me", "whatsapp.com", "discord.gg", "gab.com", "gettr.com",
        "douyin.com", "bilibili.com", "flickr.com",
    ]);

    /// <summary>Whether <paramref name="host"/> is a social network or one of its subdomains (<c>pic.twitter.com</c>).</summary>
    public static bool Contains(ReadOnlySpan<char> host)
    {
        // The host itself, then each suffix after one of its points.
        while (true)
        {
            if (s_hosts.Contains(host))
            {
                return true;
            }

            int point = host.IndexOf('.');
            if (point < 0)
            {
                return false;
            }

            host = host[(point + 1)..];
        }
    }
}
