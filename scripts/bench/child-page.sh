#!/usr/bin/env bash
# Benchmark: a child's page (GET /areas/stockport/children/{id}: timeline, goals with T-scores and their chart, ratings,
# family answers, consents; each read written to the audit log) and the goal-attainment API, on the demo's synthetic
# children. Starts Strands from the built jar on a fresh embedded database (demo on), signs in as the demo service lead
# (the clients share one session, as a browser would) and runs ApacheBench: RUNS runs of REQUESTS requests with 10
# concurrent clients over as many different children, after a warm-up. Needs ApacheBench (Debian's apache2-utils).
# Usage: scripts/bench/child-page.sh [RUNS] [REQUESTS]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
requests=${2:-2000}
jar=$(ls target/strands-*.jar | grep -v original | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
data=$(mktemp -d)
port=18082
base="http://localhost:$port"
STRANDS_DATA_DIR=$data/postgres "$java" -Xmx512m -jar "$jar" --server.port=$port > "$data/app.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"; exit 0' EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.5; done
cookies=$data/cookies
csrf=$(curl -s -c "$cookies" -b "$cookies" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$cookies" -b "$cookies" -o /dev/null -d "username=lead&password=demo&_csrf=$csrf" "$base/sign-in"
session=$(awk '$6=="SESSION" {print $7}' "$cookies")
ids=$(curl -fs -b "$cookies" "$base/api/v1/areas/stockport/children" | grep -o '"id":[0-9]*' | sed 's/"id"://' | head -50)
[ -n "$ids" ] || { echo "no children in the demo"; exit 1; }
echo "children to read: $(echo "$ids" | wc -l)"
measure() { # label, path template with ID
  local p95s=()
  for id in $(echo "$ids" | head -5); do ab -q -k -n 200 -c 10 -C "SESSION=$session" "$base${2//ID/$id}" > /dev/null; done
  for i in $(seq 1 "$runs"); do
    id=$(echo "$ids" | sed -n "$((i % $(echo "$ids" | wc -l) + 1))p")
    ab -q -k -n "$requests" -c "${CLIENTS:-10}" -C "SESSION=$session" "$base${2//ID/$id}" > "$data/ab.txt"
    p95=$(awk '/ 95%/ {print $2}' "$data/ab.txt"); p50=$(awk '/ 50%/ {print $2}' "$data/ab.txt")
    failed=$(awk '/Failed requests/ {print $3}' "$data/ab.txt"); non2xx=$(awk '/Non-2xx/ {print $3}' "$data/ab.txt")
    p95s+=("$p95"); echo "$1 run $i (child $id): median ${p50} ms, p95 ${p95} ms, failed ${failed}, non-2xx ${non2xx:-0}"
  done
  printf '%s\n' "${p95s[@]}" | sort -n | awk -v l="$1" '{a[NR]=$1} END {print l ": median p95 " a[int((NR+1)/2)] " ms over " NR " runs"}'
}
measure "child page" "/areas/stockport/children/ID"
measure "goal attainment API" "/api/v1/areas/stockport/children/ID/goal-attainment"
