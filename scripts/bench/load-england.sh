#!/usr/bin/env bash
# Benchmark: loading all England reference data through the API of a running Strands.
# Usage: scripts/bench/load-england.sh [RUNS] [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
base=${2:-http://localhost:8080}
times=()
for i in $(seq 1 "$runs"); do
  t0=$(date +%s.%N)
  scripts/load-reference-data.sh ../shared/data "$base" > /dev/null
  t1=$(date +%s.%N)
  t=$(echo "$t1 - $t0" | bc); times+=("$t"); echo "run $i: $t s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "median: " a[int((NR+1)/2)] " s over " NR " runs"}'
