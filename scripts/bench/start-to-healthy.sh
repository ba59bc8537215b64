#!/usr/bin/env bash
# Benchmark: seconds from `java -jar` to /actuator/health UP, with an initialised data directory.
# Usage: scripts/bench/start-to-healthy.sh [RUNS]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
jar=$(ls target/strands-*.jar | grep -v original | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
data=$(mktemp -d)
port=18080
start_once() {
  local t0 t1 pid
  t0=$(date +%s.%N)
  STRANDS_DATA_DIR=$data/postgres "$java" -Xmx384m -XX:+UseParallelGC -jar "$jar" --server.port=$port > "$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "localhost:$port/actuator/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.05; done
  t1=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$t1 - $t0" | bc
}
echo "first start (initialises the data directory and seeds the demo): $(start_once) s"
times=()
for i in $(seq 1 "$runs"); do t=$(start_once); times+=("$t"); echo "run $i: $t s"; done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s over " NR " runs"}'
rm -rf "$data"
