#!/usr/bin/env bash
# The benchmarks (system-tests *Benchmark) against the running network; starts it if needed and
# leaves it running. Prints progress, then the table, also kept in .local/benchmarks/latest.md.
# Usage: benchmark.sh [extra Maven arguments, e.g. -Dbench.seconds=30 -Dbench.e2r.seconds=120]
COMPONENT=benchmark
source "$(dirname "$0")/lib.sh"

"$ROOT/deploy/local/stack.sh" up
log "benchmarks against the running network (the machine should be otherwise idle)"
"$ROOT/mvnw" -B -q -pl system-tests verify -Pbenchmark "$@"
log "results: .local/benchmarks/latest.md (copy the table into BENCHMARKS.md when it is a run worth keeping)"
