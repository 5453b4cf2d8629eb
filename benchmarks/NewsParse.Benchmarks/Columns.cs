using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace NewsParse.Benchmarks;

// Throughput columns computed from the mean time and the case's `Corpus` parameter (loaded in the host process too,
// from the same static cache the benchmarks use).
public static class Columns
{
    public static readonly IColumn MegabytesPerSecond = new CorpusColumn(
        "MB/s", "UTF-8 input bytes of the corpus / mean time, in MB (1e6 bytes) per second",
        (corpus, meanNs) => (corpus.Utf8Bytes / meanNs * 1e3).ToString("F1"));

    public static readonly IColumn NanosecondsPerArticle = new CorpusColumn(
        "ns/article", "Mean time / number of articles in the corpus",
        (corpus, meanNs) => (meanNs / corpus.Texts.Length).ToString("N0"));

    private sealed class CorpusColumn(string name, string legend, Func<Corpus, double, string> format) : IColumn
    {
        public string Id => $"{nameof(CorpusColumn)}.{name}";
        public string ColumnName => name;
        public bool AlwaysShow => true;
        public ColumnCategory Category => ColumnCategory.Custom;
        public int PriorityInCategory => 0;
        public bool IsNumeric => true;
        public UnitType UnitType => UnitType.Dimensionless;
        public string Legend => legend;

        public bool IsAvailable(Summary summary) => true;
        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase) =>
            GetValue(summary, benchmarkCase, SummaryStyle.Default);

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
        {
            double? meanNs = summary[benchmarkCase]?.ResultStatistics?.Mean;
            if (meanNs is not > 0 || benchmarkCase.Parameters["Corpus"] is not string corpusName)
            {
                return "-";
            }

            return format(Corpora.Get(corpusName), meanNs.Value);
        }
    }
}
