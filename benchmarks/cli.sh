#!/usr/bin/env bash
# Measures `newsparse --jsonl` over the Reuters corpus of ../shared, single-threaded and with -j 2: the corpus as it
# is (18 MB), repeated ten times (184 MB) and sixty times (1.1 GB, where start-up and compilation no longer weigh),
# each the best of RUNS interleaved runs (default 5; at most 2 for the largest), with the peak resident memory of
# each. Two builds of the same command: the framework-dependent one (the tool's portable package), and the native one
# `dotnet publish -r <RID>` makes (the tool's package for Linux x64; portable instruction set). Writes
# benchmarks/results/CliThroughput.md; run.sh then puts it in the README.
#   benchmarks/cli.sh [RUNS]
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
corpus="$root/../shared/corpus/reuters21578/articles.jsonl"
runs="${1:-5}"
[ -f "$corpus" ] || { echo "cli.sh: $corpus not found; the CLI measurement needs ../shared" >&2; exit 1; }
[ -x /usr/bin/time ] || { echo "cli.sh: needs GNU time at /usr/bin/time for the peak memory" >&2; exit 1; }

dotnet build "$root/src/NewsParse.Cli" -c Release --nologo -v quiet
work="$(mktemp -d "${TMPDIR:-/tmp}/newsparse-cli.XXXXXX")"
trap 'rm -rf "$work"' EXIT
case "$(uname -m)" in x86_64) arch=x64 ;; aarch64) arch=arm64 ;; *) arch="$(uname -m)" ;; esac
dotnet publish "$root/src/NewsParse.Cli" -c Release -r "linux-$arch" -o "$work/native" --nologo -v quiet
builds=("" " (native AOT)")
for _ in $(seq 10); do cat "$corpus"; done > "$work/reuters-x10.jsonl"
for _ in $(seq 6); do cat "$work/reuters-x10.jsonl"; done > "$work/reuters-x60.jsonl"

rows=()
for input in "$corpus" "$work/reuters-x10.jsonl" "$work/reuters-x60.jsonl"; do
  case "$input" in
    *x10.jsonl) label="reuters21578 ×10"; times=$runs ;;
    *x60.jsonl) label="reuters21578 ×60"; times=$(( runs < 2 ? runs : 2 )) ;;
    *) label="reuters21578"; times=$runs ;;
  esac
  bytes=$(stat -c %s "$input")
  for b in "${!builds[@]}"; do
    if [ "$b" = 0 ]; then command=(dotnet "$root/src/NewsParse.Cli/bin/Release/net10.0/NewsParse.Cli.dll"); else command=("$work/native/NewsParse.Cli"); fi
    declare -A best=() peak=()
    for _ in $(seq "$times"); do
      for threads in 1 2; do
        # Wall-clock from the shell's microsecond clock (time's own is in hundredths); peak memory from time.
        start=$EPOCHREALTIME
        /usr/bin/time -o "$work/time" -f "%M" "${command[@]}" --jsonl -j "$threads" "$input" > /dev/null
        seconds=$(awk -v a="$start" -v b="$EPOCHREALTIME" 'BEGIN { printf "%.3f", b - a }')
        kilobytes=$(tail -1 "$work/time")
        if [ -z "${best[$threads]:-}" ] || awk "BEGIN { exit !($seconds < ${best[$threads]}) }"; then best[$threads]=$seconds; fi
        peak[$threads]=$(( ${peak[$threads]:-0} > kilobytes ? ${peak[$threads]:-0} : kilobytes ))
      done
    done
    for threads in 1 2; do
      rows+=("$(awk -v t="$threads" -v build="${builds[$b]}" -v c="$label" -v b="$bytes" -v s="${best[$threads]}" -v k="${peak[$threads]}" -v one="${best[1]}" \
        'BEGIN { printf "| newsparse --jsonl -j %s%s | %s | %.0f MB | %.3f s | %.0f | %.2f× | %.0f MB |", t, build, c, b / 1e6, s, b / 1e6 / s, one / s, k / 1024 }')")
    done
    unset best peak
  done
done

{
  echo "# CliThroughput"
  echo
  echo "- Machine: $(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(grep -c '^processor' /proc/cpuinfo) logical cores (shared with other work while measured)"
  echo "- .NET runtime: $(dotnet --list-runtimes | grep -m1 'Microsoft.NETCore.App 10' | cut -d' ' -f1-2)"
  echo "- Date: $(date -u +%Y-%m-%d)"
  echo "- Method: \`benchmarks/cli.sh\`, best of $runs interleaved runs each (2 for ×60), wall-clock time including start-up; output to /dev/null."
  echo "- Builds: framework-dependent (the tool's portable package, run by \`dotnet\`), and native AOT (\`dotnet publish -r linux-$arch\`, the tool's package for Linux x64)."
  echo
  echo "| Method | Corpus | Input | Elapsed | MB/s | Speed-up | Peak memory |"
  echo "|---|---|--:|--:|--:|--:|--:|"
  printf '%s\n' "${rows[@]}"
} > "$here/results/CliThroughput.md"
echo "cli.sh: wrote $here/results/CliThroughput.md"
