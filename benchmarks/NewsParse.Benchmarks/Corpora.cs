using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;

namespace NewsParse.Benchmarks;

// One corpus as the benchmarks see it: the article texts and their total size in UTF-8 bytes (the MB/s base).
public sealed record Corpus(string Name, string Source, string[] Texts, long Utf8Bytes);

// Loads article texts once per process. `bbc` and `polnear` are read from `<repo>/../shared/corpus/…` (never copied
// into the repository); `sample` is our own wire-style text, used alone when `../shared` is not there.
public static class Corpora
{
    public const string Bbc = "bbc";
    public const string Polnear = "polnear";
    public const string Reuters = "reuters21578";
    public const string Sample = "sample";

    private static readonly ConcurrentDictionary<string, Corpus> s_cache = new();
    private static readonly Lazy<string?> s_sharedDirectory = new(FindSharedDirectory);

    // The `shared` directory beside the repository root, or null when there is none.
    public static string? SharedDirectory => s_sharedDirectory.Value;

    // The corpora this machine can run: all three with `../shared`, only `sample` without it.
    public static IEnumerable<string> Available =>
        SharedDirectory is null ? [Sample] : [Bbc, Polnear, Reuters, Sample];

    public static Corpus Get(string name) => s_cache.GetOrAdd(name, Load);

    private static Corpus Load(string name)
    {
        // `bbc:983`: one article of a corpus, by its index, for a profiler to parse again and again.
        if (name.Split(':') is [string whole, string index] && int.TryParse(index, out int article))
        {
            Corpus corpus = Get(whole);
            if ((uint)article >= (uint)corpus.Texts.Length)
            {
                throw new ArgumentException($"Corpus '{whole}' has {corpus.Texts.Length} articles, none numbered {article}.", nameof(name));
            }

            return Create(name, $"{corpus.Source}, article {article}", [corpus.Texts[article]]);
        }

        if (name == Sample)
        {
            return Create(name, "built-in sample", SampleArticles.RepeatedTo(1_000_000));
        }

        if (name is not (Bbc or Polnear or Reuters))
        {
            throw new ArgumentException($"Unknown corpus '{name}'.", nameof(name));
        }

        string path = Path.Combine(
            SharedDirectory ?? throw new InvalidOperationException($"Corpus '{name}' needs ../shared/corpus."),
            "corpus", name, "articles.jsonl");
        return Create(name, path, ReadJsonLinesTexts(path));
    }

    private static Corpus Create(string name, string source, string[] texts)
    {
        long bytes = 0;
        foreach (string text in texts)
        {
            bytes += Encoding.UTF8.GetByteCount(text);
        }

        return new Corpus(name, source, texts, bytes);
    }

    private static string[] ReadJsonLinesTexts(string path)
    {
        var texts = new List<string>();
        foreach (string line in File.ReadLines(path))
        {
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            using JsonDocument document = JsonDocument.Parse(line);
            texts.Add(document.RootElement.GetProperty("text").GetString() ?? "");
        }

        return [.. texts];
    }

    // Walks up from the working directory, then from the binaries (BenchmarkDotNet runs each case in a child process
    // from a generated folder below bin/), until a directory holds `shared/corpus`.
    private static string? FindSharedDirectory()
    {
        foreach (string start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (DirectoryInfo? directory = new(start); directory is not null; directory = directory.Parent)
            {
                string shared = Path.Combine(directory.FullName, "shared");
                if (Directory.Exists(Path.Combine(shared, "corpus")))
                {
                    return shared;
                }
            }
        }

        return null;
    }
}
