#!/usr/bin/env bash
# The benchmarks (system-tests *Benchmark) against the running network; starts it if needed and
# leaves it running. Prints progress, then the table, also kept in .local/benchmarks/latest.md.
# Usage: benchmark.sh [extra Maven arguments, e.g. -Dbench.seconds=30 -Dbench.e2r.seconds=120]
COMPONENT=benchmark
source "$(dirname "$0")/lib.sh"

"$ROOT/deploy/local/stack.sh" up
# The footprint comparison's baseline (issue 13): the same code as the services ran before the move
# to JDK 25, fast-jar with a class-data archive for JDK 17, in target/jdk17-appcds of each service.
log "building the JDK 17 + AppCDS baseline of the start-up comparison (target/jdk17-appcds)"
"$ROOT/mvnw" -B -q package -DskipTests -pl volunteer-service,activity-service,brand-service,reporting-service \
  -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.aot.enabled=true -Dquarkus.package.jar.aot.type=app-cds \
  -Dquarkus.package.output-directory=jdk17-appcds
log "benchmarks against the running network (the machine should be otherwise idle)"
"$ROOT/mvnw" -B -q -pl system-tests verify -Pbenchmark "$@"
log "results: .local/benchmarks/latest.md (copy the table into BENCHMARKS.md when it is a run worth keeping)"
