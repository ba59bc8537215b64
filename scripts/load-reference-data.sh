#!/usr/bin/env bash
# Loads the national reference files for England into a running Strands, through its API.
# Usage: scripts/load-reference-data.sh [DATA_DIR] [BASE_URL]
#   DATA_DIR defaults to ../shared/data; BASE_URL to http://localhost:8080.
#   Credentials of a system administrator: STRANDS_USER / STRANDS_PASSWORD (default admin / demo).
set -euo pipefail
data=${1:-../shared/data}
base=${2:-http://localhost:8080}
auth="${STRANDS_USER:-admin}:${STRANDS_PASSWORD:-demo}"

# Each load answers 202 with the Location of its job; poll that until the job is DONE or FAILED.
load() {
  local dataset=$1 file=$2 job answer
  printf '%-16s %s ... ' "$dataset" "$file"
  job=$(curl -sS --fail-with-body -u "$auth" -F "file=@$data/$file" -o /dev/null -w '%header{location}' \
    "$base/api/v1/admin/reference-data/$dataset")
  while :; do
    answer=$(curl -sS --fail-with-body -u "$auth" "$base$job")
    case $answer in
      *'"status":"DONE"'*) echo "$answer"; return 0 ;;
      *'"status":"FAILED"'*) echo "$answer"; return 1 ;;
    esac
    sleep 2
  done
}

# Geography first, so that schools can be matched to their authorities.
load ltla-utla      geography/lookup_ltla23_utla23.csv
load lsoa-ward-lad  geography/lookup_lsoa21_ward24_ltla24.csv
load imd2025        deprivation/imd2025_england_lsoa21.csv
load census2021-age population/census2021_usual_residents_lsoa21_6agegroups_england_wales.csv
load gias           schools/gias_open_establishments_20250524.csv
load ehcp-slcn      sen/ehcp_2025/sen_needs_all_plans.csv
load slcn-pupils    sen/slcn_primary_need_by_la_year_group.csv
load mid2020-ages   population/population_mid2020_lsoa11_syoa_england_wales.csv
load lsoa11-lsoa21  geography/lookup_lsoa11_lsoa21_ltla22.csv
load postcodes     geography/onspd_nov2025_postcode_lad25_easting_northing_uk.csv.gz
