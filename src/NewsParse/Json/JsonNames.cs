using NewsParse.Quotes;
using NewsParse.Urls;

namespace NewsParse.Json;

/// <summary>The property names and enum values of the output contract, in UTF-8 for the writer and the reader.</summary>
internal static class JsonNames
{
    public static ReadOnlySpan<byte> Dateline => "dateline"u8;
    public static ReadOnlySpan<byte> Quotes => "quotes"u8;
    public static ReadOnlySpan<byte> Urls => "urls"u8;
    public static ReadOnlySpan<byte> Text => "text"u8;
    public static ReadOnlySpan<byte> Start => "start"u8;
    public static ReadOnlySpan<byte> Length => "length"u8;
    public static ReadOnlySpan<byte> Location => "location"u8;
    public static ReadOnlySpan<byte> Agency => "agency"u8;
    public static ReadOnlySpan<byte> Date => "date"u8;
    public static ReadOnlySpan<byte> Time => "time"u8;
    public static ReadOnlySpan<byte> Speaker => "speaker"u8;
    public static ReadOnlySpan<byte> SpeakerResolved => "speakerResolved"u8;
    public static ReadOnlySpan<byte> Cue => "cue"u8;
    public static ReadOnlySpan<byte> Kind => "kind"u8;
    public static ReadOnlySpan<byte> Group => "group"u8;
    public static ReadOnlySpan<byte> Url => "url"u8;
    public static ReadOnlySpan<byte> Role => "role"u8;

    // Each kind and role by its name, in the order of the enums; a value added to an enum later gets its own name in
    // lower case rather than failing a document.
    private static readonly (QuoteKind Kind, string Name)[] s_kinds =
        [(QuoteKind.Direct, "direct"), (QuoteKind.Partial, "partial"), (QuoteKind.Transcript, "transcript"), (QuoteKind.Scare, "scare")];

    private static readonly (UrlRole Role, string Name)[] s_roles =
    [
        (UrlRole.Inline, "inline"), (UrlRole.Canonical, "canonical"), (UrlRole.Citation, "citation"),
        (UrlRole.Related, "related"), (UrlRole.Image, "image"), (UrlRole.Social, "social"),
    ];

    public static string Of(QuoteKind kind)
    {
        foreach ((QuoteKind known, string name) in s_kinds)
        {
            if (known == kind)
            {
                return name;
            }
        }

        return kind.ToString().ToLowerInvariant();
    }

    public static string Of(UrlRole role)
    {
        foreach ((UrlRole known, string name) in s_roles)
        {
            if (known == role)
            {
                return name;
            }
        }

        return role.ToString().ToLowerInvariant();
    }

    public static bool TryKind(ReadOnlySpan<char> name, out QuoteKind kind)
    {
        foreach ((QuoteKind known, string knownName) in s_kinds)
        {
            if (name.SequenceEqual(knownName))
            {
                kind = known;
                return true;
            }
        }

        kind = default;
        return false;
    }

    public static bool TryRole(ReadOnlySpan<char> name, out UrlRole role)
    {
        foreach ((UrlRole known, string knownName) in s_roles)
        {
            if (name.SequenceEqual(knownName))
            {
                role = known;
                return true;
            }
        }

        role = default;
        return false;
    }
}
