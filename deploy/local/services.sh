#!/usr/bin/env bash
# The four services, run from their built jars (make build) in the prod profile against the local stack.
# Usage: services.sh up | down | status | start NAME [REPLICA] | launch NAME [REPLICA] (no wait)
#        | kill NAME [REPLICA] | stop NAME [REPLICA]
# up also starts the network's one address (proxy.sh: nginx on 127.0.0.1:8080), down stops it.
# VOLUNTEERNET_REPLICAS=N (1-3, default 1): up starts N processes of each service, replica n on the
# service's port + 100 x (n - 1) (8081, 8181, 8281), and the proxy spreads each prefix over them.
# Replica 1 keeps the plain name (pid file, log); replica n > 1 is NAME-n (.local/logs/NAME-n.log).
# Health and metrics are on each process's management interface, its port + 1000 (9081-9084, 9181-9184,
# ...), never on the public port: readiness is polled there (curl 127.0.0.1:9081/q/health/ready).
COMPONENT=services
source "$(dirname "$0")/lib.sh"

SERVICES="volunteer-service:8081 activity-service:8082 brand-service:8083 reporting-service:8084"

# port_of NAME [REPLICA]: the port that replica of the service serves
port_of() {
  local s replica="${2:-1}"
  for s in $SERVICES; do [ "${s%%:*}" = "$1" ] && { echo $(( ${s##*:} + REPLICA_PORT_STEP * (replica - 1) )); return 0; }; done
  die "unknown service $1"
}
# instance NAME [REPLICA]: the name of the replica's pid file and log
instance() { if [ "${2:-1}" = 1 ]; then echo "$1"; else echo "$1-$2"; fi; }
# ready PORT: the process serving PORT is ready (its management interface: PORT + MANAGEMENT_PORT_STEP)
ready() { curl -fsS -o /dev/null "http://127.0.0.1:$(management_port "$1")/q/health/ready"; }

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

# start_one NAME [REPLICA]
start_one() {
  local name="$1" replica="${2:-1}" port; port=$(port_of "$1" "${2:-1}")
  local app="$ROOT/$name/$APP_DIR" me; me=$(instance "$name" "$replica")
  [ -f "$app/quarkus-run.jar" ] || die "$app/quarkus-run.jar is missing: build first (make build)"
  if pid_alive "$me"; then log "$me already running (pid $(cat "$PIDS/$me.pid"))"; return 0; fi
  require_free_port "$port" "$me"
  require_free_port "$(management_port "$port")" "$me (management interface)"
  require_cjk_font   # certificates and sign-in sheets embed it
  local java; java=$(service_java)
  tell_jvm "$java"
  log "starting $me on port $port, health and metrics on $(management_port "$port") (log: .local/logs/$me.log)"
  # Readable logs locally; production keeps the JSON default (set VOLUNTEERNET_JSON_LOGS=true to see it).
  # The local stack turns on the demo facility (a year of diary for the demo volunteers); production never does.
  # Run from the app's directory: its AOT cache and class-data archive record the class path as
  # quarkus-run.jar and are only used when started the same way.
  # shellcheck disable=SC2046
  # Two malloc arenas instead of up to 16 on JDK 25: fewer native pages per thread for the same work.
  local arenas=; [ "$(java_major "$java")" -ge 25 ] 2>/dev/null && arenas=MALLOC_ARENA_MAX=2
  # Certificates' QR codes name the one address (the proxy), not a service's own port.
  local verification_url="${VOLUNTEERNET_CERTIFICATE_VERIFICATION_URL:-http://127.0.0.1:${VOLUNTEERNET_PROXY_PORT:-8080}/api/v1/certificates/{code}}"
  (cd "$app" && start_background "$me" "$LOGS/$me.log" \
    env $arenas QUARKUS_HTTP_PORT="$port" QUARKUS_MANAGEMENT_PORT="$(management_port "$port")" VOLUNTEERNET_LOCAL_DEVELOPMENT=true QUARKUS_LOG_CONSOLE_JSON_ENABLED="${VOLUNTEERNET_JSON_LOGS:-false}" VOLUNTEERNET_DEMO_ENABLED=true VOLUNTEERNET_CERTIFICATE_VERIFICATION_URL="$verification_url" \
    "$java" $(service_java_options "$java") $(cache_option "$java") -jar quarkus-run.jar)
}

# wait_one NAME [REPLICA]
wait_one() {
  local me; me=$(instance "$1" "${2:-1}")
  local port; port=$(port_of "$1" "${2:-1}")
  COMPONENT="$me" wait_until 120 "$me to be ready on 127.0.0.1:$port" ready "$port" \
    || die "$me did not become ready; last lines of $LOGS/$me.log:$(printf '\n'; tail -25 "$LOGS/$me.log")"
}

up() {
  local s n
  for s in $SERVICES; do for n in $(seq 1 "$REPLICAS"); do start_one "${s%%:*}" "$n"; done; done
  for s in $SERVICES; do for n in $(seq 1 "$REPLICAS"); do wait_one "${s%%:*}" "$n"; done; done
  "$ROOT/deploy/local/proxy.sh" up
}

# every replica that has a pid file, whatever VOLUNTEERNET_REPLICAS says now; also a training run of
# aot.sh that was killed before it could stop its services
down() {
  "$ROOT/deploy/local/proxy.sh" down
  local s n
  for s in $SERVICES; do
    for n in $(seq "$MAX_REPLICAS" -1 1); do stop_background "$(instance "${s%%:*}" "$n")"; done
    stop_background "training-${s%%:*}"
  done
}

status() {
  local s n port
  for s in $SERVICES; do
    for n in $(seq 1 "$MAX_REPLICAS"); do
      port=$(port_of "${s%%:*}" "$n")
      if ready "$port"; then echo "$(instance "${s%%:*}" "$n"): ready on 127.0.0.1:$port (health and metrics: 127.0.0.1:$(management_port "$port")/q/health, /q/metrics)"
      elif [ "$n" = 1 ]; then echo "${s%%:*}: down"; fi
    done
  done
  "$ROOT/deploy/local/proxy.sh" status
}

case "${1:-}" in
  up) up ;; down) down ;; status) status ;;
  start) start_one "${2:?service name}" "${3:-1}"; wait_one "$2" "${3:-1}" ;;
  launch) start_one "${2:?service name}" "${3:-1}" ;;
  stop) stop_background "$(instance "${2:?service name}" "${3:-1}")" ;;
  kill) stop_background "$(instance "${2:?service name}" "${3:-1}")" KILL ;;
  *) echo "usage: $0 up|down|status|start NAME [REPLICA]|launch NAME [REPLICA]|stop NAME [REPLICA]|kill NAME [REPLICA]" >&2; exit 2 ;;
esac
