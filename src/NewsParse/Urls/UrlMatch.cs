using System.Diagnostics;

namespace NewsParse.Urls;

/// <summary>
/// One URL found in a text: a view over the caller's text, valid as long as that text is.
/// Nothing is copied; call <see cref="ToString"/> for a string.
/// </summary>
[DebuggerDisplay("{Role} {Form} [{Start}..{End}) {ToString(),nq}")]
public readonly ref struct UrlMatch
{
    internal UrlMatch(ReadOnlySpan<char> span, int start, UrlRole role, UrlForm form)
    {
        Span = span;
        Start = start;
        Role = role;
        Form = form;
    }

    /// <summary>The URL exactly as written, as a slice of the input.</summary>
    public ReadOnlySpan<char> Span { get; }

    /// <summary>The UTF-16 offset of the URL's first character in the input.</summary>
    public int Start { get; }

    /// <summary>The number of UTF-16 code units the URL spans.</summary>
    public int Length => Span.Length;

    /// <summary>The offset just past the URL's last character (<see cref="Start"/> + <see cref="Length"/>).</summary>
    public int End => Start + Span.Length;

    /// <summary>The URL's position as a range of the input.</summary>
    public Range Range => new(Start, End);

    /// <summary>What the URL does in the article.</summary>
    public UrlRole Role { get; }

    /// <summary>How the URL is written.</summary>
    public UrlForm Form { get; }

    /// <summary>The URL exactly as written.</summary>
    public override string ToString() => Span.ToString();
}
