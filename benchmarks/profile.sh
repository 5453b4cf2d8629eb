#!/usr/bin/env bash
# Profiles one parsing step over a corpus with perf (Linux): the hottest methods, and with --callers the time of each
# method with what it calls. The .NET runtime writes a map of its compiled code for perf to name the methods.
#   benchmarks/profile.sh STEP [CORPUS] [SECONDS] [--callers]
#   STEP: article, object, dateline, quotes, urls, scan; CORPUS: bbc, polnear, reuters21578, sample (default polnear)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
step="${1:?usage: benchmarks/profile.sh STEP [CORPUS] [SECONDS] [--callers]}"
corpus="${2:-polnear}"
seconds="${3:-10}"
callers="${4:-}"
command -v perf > /dev/null || { echo "profile.sh: needs perf" >&2; exit 1; }

dotnet build "$here/NewsParse.Benchmarks/NewsParse.Benchmarks.csproj" -c Release --nologo -v quiet
data="$(mktemp "${TMPDIR:-/tmp}/newsparse-perf.XXXXXX")"
trap 'rm -f "$data"' EXIT
# W^X double-maps compiled code, which hides it from the perf map; call chains need -g.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record ${callers:+-g} -e cpu-clock -F 999 -o "$data" \
  dotnet "$here/NewsParse.Benchmarks/bin/Release/net10.0/NewsParse.Benchmarks.dll" --loop "$step" "$corpus" "$seconds"
perf report -i "$data" ${callers:+--children} --sort symbol --stdio ${callers:+-g none} 2>/dev/null \
  | grep -v '^#' | grep -v '^$' | grep -v 'QuickJitted\|InstrumentedTier\|Tier0\|\] 0x' | head -40 \
  | sed -E 's/\[(System\.Runtime|System\.Private\.CoreLib|NewsParse)\] //g; s/valuetype //g; s/System\.ReadOnlySpan`1<char>/ROS/g' \
  | sed -E 's/ +- +- *$//' | cut -c1-160
