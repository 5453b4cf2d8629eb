#!/usr/bin/env bash
# Builds the benchmarks in Release, runs the URL benchmarks (short job) and writes benchmarks/results/UrlBenchmarks.md:
# a header naming the machine, then BenchmarkDotNet's GitHub markdown report. Extra arguments go to BenchmarkDotNet.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
project="$here/NewsParse.Benchmarks/NewsParse.Benchmarks.csproj"
results="$here/results"
artifacts="$(mktemp -d "${TMPDIR:-/tmp}/newsparse-bench.XXXXXX")"
trap 'rm -rf "$artifacts"' EXIT

dotnet build "$project" -c Release --nologo -v quiet
dotnet "$here/NewsParse.Benchmarks/bin/Release/net10.0/NewsParse.Benchmarks.dll" \
  --filter '*UrlBenchmarks*' --artifacts "$artifacts" "$@"

report="$artifacts/results/NewsParse.Benchmarks.UrlBenchmarks-report-github.md"
[[ -f "$report" ]] || { echo "run.sh: no report at $report" >&2; exit 1; }

cpu="$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')"
logical="$(grep -c '^processor' /proc/cpuinfo)"
os="$(. /etc/os-release && echo "${PRETTY_NAME:-$NAME}"), Linux $(uname -r)"
runtime="$(grep -m1 '\[Host\]' "$report" | sed 's/^ *\[Host\] *: *//')"

mkdir -p "$results"
{
  echo "# URL benchmarks"
  echo
  echo "- Machine: $cpu, $logical logical cores (shared with other work while measured)"
  echo "- OS: $os"
  echo "- .NET runtime: $runtime"
  echo "- Date: $(date -u +%Y-%m-%d)"
  echo "- Method: \`benchmarks/run.sh\`, BenchmarkDotNet short job (1 launch, 3 warmups, 5 iterations). Each case runs"
  echo "  over every article of the corpus; \`bbc\` and \`polnear\` are read from \`../shared/corpus\`, \`sample\` is"
  echo "  our own wire-style text (~1 MB). MB/s = UTF-8 input bytes / mean (1 MB = 1e6 bytes); ns/article = mean /"
  echo "  articles. On a shared machine trust the allocations and the ratios within one run, not absolute times."
  echo
  # BenchmarkDotNet quotes descriptions with spaces and HTML-escapes the quotes; plain quotes read better in a diff.
  sed "s/&#39;/'/g" "$report"
} > "$results/UrlBenchmarks.md"
echo "run.sh: wrote $results/UrlBenchmarks.md"
