#!/usr/bin/env bash
# Builds every package into a local feed, the one to install from until the packages are on a public feed: the
# library, its dependency-injection package, and the newsparse tool with the packages it points to (the portable
# build for every platform and, on Linux x64, the native program).
#   eng/pack.sh [FEED]      FEED defaults to artifacts/packages
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
feed="$(realpath -m "${1:-$root/artifacts/packages}")"
dotnet pack "$root/NewsParse.sln" -c Release -o "$feed" --nologo -v quiet
if [ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ]; then
  "$root/eng/pack-tool.sh" "$feed" > /dev/null
else
  # The native package is built on its own platform only; the pointer package and the portable one serve the rest.
  dotnet pack "$root/src/NewsParse.Cli/NewsParse.Cli.csproj" -c Release -r any -p:PublishAot=false -o "$feed" --nologo -v quiet
fi
ls "$feed"/*.nupkg | xargs -n 1 basename
