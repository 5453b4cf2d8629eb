namespace NewsParse.Urls;

/// <summary>Options of the source-URL parser. Change them with <c>with</c>: <c>UrlOptions.Default with { IncludeEmails = true }</c>.</summary>
public readonly record struct UrlOptions
{
    /// <summary>The options used when none are given: e-mail addresses are not URLs.</summary>
    public static UrlOptions Default => default;

    /// <summary>
    /// Report bare e-mail addresses (<c>desk@example.com</c>) as URLs of form <see cref="UrlForm.Email"/>.
    /// Off by default: an address is a way to write to someone, not a source. <c>mailto:</c> URIs are always reported.
    /// </summary>
    public bool IncludeEmails { get; init; }
}
