using NewsParse.Urls;

namespace NewsParse.Cli;

/// <summary>The names the output contract gives URL roles.</summary>
internal static class UrlRoleNames
{
    /// <summary>The contract's name of a URL role.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Its lower-case name: <c>canonical</c>, <c>citation</c>, <c>related</c>, <c>image</c>, <c>social</c> or <c>inline</c>.</returns>
    public static string Of(UrlRole role) => role switch
    {
        UrlRole.Inline => "inline",
        UrlRole.Canonical => "canonical",
        UrlRole.Citation => "citation",
        UrlRole.Related => "related",
        UrlRole.Image => "image",
        UrlRole.Social => "social",

        // A role added to the library later still gets a name rather than failing the document.
        _ => role.ToString().ToLowerInvariant(),
    };
}
