#!/usr/bin/env bash
# Benchmark: the area's impact report (GET /api/v1/areas/{area}/impact) over 200,000 children, each with a journey and
# its summary row, and 2,000,000 ratings, in one area. Starts Strands from the built jar on a fresh embedded database
# (demo on), creates the area through the API, fills it with psql (generate_series, as the schema's owner, whose
# password and port the embedded server keeps in its data directory), and times the report grouped by level and by
# strand: the median and 95th percentile of RUNS calls each, after two warm-up calls, over the default twelve months
# and over all two years. Needs psql (Debian package postgresql-client).
# Usage: scripts/bench/impact.sh [CHILDREN] [RUNS]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
rows=${1:-200000}
runs=${2:-20}
jar=$(ls target/strands-*.jar | grep -v original | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)
data=$(mktemp -d)
port=18082
auth=admin:demo
base="http://localhost:$port"
STRANDS_DATA_DIR=$data/postgres "$java" -Xmx512m -jar "$jar" --server.port=$port > "$data/app.log" 2>&1 &
pid=$!
# KEEP=1 leaves the server running on its data for a closer look (EXPLAIN); stop it with the pid printed
[ "${KEEP:-}" = 1 ] && echo "server pid $pid, data $data" || trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"; exit 0' EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do sleep 0.5; done
curl -fs -u $auth -o /dev/null -H 'Content-Type: application/json' \
  -d '{"slug":"bench-impact","name":"Stockport (impact benchmark)","laCodes":["E08000007"]}' "$base/api/v1/areas"
# timed with an API token, as a script would call it (HTTP Basic hashes the password on every call)
token=$(curl -fs -u $auth -H 'Content-Type: application/json' -d '{"name":"benchmark","days":1}' "$base/api/v1/me/tokens" \
  | grep -o '"token":"[^"]*"' | sed 's/"token":"//; s/"$//')
