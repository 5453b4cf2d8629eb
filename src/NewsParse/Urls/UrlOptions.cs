namespace NewsParse.Urls;

/// <summary>
/// Options of the source-URL parser: a value, like <see cref="System.Text.Json.JsonReaderOptions"/>, set where it is
/// made (<c>new UrlOptions { IncludeEmails = true }</c>) and copied where it is passed.
/// </summary>
public record struct UrlOptions
{
    /// <summary>The options used when none are given: e-mail addresses are not URLs.</summary>
    public static UrlOptions Default => default;

    /// <summary>
    /// Report bare e-mail addresses (<c>desk@example.com</c>) as URLs of form <see cref="UrlForm.Email"/>.
    /// Off by default: an address is a way to write to someone, not a source. <c>mailto:</c> URIs are always reported.
    /// </summary>
    public bool IncludeEmails { get; set; }
}
