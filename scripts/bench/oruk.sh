#!/usr/bin/env bash
# Benchmark: the Open Referral UK feed's first page of 50 services (GET /oruk/services?per_page=50), and the same page of
# services at locations nearest first from a postcode, on the demo's directory (Stockport's published entries). Starts
# Strands from the built jar on a fresh embedded database (demo on) with the public rate limit raised, as one client
# address sends everything, and runs ApacheBench: RUNS runs of REQUESTS requests with 10 concurrent clients, after a
# warm-up. Needs ApacheBench (Debian's apache2-utils).
# Usage: scripts/bench/oruk.sh [RUNS] [REQUESTS]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
requests=${2:-500}
jar=$(ls target/strands-*.jar | grep -v original | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
data=$(mktemp -d)
port=${PORT:-18090}
base="http://localhost:$port"
STRANDS_DATA_DIR=$data/postgres STRANDS_PUBLIC_REQUESTS_PER_MINUTE=10000000 "$java" -Xmx512m -jar "$jar" --server.port=$port \
  > "$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"; exit 0' EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.5; done
echo "services in the feed: $(curl -fs "$base/oruk/services?per_page=1" | grep -o '"total_items":[0-9]*' | sed 's/.*://')"
measure() { # label, path
  ab -q -k -n "$requests" -c "${CLIENTS:-10}" -H 'Accept: application/json' "$base$2" > /dev/null
  local p95s=()
  for i in $(seq 1 "$runs"); do
    ab -q -k -n "$requests" -c "${CLIENTS:-10}" -H 'Accept: application/json' "$base$2" > "$data/ab.txt"
    p95=$(awk '/ 95%/ {print $2}' "$data/ab.txt"); p50=$(awk '/ 50%/ {print $2}' "$data/ab.txt")
    failed=$(awk '/Failed requests/ {print $3}' "$data/ab.txt"); non2xx=$(awk '/Non-2xx/ {print $3}' "$data/ab.txt")
    p95s+=("$p95"); echo "$1 run $i: median ${p50} ms, p95 ${p95} ms, failed ${failed}, non-2xx ${non2xx:-0}"
  done
  printf '%s\n' "${p95s[@]}" | sort -n | awk -v l="$1" '{a[NR]=$1} END {print l ": median p95 " a[int((NR+1)/2)] " ms over " NR " runs"}'
}
measure "/oruk/services, page of 50" "/oruk/services?per_page=50"
measure "/oruk/service_at_locations, nearest first from SK1 3XE" "/oruk/service_at_locations?per_page=50&postcode=SK13XE"
