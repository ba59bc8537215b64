#!/usr/bin/env bash
# Benchmark: importing 5,000-row provision audits, and the provision map of an area with 10,000 offers
# and 50 localities. Needs a running Strands with England loaded (scripts/bench/load-england.sh) and
# ApacheBench (Debian package apache2-utils).
# Usage: scripts/bench/provision.sh [BASE_URL]
set -euo pipefail
cd "$(dirname "$0")/../.."
base=${1:-http://localhost:8080}
auth=admin:demo
work=$(mktemp -d)
curl -s -u $auth -o /dev/null -H 'Content-Type: application/json' \
  -d '{"slug":"bench-kent","name":"Kent (benchmark)","laCodes":["E10000016"]}' "$base/api/v1/areas" || true
# Group Kent's wards into 50 localities.
curl -s -u $auth "$base/api/v1/areas/bench-kent/localities" > "$work/localities.json"
python3 - "$work" <<'PY'
import json, sys, csv, random
work = sys.argv[1]
wards = [w["code"] for l in json.load(open(f"{work}/localities.json")) for w in l["wards"]]
groups = [{"name": f"Locality {i + 1:02d}", "wards": wards[i::50]} for i in range(50)]
json.dump(groups, open(f"{work}/groups.json", "w"))
random.seed(1)
header = ["Partner", "Partner type", "Offer", "Description", "Outcomes", "Entry", "Localities", "Setting URNs",
          "Age from (years)", "Age to (years)", "Access route", "Delivered by", "Annual capacity", "Annual hours",
          "Annual cost (GBP)", "Status"]
codes = [s + str(l) for s in ["FS", "EE", "WW", "ID", "IN"] for l in (1, 2, 3)]
for part in (1, 2):
    with open(f"{work}/audit{part}.csv", "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(header)
        for i in range(5000):
            a = random.randint(0, 11)
            w.writerow([f"Partner {random.randint(1, 100)}", random.choice(["NHS trust", "Local authority team", "Voluntary sector", "Early years"]),
                        f"Offer {part}-{i}", "A benchmark offer", ", ".join(random.sample(codes, random.randint(1, 3))),
                        "Provision" if random.random() > 0.05 else "Gap",
                        "" if random.random() < 0.3 else ", ".join(f"Locality {n:02d}" for n in random.sample(range(1, 51), random.randint(1, 3))),
                        "", a, a + random.randint(0, 6), random.choice(["Open access", "Referral", "Request", "Booked"]),
                        random.choice(["Therapist", "Therapy assistant", "Education staff"]), random.randint(0, 500),
                        random.randint(0, 2000), random.randint(0, 90000), random.choice(["Current", "Current", "Planned"])])
PY
curl -s -u $auth -o /dev/null -w "regrouped localities: %{http_code}\n" -X PUT -H 'Content-Type: application/json' \
  --data-binary "@$work/groups.json" "$base/api/v1/areas/bench-kent/localities"
times=()
for file in audit1 audit2 audit1; do
  t0=$(date +%s.%N)
  result=$(curl -s -u $auth -F "file=@$work/$file.csv" "$base/api/v1/areas/bench-kent/provision/import")
  t1=$(date +%s.%N)
  t=$(echo "$t1 - $t0" | bc); times+=("$t"); echo "import $file.csv (5,000 rows): $t s $result"
done
printf '%s\n' "${times[@]}" | sort -n | awk '{a[NR]=$1} END {print "import median: " a[int((NR+1)/2)] " s over " NR " imports"}'
echo "offers in the area: $(curl -s -u $auth "$base/api/v1/areas/bench-kent/provision/offers" | grep -o '"id"' | wc -l)"
jar="$work/cookies"
token=$(curl -s -c "$jar" -b "$jar" "$base/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | sed 's/.*value="//; s/"$//')
curl -s -c "$jar" -b "$jar" -o /dev/null -d "username=admin&password=demo&_csrf=$token" "$base/sign-in"
session=$(awk '$6=="SESSION" {print $7}' "$jar")
locality=$(curl -s -u $auth "$base/api/v1/areas/bench-kent/localities" | python3 -c 'import json,sys; print(json.load(sys.stdin)[7]["id"])')
p95s=()
for i in 1 2 3 4 5; do
  url="$base/api/v1/areas/bench-kent/provision/map"
  [ $((i % 2)) -eq 0 ] && url="$url?locality=$locality"
  p95=$(ab -q -k -n 2000 -c 10 -C "SESSION=$session" "$url" | awk '/ 95%/ {print $2}')
  p95s+=("$p95"); echo "map run $i ($url): p95 $p95 ms"
done
printf '%s\n' "${p95s[@]}" | sort -n | awk '{a[NR]=$1} END {print "map median p95: " a[int((NR+1)/2)] " ms over " NR " runs"}'
echo "first draw of a new filter (not cached): $(curl -s -o /dev/null -w '%{time_total}' -b "$jar" "$base/api/v1/areas/bench-kent/provision/map?ageBand=5-10&status=PLANNED") s"
rm -rf "$work"
