#!/usr/bin/env bash
# The unit tier: every test tagged "unit" (pure rules, no Quarkus, no database, no broker) in every
# module, in one Maven run. make test runs it first and stops there if it fails; the service tests
# that follow exclude the tag (-DexcludedGroups=unit), so no unit test runs twice.
# A test joins the tier with @Tag("unit") (org.junit.jupiter.api.Tag; for jqwik properties
# net.jqwik.api.Tag): only a test that boots nothing may carry it.
# Usage: unit.sh [Maven arguments, e.g. -pl common]
COMPONENT=unit
source "$(dirname "$0")/lib.sh"
require_cjk_font   # the document rules render PDFs with it

log "unit tier: pure rules in every module, without Quarkus, PostgreSQL or Kafka"
started=$SECONDS
"$ROOT/mvnw" -B test -Dgroups=unit -pl '!system-tests' "$@"
log "unit tier passed in $((SECONDS - started)) s"
