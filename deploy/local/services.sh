#!/usr/bin/env bash
# The four services, run from their built jars (make build) in the prod profile against the local stack.
# Usage: services.sh up | down | status | start NAME | launch NAME (no wait) | kill NAME | stop NAME
# up also starts the network's one address (proxy.sh: nginx on 127.0.0.1:8080), down stops it.
COMPONENT=services
source "$(dirname "$0")/lib.sh"

SERVICES="volunteer-service:8081 activity-service:8082 brand-service:8083 reporting-service:8084"

port_of() { local s; for s in $SERVICES; do [ "${s%%:*}" = "$1" ] && { echo "${s##*:}"; return 0; }; done; die "unknown service $1"; }
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$1/q/health/ready"; }

# Which build runs: VOLUNTEERNET_APP_DIR (default target/quarkus-app, under each service) lets the
# footprint benchmark start its JDK 17 + AppCDS baseline build (target/jdk17-appcds).
APP_DIR="${VOLUNTEERNET_APP_DIR:-target/quarkus-app}"

# The cache next to the jar that suits the JVM: the AOT cache (app.aot, JDK 25, trained by make
# build) or the class-data archive (app-cds.jsa, JDK 17). A stale one is refused by the JVM with a
# warning, and the service starts without it.
cache_option() {
  local major; major=$(java_major "$1")
  if [ "$major" -ge 25 ] 2>/dev/null && [ -f app.aot ]; then echo "-XX:AOTCache=app.aot"
  elif [ "$major" -lt 25 ] 2>/dev/null && [ -f app-cds.jsa ]; then echo "-XX:SharedArchiveFile=app-cds.jsa"
  fi
}

# Said once per command, in the stack's output: which JVM the services run on and why.
JVM_TOLD=false
tell_jvm() {
  $JVM_TOLD && return 0
  JVM_TOLD=true
  local major; major=$(java_major "$1")
  if [ "$major" -ge 25 ] 2>/dev/null; then
    [ -f "$ROOT/volunteer-service/$APP_DIR/app.aot" ] \
      && log "services run on JDK $major ($1) with their AOT caches" \
      || warn "services run on JDK $major without an AOT cache (make build trains one): they start slower"
  elif [ -n "${VOLUNTEERNET_JAVA_HOME:-}" ]; then
    log "services run on JDK $major ($1, from VOLUNTEERNET_JAVA_HOME) with the class-data archive"
  else
    warn "no JDK 25 found (see README: what the machine needs): services run on JDK $major with the class-data archive; they start about 2x slower"
  fi
}

start_one() {
  local name="$1" port; port=$(port_of "$1")
  local app="$ROOT/$name/$APP_DIR"
  [ -f "$app/quarkus-run.jar" ] || die "$app/quarkus-run.jar is missing: build first (make build)"
  if pid_alive "$name"; then log "$name already running (pid $(cat "$PIDS/$name.pid"))"; return 0; fi
  require_free_port "$port" "$name"
  require_cjk_font   # certificates and sign-in sheets embed it
  local java; java=$(service_java)
  tell_jvm "$java"
  log "starting $name on port $port (log: .local/logs/$name.log)"
  # Readable logs locally; production keeps the JSON default (set VOLUNTEERNET_JSON_LOGS=true to see it).
  # The local stack turns on the demo facility (a year of diary for the demo volunteers); production never does.
  # Run from the app's directory: its AOT cache and class-data archive record the class path as
  # quarkus-run.jar and are only used when started the same way.
  # shellcheck disable=SC2046
  # Two malloc arenas instead of up to 16 on JDK 25: fewer native pages per thread for the same work.
  local arenas=; [ "$(java_major "$java")" -ge 25 ] 2>/dev/null && arenas=MALLOC_ARENA_MAX=2
  (cd "$app" && start_background "$name" "$LOGS/$name.log" \
    env $arenas VOLUNTEERNET_LOCAL_DEVELOPMENT=true QUARKUS_LOG_CONSOLE_JSON_ENABLED="${VOLUNTEERNET_JSON_LOGS:-false}" VOLUNTEERNET_DEMO_ENABLED=true \
    "$java" $(service_java_options "$java") $(cache_option "$java") -jar quarkus-run.jar)
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
  "$ROOT/deploy/local/proxy.sh" up
}

# also a training run of aot.sh that was killed before it could stop its services
down() { "$ROOT/deploy/local/proxy.sh" down; local s; for s in $SERVICES; do stop_background "${s%%:*}"; stop_background "training-${s%%:*}"; done; }

status() {
  local s
  for s in $SERVICES; do
    if ready "${s##*:}"; then echo "${s%%:*}: ready on 127.0.0.1:${s##*:}"; else echo "${s%%:*}: down"; fi
  done
  "$ROOT/deploy/local/proxy.sh" status
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  start) start_one "${2:?service name}"; wait_one "$2" ;;
  launch) start_one "${2:?service name}" ;;
  stop) stop_background "${2:?service name}" ;;
  kill) stop_background "${2:?service name}" KILL ;;
  *) echo "usage: $0 up|down|status|start NAME|launch NAME|stop NAME|kill NAME" >&2; exit 2 ;;
esac
