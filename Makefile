# The front door. Quick start: `make run` (whole network with demo data) and `make test` (every test).
.PHONY: run up down status build test test-unit test-long test-replicas benchmark rebuild-reports check-k8s images test-k8s

## run: build, start the whole network in the foreground with demo data; Ctrl-C stops it all
run:
	VOLUNTEERNET_KEEP_INFRA=true deploy/local/build.sh -DskipTests
	deploy/local/stack.sh run

## up: the same in the background; returns once every service is ready
up:
	VOLUNTEERNET_KEEP_INFRA=true deploy/local/build.sh -DskipTests
	deploy/local/stack.sh up

## down: stop everything the stack started
down:
	deploy/local/stack.sh down

status:
	deploy/local/stack.sh status

## build: compile and package every module, no tests; on JDK 25 each service with the AOT cache a
## training run writes (starts PostgreSQL, Kafka and Keycloak for it), else with a class-data archive
build:
	deploy/local/build.sh -DskipTests

## rebuild-reports: empty reporting-service's tables and replay the event topics into them, with progress
rebuild-reports:
	deploy/local/rebuild-reports.sh

## benchmark: measure the running network (starts it if needed); not part of make test
benchmark:
	VOLUNTEERNET_KEEP_INFRA=true deploy/local/build.sh -DskipTests
	deploy/local/benchmark.sh

## test: every test: unit, service tests against real PostgreSQL and Kafka, end to end with Keycloak
test:
	deploy/local/test.sh

## test-unit: the unit tier alone (pure rules, no Quarkus, database or broker; the first step of make test)
test-unit:
	deploy/local/unit.sh

## test-long: the same, with the fault suite repeated five times and the fuzzer's long form, then two
## replicas of each service behind the proxy, one killed with SIGKILL in turn under load (test-replicas)
test-long:
	SYSTEM_TESTS_ARGS="-Dfaults.runs=5 -Dfuzz.long=true" VOLUNTEERNET_TEST_REPLICAS=true deploy/local/test.sh

## test-replicas: only the replica part of test-long, against the built services (make build first)
test-replicas:
	deploy/local/replicas-test.sh

## check-k8s: the Kubernetes manifests render and validate against their schemas (also the first step of make test)
check-k8s:
	deploy/k8s/check/check.sh

## images: container images of the four services (Jib onto a Debian-built base image; no Docker daemon), saved under .local/images/
images:
	deploy/local/images.sh

## test-k8s: the manifests on a real single-node Kubernetes built from Debian's packages: a server-side dry run
## of both overlays, the four services as pods (two replicas each), pods deleted under load, scaling; long, not
## part of make test (deploy/k8s/README.md says how long)
test-k8s:
	deploy/k8s/test/test-k8s.sh
