#!/usr/bin/env bash
# The network's HTTP contract, from the documents the build stores (target/openapi/openapi.json of each
# service, quarkus.smallrye-openapi.store-schema-directory): no running network needed.
#   combine  merge the four into one document for the whole network (Redocly join), servers = the proxy:
#            target/openapi/volunteer-network.json and .yaml (served by proxy.sh at /api/v1/openapi.json)
#   lint     Redocly lint (redocly.yaml at the root) of the four and the combined one: fails on any error
#   client   generate the typescript-fetch client from the combined document (openapi-generator-cli
#            7.14.0 from Maven Central) and compile it with tsc: target/openapi/client
#   journey  run the client's Node test of a volunteer's journey through the proxy (needs the network)
# Tools are pinned and installed under .local/tools (npm) and .local/downloads (Maven Central) once.
COMPONENT=openapi
source "$(dirname "$0")/lib.sh"

REDOCLY_VERSION=2.77.0
TYPESCRIPT_VERSION=5.9.3
GENERATOR_VERSION=7.14.0
TOOLS="$STATE/tools"
OUT="$ROOT/target/openapi"
SERVICES="volunteer-service activity-service brand-service reporting-service"
PUBLIC_URL="${VOLUNTEERNET_PUBLIC_URL:-http://127.0.0.1:8080}"

# npm_tool PACKAGE VERSION BIN: the path of BIN of PACKAGE@VERSION, installed under .local/tools once
npm_tool() {
  local dir="$TOOLS/${1//\//_}-$2"
  if [ ! -x "$dir/node_modules/.bin/$3" ]; then
    command -v npm >/dev/null 2>&1 || die "npm is needed for $1 (apt-get install npm, or Node.js 20.19+ with npm)"
    COMPONENT=openapi log "installing $1@$2 from npm into .local/tools (one time)" >&2
    mkdir -p "$dir"
    (cd "$dir" && [ -f package.json ] || echo '{"private":true}' >package.json)
    npm install --prefix "$dir" --no-audit --no-fund --silent --save-exact "$1@$2" >&2 || die "npm install $1@$2 failed"
  fi
  echo "$dir/node_modules/.bin/$3"
}

generator_jar() {
  local jar="$STATE/downloads/openapi-generator-cli-$GENERATOR_VERSION.jar"
  if [ ! -f "$jar" ]; then
    log "fetching openapi-generator-cli $GENERATOR_VERSION from Maven Central (one time)" >&2
    mkdir -p "$STATE/downloads"
    mvnw dependency:get -Dartifact="org.openapitools:openapi-generator-cli:$GENERATOR_VERSION" -Dtransitive=false >&2 \
      || die "could not download org.openapitools:openapi-generator-cli:$GENERATOR_VERSION"
    local repo="${VOLUNTEERNET_MAVEN_REPO:-$HOME/.m2/repository}"
    cp "$repo/org/openapitools/openapi-generator-cli/$GENERATOR_VERSION/openapi-generator-cli-$GENERATOR_VERSION.jar" "$jar" \
      || die "openapi-generator-cli $GENERATOR_VERSION is not in the local Maven repository $repo"
  fi
  echo "$jar"
}

documents() {
  local s
  for s in $SERVICES; do
    [ -f "$ROOT/$s/target/openapi/openapi.json" ] || die "$s/target/openapi/openapi.json is missing: build the services first (make build)"
    echo "$ROOT/$s/target/openapi/openapi.json"
  done
}

