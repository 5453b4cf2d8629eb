using System.Text.Json;

namespace NewsParse.Tests.Infrastructure;

/// <summary>
/// The real articles in <c>../shared/corpus</c> beside the repository. They are never copied into the repository;
/// tests that read them are skipped, with <see cref="SkipReason"/>, where the folder is absent.
/// </summary>
internal static class SharedCorpus
{
    public const string SkipReason = "../shared/corpus is not beside the repository: corpus tests need the shared evaluation data.";

    private static readonly Lazy<string?> s_root = new(FindRoot);

    /// <summary>The corpus folder, or <see langword="null"/> when it is absent.</summary>
    public static string? Root => s_root.Value;

    public static bool Exists => Root is not null;

    /// <summary>Reads a JSON Lines file of the corpus, one document per line.</summary>
    public static IEnumerable<JsonElement> ReadLines(string relativePath)
    {
        foreach (string line in File.ReadLines(Path.Combine(Root!, relativePath)))
        {
            if (!string.IsNullOrWhiteSpace(line))
            {
                using JsonDocument document = JsonDocument.Parse(line);
                yield return document.RootElement.Clone();
            }
        }
    }

    private static string? FindRoot()
    {
        for (string? dir = AppContext.BaseDirectory; dir is not null; dir = Path.GetDirectoryName(dir))
        {
            if (File.Exists(Path.Combine(dir, "NewsParse.sln")))
            {
                string corpus = Path.GetFullPath(Path.Combine(dir, "..", "shared", "corpus"));
                return Directory.Exists(corpus) ? corpus : null;
            }
        }

        return null;
    }
}

/// <summary>A fact that needs the shared corpus; skipped with a clear message without it.</summary>
public sealed class SharedCorpusFactAttribute : FactAttribute
{
    public SharedCorpusFactAttribute()
    {
        if (!SharedCorpus.Exists)
        {
            Skip = SharedCorpus.SkipReason;
        }
    }
}

/// <summary>A theory that needs the shared corpus; skipped with a clear message without it.</summary>
public sealed class SharedCorpusTheoryAttribute : TheoryAttribute
{
    public SharedCorpusTheoryAttribute()
    {
        if (!SharedCorpus.Exists)
        {
            Skip = SharedCorpus.SkipReason;
        }
    }
}
