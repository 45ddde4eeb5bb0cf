#!/usr/bin/env bash
# The whole local network: PostgreSQL, Kafka, Keycloak, the four services and demo data.
# Usage: stack.sh up | run (up, then follow the logs; Ctrl-C stops everything) | down | status
# VOLUNTEERNET_REPLICAS=2 (or 3): that many processes of each service behind the one address (services.sh).
COMPONENT=stack
source "$(dirname "$0")/lib.sh"
HERE="$ROOT/deploy/local"

up() {
  "$HERE/postgres.sh" up
  "$HERE/kafka.sh" up
  one_network
  "$HERE/keycloak.sh" up
  "$HERE/services.sh" up
  "$HERE/seed-demo.sh"
  local replicas=
  [ "$REPLICAS" -gt 1 ] && replicas=$(printf '\n    (%s processes of each service: also on 8181-8184%s, health on 9181-9184%s; the one address spreads over them)' \
    "$REPLICAS" "$([ "$REPLICAS" -gt 2 ] && echo ', 8281-8284')" "$([ "$REPLICAS" -gt 2 ] && echo ', 9281-9284')")
  cat <<INFO

  volunteer-network is up.
    the whole API      http://127.0.0.1:8080/api/v1/   (one address; OpenAPI: /api/v1/openapi.json)
    volunteer-service  http://127.0.0.1:8081   (OpenAPI: /q/openapi)
    activity-service   http://127.0.0.1:8082
    brand-service      http://127.0.0.1:8083
    reporting-service  http://127.0.0.1:8084${replicas}
    health and metrics http://127.0.0.1:9081-9084/q/health, /q/metrics   (management ports: public port + 1000)
    Keycloak           http://127.0.0.1:8180   (realm volunteer-network; demo users' password = user name)
    Kafka              127.0.0.1:${VOLUNTEERNET_KAFKA_PORT:-9092} (SASL/SCRAM, see README)   PostgreSQL 127.0.0.1:5432
  Logs: .local/logs/    Stop: make down

INFO
}

down() {
  "$HERE/services.sh" down
  "$HERE/keycloak.sh" down
  "$HERE/kafka.sh" down
  "$HERE/postgres.sh" down
}

run() {
  trap 'echo; log "stopping the network"; down; exit 130' INT TERM
  up
  log "following the service logs; Ctrl-C stops the whole network"
  tail -n 0 -F "$LOGS"/volunteer-service.log "$LOGS"/activity-service.log "$LOGS"/brand-service.log "$LOGS"/reporting-service.log &
  local follower=$!
  # a background job ignores Ctrl-C, so the trap ends the log follower too
  trap 'echo; log "stopping the network"; kill "$follower" 2>/dev/null; down; exit 130' INT TERM
  wait "$follower"
}

status() {
  "$HERE/postgres.sh" status; "$HERE/kafka.sh" status; "$HERE/keycloak.sh" status; "$HERE/services.sh" status
}

case "${1:-}" in
  up) up ;; run) run ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|run|down|status" >&2; exit 2 ;;
esac
