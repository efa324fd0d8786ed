#!/usr/bin/env bash
# Dumps lake shores and rivers for the Caucasus from GSHHG (Debian: gmt, gmt-gshhg-high) into
# geodata/sources/gshhg/. These text dumps are inputs of `npm run geodata`; they are committed so the
# build does not need GMT. Run this script again only to refresh them.
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v gmt >/dev/null 2>&1; then
  echo "gmt is not installed. On Debian: sudo apt-get install -y gmt gmt-gshhg-high" >&2
  exit 1
fi
out=geodata/sources/gshhg
mkdir -p "$out"
region=-R42/51/36.5/44.5
{
  echo "# gmt coast $region -Dh -M -W  (GMT $(gmt --version), GSHHG high resolution; Debian gmt-gshhg-high)"
  gmt coast "$region" -Dh -M -W
} > "$out/shorelines.txt"
{
  echo "# gmt coast $region -Dh -M -I1 -I2 -I3  (GMT $(gmt --version), WDBII rivers, high resolution)"
  gmt coast "$region" -Dh -M -I1 -I2 -I3
} > "$out/rivers.txt"
wc -l "$out"/*.txt
