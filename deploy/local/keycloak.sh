#!/usr/bin/env bash
# Keycloak 26.7.3 from Maven Central with the realm volunteer-network (deploy/local/keycloak).
# Runs in dev mode with its built-in file database, on 127.0.0.1:8180.
# Usage: keycloak.sh up | start (no wait) | wait | down | status
COMPONENT=keycloak
source "$(dirname "$0")/lib.sh"

HERE="$ROOT/deploy/local"
VERSION=26.7.3
KC="$STATE/keycloak/keycloak-$VERSION"
REALM_FILE="$HERE/keycloak/volunteer-network-realm.json"
REALM_URL="http://127.0.0.1:8180/realms/volunteer-network/.well-known/openid-configuration"
# local development only
ADMIN_USER=admin
ADMIN_PASSWORD=admin-local-dev-only

# Keycloak needs Java 21 or newer (find_java_home in lib.sh); Maven stays on the default JDK.
fetch() {
  [ -x "$KC/bin/kc.sh" ] && return 0
  log "fetching keycloak-quarkus-dist $VERSION from Maven Central (about 180 MB, one time)"
  mkdir -p "$STATE/downloads" "$STATE/keycloak"
  mvnw -f "$HERE/pom.xml" dependency:copy -DoutputDirectory="$STATE/downloads" \
    || die "could not download org.keycloak:keycloak-quarkus-dist:$VERSION:zip"
  log "unpacking"
  unzip -q -o "$STATE/downloads/keycloak-quarkus-dist-$VERSION.zip" -d "$STATE/keycloak" || die "unzip failed"
}

# A changed realm file is imported afresh: import skips realms that exist, so the data goes. The users carry
# fixed ids, so that their subjects (which volunteer records, brands and sign-ups refer to) survive a re-import.
prepare_realm() {
  local sum; sum=$(sha256sum "$REALM_FILE" | cut -d' ' -f1)
  if [ -f "$STATE/keycloak/realm.sha256" ] && [ "$(cat "$STATE/keycloak/realm.sha256")" != "$sum" ]; then
    log "realm file changed: wiping Keycloak data to re-import it"
    rm -rf "$KC/data/h2"
  fi
  mkdir -p "$KC/data/import"
  cp "$REALM_FILE" "$KC/data/import/volunteer-network-realm.json"
  echo "$sum" >"$STATE/keycloak/realm.sha256"
}

realm_ready() { curl -fsS -o /dev/null "$REALM_URL"; }

start() {
  if pid_alive keycloak; then
    log "already running (pid $(cat "$PIDS/keycloak.pid"))"
    return 0
  fi
  require_free_port 8180 "Keycloak"
  local java_home
  java_home=$(find_java_home 21 "${KEYCLOAK_JAVA_HOME:-}") || die "Keycloak needs Java 21+; none found under /usr/lib/jvm (set KEYCLOAK_JAVA_HOME)"
  fetch
  prepare_realm
  log "starting (Java at $java_home; the first start builds Keycloak and takes a minute or two)"
  start_background keycloak "$LOGS/keycloak.log" env JAVA_HOME="$java_home" \
    KC_BOOTSTRAP_ADMIN_USERNAME="$ADMIN_USER" KC_BOOTSTRAP_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
    JAVA_OPTS_KC_HEAP="-Xms256m -Xmx768m" \
    "$KC/bin/kc.sh" start-dev --http-host=127.0.0.1 --http-port=8180 --import-realm
}

wait_ready() {
  pid_alive keycloak || realm_ready || die "Keycloak is not running; see $LOGS/keycloak.log"
  wait_until 300 "realm volunteer-network on 127.0.0.1:8180" realm_ready \
    || die "Keycloak did not serve the realm in 300 s; last lines of $LOGS/keycloak.log:$(printf '\n'; tail -20 "$LOGS/keycloak.log")"
}

down() { stop_background keycloak; }

status() { if realm_ready; then echo "keycloak: up on 127.0.0.1:8180"; else echo "keycloak: down"; fi; }

case "${1:-}" in
  up) start; wait_ready ;; start) start ;; wait) wait_ready ;; down) down ;; status) status ;;
  *) echo "usage: $0 up|start|wait|down|status" >&2; exit 2 ;;
esac
