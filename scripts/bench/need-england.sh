#!/usr/bin/env bash
# Benchmark: need for all of England (every small area) computed and added up, through the API of a running
# Strands with England loaded (scripts/bench/load-england.sh). Creates an area made of every English district.
# Usage: scripts/bench/need-england.sh [RUNS] [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-5}
base=${2:-http://localhost:8080}
auth=admin:demo
codes=$(cut -d, -f1 ../shared/data/geography/lookup_ltla23_utla23.csv | grep '^E' | sort -u | sed 's/.*/"&"/' | paste -sd,)
curl -s -u $auth -o /dev/null -H 'Content-Type: application/json' \
  -d "{\"slug\":\"england\",\"name\":\"England\",\"laCodes\":[$codes]}" "$base/api/v1/areas" || true
echo "small areas: $(curl -s -u $auth "$base/api/v1/areas/england/need?by=small-area" | grep -o '"key"' | wc -l)"
for by in area ward small-area; do
  times=()
  for i in $(seq 1 "$runs"); do
    # a new model each time, so that nothing is served from a cache of the previous answer
    curl -s -u $auth -o /dev/null -X PUT -H 'Content-Type: application/json' \
      -d "{\"targetedRate\":0.1$i,\"deprivationMultiplier\":2,\"specialistRate\":0.01,\"specialistWeight\":4}" "$base/api/v1/areas/england/need/model"
    t=$(curl -s -u $auth -o /dev/null -w '%{time_total}' "$base/api/v1/areas/england/need?by=$by")
    times+=("$t")
  done
  printf '%s\n' "${times[@]}" | sort -n | awk -v by="$by" '{a[NR]=$1} END {print "need by " by ": median " a[int((NR+1)/2)] " s over " NR " runs"}'
done
