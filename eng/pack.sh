#!/usr/bin/env bash
# Builds every package into a local feed, the one to install from until the packages are on a public feed: the
# library, its dependency-injection package, and the newsparse tool (on Linux x64 with the native program).
#   eng/pack.sh [FEED]      FEED defaults to artifacts/packages
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$(realpath -m "${1:-$root/artifacts/packages}")"
dotnet pack "$root/NewsParse.sln" -c Release -o "$feed" --nologo -v quiet
# On Linux x64 the tool's release set replaces the portable tool package: a pointer package, the native program and
# the portable build. Elsewhere the portable tool package the solution's pack made is the one to install.
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  "$root/eng/pack-tool.sh" "$feed" > /dev/null
fi
ls "$feed"/*.nupkg | xargs -n 1 basename
