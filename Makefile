# The front door. Quick start: `make run` (whole network with demo data) and `make test` (every test).
.PHONY: run up down status build test test-long benchmark rebuild-reports

MVNW := ./mvnw -B

## run: build, start the whole network in the foreground with demo data; Ctrl-C stops it all
run: build
	deploy/local/stack.sh run

## up: the same in the background; returns once every service is ready
up: build
	deploy/local/stack.sh up

## down: stop everything the stack started
down:
	deploy/local/stack.sh down

status:
	deploy/local/stack.sh status

## build: compile and package every module, no tests; each service with its class-data archive (faster start)
build:
	$(MVNW) install -DskipTests -Dquarkus.package.jar.appcds.enabled=true

## rebuild-reports: empty reporting-service's tables and replay the event topics into them, with progress
rebuild-reports:
	deploy/local/rebuild-reports.sh

## benchmark: measure the running network (starts it if needed); not part of make test
benchmark: build
	deploy/local/benchmark.sh

## test: every test: unit, service tests against real PostgreSQL and Kafka, end to end with Keycloak
test:
	deploy/local/test.sh

## test-long: the same, with the fault suite repeated five times and the fuzzer's long form
test-long:
	SYSTEM_TESTS_ARGS="-Dfaults.runs=5 -Dfuzz.long=true" deploy/local/test.sh
