#!/usr/bin/env bash
# The four services, run from their built jars (make build) in the prod profile against the local stack.
# Usage: services.sh up | down | status | start NAME | kill NAME | stop NAME
COMPONENT=services
source "$(dirname "$0")/lib.sh"

SERVICES="volunteer-service:8081 activity-service:8082 brand-service:8083 reporting-service:8084"

port_of() { local s; for s in $SERVICES; do [ "${s%%:*}" = "$1" ] && { echo "${s##*:}"; return 0; }; done; die "unknown service $1"; }
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }

# JVM options: VOLUNTEERNET_JAVA_OPTS replaces the defaults (the footprint benchmark compares a
# C1-only JVM with it). The class-data archive that make build leaves next to the jar is used when
# present (a stale one is refused by the JVM with a warning, and the service starts without it).
java_options() {
  local options="${VOLUNTEERNET_JAVA_OPTS:--Xms64m -Xmx384m -XX:+UseSerialGC}"
  [ -f app-cds.jsa ] && options="$options -XX:SharedArchiveFile=app-cds.jsa"
  echo "$options"
}

start_one() {
  local name="$1" port; port=$(port_of "$1")
  local jar="$ROOT/$name/target/quarkus-app/quarkus-run.jar"
  [ -f "$jar" ] || die "$jar is missing: build first (make build)"
  if pid_alive "$name"; then log "$name already running (pid $(cat "$PIDS/$name.pid"))"; return 0; fi
  require_free_port "$port" "$name"
  require_java17
  log "starting $name on port $port (log: .local/logs/$name.log)"
  # Readable logs locally; production keeps the JSON default (set VOLUNTEERNET_JSON_LOGS=true to see it).
  # The local stack turns on the demo facility (a year of diary for the demo volunteers); production never does.
  # Run from the app's directory: its class-data archive (app-cds.jsa, made by the build) records the
  # class path as quarkus-run.jar and is only used when started the same way.
  (cd "$ROOT/$name/target/quarkus-app" && start_background "$name" "$LOGS/$name.log" \
    env QUARKUS_LOG_CONSOLE_JSON_ENABLED="${VOLUNTEERNET_JSON_LOGS:-false}" VOLUNTEERNET_DEMO_ENABLED=true \
    java $(java_options) -jar quarkus-run.jar)
}

wait_one() {
  local name="$1" port; port=$(port_of "$1")
  COMPONENT="$name" wait_until 120 "$name to be ready on 127.0.0.1:$port" ready "$port" \
    || die "$name did not become ready; last lines of $LOGS/$name.log:$(printf '\n'; tail -25 "$LOGS/$name.log")"
}

up() {
  local s
  for s in $SERVICES; do start_one "${s%%:*}"; done
  for s in $SERVICES; do wait_one "${s%%:*}"; done
}

down() { local s; for s in $SERVICES; do stop_background "${s%%:*}"; done; }

status() {
  local s
  for s in $SERVICES; do
    if ready "${s##*:}"; then echo "${s%%:*}: ready on 127.0.0.1:${s##*:}"; else echo "${s%%:*}: down"; fi
  done
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  start) start_one "${2:?service name}"; wait_one "$2" ;;
  stop) stop_background "${2:?service name}" ;;
  kill) stop_background "${2:?service name}" KILL ;;
  *) echo "usage: $0 up|down|status|start NAME|stop NAME|kill NAME" >&2; exit 2 ;;
esac
