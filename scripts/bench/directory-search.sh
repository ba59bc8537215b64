#!/usr/bin/env bash
# Benchmark of the directory's search over 5,000 entries (or COUNT): starts Strands from the built jar on a fresh embedded
# database (demo on, the public rate limit raised for one client), adds COUNT synthetic entries to Stockport's directory
# (names and descriptions drawn from the words services use, ages, outcomes, worries, and a place near Stockport for
# half of them, written through SQL as the module writes them so that the word list is filled by its trigger), then
# runs directory-search.mjs at RATE searches a second for SECONDS. Needs psql (postgresql-client) and Node 20.
# Usage: scripts/bench/directory-search.sh [COUNT] [RATE] [SECONDS] [RUNS]   (build first: ./mvnw -DskipTests package)
# MIX=wide draws each search at random from many (see directory-search.mjs) instead of 14 in turn.
# SERVER_ARGS="--strands.directory.search-cache=0s" passes more settings to the server (here: no page cache).
# JFR=/tmp/search.jfr records a Java Flight Recorder profile of the server while it runs.
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-5000}
rate=${2:-200}
seconds=${3:-30}
runs=${4:-3}
built=$(ls target/strands-*.jar | grep -v original | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)
data=$(mktemp -d)
cp "$built" "$data/strands.jar"
port=18085
base="http://localhost:$port"
jfr=()
[ -n "${JFR:-}" ] && jfr=("-XX:StartFlightRecording=filename=$JFR,settings=profile,dumponexit=true")
STRANDS_DATA_DIR=$data/postgres "$java" -Xmx1g "${jfr[@]}" -jar "$data/strands.jar" --server.port=$port --strands.public.requests-per-minute=10000000 ${SERVER_ARGS:-} \
  > "$data/app.log" 2>&1 &
pid=$!
trap 'status=$?; kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"; exit $status' EXIT
until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
  kill -0 $pid 2>/dev/null || { echo "Strands did not start:"; tail -20 "$data/app.log"; exit 1; }
  sleep 0.5
done
export PGPASSWORD=$(grep -E '^owner\.password=' "$data/postgres/strands-credentials.properties" | cut -d= -f2-)
owner=$(grep -E '^owner\.user=' "$data/postgres/strands-credentials.properties" | cut -d= -f2-)
sql() { "$psql" -h localhost -p "$(sed -n 4p "$data/postgres/postmaster.pid")" -U "$owner" -d postgres -v ON_ERROR_STOP=1 -qAt "$@"; }
sql <<SQL
with words as (select array['talking','speech','language','listening','stammering','signing','play','social','school','reading','nursery',
    'toddler','baby','group','drop-in','therapy','advice','parents','bilingual','understanding','voice','sounds','words','communication',
    'autism','confidence','stories','songs','rhymes','library'] as w),
made as (
  select g, (select w from words) as w from generate_series(1, $count) g)
insert into directory_entry (id, area_id, kind, source, name, summary, who_for, open_access, age_from, age_to, outcomes, worries, owner, review_on,
    updated_by)
select gen_random_uuid(), (select id from area where slug = 'stockport'), case when g % 4 = 0 then 'INFORMATION' else 'SERVICE' end, 'AREA',
       initcap(w[1 + g % 30] || ' ' || w[1 + (g * 7) % 30] || ' ' || w[1 + (g * 13) % 30]) || ' ' || g,
       'A ' || w[1 + (g * 3) % 30] || ' and ' || w[1 + (g * 5) % 30] || ' session for families: ' || w[1 + (g * 11) % 30] || ', '
         || w[1 + (g * 17) % 30] || ' and ' || w[1 + (g * 19) % 30] || ', run by trained staff near you.',
       'Families of children aged ' || (g % 5) || ' to ' || (5 + g % 10), g % 3 = 0, g % 5, 5 + g % 10,
       array[(array['FS','EE','WW','ID','IN'])[1 + g % 5] || (1 + g % 3)],
       array[(array['NOT_TALKING','HARD_TO_UNDERSTAND','UNDERSTANDING','STAMMERING','PLAY_AND_SOCIAL','SCHOOL','LANGUAGES','VOICE'])[1 + g % 8]],
       'bench', current_date + 90, 'bench'
from made;
insert into directory_location (id, area_id, entry_id, name, postcode, latitude, longitude)
select gen_random_uuid(), e.area_id, e.id, 'Place of ' || e.name, null, 53.36 + random() * 0.1, -2.22 + random() * 0.16
from directory_entry e where e.updated_by = 'bench' and random() < 0.5;
analyze directory_entry; analyze directory_location; analyze directory_word;
SQL
echo "$(sql -c "select count(*) from directory_entry where status = 'PUBLISHED'") published entries in Stockport's directory, $(sql -c "select count(*) from directory_word") words"
# postcodes of Stockport the postcode directory knows, for MIX=wide
POSTCODES=$(sql -c "select string_agg(postcode, ',') from (select postcode from ref_postcode where postcode like 'SK%' and easting is not null order by md5(postcode) limit 60) p")
export POSTCODES
for i in $(seq 1 "$runs"); do
  node scripts/bench/directory-search.mjs "$base" "$rate" "$seconds" stockport
done