combine() {
  local redocly; redocly=$(npm_tool @redocly/cli "$REDOCLY_VERSION" redocly)
  mkdir -p "$OUT"
  # shellcheck disable=SC2046
  "$redocly" join $(documents) -o "$OUT/joined.json" >"$OUT/join.log" 2>&1 \
    || die "redocly join failed (two services define the same schema or operationId differently?):$(printf '\n'; cat "$OUT/join.log")"
  # the network's title, description and one address; the rest as joined
  node - "$OUT/joined.json" "$OUT/volunteer-network.json" "$PUBLIC_URL" <<'JS'
const fs = require('fs');
const [, , from, to, url] = process.argv;
const doc = JSON.parse(fs.readFileSync(from, 'utf8'));
doc.info = Object.assign({}, doc.info, {
  title: 'volunteer-network',
  description: 'The whole network under one address: volunteers, diary, records, stars and certificates '
    + '(volunteer-service); activities, occurrences, sign-up and attendance (activity-service); brands, groups '
    + 'and work units (brand-service); reports (reporting-service). Every path is under /api/v1/.',
});
doc.servers = [{ url, description: 'The network\'s one address (the local stack\'s proxy; an Ingress on Kubernetes)' }];
// join keeps each service's own servers on its paths, which would win over the one address (OpenAPI 3.1 §4.8.9)
for (const item of Object.values(doc.paths ?? {})) {
  delete item.servers;
  for (const op of Object.values(item)) {
    if (op && typeof op === 'object' && !Array.isArray(op)) delete op.servers;
  }
}
fs.writeFileSync(to, JSON.stringify(doc, null, 2) + '\n');
JS
  "$redocly" bundle "$OUT/volunteer-network.json" -o "$OUT/volunteer-network.yaml" >/dev/null 2>&1 \
    || die "could not write the YAML form"
  rm -f "$OUT/joined.json"
  log "combined document: target/openapi/volunteer-network.json (.yaml), $(node -e 'const d=require(process.argv[1]); let n=0; for (const p of Object.values(d.paths)) n+=Object.keys(p).filter(m=>["get","post","put","patch","delete"].includes(m)).length; console.log(n+" operations")' "$OUT/volunteer-network.json")"
}

lint() {
  local redocly; redocly=$(npm_tool @redocly/cli "$REDOCLY_VERSION" redocly)
  [ -f "$OUT/volunteer-network.json" ] || combine
  log "Redocly lint (redocly.yaml) of the four documents and the combined one"
  # shellcheck disable=SC2046
  "$redocly" lint --config "$ROOT/redocly.yaml" --format=summary $(documents) "$OUT/volunteer-network.json" \
    || die "Redocly lint found errors (details: $redocly lint --config redocly.yaml <document>)"
}

client() {
  [ -f "$OUT/volunteer-network.json" ] || combine
  local jar tsc java
  jar=$(generator_jar)
  tsc=$(npm_tool typescript "$TYPESCRIPT_VERSION" tsc)
  java=$(command -v java)
  rm -rf "$OUT/client"
  log "generating the typescript-fetch client from the combined document (openapi-generator $GENERATOR_VERSION)"
  "$java" -jar "$jar" generate -g typescript-fetch -i "$OUT/volunteer-network.json" -o "$OUT/client/src" \
    >"$OUT/client-generate.log" 2>&1 || die "openapi-generator failed:$(printf '\n'; tail -30 "$OUT/client-generate.log")"
  log "compiling it with tsc $TYPESCRIPT_VERSION (strict type checks; CommonJS for node)"
  (cd "$OUT/client/src" && "$tsc" --strict --target es2020 --module commonjs --lib es2020,dom --outDir "$OUT/client/dist" index.ts) \
    || die "the generated client does not compile"
}

journey() {
  [ -f "$OUT/client/dist/index.js" ] || client
  log "a volunteer's journey through the generated client and the proxy ($PUBLIC_URL)"
  VOLUNTEERNET_CLIENT="$OUT/client/dist/index.js" VOLUNTEERNET_PUBLIC_URL="$PUBLIC_URL" \
    node --test --test-reporter=spec "$ROOT/system-tests/client/journey.test.mjs"
}

case "${1:-}" in
  combine) combine ;; lint) lint ;; client) client ;; journey) journey ;;
  *) echo "usage: $0 combine|lint|client|journey" >&2; exit 2 ;;
esac
