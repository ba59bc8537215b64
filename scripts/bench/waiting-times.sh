#!/usr/bin/env bash
# Benchmark: the waiting times report (GET /api/v1/areas/{area}/waiting-times) over 1,000,000 requests for support in
# one area. Starts Strands from the built jar on a fresh embedded database (demo on), creates the area through the API,
# fills it with psql (generate_series, as the schema's owner, whose password and port the embedded server keeps in its
# data directory), and times the report: the median of RUNS calls, each with a change date, after two warm-up calls.
# Needs psql (Debian package postgresql-client). Usage: scripts/bench/waiting-times.sh [ROWS] [RUNS]
#   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-1000000}
runs=${2:-9}
jar=$(ls target/strands-*.jar | grep -v original | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)
data=$(mktemp -d)
port=18081
auth=admin:demo
base="http://localhost:$port"
STRANDS_DATA_DIR=$data/postgres "$java" -Xmx512m -jar "$jar" --server.port=$port > "$data/app.log" 2>&1 &
pid=$!
# KEEP=1 leaves the server running on its data for a closer look (EXPLAIN); stop it with the pid printed
[ "${KEEP:-}" = 1 ] && echo "server pid $pid, data $data" || trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"; exit 0' EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.5; done
curl -fs -u $auth -o /dev/null -H 'Content-Type: application/json' \
  -d '{"slug":"bench-waits","name":"Stockport (waiting times benchmark)","laCodes":["E08000007"]}' "$base/api/v1/areas"
# the report is timed with an API token, as a script would call it (HTTP Basic hashes the password on every call)
token=$(curl -fs -u $auth -H 'Content-Type: application/json' -d '{"name":"benchmark","days":1}' "$base/api/v1/me/tokens" \
  | grep -o '"token":"[^"]*"' | sed 's/"token":"//; s/"$//')
bearer="Authorization: Bearer $token"
dbport=$(sed -n 4p "$data/postgres/postmaster.pid")
export PGPASSWORD=$(grep -E '^owner\.password=' "$data/postgres/strands-credentials.properties" | cut -d= -f2-)
owner=$(grep -E '^owner\.user(name)?=' "$data/postgres/strands-credentials.properties" | cut -d= -f2- || echo postgres)
sql() { "$psql" -h localhost -p "$dbport" -U "${owner:-postgres}" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
area=$(sql -c "select id from area where slug = 'bench-waits'")
t0=$(date +%s.%N)
sql <<SQL
insert into support_request (area_id, route, received_on, locality, first_advice_on, intervention_start_on, status, recorded_by)
select $area, route, received, locality, case when advised <= current_date then advised end,
       case when started <= current_date and g % 10 < 8 then started end,
       case when started <= current_date and g % 10 < 8 then 'IN_PROGRESS' else 'WAITING' end, 'bench'
from (select g, (array['EASY_ACCESS','LINK_THERAPIST','ADVICE_LINE','PROFESSIONAL','REFERRAL'])[1 + g % 5] as route,
             current_date - (g * 7 % 730)::int as received, 'Locality ' || (g % 20) as locality,
             current_date - (g * 7 % 730)::int + case when g % 5 = 0 then 0 else (g * 7919 % 240)::int end as advised,
             current_date - (g * 7 % 730)::int + (g * 7919 % 240)::int + (g * 104729 % 150)::int as started
      from generate_series(1::bigint, $rows) g) r;
vacuum analyze support_request;
SQL
echo "inserted $rows requests in $(echo "$(date +%s.%N) - $t0" | bc) s"
url="$base/api/v1/areas/bench-waits/waiting-times?change=$(date -d '-6 months' +%F)"
for i in 1 2; do curl -fs -H "$bearer" -o /dev/null "$url"; done
times=()
for i in $(seq 1 "$runs"); do
  t=$(curl -fs -H "$bearer" -o /dev/null -w '%{time_total}' "$url"); times+=("$t"); echo "report $i: $t s"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "report median: " a[int((NR+1)/2)] " s over " NR " calls"}'
t=$(curl -fs -H "$bearer" -o /dev/null -w '%{time_total}' "$url&locality=Locality%207"); echo "report for one locality: $t s"
# the whole two years: every one of the requests in the period
all="$base/api/v1/areas/bench-waits/waiting-times?from=$(date -d '-730 days' +%F)&change=$(date -d '-6 months' +%F)"
times=()
for i in $(seq 1 "$runs"); do times+=("$(curl -fs -H "$bearer" -o /dev/null -w '%{time_total}' "$all")"); done
printf '%s\n' "${times[@]}" | sort -n | awk -v rows="$rows" '{a[NR]=$1} END {print "report over all " rows " requests, median: " a[int((NR+1)/2)] " s over " NR " calls"}'
