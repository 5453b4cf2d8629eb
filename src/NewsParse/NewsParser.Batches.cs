using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;

namespace NewsParse;

// Many articles at once: in input order, on as many threads as asked, never holding more than a window of them.
public sealed partial class NewsParser
{
    // Articles go to the threads in chunks, so that handing one over costs little beside parsing it; a few chunks per
    // thread run ahead of the one the caller waits for.
    private const int ChunkSize = 16;
    private const int ChunksAheadPerThread = 2;

    // However many threads are asked for, no more chunks than this are read ahead.
    private const int MaxChunksAhead = 1024;

    /// <summary>
    /// Parses <paramref name="texts"/> as they are enumerated, on up to <paramref name="maxDegreeOfParallelism"/>
    /// threads, giving the articles back in input order.
    /// </summary>
    /// <remarks>
    /// Lazy: <paramref name="texts"/> is read as the articles are taken, a few dozen per thread ahead of the one asked
    /// for, so a stream of any length runs in bounded memory. The parser is thread-safe; so is this method, each
    /// enumeration on its own. An exception (a <see langword="null"/> text) surfaces at the article that caused it.
    /// </remarks>
    /// <param name="texts">The raw texts of the articles.</param>
    /// <param name="maxDegreeOfParallelism">How many threads parse at most; 1, the default, parses on the caller's.</param>
    /// <returns>The articles, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IEnumerable<NewsArticle> ParseMany(IEnumerable<string> texts, int maxDegreeOfParallelism = 1) =>
        ParseMany(texts, static (parser, text) => parser.Parse(text), maxDegreeOfParallelism);

    /// <summary>
    /// Runs <paramref name="parse"/> with this parser on each of <paramref name="sources"/>, on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads, giving the results back in input order: for a pipeline whose
    /// documents carry their own options (<see cref="Parse(string, NewsParseOptions)"/>) or whose results are shaped
    /// where they are parsed (rendered as JSON, say), on the parsing thread.
    /// </summary>
    /// <remarks>As <see cref="ParseMany(IEnumerable{string}, int)"/>: lazy, ordered, each exception at its source's place.</remarks>
    /// <typeparam name="TSource">What a document is to the caller.</typeparam>
    /// <typeparam name="TResult">What the caller makes of it.</typeparam>
    /// <param name="sources">The documents.</param>
    /// <param name="parse">Parses one document with the parser given, and shapes the result; called on any thread.</param>
    /// <param name="maxDegreeOfParallelism">How many threads parse at most; 1, the default, parses on the caller's.</param>
    /// <returns>The results, in the order of <paramref name="sources"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IEnumerable<TResult> ParseMany<TSource, TResult>(
        IEnumerable<TSource> sources, Func<NewsParser, TSource, TResult> parse, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return maxDegreeOfParallelism == 1 ? Sequential(sources, parse) : InParallel(sources, parse, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Parses <paramref name="texts"/> as they arrive, on up to <paramref name="maxDegreeOfParallelism"/> threads,
    /// giving the articles back in input order.
    /// </summary>
    /// <remarks>
    /// Reads a few dozen articles per thread ahead of the one awaited, so a stream of any length runs in bounded memory.
    /// Cancelling stops reading and parsing; the articles in progress are finished, not given.
    /// </remarks>
    /// <param name="texts">The raw texts of the articles.</param>
    /// <param name="maxDegreeOfParallelism">How many threads parse at most.</param>
    /// <param name="cancellationToken">Stops the enumeration with <see cref="OperationCanceledException"/>.</param>
    /// <returns>The articles, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IAsyncEnumerable<NewsArticle> ParseManyAsync(
        IAsyncEnumerable<string> texts, int maxDegreeOfParallelism = 1, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return InParallelAsync(texts, maxDegreeOfParallelism, cancellationToken);
    }

    private IEnumerable<TResult> Sequential<TSource, TResult>(IEnumerable<TSource> sources, Func<NewsParser, TSource, TResult> parse)
    {
        foreach (TSource source in sources)
        {
            yield return parse(this, source);
        }
    }

