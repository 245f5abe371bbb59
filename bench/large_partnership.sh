#!/usr/bin/env bash
# Prints the path of a data directory holding the large fictional partnership
# the load benchmarks read (casereview demo --reviews N, 10 recommendations a
# review, 3 actions each, 2 progress updates an action), generating it first
# when missing. It is cached under build/bench-data, keyed by the schema
# version, the migrations' and generator's sources and the size; callers copy
# it before serving, never serve it in place. Its demo.txt holds the users'
# passwords (the file is the owner's only).
# Usage: bench/large_partnership.sh [build-dir] (default build/release); REVIEWS=N (2000)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
reviews=${REVIEWS:-2000}
probe=$(mktemp -d)
trap 'rm -rf "$probe"' EXIT

schema=$("$build/casereview" migrate --data-dir "$probe/data" | awk '/schema at version/ {print $4}')
sources=$(cat migrations/sqlite/*.sql src/app/demo/*.cpp | sha256sum | cut -c1-12)
cache=$PWD/build/bench-data/records-schema$schema-$sources-r$reviews
if [ ! -e "$cache/casereview.sqlite3" ]; then
  mkdir -p build/bench-data
  rm -rf "$cache.partial"
  start=$(date +%s.%N)
  "$build/casereview" demo --data-dir "$cache.partial" --reviews "$reviews" \
    --recommendations-per-review 10 --actions-per-recommendation 3 >"$probe/demo.txt"
  (umask 077 && cp "$probe/demo.txt" "$cache.partial/demo.txt")
  awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN { printf "generated in %.1f s\n", e - s }' \
    >"$cache.partial/generated.txt"
  mv "$cache.partial" "$cache"
fi
echo "$cache"
