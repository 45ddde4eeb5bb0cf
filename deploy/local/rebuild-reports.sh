#!/usr/bin/env bash
# Rebuilds reporting-service's report tables from the event topics and prints the progress.
# Usage: rebuild-reports.sh [REPORTING_URL]   (default http://127.0.0.1:8084)
# Needs a city-admin token: $TOKEN if set, else the local realm's demo user city-admin.
# Run it after upgrading reporting-service with new report tables, or to check that the reports
# are exactly what the topics say. Reports read during the rebuild are incomplete.
COMPONENT=rebuild-reports
source "$(dirname "$0")/lib.sh"
need_python

REPORTING=${1:-http://127.0.0.1:8084}
TOKEN=${TOKEN:-$(token city-admin)} || die "no token: set TOKEN to a city-admin's access token"
[ -n "$TOKEN" ] || die "no token: set TOKEN to a city-admin's access token"

headers="$STATE/rebuild-headers.txt"
mkdir -p "$STATE"
status=$(curl -sS -o "$STATE/rebuild-reply.json" -D "$headers" -w '%{http_code}' -X POST \
  -H "Authorization: Bearer $TOKEN" "$REPORTING/api/v1/reports/rebuilds") || die "reporting-service is not reachable at $REPORTING"
[ "$status" = 202 ] || die "the rebuild was not started (HTTP $status): $(cat "$STATE/rebuild-reply.json")"
location=$(sed -n 's/^[Ll]ocation: *//p' "$headers" | tr -d '\r')
log "rebuild started: $location"

while true; do
  sleep 1
  progress=$(curl -fsS -H "Authorization: Bearer $TOKEN" "$location") || die "lost contact with reporting-service"
  read -r state replayed total rate invalid <<<"$(printf '%s' "$progress" | python3 -c 'import sys, json
p = json.load(sys.stdin)
print(p["state"], p["replayedEvents"], p["totalEvents"], p["eventsPerSecond"], p["invalidMessages"])')"
  percent=$(( total > 0 ? replayed * 100 / total : 100 ))
  log "$state: $replayed of $total events ($percent%), $rate events/s, $invalid not valid events passed over"
  case "$state" in
    DONE) exit 0 ;;
    FAILED) die "$(printf '%s' "$progress" | jget failure)" ;;
  esac
done
