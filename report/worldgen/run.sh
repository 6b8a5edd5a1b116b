#!/bin/sh
# Regenerates report/data/world.tsv from the npm package world-atlas pinned
# in package.json and package-lock.json.
# Usage (from the module root): sh report/worldgen/run.sh [SCRATCHDIR]
# node_modules go to SCRATCHDIR (default /tmp/worldmap), never into the tree.
set -eu
gen=$(cd "$(dirname "$0")" && pwd)
scratch=${1:-/tmp/worldmap}
mkdir -p "$scratch"
cp "$gen/package.json" "$gen/package-lock.json" "$scratch/"
(cd "$scratch" && npm ci --no-audit --no-fund --loglevel=error)
go run ./report/worldgen -in "$scratch/node_modules/world-atlas/countries-110m.json" -out report/data/world.tsv
