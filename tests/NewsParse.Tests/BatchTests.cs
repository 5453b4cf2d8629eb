using System.Runtime.CompilerServices;
using NewsParse.Json;

namespace NewsParse.Tests;

/// <summary>
/// Many articles at once: the same articles as one at a time, in input order on any number of threads, read lazily from
/// the input, cancellable. The stories are invented.
/// </summary>
public sealed class BatchTests
{
    private static readonly string[] s_texts = [.. Enumerable.Range(1, 300).Select(Story)];

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(8)]
    public void Many_articles_come_back_in_input_order_as_one_at_a_time_gives_them(int threads)
    {
        NewsArticle[] many = [.. NewsParser.Default.ParseMany(s_texts, threads)];

        many.Select(NewsArticleJson.Serialize).Should().Equal(s_texts.Select(t => NewsArticleJson.Serialize(NewsParser.Default.Parse(t))));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public async Task Many_articles_arrive_in_input_order_from_a_stream(int threads)
    {
        var many = new List<NewsArticle>();
        await foreach (NewsArticle article in NewsParser.Default.ParseManyAsync(Stream(s_texts), threads))
        {
            many.Add(article);
        }

        many.Select(a => a.Urls[0].Url).Should().Equal(s_texts.Select((_, i) => $"https://wire.example.com/{i + 1}"));
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void The_input_is_read_as_the_articles_are_taken(int threads)
    {
        int read = 0;
        IEnumerable<string> endless = Enumerable.Range(1, int.MaxValue).Select(i =>
        {
            Interlocked.Increment(ref read);
            return Story(i);
        });

        NewsParser.Default.ParseMany(endless, threads).Take(3).Should().HaveCount(3);
        read.Should().BeLessThanOrEqualTo(threads == 1 ? 3 : threads * 2 * 16, "a few chunks per thread run ahead, no more");
    }

    [Fact]
    public async Task Cancelling_stops_the_stream()
    {
        using var cancellation = new CancellationTokenSource();
        int taken = 0;

        Func<Task> run = async () =>
        {
            await foreach (NewsArticle _ in NewsParser.Default.ParseManyAsync(Stream(s_texts), 4, cancellation.Token))
            {
                if (++taken == 5)
                {
                    await cancellation.CancelAsync();
                }
            }
        };

        await run.Should().ThrowAsync<OperationCanceledException>();
        taken.Should().BeLessThan(s_texts.Length);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    public void A_null_text_throws_at_its_place(int threads)
    {
        string[] texts = ["One brief.", "Two briefs.", null!, "Four briefs."];
        using IEnumerator<NewsArticle> articles = NewsParser.Default.ParseMany(texts, threads).GetEnumerator();

        articles.MoveNext().Should().BeTrue();
        articles.MoveNext().Should().BeTrue();
        FluentActions.Invoking(() => articles.MoveNext()).Should().Throw<ArgumentNullException>();
    }

    [Theory]
    [InlineData(1)]
    [InlineData(3)]
    public void A_caller_s_documents_are_parsed_with_their_own_options_and_shaped_where_parsed(int threads)
    {
        var documents = Enumerable.Range(0, 100).Select(i => (Text: "LONDON, Dec. 20 (Reuters) - Rates held.", Year: 2001 + i));

        int[] years = [.. NewsParser.Default.ParseMany(
            documents,
            (parser, document) => parser.Parse(document.Text, new NewsParseOptions { ReferenceDate = new DateOnly(document.Year, 12, 31) }).Dateline!.Date!.Value.Year!.Value,
            threads)];

        years.Should().Equal(documents.Select(d => d.Year));
    }

    [Fact]
    public void No_more_parse_at_once_than_asked_however_many_are_read_ahead()
    {
        int running = 0, most = 0;
        int[] done = [.. NewsParser.Default.ParseMany(
            Enumerable.Range(0, 400),
            (_, i) =>
            {
                int now = Interlocked.Increment(ref running);
                InterlockedMax(ref most, now);
                Thread.SpinWait(20_000);
                Interlocked.Decrement(ref running);
                return i;
            },
            2)];

        done.Should().Equal(Enumerable.Range(0, 400));
        most.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public void Any_number_of_threads_may_be_asked_for() =>
        NewsParser.Default.ParseMany(s_texts, int.MaxValue).Should().HaveCount(s_texts.Length);

    [Fact]
    public void A_source_that_fails_gives_the_articles_read_before_it_first()
    {
        IEnumerable<string> failing = s_texts.Take(40).Concat(Failure());
        var given = new List<NewsArticle>();

        FluentActions.Invoking(() => given.AddRange(NewsParser.Default.ParseMany(failing, 4))).Should().Throw<InvalidDataException>();
        given.Should().HaveCount(40);

        static IEnumerable<string> Failure()
        {
            throw new InvalidDataException("the feed broke");
#pragma warning disable CS0162 // Unreachable: makes this an iterator.
            yield break;
#pragma warning restore CS0162
        }
    }

    [Fact]
    public async Task Texts_are_parsed_as_they_arrive_not_when_a_chunk_is_full()
    {
        var feed = System.Threading.Channels.Channel.CreateUnbounded<string>();
        await feed.Writer.WriteAsync(s_texts[0]);
        await feed.Writer.WriteAsync(s_texts[1]);
        using var patience = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var given = new List<NewsArticle>();

        await foreach (NewsArticle article in NewsParser.Default.ParseManyAsync(feed.Reader.ReadAllAsync(), 4, patience.Token))
        {
            given.Add(article);
            if (given.Count == 2)
            {
                break;
            }
        }

        given.Should().HaveCount(2, "two texts arrived, and nothing else, yet both were given");
    }

    [Fact]
    public void Arguments_are_checked_when_called()
    {
        FluentActions.Invoking(() => NewsParser.Default.ParseMany(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NewsParser.Default.ParseMany(s_texts, 0)).Should().Throw<ArgumentOutOfRangeException>();
        FluentActions.Invoking(() => NewsParser.Default.ParseMany<string, int>(s_texts, null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NewsParser.Default.ParseManyAsync(null!)).Should().Throw<ArgumentNullException>();
        FluentActions.Invoking(() => NewsParser.Default.ParseManyAsync(Stream(s_texts), -1)).Should().Throw<ArgumentOutOfRangeException>();
    }

    private static void InterlockedMax(ref int most, int value)
    {
        int seen;
        while (value > (seen = Volatile.Read(ref most)) && Interlocked.CompareExchange(ref most, value, seen) != seen)
        {
        }
    }

    private static string Story(int i) =>
        $"ACCRA, Dec. {(i % 28) + 1} (Reuters) - \"We will pay {i} cedis,\" said Ama Owusu. Details at https://wire.example.com/{i}.";

    private static async IAsyncEnumerable<string> Stream(IEnumerable<string> texts, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (string text in texts)
        {
            await Task.Yield();
            cancellationToken.ThrowIfCancellationRequested();
            yield return text;
        }
    }
}
