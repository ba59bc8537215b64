#!/usr/bin/env bash
# Benchmark and fault run: COUNT follow-ups all due at once, dispatched by SMTP to a local mail server that writes down
# every Message-ID it takes (scripts/bench/smtp-sink.py). Starts Strands from the built jar on a fresh embedded database
# (demo on), makes Stockport send by SMTP, inserts the families (addresses sealed with the demo's key by
# FollowUpRows.java), and times from the commit that makes them due to the last one sent. With KILL=1 the process is
# killed (SIGKILL) once a third have gone, and started again on the same data. Then checks that the mail server took
# every message exactly once. Needs psql (postgresql-client) and Python 3.11 (its smtpd module).
# Usage: scripts/bench/follow-up.sh [COUNT]   (build first: ./mvnw -DskipTests package)
set -euo pipefail
cd "$(dirname "$0")/../.."
count=${1:-10000}
built=$(ls target/strands-*.jar | grep -v original | head -1)
java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
psql=$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)
data=$(mktemp -d)
# a copy: a build while the benchmark runs replaces the jar under a running process, which then cannot load its classes
jar=$data/strands.jar
cp "$built" "$jar"
port=18084
smtp=2526
base="http://localhost:$port"
python3 scripts/bench/smtp-sink.py $smtp "$data/received.txt" 2>/dev/null &
sink=$!
start() {
  STRANDS_DATA_DIR=$data/postgres "$java" -Xmx512m -jar "$jar" --server.port=$port --spring.mail.host=127.0.0.1 --spring.mail.port=$smtp \
    --strands.follow-up.dispatch-every=1s --strands.follow-up.lease=15s --db-scheduler.heartbeat-interval=2s \
    --db-scheduler.missed-heartbeats-limit=4 >> "$data/app.log" 2>&1 &
  pid=$!
  until curl -fs "$base/actuator/health" 2>/dev/null | grep -q '"UP"'; do
    kill -0 $pid 2>/dev/null || { echo "Strands did not start:"; tail -20 "$data/app.log"; exit 1; }
    sleep 0.5
  done
}
trap 'status=$?; kill $pid $sink 2>/dev/null; wait 2>/dev/null; rm -rf "$data"; exit $status' EXIT
start
# the embedded database listens on a new port each time Strands starts it: read where, every time
sql() {
  "$psql" -h localhost -p "$(sed -n 4p "$data/postgres/postmaster.pid")" -U "$(grep -E '^owner\.user=' "$data/postgres/strands-credentials.properties" | cut -d= -f2-)" \
    -d postgres -v ON_ERROR_STOP=1 -qAt "$@"
}
export PGPASSWORD=$(grep -E '^owner\.password=' "$data/postgres/strands-credentials.properties" | cut -d= -f2-)
area=$(sql -c "select id from area where slug = 'stockport'")
"$java" scripts/bench/FollowUpRows.java "$data/strands-contact.key" 700000000 "$count" > "$data/rows.csv"
sql <<SQL
insert into followup_settings (area_id, provider, email_from) values ($area, 'SMTP', 'follow-up@stockport.example')
on conflict (area_id) do update set provider = 'SMTP', email_from = excluded.email_from;
create temporary table bench_rows (contact_id bigint, address bytea, address_hash bytea);
\copy bench_rows from '$data/rows.csv' with (format csv)
begin;
insert into journey_contact (contact_id, area_id, contact_on, route, follow_up_opt_in, recorded_by)
select contact_id, $area, current_date - 42, 'EASY_ACCESS', true, 'bench' from bench_rows;
insert into followup_consent (area_id, source, source_ref, channel, words_shown, given, how, recorded_at)
values ($area, 'BOOKING', 'bench', 'EMAIL', 'Benchmark', true, 'ONLINE', now());
insert into followup (area_id, cause, contact_id, consent_id, channel, address, address_hash, route, due_at)
select $area, 'CONTACT', contact_id, currval('followup_consent_id_seq'), 'EMAIL', address, address_hash, 'EASY_ACCESS', now()
from bench_rows;
insert into followup_message (area_id, followup_id, kind, reference, due_at)
select $area, f.id, 'FIRST', gen_random_uuid(), now() from followup f join bench_rows b on b.contact_id = f.contact_id;
commit;
SQL
t0=$(date +%s.%N)
echo "$count follow-ups due at once"
sent() { sql -c "select count(*) from followup_message where status = 'SENT'"; }
if [ "${KILL:-}" = 1 ]; then
  until [ "$(wc -l < "$data/received.txt" 2>/dev/null || echo 0)" -ge $((count / 3)) ]; do sleep 0.2; done
  kill -9 $pid; wait $pid 2>/dev/null || true
  echo "killed (SIGKILL) with $(wc -l < "$data/received.txt") taken by the mail server and $(sent) marked sent; starting again"
  start
fi
until [ "$(sent)" -ge "$count" ]; do sleep 1; done
elapsed=$(echo "$(date +%s.%N) - $t0" | bc)
sleep 1
taken=$(wc -l < "$data/received.txt")
distinct=$(sort -u "$data/received.txt" | wc -l)
echo "all $count sent in $elapsed s; the mail server took $taken messages, $distinct different: $((taken - distinct)) twice, $((count - distinct)) missing"
echo "sent by a second try (taken over after the killed sender's claim ran out, or tried again): $(sql -c "select count(*) from followup_message where attempts > 1")"
