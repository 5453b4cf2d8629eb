namespace NewsParse.Urls;

/// <summary>Which host names a form of URL accepts.</summary>
[Flags]
internal enum HostRules : byte
{
    /// <summary>Letters, digits, hyphens and underscores only, and a delegated top-level domain.</summary>
    None = 0,

    /// <summary>Symbols and emoji may stand in labels (<c>http://✪df.ws</c>): only after an explicit scheme.</summary>
    AllowSymbols = 1,

    /// <summary>Any alphabetic last label counts as a top-level domain (<c>ftp://foo.bar.baz</c>), and so do IPv4 addresses and <c>localhost</c>.</summary>
    AllowUnknownTld = 2,

    /// <summary>A change of script inside a label ends the host: unspaced CJK text runs into bare domains.</summary>
    SplitScripts = 4,

    /// <summary>After <c>http://</c> and the like.</summary>
    Scheme = AllowSymbols | AllowUnknownTld,

    /// <summary>A domain with no scheme: <c>www.example.com</c>, <c>example.com</c>.</summary>
    Bare = SplitScripts,

    /// <summary>The domain of an e-mail address: the <c>@</c> is as explicit as a scheme.</summary>
    Email = AllowUnknownTld | SplitScripts,
}
