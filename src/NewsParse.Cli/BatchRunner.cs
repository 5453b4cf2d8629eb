using System.Collections.Concurrent;

namespace NewsParse.Cli;

/// <summary>How a run ended.</summary>
/// <param name="Documents">Documents written.</param>
/// <param name="FailedDocuments">Of those, how many were written as errors.</param>
/// <param name="Cancelled">Whether the run stopped early because it was cancelled.</param>
internal readonly record struct BatchOutcome(long Documents, long FailedDocuments, bool Cancelled);

/// <summary>
/// Parses documents in batches and writes them in input order. With one thread everything happens on the calling
/// thread. With more, each batch's documents are decoded, parsed and rendered to bytes on up to N threads, while the
/// next batch is read and the last one written. Batches bound memory (at most <see cref="MaxBatchDocuments"/>
/// documents or about <see cref="MaxBatchBytes"/> of input each, three batches at a time) and make cancellation clean:
/// it is honoured between batches, after whole documents.
/// </summary>
internal sealed class BatchRunner
{
    /// <summary>The most documents in one batch.</summary>
    public const int MaxBatchDocuments = 1000;

    /// <summary>Input bytes after which a batch is closed (a single larger document still makes one batch).</summary>
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
    /// <param name="output">Where entries go; flushed after each batch.</param>
    /// <param name="createWriter">Makes a report writer over a stream: one for the output, and one per parsing thread.</param>
    /// <param name="cancellationToken">Checked between batches.</param>
    /// <returns>How many documents were written and failed, and whether the run was cancelled.</returns>
    /// <exception cref="OutputClosedException">The output cannot be written.</exception>
    public BatchOutcome Run(IEnumerable<SourceDocument> documents, Stream output, Func<Stream, IReportWriter> createWriter, CancellationToken cancellationToken)
    {
        using IEnumerator<SourceDocument> reader = documents.GetEnumerator();
        return _parallelism == 1
            ? RunOnThisThread(reader, output, createWriter, cancellationToken)
            : RunInParallel(reader, output, createWriter, cancellationToken);
    }

    private BatchOutcome RunOnThisThread(IEnumerator<SourceDocument> reader, Stream output, Func<Stream, IReportWriter> createWriter, CancellationToken cancellationToken)
    {
        using IReportWriter writer = createWriter(output);
        var batch = new Batch();
        var counts = new Counts();
        while (!cancellationToken.IsCancellationRequested)
        {
            if (!batch.Fill(reader, _progress, counts))
            {
                return counts.Outcome(cancelled: false);
            }

            for (int i = 0; i < batch.Count; i++)
            {
                DocumentResult result = ParseOne(batch.Documents[i].Decode());
                bool failed = writer.Write(result);
                counts.Add(failed, batch.Documents[i].ByteCount);
                if (failed)
                {
                    _reportError(Summary(result));
                }
            }

            writer.Flush();
            _progress.Report(counts.Written, counts.BytesWritten);
        }

        return counts.Outcome(cancelled: true);
    }

    private BatchOutcome RunInParallel(IEnumerator<SourceDocument> reader, Stream output, Func<Stream, IReportWriter> createWriter, CancellationToken cancellationToken)
    {
        // Three batches go round: one is read while another is parsed and the third written, each on its own thread.
        using var free = new BlockingCollection<Batch>(new ConcurrentQueue<Batch>([new Batch(), new Batch(), new Batch()]));
        using var filled = new BlockingCollection<Batch>();
        using var stop = new CancellationTokenSource();
        var counts = new Counts();
        Task reading = Task.Run(() => Read(reader, free, filled, counts, cancellationToken, stop.Token), CancellationToken.None);
        Task writing = Task.CompletedTask;
        try
        {
            foreach (Batch batch in filled.GetConsumingEnumerable(stop.Token))
            {
                Render(batch, createWriter);
                writing.GetAwaiter().GetResult();
                _progress.Report(counts.Written, counts.BytesWritten);
                writing = Task.Run(
                    () =>
                    {
                        Write(batch, output, counts);
                        free.Add(batch);
                    },
                    CancellationToken.None);
            }

            writing.GetAwaiter().GetResult();
            reading.GetAwaiter().GetResult();
            _progress.Report(counts.Written, counts.BytesWritten);
            return counts.Outcome(cancelled: cancellationToken.IsCancellationRequested);
        }
        finally
        {
            // On a failure, stop the reader and let a running write end before the caller closes the output; what failed
            // has been thrown above, so these are only waited for here, never thrown again.
            stop.Cancel();
            Task.WhenAll(Task.WhenAny(writing), Task.WhenAny(reading)).GetAwaiter().GetResult();
        }
    }

