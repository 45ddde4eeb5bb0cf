#!/usr/bin/env bash
# Replicas without Kubernetes (issue 19, part 5; part of make test-long, or alone: make test-replicas).
# Starts two processes of each service behind the one address (VOLUNTEERNET_REPLICAS=2: replica 2 on
# the service's port + 100, nginx spreading each prefix over both), then runs ReplicaKilledUnderLoadIT:
# under a steady write load through the proxy, each service in turn loses a replica to SIGKILL and gets
# it back; it prints the figures (requests, acknowledged, retried, lost, doubled, rebalance and
# replacement times) and fails if an acknowledged write is lost or counted twice. About 4 minutes.
# Needs the built services (make build) and the system tests' dependencies installed (make build does
# both); starts PostgreSQL, Kafka and Keycloak if they are not running, and stops the replicas after.
COMPONENT=replicas
source "$(dirname "$0")/lib.sh"
HERE="$ROOT/deploy/local"

if pid_alive volunteer-service; then
  warn "the services are running: restarting them as two replicas each (they are left stopped afterwards)"
  "$HERE/services.sh" down
fi
"$HERE/postgres.sh" up
"$HERE/kafka.sh" up
one_network
"$HERE/keycloak.sh" up
trap '"$HERE/services.sh" down' EXIT
VOLUNTEERNET_REPLICAS=2 "$HERE/services.sh" up

log "one replica of each service killed in turn under load, through the proxy"
"$ROOT/mvnw" -B -pl system-tests verify -Pend-to-end -Dreplicas.test=true -Dit.test=ReplicaKilledUnderLoadIT \
  -Dfailsafe.failIfNoSpecifiedTests=false "$@"
