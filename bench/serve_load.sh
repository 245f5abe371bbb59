#!/usr/bin/env bash
# Load on the real server with wrk, against the minimal Beast server as ceiling,
# all in one run so that the ratios hold on a shared, noisy machine.
# Usage: bench/serve_load.sh [build-dir]   (default build/release)
# Prints one row per target: requests/s, p50, p99, and the ratio to the ceiling.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
duration=${DURATION:-10s}
data=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$data"' EXIT

"$build/bench/beast_ceiling" 18090 &
"$build/casereview" serve --listen 127.0.0.1:18091 --data-dir "$data/quiet" --log-level warn >/dev/null 2>&1 &
"$build/casereview" serve --listen 127.0.0.1:18092 --data-dir "$data/logged" 2>/dev/null >/dev/null &
sleep 1

measure() {  # name url
  local out rps p50 p99
  out=$(wrk -t2 -c32 -d"$duration" --latency "$2")
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '%s\t%s\t%s\t%s\n' "$1" "$rps" "$p50" "$p99"
}

rows=$(
  measure "ceiling (minimal Beast)" http://127.0.0.1:18090/
  measure "/api/version" http://127.0.0.1:18091/api/version
  measure "/api/version, access log on" http://127.0.0.1:18092/api/version
  measure "/healthz (worker pool + SQLite)" http://127.0.0.1:18091/healthz
)
ceiling=$(head -1 <<<"$rows" | cut -f2)
printf 'target\trequests/s\tp50\tp99\tratio to ceiling\n'
while IFS=$'\t' read -r name rps p50 p99; do
  awk -v n="$name" -v r="$rps" -v a="$p50" -v b="$p99" -v c="$ceiling" 'BEGIN { printf "%s\t%s\t%s\t%s\t%.2f\n", n, r, a, b, r / c }'
done <<<"$rows"
