#!/usr/bin/env bash
# Case records under load: a large fictional partnership (casereview demo
# --reviews 2000, 10 recommendations a review, 3 actions each, 2 progress
# updates an action), read by the signed-in coordinator with wrk, against
# /healthz in the same run so that the ratios hold on a shared machine.
# Goals: review detail >= 80% of /healthz's requests/s with p99 < 10 ms;
# deadlines p99 < 50 ms; the work summary and the actions page p99 < 20 ms,
# the review list p99 < 10 ms, none of them below 20% of /healthz's
# requests/s. "many reviews" reads every unrestricted review the coordinator
# sees, one after another (bench/many_reviews.lua), so first reads count too.
# The partnership comes from bench/large_partnership.sh (cached); each run
# serves a copy of it. Needs wrk, curl and jq.
# Usage: bench/records_load.sh [build-dir]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
duration=${DURATION:-10s}
port=18094
work=$(mktemp -d)
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$work"' EXIT

cache=$(bench/large_partnership.sh "$build")
head -1 "$cache/demo.txt"
cat "$cache/generated.txt"
cp -a "$cache" "$work/data"

"$build/casereview" serve --listen 127.0.0.1:$port --data-dir "$work/data" --log-level warn \
  >"$work/serve.out" 2>/dev/null &
for _ in $(seq 100); do
  grep -q "listening on" "$work/serve.out" 2>/dev/null && break
  sleep 0.1
done
base=http://127.0.0.1:$port

password=$(awk '$2 == "coordinator@northmoor.example" {print $3}' "$work/data/demo.txt")
cookie=$(curl -sS -D - -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"email\":\"coordinator@northmoor.example\",\"password\":\"$password\"}" "$base/api/session" \
  | awk 'tolower($1) == "set-cookie:" {sub(/;.*/, "", $2); print $2}')
[ -n "$cookie" ] || { echo "sign-in failed" >&2; exit 1; }
review=$(curl -sS -H "Cookie: $cookie" "$base/api/reviews?limit=50&stage=monitoring" \
  | jq -r '[.items[] | select(.restricted == false)][0].id')

# The unrestricted reviews the coordinator sees, for bench/many_reviews.lua.
cursor=""
: >"$work/review_ids.txt"
while :; do
  page=$(curl -sS -H "Cookie: $cookie" "$base/api/reviews?limit=200${cursor:+&cursor=$cursor}")
  jq -r '.items[] | select(.restricted == false) | .id' <<<"$page" >>"$work/review_ids.txt"
  cursor=$(jq -r '.next_cursor // empty' <<<"$page")
  [ -n "$cursor" ] || break
done

measure() {  # name url [wrk script]
  local out rps p50 p99
  out=$(REVIEW_IDS="$work/review_ids.txt" wrk -t2 -c32 -d"$duration" --latency \
    -H "Cookie: $cookie" ${3:+-s "$3"} "$2")
  if grep -q "Non-2xx" <<<"$out"; then echo "$1: errors: $(grep Non-2xx <<<"$out")" >&2; fi
  rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '%s\t%s\t%s\t%s\n' "$1" "$rps" "$p50" "$p99"
}

rows=$(
  measure "/healthz" "$base/healthz"
  measure "/api/reviews/{id} (review $review)" "$base/api/reviews/$review"
  measure "/api/reviews?limit=50" "$base/api/reviews?limit=50"
  measure "/api/deadlines?within_days=30" "$base/api/deadlines?within_days=30"
  measure "/api/work-summary" "$base/api/work-summary"
  measure "/api/actions?limit=50" "$base/api/actions?limit=50"
  measure "/api/reviews/{id} (many reviews: $(wc -l <"$work/review_ids.txt"))" "$base" \
    bench/many_reviews.lua
)
healthz=$(head -1 <<<"$rows" | cut -f2)
printf 'target\trequests/s\tp50\tp99\tratio to /healthz\n'
while IFS=$'\t' read -r name rps p50 p99; do
  awk -v n="$name" -v r="$rps" -v a="$p50" -v b="$p99" -v c="$healthz" 'BEGIN { printf "%s\t%s\t%s\t%s\t%.2f\n", n, r, a, b, r / c }'
done <<<"$rows"
