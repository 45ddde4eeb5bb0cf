#!/usr/bin/env bash
# Kafka 4.4 in KRaft mode from Maven Central jars: one broker-controller on 127.0.0.1:9092/9093.
# Usage: kafka.sh up | down | kill | status | cluster-id | reset | topics PREFIX | delete-topics PREFIX
COMPONENT=kafka
source "$(dirname "$0")/lib.sh"

HERE="$ROOT/deploy/local"
KAFKA="$STATE/kafka"
LIBS="$KAFKA/libs"
PARTITIONS=6

fetch() {
  [ -f "$LIBS/.complete" ] && return 0
  log "fetching Kafka jars from Maven Central (about 60 MB, one time)"
  rm -rf "$LIBS"; mkdir -p "$LIBS"
  mvnw -f "$HERE/pom.xml" dependency:copy-dependencies -DoutputDirectory="$LIBS" -DincludeScope=runtime \
    || die "could not download the Kafka jars (see the Maven output above)"
  touch "$LIBS/.complete"
}

configure() {
  mkdir -p "$KAFKA/data"
  sed "s#@STATE@#$STATE#g" "$HERE/kafka/server.properties" >"$KAFKA/server.properties"
  if [ ! -f "$KAFKA/data/meta.properties" ]; then
    log "formatting storage"
    local cluster_id
    cluster_id=$(java -cp "$LIBS/*" kafka.tools.StorageTool random-uuid 2>/dev/null | tail -1)
    java -cp "$LIBS/*" -Dlog4j2.configurationFile="$HERE/kafka/log4j2.yaml" kafka.tools.StorageTool \
      format -t "$cluster_id" -c "$KAFKA/server.properties" --ignore-formatted >"$LOGS/kafka-format.log" 2>&1 \
      || die "formatting Kafka storage failed: see $LOGS/kafka-format.log"
  fi
}

up() {
  require_java17
  if pid_alive kafka; then
    log "already running (pid $(cat "$PIDS/kafka.pid"))"
  else
    require_free_port 9092 "Kafka"
    require_free_port 9093 "the Kafka controller"
    fetch
    configure
    log "starting the broker"
    start_background kafka "$LOGS/kafka.log" java -Xms256m -Xmx768m -XX:+UseG1GC \
      -Dlog4j2.configurationFile="$HERE/kafka/log4j2.yaml" -cp "$LIBS/*" kafka.Kafka "$KAFKA/server.properties"
    wait_until 90 "the broker on 127.0.0.1:9092" port_open 9092 \
      || die "Kafka did not start; last lines of $LOGS/kafka.log:$(printf '\n'; tail -20 "$LOGS/kafka.log")"
  fi
  log "ensuring topics ($PARTITIONS partitions each)"
  java -cp "$LIBS/*" "$HERE/kafka/CreateTopics.java" 127.0.0.1:9092 "$PARTITIONS" 2>"$LOGS/kafka-topics.log" \
    | sed 's/^/  /' || die "creating topics failed: see $LOGS/kafka-topics.log"
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

# topics PREFIX: the event and dead-letter topics under another prefix (the AOT training run's)
topics() {
  java -cp "$LIBS/*" "$HERE/kafka/CreateTopics.java" 127.0.0.1:9092 "$PARTITIONS" "$1" 2>>"$LOGS/kafka-topics.log" >/dev/null \
    || die "creating the topics of prefix $1 failed: see $LOGS/kafka-topics.log"
}
# delete-topics PREFIX: every topic whose name starts with PREFIX (never the network's own)
delete_topics() {
  java -cp "$LIBS/*" "$HERE/kafka/DeleteTopics.java" 127.0.0.1:9092 "$1" 2>>"$LOGS/kafka-topics.log" >/dev/null \
    || die "deleting the topics of prefix $1 failed: see $LOGS/kafka-topics.log"
}

status() { if pid_alive kafka && port_open 9092; then echo "kafka: up on 127.0.0.1:9092"; else echo "kafka: down"; fi; }

case "${1:-}" in
  up) up ;; down) down ;; kill) kill_hard ;; status) status ;; cluster-id) cluster_id ;; reset) reset ;;
  topics) topics "${2:?topic prefix}" ;; delete-topics) delete_topics "${2:?topic prefix}" ;;
  *) echo "usage: $0 up|down|kill|status|cluster-id|reset|topics PREFIX|delete-topics PREFIX" >&2; exit 2 ;;
esac
