namespace NewsParse.Urls;

/// <summary>A URL the scanner has delimited, before its role is known.</summary>
internal readonly record struct UrlCandidate(int Start, int End, int HostStart, int HostEnd, UrlForm Form);
