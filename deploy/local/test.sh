#!/usr/bin/env bash
# Every test: the unit tier first, then service tests (real PostgreSQL and Kafka), then end-to-end tests against
# the running network with real Keycloak tokens. Stops afterwards whatever it started itself.
COMPONENT=test
source "$(dirname "$0")/lib.sh"
HERE="$ROOT/deploy/local"
started=()

cleanup() {
  local status=$?
  local i
  for ((i = ${#started[@]} - 1; i >= 0; i--)); do
    case "${started[$i]}" in
      services) "$HERE/services.sh" down ;;
      keycloak) "$HERE/keycloak.sh" down ;;
      kafka) "$HERE/kafka.sh" down ;;
    esac
  done
  if [ "$status" -eq 0 ]; then log "all tests passed"; else log "tests FAILED (exit $status); logs in .local/logs/"; fi
  exit "$status"
}
trap cleanup EXIT

# First, as it is quickest: the unit tier (pure rules, no Quarkus; deploy/local/unit.sh); a failure stops here.
"$HERE/unit.sh"

# Then, as it is quick (about 15 s; the first run installs its schemas, about 1 min): the Kubernetes
# manifests of deploy/k8s render and every object validates against its schema.
log "Kubernetes manifests: render every overlay, validate every object, refuse the broken ones"
"$ROOT/deploy/k8s/check/check.sh"

# The proxy's own answers (a few seconds; binds free ports only): deploy/local/proxy-test.sh
log "the proxy's own answers (limits and refusals as problem+json) on a throwaway nginx"
"$HERE/proxy-test.sh"

# Which parts run already (then they are left running afterwards)?
pid_alive kafka || started+=(kafka)
pid_alive keycloak || started+=(keycloak)

"$HERE/postgres.sh" up
"$HERE/kafka.sh" up
one_network
# Keycloak starts while the build and the service tests run; only the end-to-end tests need it.
"$HERE/keycloak.sh" start

log "service tests (every module; real PostgreSQL and Kafka), then the services' AOT caches"
# the same build as make build, so that the end-to-end tests run what make run runs; the unit tier ran above
VOLUNTEERNET_KEEP_INFRA=true "$HERE/build.sh" -DexcludedGroups=unit

log "the HTTP contract: Redocly lint of the four stored documents and the combined one, the generated client compiles"
"$HERE/openapi.sh" lint
"$HERE/openapi.sh" client

if pid_alive volunteer-service; then
  warn "services already running: the end-to-end tests use them as they are (restart with 'make down' for fresh builds)"
else
  started+=(services)
fi
"$HERE/keycloak.sh" wait
"$HERE/services.sh" up
# the same demo data as make run: the end-to-end tests run against the network a user would see
"$HERE/seed-demo.sh"

log "a volunteer's journey through the generated typescript-fetch client and the one address (127.0.0.1:8080)"
"$HERE/openapi.sh" journey

log "end-to-end tests against the running network"
# SYSTEM_TESTS_ARGS: e.g. "-Dfaults.runs=5 -Dfuzz.long=true" for the long form (make test-long)
# shellcheck disable=SC2086
"$ROOT/mvnw" -B -pl system-tests verify -Pend-to-end ${SYSTEM_TESTS_ARGS:-}

# make test-long: then two replicas of each service, one killed in turn under load (about 4 minutes)
if [ "${VOLUNTEERNET_TEST_REPLICAS:-false}" = true ]; then
  "$HERE/replicas-test.sh"
fi