bearer="Authorization: Bearer $token"
dbport=$(sed -n 4p "$data/postgres/postmaster.pid")
export PGPASSWORD=$(grep -E '^owner\.password=' "$data/postgres/strands-credentials.properties" | cut -d= -f2-)
owner=$(grep -E '^owner\.user(name)?=' "$data/postgres/strands-credentials.properties" | cut -d= -f2- || echo postgres)
sql() { "$psql" -h localhost -p "$dbport" -U "${owner:-postgres}" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
area=$(sql -c "select id from area where slug = 'bench-impact'")
t0=$(date +%s.%N)
sql <<SQL
insert into journey_child (area_id, ref, born_month, imd_quintile, setting_ref, locality, sex, ethnicity, languages, created_by)
select $area, 'B' || g, (date '2012-01-01' + make_interval(months => (g % 144)::int))::date, 1 + g % 5, 'S' || (g % 400),
       'Locality ' || (g % 20), (array['FEMALE','MALE'])[1 + g % 2],
       (array['WHITE_BRITISH','PAKISTANI','AFRICAN','WHITE_AND_ASIAN','OTHER_WHITE'])[1 + g * 7 % 5],
       array[(array['English','Urdu','Polish','Arabic'])[1 + g * 3 % 4]], 'bench'
from generate_series(1, $rows) g;
insert into journey_journey (area_id, child_id, started_on, source, lead, discharged_on, discharge_reason, created_by)
select area_id, id, s, 'BY_HAND', 'practitioner', d, case when d is not null then 'GOALS_MET' end, 'bench'
from (select area_id, id, current_date - (id * 7 % 730)::int as s,
             case when id % 10 < 6 and current_date - (id * 7 % 730)::int + (id * 13 % 300)::int <= current_date
                  then current_date - (id * 7 % 730)::int + (id * 13 % 300)::int end as d
      from journey_child where area_id = $area) c;
insert into journey_rating (area_id, journey_id, rated_on, occasion, domain, score, recorded_by)
select j.area_id, j.id, j.started_on + k * 10, case when k < 5 then 'START' else 'REVIEW' end,
       (array['IMPAIRMENT','ACTIVITY','PARTICIPATION','WELLBEING','CARER_WELLBEING'])[1 + k % 5], ((j.id + k) % 11) / 2.0, 'bench'
from journey_journey j cross join generate_series(0, 9) k where j.area_id = $area;
insert into journey_summary (journey_id, area_id, child_id, started_on, discharged_on, discharge_reason, setting_ref, locality, imd_quintile,
  sex, ethnicity, language, from_contact, outcome_codes, offer_ids, directions, hours, sessions, cost, goals, goals_scored, goals_met,
  first_t, latest_t, discharge_t, impairment_first, impairment_latest, activity_first, activity_latest, participation_first,
  participation_latest, wellbeing_first, wellbeing_latest, carer_wellbeing_first, carer_wellbeing_latest, family_satisfaction, family_change)
select j.id, j.area_id, c.id, j.started_on, j.discharged_on, j.discharge_reason, c.setting_ref, c.locality, c.imd_quintile, c.sex,
       c.ethnicity, c.languages[1], j.id % 3 = 0,
       (select array_agg(distinct (array['FS','EE','WW','ID','IN'])[1 + (j.id * k * 31 % 5)::int] || (1 + (j.id * k * 17 % 3))::text)
        from generate_series(1, 1 + (j.id % 3)::int) k),
       array[1 + j.id % 50]::bigint[],
       (case j.id % 4 when 0 then '{IMPROVE}' when 1 then '{SUSTAIN}' when 2 then '{IMPROVE,SUSTAIN}' else '{MANAGE_DECLINE}' end)::text[],
       (j.id % 40) / 2.0, j.id % 12, (j.id % 40) * 30, 3, case when j.discharged_on is null then j.id % 3 else 3 end,
       least(case when j.discharged_on is null then j.id % 3 else 3 end, j.id % 4),
       30 + j.id % 20, 35 + j.id % 25, case when j.discharged_on is not null then 35 + (j.id * 7 % 30) end,
       (j.id % 8) / 2.0, least(5, (j.id % 8) / 2.0 + (j.id % 3) / 2.0), (j.id % 7) / 2.0, least(5, (j.id % 7) / 2.0 + (j.id % 4) / 2.0),
       (j.id % 6) / 2.0, least(5, (j.id % 6) / 2.0 + (j.id % 3) / 2.0), (j.id % 9) / 2.0, least(5, (j.id % 9) / 2.0 + (j.id % 2) / 2.0),
       (j.id % 5) / 2.0, least(5, (j.id % 5) / 2.0 + (j.id % 3) / 2.0), round((j.id % 11) / 10.0, 3), round((j.id % 7) / 6.0, 3)
from journey_journey j join journey_child c on c.id = j.child_id where j.area_id = $area;
insert into journey_contact (contact_id, area_id, contact_on, route, setting_ref, locality, follow_up_opt_in, recorded_by)
select g, $area, current_date - (g * 11 % 730)::int, 'DROP_IN', 'S' || (g % 400), 'Locality ' || (g % 20), false, 'bench'
from generate_series(1, $rows / 10) g;
vacuum analyze journey_child, journey_journey, journey_rating, journey_summary, journey_contact;
SQL
echo "inserted $rows children and journeys with their summaries, $((rows * 10)) ratings and $((rows / 10)) contacts in $(echo "$(date +%s.%N) - $t0" | bc) s"
echo "summary rows: $(sql -c "select count(*) from journey_summary where area_id = $area"), ratings: $(sql -c "select count(*) from journey_rating where area_id = $area")"
stats() { sort -n | awk -v label="$1" '{a[NR]=$1} END {p=int(NR*0.95); if (p < NR*0.95) p++; print label ": median " a[int((NR+1)/2)] " s, p95 " a[p] " s over " NR " calls"}'; }
time_report() {
  local url=$1 label=$2
  for i in 1 2; do curl -fs -H "$bearer" -o /dev/null "$url"; done
  for i in $(seq 1 "$runs"); do curl -fs -H "$bearer" -o /dev/null -w '%{time_total}\n' "$url"; done | stats "$label"
}
api="$base/api/v1/areas/bench-impact/impact"
all="from=$(date -d '-730 days' +%F)&to=$(date +%F)"
echo "children with journeys open in the twelve months: $(curl -fs -H "$bearer" "$api?groupBy=level" | grep -o '"total":{"key":"total".*' | grep -o '"reach":{"children":{"value":[0-9]*' | head -1 | grep -o '[0-9]*$')"
time_report "$api?groupBy=level" "by level, twelve months"
time_report "$api?groupBy=strand" "by strand, twelve months"
# QUICK=1 stops here: the two figures the issue asks for
[ "${QUICK:-}" = 1 ] && exit 0
time_report "$api?groupBy=level&$all" "by level, all two years"
time_report "$api?groupBy=strand&$all" "by strand, all two years"
time_report "$api?groupBy=offer&$all" "by offer, all two years"
time_report "$api?groupBy=locality&$all" "by locality, all two years"
