using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;

namespace NewsParse.Benchmarks;

// A short job for a shared 2-core machine: one launch, 3 warmups, 5 measured iterations. Only ratios measured side by
// side in one run mean much there; allocations are exact. Artifacts go to a temp folder, not the repository;
// `benchmarks/run.sh` copies the GitHub markdown report into `benchmarks/results/`.
public static class BenchmarkConfig
{
    public static IConfig Create() =>
        ManualConfig.CreateEmpty()
            .AddJob(Job.Default.WithLaunchCount(1).WithWarmupCount(3).WithIterationCount(5).WithId("Short"))
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .AddColumn(Columns.MegabytesPerSecond, Columns.NanosecondsPerArticle)
            // The Regex baseline uses EnumerateMatches and allocates nothing, so Alloc Ratio would only ever say NA.
            .HideColumns(Column.AllocRatio)
            .AddExporter(MarkdownExporter.GitHub)
            .AddLogger(ConsoleLogger.Default)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "newsparse-benchmarks"))
            .WithOptions(ConfigOptions.DisableLogFile);
}