    private IEnumerable<TResult> InParallel<TSource, TResult>(IEnumerable<TSource> sources, Func<NewsParser, TSource, TResult> parse, int threads)
    {
        // The chunks read ahead wait in the window; no more than `threads` of them are parsed at once.
        TaskScheduler scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        int ahead = (int)Math.Min((long)threads * ChunksAheadPerThread, MaxChunksAhead);
        var window = new Queue<Task<Chunk<TResult>>>();
        ExceptionDispatchInfo? sourceFailure = null;
        using IEnumerator<TSource> next = sources.GetEnumerator();
        bool more = true;
        try
        {
            while (true)
            {
                while (more && window.Count < ahead)
                {
                    var chunk = new List<TSource>(ChunkSize);
                    try
                    {
                        while (chunk.Count < ChunkSize && (more = next.MoveNext()))
                        {
                            chunk.Add(next.Current);
                        }
                    }
#pragma warning disable CA1031 // Not handled: thrown once the sources read before it are given.
                    catch (Exception ex)
#pragma warning restore CA1031
                    {
                        (sourceFailure, more) = (ExceptionDispatchInfo.Capture(ex), false);
                    }

                    if (chunk.Count > 0)
                    {
                        window.Enqueue(Task.Factory.StartNew(
                            () => Chunk<TResult>.Of(chunk, source => parse(this, source)), CancellationToken.None, TaskCreationOptions.None, scheduler));
                    }
                }

                if (window.Count == 0)
                {
                    sourceFailure?.Throw();
                    yield break;
                }

                Chunk<TResult> done = window.Peek().GetAwaiter().GetResult();
                _ = window.Dequeue();
                foreach (TResult result in done.Results)
                {
                    yield return result;
                }

                done.Failure?.Throw();
            }
        }
        finally
        {
            // A caller that stops early (or fails) waits for the chunks in progress, which may use what it then frees.
            foreach (Task<Chunk<TResult>> chunk in window)
            {
                ((IAsyncResult)chunk).AsyncWaitHandle.WaitOne();
            }
        }
    }

    private async IAsyncEnumerable<NewsArticle> InParallelAsync(
        IAsyncEnumerable<string> texts, int threads, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // A chunk goes off when it is full or when the next text is not there yet, so that texts are parsed as they arrive;
        // no more than `threads` chunks are parsed at once.
        TaskScheduler scheduler = new ConcurrentExclusiveSchedulerPair(TaskScheduler.Default, threads).ConcurrentScheduler;
        int ahead = (int)Math.Min((long)threads * ChunksAheadPerThread, MaxChunksAhead);
        var window = new Queue<Task<Chunk<NewsArticle>>>();

        // A text still awaited when the caller stops is asked to stop too, so that the texts can be let go.
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        await using IAsyncEnumerator<string> next = texts.GetAsyncEnumerator(stop.Token);
        Task<bool>? arriving = null;
        bool more = true;
        try
        {
            while (true)
            {
                while (more && window.Count < ahead)
                {
                    var chunk = new List<string>(ChunkSize);
                    while (chunk.Count < ChunkSize)
                    {
                        arriving ??= next.MoveNextAsync().AsTask();
                        if (!arriving.IsCompleted && (chunk.Count > 0 || window.Count > 0))
                        {
                            break;
                        }

                        more = await arriving.ConfigureAwait(false);
                        arriving = null;
                        if (!more)
                        {
                            break;
                        }

                        chunk.Add(next.Current);
                    }

                    if (chunk.Count > 0)
                    {
                        window.Enqueue(Task.Factory.StartNew(
                            () => Chunk<NewsArticle>.Of(chunk, Parse), cancellationToken, TaskCreationOptions.None, scheduler));
                    }

                    if (arriving is { IsCompleted: false })
                    {
                        break;
                    }
                }

                if (window.Count == 0)
                {
                    yield break;
                }

                cancellationToken.ThrowIfCancellationRequested();
                Chunk<NewsArticle> done = await window.Peek().ConfigureAwait(false);
                _ = window.Dequeue();
                foreach (NewsArticle article in done.Results)
                {
                    yield return article;
                }

                done.Failure?.Throw();
            }
        }
        finally
        {
            foreach (Task<Chunk<NewsArticle>> chunk in window)
            {
                await Task.WhenAny(chunk).ConfigureAwait(false);
            }

            if (arriving is not null)
            {
                await stop.CancelAsync().ConfigureAwait(false);
                await Task.WhenAny(arriving).ConfigureAwait(false);
            }
        }
    }

    // The results of a chunk up to its first failure, and that failure.
    private sealed record Chunk<TResult>(List<TResult> Results, ExceptionDispatchInfo? Failure)
    {
        public static Chunk<TResult> Of<TSource>(List<TSource> sources, Func<TSource, TResult> parse)
        {
            var results = new List<TResult>(sources.Count);
            foreach (TSource source in sources)
            {
                try
                {
                    results.Add(parse(source));
                }
#pragma warning disable CA1031 // Not handled: kept, and thrown where the caller reaches this source.
                catch (Exception ex)
#pragma warning restore CA1031
                {
                    return new Chunk<TResult>(results, ExceptionDispatchInfo.Capture(ex));
                }
            }

            return new Chunk<TResult>(results, null);
        }
    }
}
