using System.Diagnostics;
using System.Globalization;

namespace NewsParse.Cli;

/// <summary>
/// A one-line progress report on standard error for long runs watched by a person: silent for the first
/// <see cref="Delay"/>, then redrawn in place (<c>\r</c>) at most every <see cref="Interval"/>. Not thread-safe;
/// only the thread that reads and writes documents reports.
/// </summary>
internal sealed class Progress
{
    /// <summary>How long a run goes before progress appears; short runs stay quiet.</summary>
    public static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);

    /// <summary>The least time between redraws.</summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private const double BytesPerMegabyte = 1024 * 1024;

    private readonly TextWriter? _terminal;

    // Reports come from the thread that reads and the one that writes, warnings from the parsing threads.
    private readonly Lock _gate = new();
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _lastDrawn;
    private int _shownWidth;

    /// <summary>Reports to <paramref name="terminal"/>, or nowhere.</summary>
    /// <param name="terminal">Standard error when it is a terminal; <see langword="null"/> when it is redirected.</param>
    public Progress(TextWriter? terminal)
    {
        _terminal = terminal;
    }

    /// <summary>Redraws the line if it is time to.</summary>
    /// <param name="documents">Documents written so far.</param>
    /// <param name="bytes">Input bytes of those documents.</param>
    public void Report(long documents, long bytes)
    {
        if (_terminal is null)
        {
            return;
        }

        lock (_gate)
        {
            Draw(_terminal, documents, bytes);
        }
    }

    /// <summary>Writes a line of its own to <paramref name="writer"/>, clearing the progress line first.</summary>
    /// <param name="writer">Standard error.</param>
    /// <param name="line">The line, without its line ending.</param>
    public void WriteLine(TextWriter writer, string line)
    {
        lock (_gate)
        {
            Erase();
            writer.WriteLine(line);
        }
    }

    private void Draw(TextWriter terminal, long documents, long bytes)
    {
        TimeSpan elapsed = _clock.Elapsed;
        if (elapsed < Delay || (_shownWidth > 0 && elapsed - _lastDrawn < Interval))
        {
            return;
        }

        double megabytes = bytes / BytesPerMegabyte;
        string line = string.Create(
            CultureInfo.InvariantCulture,
            $"newsparse: {documents:N0} documents, {megabytes:F1} MB, {megabytes / elapsed.TotalSeconds:F1} MB/s");

        // Pad over the previous line in case this one is shorter.
        terminal.Write('\r' + line.PadRight(_shownWidth));
        terminal.Flush();
        _shownWidth = Math.Max(line.Length, 1);
        _lastDrawn = elapsed;
    }

    /// <summary>Erases the line, before a warning or at the end, so it never mixes with other output.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            Erase();
        }
    }

    private void Erase()
    {
        if (_terminal is null || _shownWidth == 0)
        {
            return;
        }

        _terminal.Write('\r' + new string(' ', _shownWidth) + '\r');
        _terminal.Flush();
        _shownWidth = 0;
    }
}
