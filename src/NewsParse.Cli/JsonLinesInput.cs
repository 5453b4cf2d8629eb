namespace NewsParse.Cli;

/// <summary>
/// One JSON Lines input as its lines are decoded, on whichever threads parse them: its name for ids and messages, and
/// the one warning it gives when it holds invalid UTF-8.
/// </summary>
internal sealed class JsonLinesInput
{
    private readonly Action<string> _warn;
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> _leftOut = new(StringComparer.Ordinal);
    private int _warnedInvalidUtf8;
    private int _warnedLoneSurrogates;

    /// <summary>Describes the input called <paramref name="name"/>.</summary>
    /// <param name="name">The path as given, or <c>-</c>: the <c>PATH</c> of <c>PATH:LINE</c>.</param>
    /// <param name="warn">Receives the one invalid-UTF-8 warning of this input.</param>
    public JsonLinesInput(string name, Action<string> warn)
    {
        Name = name;
        _warn = warn;
    }

    /// <summary>The path as given, or <c>-</c>.</summary>
    public string Name { get; }

    /// <summary>
    /// Decodes one line: repairs its UTF-8 (warning once per input), then reads its JSON object (warning once per input
    /// for each field name left out because the output has a field of that name).
    /// </summary>
    /// <param name="line">The line's bytes, without its line ending.</param>
    /// <param name="lineNumber">Its 1-based line number.</param>
    /// <returns>The document, or a failed one saying where and why.</returns>
    public InputDocument Decode(byte[] line, long lineNumber)
    {
        ReadOnlySpan<byte> utf8 = Utf8Text.Repair(line, out bool hadInvalidBytes);
        if (hadInvalidBytes && Interlocked.Exchange(ref _warnedInvalidUtf8, 1) == 0)
        {
            _warn($"{Name}: invalid UTF-8 replaced with U+FFFD");
        }

        return JsonLineParser.Parse(utf8, Name, lineNumber, line.Length, LeftOut, ReplacedSurrogates);
    }

    private void ReplacedSurrogates()
    {
        if (Interlocked.Exchange(ref _warnedLoneSurrogates, 1) == 0)
        {
            _warn($"{Name}: lone surrogate escapes (\\ud800) replaced with U+FFFD");
        }
    }

    private void LeftOut(string name)
    {
        if (_leftOut.TryAdd(name, true))
        {
            _warn($"{Name}: input field \"{name}\" left out of the output, which has a field of that name");
        }
    }
}
