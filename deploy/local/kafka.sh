#!/usr/bin/env bash
# Kafka 4.4 in KRaft mode from Maven Central jars: one broker-controller on 127.0.0.1:9092/9093,
# clients authenticated with SASL/SCRAM-SHA-512 and authorised by ACLs (deploy/local/kafka/KafkaAdmin.java).
# Usage: kafka.sh up | down | kill | status | cluster-id | reset | topics PREFIX | delete-topics PREFIX
# VOLUNTEERNET_KAFKA_PORT moves the broker (default 9092; the controller takes the next port).
COMPONENT=kafka
source "$(dirname "$0")/lib.sh"

HERE="$ROOT/deploy/local"
KAFKA="$STATE/kafka"
LIBS="$KAFKA/libs"
PARTITIONS=6
PORT="${VOLUNTEERNET_KAFKA_PORT:-9092}"
CONTROLLER_PORT=$((PORT + 1))
ADMIN_PASSWORD="${VOLUNTEERNET_KAFKA_ADMIN_PASSWORD:-kafka-admin-local-dev-only}"
# storage formatted with the SCRAM credential of kafka-admin carries this marker
AUTHENTICATED="$KAFKA/data/.authenticated"
admin_tool() { java -cp "$LIBS/*" "$HERE/kafka/KafkaAdmin.java" "127.0.0.1:$PORT" "$@"; }

fetch() {
  [ -f "$LIBS/.complete" ] && return 0
  log "fetching Kafka jars from Maven Central (about 60 MB, one time)"
  rm -rf "$LIBS"; mkdir -p "$LIBS"
  mvnw -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIBS" -DincludeScope=runtime \
    || die "could not download the Kafka jars (see the Maven output above)"
  touch "$LIBS/.complete"
}

configure() {
  if [ -f "$KAFKA/data/meta.properties" ] && [ ! -f "$AUTHENTICATED" ]; then
    warn "the broker's storage predates authentication (no SCRAM credentials): formatting it again, empty"
    rm -rf "$KAFKA/data"
  fi
  mkdir -p "$KAFKA/data"
  sed -e "s#@STATE@#$STATE#g" -e "s#@PORT@#$PORT#g" -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" \
    -e "s#@ADMIN_PASSWORD@#$ADMIN_PASSWORD#g" "$HERE/kafka/server.properties" >"$KAFKA/server.properties"
  chmod 600 "$KAFKA/server.properties"
  if [ ! -f "$KAFKA/data/meta.properties" ]; then
    log "formatting storage (with the SCRAM credential of kafka-admin)"
    local cluster_id
    cluster_id=$(java -cp "$LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$LIBS/*" -Dlog4j2.configurationFile="$HERE/kafka/log4j2.yaml" kafka.tools.StorageTool \
      format -t "$cluster_id" -c "$KAFKA/server.properties" --ignore-formatted \
      --add-scram "SCRAM-SHA-512=[name=kafka-admin,password=$ADMIN_PASSWORD]" >"$LOGS/kafka-format.log" 2>&1 \
      || die "formatting Kafka storage failed: see $LOGS/kafka-format.log"
    touch "$AUTHENTICATED"
  fi
}

up() {
  require_java17
  if pid_alive kafka; then
    log "already running (pid $(cat "$PIDS/kafka.pid"))"
  else
    require_free_port "$PORT" "Kafka"
    require_free_port "$CONTROLLER_PORT" "the Kafka controller"
    fetch
    configure
    log "starting the broker"
    start_background kafka "$LOGS/kafka.log" java -Xms256m -Xmx768m -XX:+UseG1GC \
      -Dlog4j2.configurationFile="$HERE/kafka/log4j2.yaml" -cp "$LIBS/*" kafka.Kafka "$KAFKA/server.properties"
    wait_until 90 "the broker on 127.0.0.1:$PORT" port_open "$PORT" \
      || die "Kafka did not start; last lines of $LOGS/kafka.log:$(printf '\n'; tail -20 "$LOGS/kafka.log")"
  fi
  log "ensuring topics ($PARTITIONS partitions each), principals and ACLs"
  admin_tool topics "$PARTITIONS" "" "test." 2>"$LOGS/kafka-topics.log" \
    | sed 's/^/  /' || die "creating topics, principals or ACLs failed: see $LOGS/kafka-topics.log"
}

down() { stop_background kafka; }

# A new, empty broker: its log is deleted and formatted again.
reset() {
  stop_background kafka
  log "deleting the broker's log for a new, empty cluster"
  rm -rf "$KAFKA/data"
  up
}

# Hard kill, for fault tests: no clean shutdown.
kill_hard() { stop_background kafka KILL; }

cluster_id() {
  sed -n 's/^cluster.id=//p' "$KAFKA/data/meta.properties" 2>/dev/null | grep . || die "Kafka storage is not formatted yet (kafka.sh up)"
}

# topics PREFIX: the event and dead-letter topics under another prefix (the AOT training run's), with ACLs
topics() {
  admin_tool topics "$PARTITIONS" "$1" 2>>"$LOGS/kafka-topics.log" >/dev/null \
    || die "creating the topics of prefix $1 failed: see $LOGS/kafka-topics.log"
}
# delete-topics PREFIX: every topic whose name starts with PREFIX (never the network's own)
delete_topics() {
  admin_tool delete-topics "$1" 2>>"$LOGS/kafka-topics.log" >/dev/null \
    || die "deleting the topics of prefix $1 failed: see $LOGS/kafka-topics.log"
}

status() { if pid_alive kafka && port_open "$PORT"; then echo "kafka: up on 127.0.0.1:$PORT (SASL/SCRAM)"; else echo "kafka: down"; fi; }

case "${1:-}" in
  up) up ;; down) down ;; kill) kill_hard ;; status) status ;; cluster-id) cluster_id ;; reset) reset ;;
  topics) topics "${2:?topic prefix}" ;; delete-topics) delete_topics "${2:?topic prefix}" ;;
  *) echo "usage: $0 up|down|kill|status|cluster-id|reset|topics PREFIX|delete-topics PREFIX" >&2; exit 2 ;;
esac
