using NewsParse.Quotes;

namespace NewsParse.Cli;

/// <summary>The names the JSON Lines contract gives to quote kinds: the enum names in lower case.</summary>
internal static class QuoteKindNames
{
    public static string Of(QuoteKind kind) => kind switch
    {
        QuoteKind.Direct => "direct",
        QuoteKind.Partial => "partial",
        QuoteKind.Transcript => "transcript",
        QuoteKind.Scare => "scare",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
