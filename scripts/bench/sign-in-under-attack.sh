#!/usr/bin/env bash
# Benchmark: a signed-in user's throughput (10 clients on one session, GET /api/v1/areas/stockport) alone, then while
# twenty anonymous clients send wrong credentials (HTTP Basic) for the whole time; the second as a share of the first.
# Needs a running Strands (demo accounts) and ApacheBench (Debian package apache2-utils).
# Usage: scripts/bench/sign-in-under-attack.sh [RUNS] [SECONDS] [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/../.."
runs=${1:-3}
seconds=${2:-30}
base=${3:-http://localhost:8080}
url="$base/api/v1/areas/stockport"
jar=$(mktemp)
csrf=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=commissioner&password=demo&_csrf=$csrf" "$base/sign-in"
session=$(awk '$6=="SESSION" {print $7}' "$jar")
rps() { awk '/Requests per second/ {print $4}' "$1"; }
user() { ab -q -k -t "$seconds" -n 10000000 -c 10 -C "SESSION=$session" "$url" > "$1"; }
ab -q -k -t 15 -n 10000000 -c 10 -C "SESSION=$session" "$url" > /dev/null
shares=()
for i in $(seq 1 "$runs"); do
  user /tmp/strands-ab-alone.txt
  ab -q -t "$seconds" -n 10000000 -c 20 -A "guessed-$i:wrong password" "$url" > /tmp/strands-ab-attack.txt &
  attack=$!
  user /tmp/strands-ab-attacked.txt
  wait "$attack" || true
  alone=$(rps /tmp/strands-ab-alone.txt); attacked=$(rps /tmp/strands-ab-attacked.txt)
  share=$(awk -v a="$alone" -v b="$attacked" 'BEGIN {printf "%.2f", b / a}')
  shares+=("$share")
  echo "run $i: alone ${alone}/s, under attack ${attacked}/s (share ${share}); the attack: $(rps /tmp/strands-ab-attack.txt) attempts/s," \
    "$(awk '/Non-2xx responses/ {print $3}' /tmp/strands-ab-attack.txt) refused"
done
printf '%s\n' "${shares[@]}" | sort -n | awk '{a[NR]=$1} END {print "median share kept under attack: " a[int((NR+1)/2)] " over " NR " runs (target at least 0.5)"}'
