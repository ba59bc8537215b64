#!/usr/bin/env bash
# Benchmark: GET /api/v1/areas/{area}/small-areas for Kent, 50 concurrent clients, with an API token (Bearer) and with a
# signed-in session cookie, one after the other in each run, and the token's throughput as a share of the session's.
# Needs a running Strands with England loaded (load-england.sh) and ApacheBench (Debian package apache2-utils).
# Usage: scripts/bench/token-vs-session.sh [RUNS] [REQUESTS] [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
requests=${2:-5000}
base=${3:-http://localhost:8080}
url="$base/api/v1/areas/kent/small-areas"
curl -s -u admin:demo -o /dev/null -H 'Content-Type: application/json' \
  -d '{"slug":"kent","name":"Kent","laCodes":["E10000016"]}' "$base/api/v1/areas" || true
jar=$(mktemp)
csrf=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=demo&_csrf=$csrf" "$base/sign-in"
session=$(awk '$6=="SESSION" {print $7}' "$jar")
token=$(curl -s -u admin:demo -H 'Content-Type: application/json' -d '{"name":"benchmark","days":1}' "$base/api/v1/me/tokens" \
  | grep -o '"token":"[^"]*"' | sed 's/"token":"//; s/"$//')
echo "Kent small areas: $(curl -s -H "Authorization: Bearer $token" "$url" | grep -o '"code"' | wc -l)"
rps() { awk '/Requests per second/ {print $4}' "$1"; }
echo "warm-up: $requests requests each way, not counted"
ab -q -k -n "$requests" -c 50 -C "SESSION=$session" "$url" > /dev/null
ab -q -k -n "$requests" -c 50 -H "Authorization: Bearer $token" "$url" > /dev/null
ratios=()
for i in $(seq 1 "$runs"); do
  ab -q -k -n "$requests" -c 50 -C "SESSION=$session" "$url" > /tmp/strands-ab-session.txt
  ab -q -k -n "$requests" -c 50 -H "Authorization: Bearer $token" "$url" > /tmp/strands-ab-token.txt
  s=$(rps /tmp/strands-ab-session.txt); t=$(rps /tmp/strands-ab-token.txt)
  failed=$(( $(awk '/Failed requests/ {print $3}' /tmp/strands-ab-session.txt) + $(awk '/Failed requests/ {print $3}' /tmp/strands-ab-token.txt) ))
  ratio=$(awk -v t="$t" -v s="$s" 'BEGIN {printf "%.2f", t / s}')
  ratios+=("$ratio"); echo "run $i: session ${s}/s, token ${t}/s, token/session ${ratio}, failed ${failed}"
done
printf '%s\n' "${ratios[@]}" | sort -n | awk '{a[NR]=$1} END {print "median token/session: " a[int((NR+1)/2)] " over " NR " runs (target at least 0.8)"}'
