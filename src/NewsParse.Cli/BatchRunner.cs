namespace NewsParse.Cli;

/// <summary>How a run ended.</summary>
/// <param name="Documents">Documents written.</param>
/// <param name="FailedDocuments">Of those, how many were written as errors.</param>
/// <param name="Cancelled">Whether the run stopped early because it was cancelled.</param>
internal readonly record struct BatchOutcome(long Documents, long FailedDocuments, bool Cancelled);

/// <summary>
/// Parses documents and writes them in input order, on the library's batch API
/// (<see cref="NewsParser.ParseMany{TSource, TResult}"/>): each document is decoded, parsed and rendered to bytes on the
/// thread that parses it, a few chunks per thread ahead of the one written, so memory stays bounded whatever the input.
/// Output is flushed every <see cref="MaxBatchDocuments"/> documents or about <see cref="MaxBatchBytes"/> of input, and
/// at the end. Cancellation stops the reading; the documents already read are finished and written, so no line is
/// half written.
/// </summary>
internal sealed class BatchRunner
{
    /// <summary>The most documents written between two flushes of the output.</summary>
    public const int MaxBatchDocuments = 1000;

    /// <summary>Input bytes after which the output is flushed.</summary>
    public const long MaxBatchBytes = 16 * 1024 * 1024;

    private readonly NewsParser _parser;
    private readonly int _parallelism;
    private readonly Progress _progress;
    private readonly Action<string> _reportError;

    /// <summary>Makes a runner.</summary>
    /// <param name="parser">The one parser of the run; it is thread-safe.</param>
    /// <param name="parallelism">How many threads parse; 1 does everything on the calling thread.</param>
    /// <param name="progress">Where progress is reported.</param>
    /// <param name="reportError">Receives a line for each document written as an error, in output order.</param>
    public BatchRunner(NewsParser parser, int parallelism, Progress progress, Action<string> reportError)
    {
        _reportError = reportError;
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        _parser = parser;
        _parallelism = parallelism;
        _progress = progress;
    }

    /// <summary>Parses and writes every document, one entry each, in input order.</summary>
    /// <param name="documents">The documents; read by one thread at a time.</param>
    /// <param name="output">Where entries go; flushed every batch of documents and at the end.</param>
    /// <param name="createWriter">Makes a report writer over a stream: one per parsing thread, over its buffer.</param>
    /// <param name="cancellationToken">Stops the reading of documents.</param>
    /// <returns>How many documents were written and failed, and whether the run was cancelled.</returns>
    /// <exception cref="OutputClosedException">The output cannot be written.</exception>
    public BatchOutcome Run(IEnumerable<SourceDocument> documents, Stream output, Func<Stream, IReportWriter> createWriter, CancellationToken cancellationToken)
    {
        using var buffers = new ThreadLocal<RenderBuffer>(() => new RenderBuffer(createWriter), trackAllValues: true);
        var counts = new Counts();
        try
        {
            int documentsSinceFlush = 0;
            long bytesSinceFlush = 0;
            IEnumerable<Rendered> rendered = _parser.ParseMany(
                Until(documents, cancellationToken), (parser, document) => Render(parser, buffers.Value!, document), _parallelism);
            foreach (Rendered entry in rendered)
            {
                output.Write(entry.Bytes);
                counts.Add(entry.Error is not null, entry.InputBytes);
                if (entry.Error is not null)
                {
                    _reportError(entry.Error);
                }

                bytesSinceFlush += entry.InputBytes;
                if (++documentsSinceFlush >= MaxBatchDocuments || bytesSinceFlush >= MaxBatchBytes)
                {
                    output.Flush();
                    _progress.Report(counts.Written, counts.BytesWritten);
                    (documentsSinceFlush, bytesSinceFlush) = (0, 0);
                }
            }

            output.Flush();
            _progress.Report(counts.Written, counts.BytesWritten);
            return counts.Outcome(cancelled: cancellationToken.IsCancellationRequested);
        }
        finally
        {
            foreach (RenderBuffer buffer in buffers.Values)
            {
                buffer.Dispose();
            }
        }
    }

    // The documents until the run is cancelled: those read before are still parsed and written.
    private static IEnumerable<SourceDocument> Until(IEnumerable<SourceDocument> documents, CancellationToken cancellationToken)
    {
        foreach (SourceDocument document in documents)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                yield break;
            }

            yield return document;
        }
    }

    // One document decoded, parsed and rendered, on the thread that parses it.
    private Rendered Render(NewsParser parser, RenderBuffer buffer, SourceDocument document)
    {
        DocumentResult result = ParseOne(parser, document.Decode());
        bool failed = buffer.Render(result, out byte[] bytes);
        return new Rendered(bytes, failed ? Summary(result) : null, document.ByteCount);
    }

    // A failed document's line on standard error: its id and why (the id once, where the message opens with it).
    private static string Summary(in DocumentResult result) =>
        result.Error is null ? $"{result.Id}: the result could not be written"
        : result.Error.StartsWith(result.Id, StringComparison.Ordinal) ? result.Error
        : $"{result.Id}: {result.Error}";

    private static DocumentResult ParseOne(NewsParser parser, InputDocument document)
    {
        if (document.Text is null)
        {
            return new DocumentResult(document.Id, null, document.Error ?? "no text", document.Fields);
        }

        try
        {
            NewsArticle article = document.ReferenceDate is DateOnly date
                ? parser.Parse(document.Text, new NewsParseOptions(parser.Options) { ReferenceDate = date })
                : parser.Parse(document.Text);
            return new DocumentResult(document.Id, article, null, document.Fields, document.Text);
        }
#pragma warning disable CA1031 // The library must never throw on text; if it does, that document fails, not the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new DocumentResult(document.Id, null, $"internal error while parsing: {ex.GetType().Name}: {ex.Message}", document.Fields);
        }
    }

    // One document's entry as it is written: its bytes, the error line it gives standard error, the input it came from.
    private sealed record Rendered(byte[] Bytes, string? Error, long InputBytes);

    // Documents written so far; updated by whichever thread writes, read by the caller between batches.
    private sealed class Counts
    {
        private long _written;
        private long _failed;
        private long _bytesWritten;

        public long Written => Interlocked.Read(ref _written);

        public long BytesWritten => Interlocked.Read(ref _bytesWritten);

        public void Add(bool failed, long bytes)
        {
            Interlocked.Increment(ref _written);
            Interlocked.Add(ref _bytesWritten, bytes);
            if (failed)
            {
                Interlocked.Increment(ref _failed);
            }
        }

        public BatchOutcome Outcome(bool cancelled) => new(Written, Interlocked.Read(ref _failed), cancelled);
    }

    // One parsing thread's report writer over a reusable buffer: each entry is rendered whole, then copied out.
    private sealed class RenderBuffer : IDisposable
    {
        private readonly MemoryStream _buffer = new();
        private readonly IReportWriter _writer;

        public RenderBuffer(Func<Stream, IReportWriter> createWriter) => _writer = createWriter(_buffer);

        public bool Render(in DocumentResult result, out byte[] entry)
        {
            _buffer.SetLength(0);
            bool failed = _writer.Write(result);
            entry = _buffer.ToArray();
            return failed;
        }

        public void Dispose() => _writer.Dispose();
    }
}
