#!/usr/bin/env bash
# Benchmark: GET /api/v1/areas/{area}/small-areas for Kent with 50 concurrent clients, with the server's
# resident memory sampled throughout. Needs a running Strands with England loaded (load-england.sh) and
# ApacheBench (Debian package apache2-utils). The clients share one signed-in session, as a browser would.
# Usage: scripts/bench/kent-small-areas.sh [RUNS] [REQUESTS] [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
requests=${2:-5000}
base=${3:-http://localhost:8080}
curl -s -u admin:demo -o /dev/null -H 'Content-Type: application/json' \
  -d '{"slug":"kent","name":"Kent","laCodes":["E10000016"]}' "$base/api/v1/areas" || true
jar=$(mktemp)
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=demo&_csrf=$token" "$base/sign-in"
session=$(awk '$6=="SESSION" {print $7}' "$jar")
echo "Kent small areas: $(curl -s -b "$jar" "$base/api/v1/areas/kent/small-areas" | grep -o '"code"' | wc -l)"
pid=$(pgrep -f 'org.strands.Application|strands-.*\.jar' | head -1)
echo 0 > /tmp/strands-peak-rss
sample() {
  local peak; peak=$(cat /tmp/strands-peak-rss)
  while kill -0 "$1" 2>/dev/null; do r=$(ps -o rss= -p "$pid"); [ "$r" -gt "$peak" ] && peak=$r; echo "$peak" > /tmp/strands-peak-rss; sleep 0.2; done
}
echo "warm-up: $requests requests, not counted"
ab -q -k -n "$requests" -c 50 -C "SESSION=$session" "$base/api/v1/areas/kent/small-areas" > /dev/null
p95s=()
for i in $(seq 1 "$runs"); do
  ab -q -k -n "$requests" -c 50 -C "SESSION=$session" "$base/api/v1/areas/kent/small-areas" > /tmp/strands-ab.txt &
  abpid=$!
  sample "$abpid" &
  wait "$abpid"
  p95=$(awk '/ 95%/ {print $2}' /tmp/strands-ab.txt)
  rps=$(awk '/Requests per second/ {print $4}' /tmp/strands-ab.txt)
  failed=$(awk '/Failed requests/ {print $3}' /tmp/strands-ab.txt)
  p95s+=("$p95"); echo "run $i: p95 ${p95} ms, ${rps} requests/s, failed ${failed}, peak RSS $(( $(cat /tmp/strands-peak-rss) / 1024 )) MB"
done
printf '%s\n' "${p95s[@]}" | sort -n | awk '{a[NR]=$1} END {print "median p95: " a[int((NR+1)/2)] " ms over " NR " runs"}'
echo "peak resident memory of the server: $(( $(cat /tmp/strands-peak-rss) / 1024 )) MB"
