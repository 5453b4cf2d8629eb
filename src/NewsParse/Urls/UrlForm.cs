namespace NewsParse.Urls;

/// <summary>How a URL is written.</summary>
public enum UrlForm
{
    /// <summary>With a scheme and authority: <c>https://example.com/a</c>, <c>ftp://files.example.org</c>.</summary>
    Scheme,

    /// <summary>Protocol-relative, starting with <c>//</c>: <c>//example.com/a</c>.</summary>
    ProtocolRelative,

    /// <summary>Without a scheme, starting with <c>www.</c>: <c>www.example.com/a</c>.</summary>
    Www,

    /// <summary>A bare domain with a delegated top-level domain, and perhaps a path: <c>example.com/a</c>.</summary>
    Domain,

    /// <summary>A <c>mailto:</c> URI: <c>mailto:desk@example.com</c>.</summary>
    Mailto,

    /// <summary>A bare e-mail address, reported only when <see cref="UrlOptions.IncludeEmails"/> is set.</summary>
    Email,
}
