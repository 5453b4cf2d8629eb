namespace NewsParse.Urls;

/// <summary>
/// Steps through the URLs of a text in order, without allocating. Use it with <c>foreach</c>:
/// <c>foreach (UrlMatch url in UrlParser.Enumerate(text)) { … }</c>.
/// </summary>
public ref struct UrlEnumerator
{
    private readonly ReadOnlySpan<char> _text;
    private readonly UrlOptions _options;
    private int _position;
    private UrlMatch _current;
    private UrlRoleContext _roles;

    internal UrlEnumerator(ReadOnlySpan<char> text, UrlOptions options)
    {
        _text = text;
        _options = options;
        _roles = new UrlRoleContext();
    }

    /// <summary>The URL at the current position.</summary>
    public readonly UrlMatch Current => _current;

    /// <summary>Returns this enumerator, so that it can be used with <c>foreach</c>.</summary>
    public readonly UrlEnumerator GetEnumerator() => this;

    /// <summary>Advances to the next URL.</summary>
    /// <returns><see langword="true"/> if there is one; <see langword="false"/> at the end of the text.</returns>
    public bool MoveNext()
    {
        if (!UrlScanner.TryFindNext(_text, ref _position, _options, out UrlCandidate url))
        {
            _current = default;
            return false;
        }

        UrlRole role = _roles.Classify(_text, url);
        _current = new UrlMatch(_text.Slice(url.Start, url.End - url.Start), url.Start, role, url.Form);
        return true;
    }
}
