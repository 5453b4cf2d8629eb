#!/usr/bin/env bash
# Builds the benchmarks in Release, runs them (short job) and writes one table per benchmark class to
# benchmarks/results/<Class>.md: a header naming the machine, then BenchmarkDotNet's GitHub markdown report; then
# rewrites the README's tables (between <!-- benchmarks:Class --> markers) from every report in results/.
#   benchmarks/run.sh                      every class, then benchmarks/cli.sh (the command over Reuters)
#   benchmarks/run.sh DatelineBenchmarks   one class (a BenchmarkDotNet filter on its name)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/NewsParse.Benchmarks/NewsParse.Benchmarks.csproj"
results="$here/results"
artifacts="$(mktemp -d "${TMPDIR:-/tmp}/newsparse-bench.XXXXXX")"
trap 'rm -rf "$artifacts"' EXIT
filter="*${1:-Benchmarks}*"
[ $# -gt 0 ] && shift

dotnet build "$project" -c Release --nologo -v quiet
dotnet "$here/NewsParse.Benchmarks/bin/Release/net10.0/NewsParse.Benchmarks.dll" \
  --filter "$filter" --artifacts "$artifacts" "$@"

cpu="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
logical="$(grep -c '^processor' /proc/cpuinfo)"
os="$(. /etc/os-release && echo "${PRETTY_NAME:-$NAME}"), Linux $(uname -r)"
mkdir -p "$results"
shopt -s nullglob
reports=("$artifacts"/results/NewsParse.Benchmarks.*-report-github.md)
[ ${#reports[@]} -gt 0 ] || { echo "run.sh: no report in $artifacts/results" >&2; exit 1; }
for report in "${reports[@]}"; do
  class="$(basename "$report" -report-github.md)"
  class="${class#NewsParse.Benchmarks.}"
  runtime="$(grep -m1 '\[Host\]' "$report" | sed 's/^ *\[Host\] *: *//')"
  {
    echo "# $class"
    echo
    echo "- Machine: $cpu, $logical logical cores (shared with other work while measured)"
    echo "- OS: $os"
    echo "- .NET runtime: $runtime"
    echo "- Date: $(date -u +%Y-%m-%d)"
    echo "- Method: \`benchmarks/run.sh\`, BenchmarkDotNet short job (1 launch, 3 warmups, 5 iterations). Each case runs"
    echo "  over every article of the corpus; \`bbc\`, \`polnear\` and \`reuters21578\` are read from \`../shared/corpus\`,"
    echo "  \`sample\` is our own wire-style text (~1 MB). MB/s = UTF-8 input bytes / mean (1 MB = 1e6 bytes);"
    echo "  ns/article = mean / articles. On a shared machine trust the allocations and the ratios within one run."
    echo
    # BenchmarkDotNet quotes descriptions with spaces and HTML-escapes the quotes; plain quotes read better in a diff.
    sed "s/&#39;/'/g" "$report"
  } > "$results/$class.md"
  echo "run.sh: wrote $results/$class.md"
done

# The whole suite also measures the command (it needs ../shared).
if [ "$filter" = "*Benchmarks*" ] && [ -d "$here/../../shared/corpus" ]; then
  "$here/cli.sh"
fi

dotnet "$here/NewsParse.Benchmarks/bin/Release/net10.0/NewsParse.Benchmarks.dll" --readme "$here/../README.md" "$results"
echo "run.sh: updated the benchmark tables of README.md"