    // The reading thread: fills free batches until the input ends or the run is cancelled (between batches).
    private void Read(
        IEnumerator<SourceDocument> reader, BlockingCollection<Batch> free, BlockingCollection<Batch> filled, Counts counts,
        CancellationToken cancellationToken, CancellationToken stop)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                Batch batch = free.Take(stop);
                if (!batch.Fill(reader, _progress, counts))
                {
                    return;
                }

                filled.Add(batch, stop);
            }
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // The run failed elsewhere and stopped reading.
        }
        finally
        {
            filled.CompleteAdding();
        }
    }

    // Not cancellable on purpose: a started batch is finished and written, so no document is half done.
    private void Render(Batch batch, Func<Stream, IReportWriter> createWriter) =>
        Parallel.For(
            0,
            batch.Count,
            new ParallelOptions { MaxDegreeOfParallelism = _parallelism },
            () => new RenderBuffer(createWriter),
            (i, _, buffer) =>
            {
                DocumentResult result = ParseOne(batch.Documents[i].Decode());
                batch.Failed[i] = buffer.Render(result, out batch.Entries[i]);
                batch.Errors[i] = batch.Failed[i] ? Summary(result) : null;
                return buffer;
            },
            buffer => buffer.Dispose());

    private void Write(Batch batch, Stream output, Counts counts)
    {
        for (int i = 0; i < batch.Count; i++)
        {
            output.Write(batch.Entries[i]);
            counts.Add(batch.Failed[i], batch.Documents[i].ByteCount);
            if (batch.Errors[i] is string error)
            {
                _reportError(error);
            }
        }

        output.Flush();
    }

    // A failed document's line on standard error: its id and why (the id once, where the message opens with it).
    private static string Summary(in DocumentResult result) =>
        result.Error is null ? $"{result.Id}: the result could not be written"
        : result.Error.StartsWith(result.Id, StringComparison.Ordinal) ? result.Error
        : $"{result.Id}: {result.Error}";

    private DocumentResult ParseOne(InputDocument document)
    {
        if (document.Text is null)
        {
            return new DocumentResult(document.Id, null, document.Error ?? "no text", document.Fields);
        }

        try
        {
            NewsArticle article = document.ReferenceDate is DateOnly date
                ? _parser.Parse(document.Text, new NewsParseOptions(_parser.Options) { ReferenceDate = date })
                : _parser.Parse(document.Text);
            return new DocumentResult(document.Id, article, null, document.Fields, document.Text);
        }
#pragma warning disable CA1031 // The library must never throw on text; if it does, that document fails, not the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new DocumentResult(document.Id, null, $"internal error while parsing: {ex.GetType().Name}: {ex.Message}", document.Fields);
        }
    }

    // The documents of one batch and, once rendered, each one's entry and whether it is an error.
    private sealed class Batch
    {
        public List<SourceDocument> Documents { get; } = new(MaxBatchDocuments);

        public byte[][] Entries { get; } = new byte[MaxBatchDocuments][];

        public bool[] Failed { get; } = new bool[MaxBatchDocuments];

        public string?[] Errors { get; } = new string?[MaxBatchDocuments];

        public int Count => Documents.Count;

        // Reads the next batch; false when the input has no more documents.
        public bool Fill(IEnumerator<SourceDocument> reader, Progress progress, Counts counts)
        {
            Documents.Clear();
            Array.Clear(Entries);
            long bytes = 0;
            while (Documents.Count < MaxBatchDocuments && bytes < MaxBatchBytes && reader.MoveNext())
            {
                Documents.Add(reader.Current);
                bytes += reader.Current.ByteCount;
                progress.Report(counts.Written, counts.BytesWritten);
            }

            return Documents.Count > 0;
        }
    }

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
