#!/usr/bin/env bash
# Packs the newsparse tool as `dotnet tool install` wants a tool with a native build: a package that points to one
# package per platform, the native program for Linux x64 and the portable build for every other platform.
#   eng/pack-tool.sh [OUTPUT]      OUTPUT defaults to artifacts/packages
# The native package is compiled on this machine, so run this on Linux x64 (as CI does); the platforms are listed in
# ToolPackageRuntimeIdentifiers in src/NewsParse.Cli/NewsParse.Cli.csproj.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
output="$(realpath -m "${1:-$root/artifacts/packages}")"
project="$root/src/NewsParse.Cli/NewsParse.Cli.csproj"
[ "$(uname -s)-$(uname -m)" = "Linux-x86_64" ] || { echo "pack-tool.sh: the native package is built on Linux x64 only" >&2; exit 1; }

dotnet pack "$project" -c Release -p:NativeToolPackages=true -o "$output" --nologo -v quiet
dotnet pack "$project" -c Release -r linux-x64 -p:NativeToolPackages=true -o "$output" --nologo -v quiet
dotnet pack "$project" -c Release -r any -p:PublishAot=false -p:NativeToolPackages=true -o "$output" --nologo -v quiet
ls "$output" | grep '^NewsParse\.Cli\.' | grep -v '\.snupkg$'
