namespace NewsParse.Cli;

/// <summary>How a run ended.</summary>
/// <param name="Documents">Documents written.</param>
/// <param name="FailedDocuments">Of those, how many were written as errors.</param>
/// <param name="Cancelled">Whether the run stopped early because it was cancelled.</param>
internal readonly record struct BatchOutcome(long Documents, long FailedDocuments, bool Cancelled);

/// <summary>
/// Parses documents in batches: read a batch, parse it on up to N threads, write it in input order, repeat.
/// Batches bound memory (at most <see cref="MaxBatchDocuments"/> documents or about <see cref="MaxBatchBytes"/>
/// of input at a time) and make cancellation clean: it is honoured between batches, after whole lines.
/// </summary>
internal sealed class BatchRunner
{
    /// <summary>The most documents held at once.</summary>
    public const int MaxBatchDocuments = 1000;

    /// <summary>Input bytes after which a batch is closed (a single larger document still makes one batch).</summary>
    public const long MaxBatchBytes = 16 * 1024 * 1024;

    private readonly NewsParser _parser;
    private readonly int _parallelism;
    private readonly Progress _progress;

    /// <summary>Makes a runner.</summary>
    /// <param name="parser">The one parser of the run; it is thread-safe.</param>
    /// <param name="parallelism">How many threads parse a batch; 1 parses on the calling thread.</param>
    /// <param name="progress">Where progress is reported.</param>
    public BatchRunner(NewsParser parser, int parallelism, Progress progress)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(parallelism, 1);
        _parser = parser;
        _parallelism = parallelism;
        _progress = progress;
    }

    /// <summary>Parses and writes every document, one entry each, in input order.</summary>
    /// <param name="documents">The documents; read on the calling thread only.</param>
    /// <param name="writer">Where results go.</param>
    /// <param name="cancellationToken">Checked between batches.</param>
    /// <returns>How many documents were written and failed, and whether the run was cancelled.</returns>
    /// <exception cref="OutputClosedException">The output cannot be written.</exception>
    public BatchOutcome Run(IEnumerable<InputDocument> documents, IReportWriter writer, CancellationToken cancellationToken)
    {
        var batch = new List<InputDocument>(MaxBatchDocuments);
        var results = new DocumentResult[MaxBatchDocuments];
        long written = 0, failed = 0, bytesWritten = 0;
        using IEnumerator<InputDocument> reader = documents.GetEnumerator();
        bool more = true;
        while (more)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                return new BatchOutcome(written, failed, Cancelled: true);
            }

            long batchBytes = 0;
            batch.Clear();
            while (batch.Count < MaxBatchDocuments && batchBytes < MaxBatchBytes && (more = reader.MoveNext()))
            {
                batch.Add(reader.Current);
                batchBytes += reader.Current.ByteCount;
                _progress.Report(written, bytesWritten);
            }

            Parse(batch, results);
            for (int i = 0; i < batch.Count; i++)
            {
                if (writer.Write(results[i]))
                {
                    failed++;
                }

                written++;
                bytesWritten += batch[i].ByteCount;
            }

            writer.Flush();
            Array.Clear(results);
            _progress.Report(written, bytesWritten);
        }

        return new BatchOutcome(written, failed, Cancelled: false);
    }

    private void Parse(List<InputDocument> batch, DocumentResult[] results)
    {
        if (_parallelism == 1 || batch.Count < 2)
        {
            for (int i = 0; i < batch.Count; i++)
            {
                results[i] = ParseOne(batch[i]);
            }

            return;
        }

        // Not cancellable on purpose: a started batch is finished and written, so no document is half done.
        Parallel.For(
            0,
            batch.Count,
            new ParallelOptions { MaxDegreeOfParallelism = _parallelism },
            i => results[i] = ParseOne(batch[i]));
    }

    private DocumentResult ParseOne(InputDocument document)
    {
        if (document.Text is null)
        {
            return new DocumentResult(document.Id, null, document.Error ?? "no text");
        }

        try
        {
            return new DocumentResult(document.Id, _parser.Parse(document.Text), null);
        }
#pragma warning disable CA1031 // The library must never throw on text; if it does, that document fails, not the run.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return new DocumentResult(document.Id, null, $"internal error while parsing: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
