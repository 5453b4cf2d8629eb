#!/usr/bin/env bash
# Runs newsparse over a JSON Lines input as a Dask distributed job on this machine: a local scheduler and two worker
# processes, each piping its part of the input through the command. OUT.jsonl holds the same bytes as
# `newsparse --jsonl IN.jsonl`; the exit code is newsparse's (1 when a document failed), 3 when the job failed.
#   samples/dask/run.sh IN.jsonl OUT.jsonl [LINES_PER_PART]
# NEWSPARSE names the command (default: the Release build of this clone, built when missing). Dask comes from Debian's
# packages, installed here when missing (python3-distributed, python3-dask).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../.." && pwd)"
[ $# -ge 2 ] || { echo "usage: samples/dask/run.sh IN.jsonl OUT.jsonl [LINES_PER_PART]" >&2; exit 2; }

python=/usr/bin/python3
if ! "$python" -c 'import distributed' 2> /dev/null; then
  sudo=""; [ "$(id -u)" = 0 ] || sudo=sudo
  $sudo apt-get update -q > /dev/null
  $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q python3-distributed python3-dask > /dev/null
fi

if [ -z "${NEWSPARSE:-}" ]; then
  dll="$root/src/NewsParse.Cli/bin/Release/net10.0/NewsParse.Cli.dll"
  [ -f "$dll" ] || dotnet build "$root/src/NewsParse.Cli" -c Release -v q -nologo > /dev/null
  NEWSPARSE="dotnet $(printf %q "$dll")"
fi

exec "$python" "$here/newsparse_dask.py" "$1" "$2" --newsparse "$NEWSPARSE" --workers 2 --lines-per-part "${3:-200}"
