#!/usr/bin/env bash
# Builds and runs the consumer app against the packed packages (run `dotnet pack NewsParse.sln -c Release` first),
# with the reflection binder and with the configuration binder's source generator, and checks that both bind every
# option of appsettings.json, through Configure<NewsParseOptions> and through AddNewsParse(section) alike.
#   samples/consumer/run.sh [VERSION]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version="${1:-0.1.0}"
expected="ReferenceDate=2024-12-10 NumericDateOrder=DayFirst Quotes:OmitScareQuotes=True Urls:IncludeEmails=True same-as-IOptions=True"
status=0
for generator in false true; do
  out="$(mktemp -d)"
  # A fresh packages folder: the local feed's packages are rebuilt under the same version.
  dotnet build "$here/NewsParse.Consumer.csproj" -c Release -v q -nologo -o "$out" \
    -p:BindingGenerator=$generator -p:NewsParseVersion="$version" -p:RestorePackagesPath="$out/packages" > "$out/build.log" \
    || { cat "$out/build.log"; exit 1; }
  lines="$(dotnet "$out/NewsParse.Consumer.dll")"
  echo "$lines" | sed "s/^/  generator=$generator  /"
  for how in 'Configure<NewsParseOptions>' 'AddNewsParse(section)'; do
    if ! grep -qxF "$how: $expected" <<<"$lines"; then
      echo "consumer (generator=$generator): $how did not bind every option"; status=1
    fi
  done
  # Both ways parse alike: the e-mail address is a URL, the scare quote is left out, the date has its year.
  if [ "$(grep -c '"date":"2024-02-26".*"quotes":\[\].*"url":"desk@example.com"' <<<"$lines")" != 2 ]; then
    echo "consumer (generator=$generator): the two parsers do not parse with the bound options"; status=1
  fi
  rm -rf "$out"
done
[ $status = 0 ] && echo "consumer: every option bound, with and without the binder's source generator"
exit $status
