using System.Collections;
using System.Security;

namespace NewsParse.Cli;

/// <summary>
/// The documents of a run, in input order, read lazily so memory holds only what the caller keeps. Every
/// input yields its documents or failed documents saying why; enumeration itself never throws on bad input.
/// </summary>
internal sealed class DocumentSource : IEnumerable<SourceDocument>
{
    /// <summary>The path that means standard input.</summary>
    public const string StandardInputPath = "-";

    private readonly IReadOnlyList<string> _paths;
    private readonly bool _jsonLines;
    private readonly Stream _stdin;
    private readonly Action<string> _warn;

    /// <summary>Describes the documents of <paramref name="paths"/>.</summary>
    /// <param name="paths">Files, directories or <c>-</c>, in command-line order.</param>
    /// <param name="jsonLines">Whether each input holds one JSON object per line instead of one document.</param>
    /// <param name="stdin">What <c>-</c> reads.</param>
    /// <param name="warn">Receives one warning per input that had invalid UTF-8.</param>
    /// <param name="stdinName">The name <c>-</c> goes by in ids and messages.</param>
    /// <param name="stdinFirstLine">The number of the first line of <c>-</c> in JSON Lines ids.</param>
    public DocumentSource(
        IReadOnlyList<string> paths, bool jsonLines, Stream stdin, Action<string> warn, string stdinName = StandardInputPath, long stdinFirstLine = 1)
    {
        _paths = paths;
        _jsonLines = jsonLines;
        _stdin = stdin;
        _warn = warn;
        _stdinName = stdinName;
        _stdinFirstLine = stdinFirstLine;
    }

    private readonly string _stdinName;
    private readonly long _stdinFirstLine;

    /// <inheritdoc/>
    public IEnumerator<SourceDocument> GetEnumerator()
    {
        foreach (string path in _paths)
        {
            if (path == StandardInputPath)
            {
                foreach (SourceDocument document in ReadInput(_stdinName, path, isStandardInput: true))
                {
                    yield return document;
                }
            }
            else if (Directory.Exists(path))
            {
                foreach (DirectoryEntry entry in DirectoryWalker.Find(path, _jsonLines ? ".jsonl" : ".txt"))
                {
                    IEnumerable<SourceDocument> documents = entry.Error is null
                        ? ReadInput(entry.Id, entry.FullPath, isStandardInput: false)
                        : [SourceDocument.Read(InputDocument.Failed(entry.Id, entry.Error))];
                    foreach (SourceDocument document in documents)
                    {
                        yield return document;
                    }
                }
            }
            else
            {
                foreach (SourceDocument document in ReadInput(path, path, isStandardInput: false))
                {
                    yield return document;
                }
            }
        }
    }

    /// <inheritdoc/>
    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IEnumerable<SourceDocument> ReadInput(string name, string path, bool isStandardInput) =>
        _jsonLines ? ReadJsonLines(name, path, isStandardInput) : [SourceDocument.Read(ReadWholeDocument(name, path, isStandardInput))];

    private InputDocument ReadWholeDocument(string name, string path, bool isStandardInput)
    {
        byte[] bytes;
        try
        {
            bytes = isStandardInput ? ReadToEnd(_stdin) : File.ReadAllBytes(path);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            return InputDocument.Failed(name, $"cannot read: {Describe(ex)}");
        }

        string text = Utf8Text.Decode(Utf8Text.SkipByteOrderMark(bytes), out bool hadInvalidBytes);
        if (hadInvalidBytes)
        {
            _warn($"{name}: invalid UTF-8 replaced with U+FFFD");
        }

        return new InputDocument(name, text, null, bytes.Length);
    }

    private IEnumerable<SourceDocument> ReadJsonLines(string name, string path, bool isStandardInput)
    {
        string? error = null;
        Stream? stream = isStandardInput ? _stdin : TryOpen(path, out error);
        if (stream is null)
        {
            yield return SourceDocument.Read(InputDocument.Failed(name, $"cannot read: {error}"));
            yield break;
        }

        try
        {
            var source = new JsonLinesSource(name, stream, _warn, isStandardInput ? _stdinFirstLine : 1);
            while (source.TryReadNext(out SourceDocument? document))
            {
                yield return document;
            }
        }
        finally
        {
            if (!isStandardInput)
            {
                stream.Dispose();
            }
        }
    }

    private static FileStream? TryOpen(string path, out string? error)
    {
        try
        {
            error = null;

            // ByteLineReader buffers already; a second FileStream buffer would only copy.
            return new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
        }
        catch (Exception ex) when (IsReadFailure(ex))
        {
            error = Describe(ex);
            return null;
        }
    }

    private static byte[] ReadToEnd(Stream stream)
    {
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return buffer.ToArray();
    }

    private static bool IsReadFailure(Exception ex) =>
        ex is IOException or UnauthorizedAccessException or SecurityException or NotSupportedException or ArgumentException;

    private static string Describe(Exception ex) => ex switch
    {
        FileNotFoundException or DirectoryNotFoundException => "no such file or directory",
        UnauthorizedAccessException => "permission denied",
        _ => ex.Message,
    };
}
