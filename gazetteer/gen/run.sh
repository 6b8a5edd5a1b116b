#!/bin/sh
# Regenerates gazetteer/data from the npm packages pinned in package.json.
# Usage (from the module root): sh gazetteer/gen/run.sh [SCRATCHDIR]
# node_modules go to SCRATCHDIR (default /tmp/gaz), never into the tree.
set -eu
gen=$(cd "$(dirname "$0")" && pwd)
scratch=${1:-/tmp/gaz}
mkdir -p "$scratch"
cp "$gen/package.json" "$gen/package-lock.json" "$scratch/"
(cd "$scratch" && npm ci --no-audit --no-fund --loglevel=error)
NODE_PATH="$scratch/node_modules" node "$gen/gen.js" "$gen/../data"
