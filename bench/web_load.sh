#!/usr/bin/env bash
# Builds the release server and the web app, then runs bench/web_load.mjs:
# the gzipped bundle size and navigation-to-dashboard times on the demo data
# and the large partnership (bench/large_partnership.sh).
# Usage: bench/web_load.sh [runs]   (default 11)
set -euo pipefail
cd "$(dirname "$0")/.."
cmake --preset release >/dev/null
cmake --build --preset release --target casereview -j2 >/dev/null
(cd web && npm run build >/dev/null)
node bench/web_load.mjs build/release/casereview "$(bench/large_partnership.sh build/release)" "${1:-11}"
