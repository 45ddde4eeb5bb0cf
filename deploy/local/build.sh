#!/usr/bin/env bash
# Builds every module, then what makes the services start fast:
# - with a JDK 25 on the machine: the aot-jar packaging (every class loaded by the JDK's own class
#   loaders, which the AOT cache requires) and each service's AOT cache from a training run (aot.sh);
# - without one: the fast-jar packaging with a class-data archive (AppCDS, JDK 17) per service.
# Then the network's one OpenAPI document from the four the build stored (openapi.sh combine), which the
# proxy serves at http://127.0.0.1:8080/api/v1/openapi.json.
# Usage: build.sh [Maven arguments, e.g. -DskipTests]
COMPONENT=build
source "$(dirname "$0")/lib.sh"
require_cjk_font   # the document tests render PDFs with it

# the JVM the services will run on (services.sh chooses the same way): VOLUNTEERNET_JAVA_HOME, a JDK 25, or java
if [ "$(java_major "$(service_java)")" -ge 25 ] 2>/dev/null; then
  log "building every module (aot-jar packaging for JDK 25's AOT cache)"
  "$ROOT/mvnw" -B install -Dquarkus.package.jar.type=aot-jar "$@"
  "$ROOT/deploy/local/aot.sh" train
else
  warn "no JDK 25 found: building for JDK 17 with class-data archives (services start about 2-3x slower; see README)"
  "$ROOT/mvnw" -B install -Dquarkus.package.jar.type=fast-jar -Dquarkus.package.jar.aot.enabled=true \
    -Dquarkus.package.jar.aot.type=app-cds "$@"
fi
"$ROOT/deploy/local/openapi.sh" combine
