#!/usr/bin/env bash
# Benchmark: place link therapists from scratch (no previous links) and report how long the solver took to
# reach a plan with no hard-constraint breach (every setting covered, nobody over their link hours), and the
# whole solve. Each run puts a new team, so earlier links do not help. Needs a running Strands; for Kent, with
# England loaded (load-england.sh).
# Usage: scripts/bench/link-therapists.sh AREA THERAPISTS [RUNS] [SECONDS] [BASE_URL]
#   e.g. scripts/bench/link-therapists.sh stockport 25 5 10
#        scripts/bench/link-therapists.sh kent 100 5 60   (creates Kent if it is not there)
set -euo pipefail
area=${1:?area slug}
therapists=${2:?number of therapists}
runs=${3:-5}
seconds=${4:-10}
base=${5:-http://localhost:8080}
api="$base/api/v1/areas/$area"
if [ "$area" = kent ]; then
  curl -s -u admin:demo -o /dev/null -H 'Content-Type: application/json' \
    -d '{"slug":"kent","name":"Kent","laCodes":["E10000016"]}' "$base/api/v1/areas" || true
fi
settings=$(curl -sf -u admin:demo "$api/settings" | jq '[.[] | select(.urn != null and .latitude != null)]')
count=$(jq length <<<"$settings")
echo "$area: $count schools and settings with a location, $therapists therapists, solver limit ${seconds} s"
feasible=()
for run in $(seq 1 "$runs"); do
  # bases spread across the area from west to east; 80 link hours each leaves room for 90% of the team's time
  team=$(jq --argjson n "$therapists" --arg run "$run" '
    (sort_by(.longitude)) as $s | [range(0; $n) as $i | $s[($i * ($s | length) / $n | floor)] |
      {name: "Run \($run) therapist \($i + 1)", linkHours: 80, base: .ref}]' <<<"$settings")
  curl -sf -u admin:demo -o /dev/null -X PUT -H 'Content-Type: application/json' -d "$team" "$api/link-therapists/team"
  # the solve runs as a job: 202 with its Location, polled until it has finished
  job=$(curl -sf -u admin:demo -o /dev/null -w '%header{location}' -H 'Content-Type: application/json' \
    -d "{\"seconds\":$seconds}" "$api/link-therapists/solve")
  until jq -e '.status == "DONE" or .status == "FAILED"' <<<"$(curl -sf -u admin:demo "$base$job")" > /dev/null; do sleep 0.5; done
  plan=$(curl -sf -u admin:demo "$api/link-therapists")
  result=$(curl -sf -u admin:demo "$api/link-therapists/last-solve")
  jq -r --arg run "$run" --argjson plan "$plan" '"run \($run): feasible after \(.feasibleAfterMillis) ms, solve \(.millis) ms, \($plan.assignments | length) of \(.settings) linked, score \(.score)"' <<<"$result"
  feasible+=("$(jq -r '.feasibleAfterMillis // 999999' <<<"$result")")
done
printf '%s\n' "${feasible[@]}" | sort -n | awk '{a[NR]=$1} END {print "median time to a plan with no hard breach: " a[int((NR+1)/2)] " ms over " NR " runs"}'
