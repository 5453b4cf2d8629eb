using System.Globalization;
using System.Text;

namespace NewsParse.Benchmarks;

// Rewrites the README's benchmark tables from the reports in benchmarks/results: each class's table goes between
// `<!-- benchmarks:Class -->` and `<!-- /benchmarks:Class -->`, and the whole-article summary (MB/s, the speed-up over
// the Regex pipeline, the share of the scan limit) between `<!-- benchmarks:summary -->` and its end marker.
public static class ReadmeTables
{
    private static readonly string[] s_columns =
        ["Method", "Corpus", "Mean", "Ratio", "Input", "Elapsed", "MB/s", "ns/article", "Speed-up", "Allocated", "Peak memory"];

    public static void Update(string readmePath, string resultsDirectory)
    {
        string readme = File.ReadAllText(readmePath);
        foreach (string report in Directory.GetFiles(resultsDirectory, "*.md").Order(StringComparer.Ordinal))
        {
            string name = Path.GetFileNameWithoutExtension(report);
            Report table = Report.Read(report);
            readme = Replace(readme, name, table.Render(s_columns));
            if (name == nameof(ArticleBenchmarks))
            {
                readme = Replace(readme, "summary", Summary(table));
            }
        }

        File.WriteAllText(readmePath, readme);
    }

    private static string Replace(string readme, string name, string content)
    {
        string begin = $"<!-- benchmarks:{name} -->\n", end = $"<!-- /benchmarks:{name} -->";
        int start = readme.IndexOf(begin, StringComparison.Ordinal);
        int stop = start < 0 ? -1 : readme.IndexOf(end, start, StringComparison.Ordinal);
        return stop < 0 ? readme : string.Concat(readme.AsSpan(0, start + begin.Length), content, readme.AsSpan(stop));
    }

    private static string Summary(Report table)
    {
        var text = new StringBuilder();
        text.Append("| Corpus | Span layer | × Regex pipeline | Share of the scan limit | Object layer, allocated per article |\n");
        text.Append("|---|--:|--:|--:|--:|\n");
        foreach (string corpus in table.Rows.Select(row => row["Corpus"]).Distinct())
        {
            double span = table.Number("NewsParse span layer", corpus, "MB/s");
            double regex = table.Number("Regex pipeline", corpus, "MB/s");
            double scan = table.Number("Scan limit, IndexOfAny", corpus, "MB/s");
            double allocated = table.Number("NewsParse object layer", corpus, "Allocated");
            int articles = Corpora.Get(corpus).Texts.Length;
            text.Append(CultureInfo.InvariantCulture,
                $"| {corpus} | {span:N0} MB/s | {span / regex:N1}× | {100 * span / scan:N0}% | {allocated / articles:N0} B |\n");
        }

        return text.Append('\n').Append(table.Header).Append('\n').ToString();
    }

    // One BenchmarkDotNet GitHub report as written by run.sh: its machine header and its table, cells cleaned of the
    // bold and quotes BenchmarkDotNet adds.
    private sealed record Report(string Header, List<Dictionary<string, string>> Rows)
    {
        public static Report Read(string path)
        {
            string[] lines = File.ReadAllLines(path);
            string header = string.Join(". ", lines.Where(line => line.StartsWith("- Machine", StringComparison.Ordinal)
                || line.StartsWith("- .NET runtime", StringComparison.Ordinal) || line.StartsWith("- Date", StringComparison.Ordinal))
                .Select(line => line[2..].TrimEnd().TrimEnd('.')));
            string[] table = lines.Where(line => line.StartsWith('|')).ToArray();
            string[] names = Cells(table[0]);
            var rows = new List<Dictionary<string, string>>();
            foreach (string line in table.Skip(2))
            {
                string[] cells = Cells(line);
                if (cells.Length == names.Length && cells[0].Length > 0)
                {
                    rows.Add(names.Zip(cells).ToDictionary(pair => pair.First, pair => pair.Second));
                }
            }

            return new Report($"Measured with `benchmarks/run.sh`. {header}.", rows);
        }

        public string Render(string[] columns)
        {
            string[] present = columns.Where(column => Rows.Count > 0 && Rows[0].ContainsKey(column)).ToArray();
            var text = new StringBuilder();
            text.Append("| ").AppendJoin(" | ", present).Append(" |\n|");
            foreach (string column in present)
            {
                text.Append(column is "Method" or "Corpus" ? "---|" : "--:|");
            }

            text.Append('\n');
            foreach (Dictionary<string, string> row in Rows)
            {
                text.Append("| ").AppendJoin(" | ", present.Select(column => row[column])).Append(" |\n");
            }

            return text.ToString();
        }

        public double Number(string method, string corpus, string column)
        {
            string cell = Rows.First(row => row["Method"] == method && row["Corpus"] == corpus)[column];
            if (cell == "-")
            {
                return 0;
            }

            string[] parts = cell.Split(' ');
            double scale = parts.Length > 1 ? parts[1] switch { "KB" => 1024, "MB" => 1024 * 1024, "GB" => 1024 * 1024 * 1024, _ => 1 } : 1;
            return double.Parse(parts[0].Replace(",", ""), CultureInfo.InvariantCulture) * scale;
        }

        private static string[] Cells(string line) =>
            line.Trim().Trim('|').Split('|').Select(cell => cell.Trim().Trim('*').Trim('\'')).ToArray();
    }
}
