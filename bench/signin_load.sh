#!/usr/bin/env bash
# Does password hashing stall the server? /healthz latency measured with wrk,
# first alone, then while 16 connections sign in back to back (Argon2id at the
# interactive limits, on the hashing pool). Goal: p99 under 20 ms during sign-ins.
# Usage: bench/signin_load.sh [build-dir]   (default build/release)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/release}
duration=${DURATION:-10s}
data=$(mktemp -d)
port=18093
trap 'kill $(jobs -p) 2>/dev/null || true; rm -rf "$data"' EXIT

"$build/casereview" serve --listen 127.0.0.1:$port --data-dir "$data" --log-level warn \
  >"$data/serve.out" 2>/dev/null &
for _ in $(seq 50); do
  grep -q "listening on" "$data/serve.out" 2>/dev/null && break
  sleep 0.1
done
echo "fictional bench passphrase" | "$build/casereview" user add --data-dir "$data" \
  --email bench.user@example.invalid --name "Bench User" --role coordinator --password-stdin >/dev/null

p99() { awk '$1 == "99%" {print $2}'; }
p50() { awk '$1 == "50%" {print $2}'; }

alone=$(wrk -t1 -c8 -d"$duration" --latency "http://127.0.0.1:$port/healthz")
wrk -t1 -c16 -d"$duration" -s bench/signin.lua "http://127.0.0.1:$port/api/session" \
  >"$data/signin.txt" &
signins=$!
sleep 1
during=$(wrk -t1 -c8 -d"$duration" --latency "http://127.0.0.1:$port/healthz")
wait $signins

printf 'case\tp50\tp99\trequests/s\n'
printf '/healthz alone\t%s\t%s\t%s\n' "$(p50 <<<"$alone")" "$(p99 <<<"$alone")" \
  "$(awk '/Requests\/sec/ {print $2}' <<<"$alone")"
printf '/healthz during 16 concurrent sign-ins\t%s\t%s\t%s\n' "$(p50 <<<"$during")" \
  "$(p99 <<<"$during")" "$(awk '/Requests\/sec/ {print $2}' <<<"$during")"
printf 'sign-ins completed per second\t\t\t%s\n' "$(awk '/Requests\/sec/ {print $2}' "$data/signin.txt")"
