#!/usr/bin/env bash
# Profiles one parsing step over a corpus with perf (Linux): the hottest methods, with --callers the time of each
# method with what it calls, and with --per-text both in nanoseconds per text (benchmarks/perf-per-text.py), the unit
# in which two builds are compared. The .NET runtime writes a map of its compiled code for perf to name the methods.
#   benchmarks/profile.sh STEP [CORPUS] [SECONDS] [--callers | --per-text]
#   STEP: article, object, dateline, quotes, urls, scan; CORPUS: bbc, polnear, reuters21578, sample (default polnear),
#   or one article of one as CORPUS:INDEX (bbc:983), the index `NewsParse.Benchmarks --versus-texts` lists
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
step="${1:?usage: benchmarks/profile.sh STEP [CORPUS] [SECONDS] [--callers | --per-text]}"
corpus="${2:-polnear}"
seconds="${3:-10}"
mode="${4:-}"
case "$mode" in "" | --callers | --per-text) ;; *) echo "profile.sh: unknown option $mode" >&2; exit 2 ;; esac
callers="${mode:+yes}"
command -v perf > /dev/null || { echo "profile.sh: needs perf" >&2; exit 1; }

dotnet build "$here/NewsParse.Benchmarks/NewsParse.Benchmarks.csproj" -c Release --nologo -v quiet
data="$(mktemp "${TMPDIR:-/tmp}/newsparse-perf.XXXXXX")"
trap 'rm -f "$data" "$data.loop"' EXIT
# W^X double-maps compiled code, which hides it from the perf map; call chains need -g.
DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 \
  perf record ${callers:+-g} -e cpu-clock -F 999 -o "$data" \
  dotnet "$here/NewsParse.Benchmarks/bin/Release/net10.0/NewsParse.Benchmarks.dll" --loop "$step" "$corpus" "$seconds" \
  | tee "$data.loop"
if [ "$mode" = --per-text ]; then
  # The loop prints its best pass as `… N ns per text …`.
  perf script -i "$data" 2>/dev/null | "$here/perf-per-text.py" "$(grep -o '[0-9]* ns per text' "$data.loop" | cut -d' ' -f1)"
  exit 0
fi
perf report -i "$data" ${callers:+--children} --sort symbol --stdio ${callers:+-g none} 2>/dev/null \
  | grep -v '^#' | grep -v '^$' | grep -v 'QuickJitted\|InstrumentedTier\|Tier0\|\] 0x' | head -40 \
  | sed -E 's/\[(System\.Runtime|System\.Private\.CoreLib|NewsParse)\] //g; s/valuetype //g; s/System\.ReadOnlySpan`1<char>/ROS/g' \
  | sed -E 's/ +- +- *$//' | cut -c1-160
