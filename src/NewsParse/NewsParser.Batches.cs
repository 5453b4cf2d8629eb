using System.Runtime.CompilerServices;

namespace NewsParse;

// Many articles at once: in input order, on as many threads as asked, never holding more than a window of them.
public sealed partial class NewsParser
{
    // How many articles per thread may be parsed ahead of the one the caller waits for.
    private const int AheadPerThread = 4;

    /// <summary>
    /// Parses <paramref name="texts"/> one after another as they are enumerated, on up to
    /// <paramref name="maxDegreeOfParallelism"/> threads, giving the articles back in input order.
    /// </summary>
    /// <remarks>
    /// Lazy: <paramref name="texts"/> is read as the articles are taken, a few per thread ahead of the one asked for, so
    /// a stream of any length runs in bounded memory. The parser is thread-safe; so is this method, each enumeration on
    /// its own. An exception (a <see langword="null"/> text) surfaces at the article that caused it.
    /// </remarks>
    /// <param name="texts">The raw texts of the articles.</param>
    /// <param name="maxDegreeOfParallelism">How many threads parse at most; 1, the default, parses on the caller's.</param>
    /// <returns>The articles, in the order of <paramref name="texts"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="texts"/> is <see langword="null"/>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="maxDegreeOfParallelism"/> is less than 1.</exception>
    public IEnumerable<NewsArticle> ParseMany(IEnumerable<string> texts, int maxDegreeOfParallelism = 1)
    {
        ArgumentNullException.ThrowIfNull(texts);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxDegreeOfParallelism, 1);
        return maxDegreeOfParallelism == 1 ? Sequential(texts) : InParallel(texts, maxDegreeOfParallelism);
    }

    /// <summary>
    /// Parses <paramref name="texts"/> as they arrive, on up to <paramref name="maxDegreeOfParallelism"/> threads,
    /// giving the articles back in input order.
    /// </summary>
    /// <remarks>
    /// Reads a few articles per thread ahead of the one awaited, so a stream of any length runs in bounded memory.
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

    private IEnumerable<NewsArticle> Sequential(IEnumerable<string> texts)
    {
        foreach (string text in texts)
        {
            yield return Parse(text);
        }
    }

    private IEnumerable<NewsArticle> InParallel(IEnumerable<string> texts, int threads)
    {
        var window = new Queue<Task<NewsArticle>>();
        using IEnumerator<string> next = texts.GetEnumerator();
        bool more = true;
        while (true)
        {
            while (more && window.Count < threads * AheadPerThread && (more = next.MoveNext()))
            {
                string text = next.Current;
                window.Enqueue(Task.Run(() => Parse(text)));
            }

            if (window.Count == 0)
            {
                yield break;
            }

            yield return window.Dequeue().GetAwaiter().GetResult();
        }
    }

    private async IAsyncEnumerable<NewsArticle> InParallelAsync(
        IAsyncEnumerable<string> texts, int threads, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        // On one thread an article is parsed just before it is given, so that an exception comes at its place.
        int ahead = threads == 1 ? 1 : threads * AheadPerThread;
        var window = new Queue<Task<NewsArticle>>();
        await using IAsyncEnumerator<string> next = texts.GetAsyncEnumerator(cancellationToken);
        bool more = true;
        while (true)
        {
            while (more && window.Count < ahead && (more = await next.MoveNextAsync().ConfigureAwait(false)))
            {
                string text = next.Current;
                window.Enqueue(threads == 1 ? Task.FromResult(Parse(text)) : Task.Run(() => Parse(text), cancellationToken));
            }

            if (window.Count == 0)
            {
                yield break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            yield return await window.Dequeue().ConfigureAwait(false);
        }
    }
}
