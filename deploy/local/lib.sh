# Shared helpers for the local stack scripts. Source it; do not run it.
# All state (downloads, data, logs, pid files) lives under .local/ at the repository root.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
STATE="$ROOT/.local"
LOGS="$STATE/logs"
PIDS="$STATE/pids"
mkdir -p "$LOGS" "$PIDS"

log()  { printf '\033[1;34m[%s]\033[0m %s\n' "${COMPONENT:-stack}" "$*"; }
warn() { printf '\033[1;33m[%s] warning:\033[0m %s\n' "${COMPONENT:-stack}" "$*" >&2; }
die()  { printf '\033[1;31m[%s] error:\033[0m %s\n' "${COMPONENT:-stack}" "$*" >&2; exit 1; }

# port_open PORT: something accepts TCP connections on 127.0.0.1:PORT
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

# pid_alive NAME: the process recorded in .local/pids/NAME.pid is running
pid_alive() {
  local f="$PIDS/$1.pid"
  [ -f "$f" ] && kill -0 "$(cat "$f")" 2>/dev/null
}

# require_free_port PORT WHAT: fail clearly when a foreign process holds the port
require_free_port() {
  if port_open "$1"; then
    local holder
    holder=$(ss -ltnp "sport = :$1" 2>/dev/null | awk 'NR>1 {print $NF}' | head -1 || true)
    die "port $1 (for $2) is already taken${holder:+ by $holder}; stop that process or run 'make down'"
  fi
}

# start_background NAME LOGFILE CMD...: start detached from this terminal, record the pid
start_background() {
  local name="$1" logfile="$2"; shift 2
  # setsid + closed stdin: the process outlives this script and holds none of its pipes. Nor any other
  # inherited descriptor: a broker started under `flock /work/stack.lock ...` kept the lock's descriptor
  # and so held the lock for as long as it ran.
  (
    for fd in /proc/$BASHPID/fd/*; do fd=${fd##*/}; [ "$fd" -gt 2 ] && eval "exec $fd>&-"; done
    exec setsid "$@"
  ) >"$logfile" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

# stop_background NAME [SIGNAL [SECONDS]]: stop a recorded process and wait for it to exit (30 s)
stop_background() {
  local name="$1" signal="${2:-TERM}" seconds="${3:-30}" f="$PIDS/$1.pid"
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -"$signal" -- "-$pid" 2>/dev/null || kill -"$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 $((seconds * 2))); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name did not stop in $seconds s; killing it"
      kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    fi
  fi
  rm -f "$f"
}

# wait_until SECONDS DESCRIPTION CMD...: poll CMD every second, with progress dots
wait_until() {
  local seconds="$1" what="$2"; shift 2
  local waited=0
  printf '\033[1;34m[%s]\033[0m waiting for %s ' "${COMPONENT:-stack}" "$what"
  until "$@" >/dev/null 2>&1; do
    if [ "$waited" -ge "$seconds" ]; then
      printf '\n'
      return 1
    fi
    sleep 1; waited=$((waited + 1))
    [ $((waited % 5)) -eq 0 ] && printf '.'
  done
  printf ' ready after %ss\n' "$waited"
}

require_java17() {
  command -v java >/dev/null 2>&1 || die "no java on PATH: install a JDK 17 (apt-get install openjdk-17-jdk-headless)"
}

# require_cjk_font: the fonts that certificates and sign-in sheets embed (common/document): WenQuanYi
# Micro Hei from Debian's fonts-wqy-microhei (Apache-2.0 or GPL-3+ with font exception; TrueType glyf
# outlines, which PDFBox subsets), and for the rare name characters it lacks (CJK Extension A-F, e.g.
# 𠀀 U+20000) HanaMinB and HanaMinA from Debian's fonts-hanazono (Hanazono Font License or SIL OFL 1.1,
# both allow embedding: /usr/share/doc/fonts-hanazono/copyright; TrueType too, 53 MB on disk, read by a
# document only when it draws one of their characters). Installed when missing and this user is root;
# the document tests and the services need them. VOLUNTEERNET_DOCUMENT_FONT_PATH names another TrueType
# CJK font; VOLUNTEERNET_DOCUMENT_FALLBACK_FONT_PATHS (comma-separated) other fallbacks.
# apt_install PACKAGE...: installs Debian's packages as root (refuses otherwise, naming them); waits up to
# 5 minutes for another apt/dpkg run to release its lock (seen: a parallel install failed at once), and
# refreshes the package lists once if the first try fails
apt_install() {
  [ "$(id -u)" = 0 ] || die "missing $* and this user cannot install them (apt-get install $*)"
  log "installing $* from Debian's packages"
  local wait=(-o DPkg::Lock::Timeout=300)
  { DEBIAN_FRONTEND=noninteractive apt-get "${wait[@]}" install -y -qq "$@" >/dev/null 2>&1 \
      || { apt-get "${wait[@]}" update -qq && DEBIAN_FRONTEND=noninteractive apt-get "${wait[@]}" install -y -qq "$@" >/dev/null; }; } \
    || die "apt-get install $* failed"
}

CJK_FONT_PACKAGE=fonts-wqy-microhei
CJK_FONT="${VOLUNTEERNET_DOCUMENT_FONT_PATH:-/usr/share/fonts/truetype/wqy/wqy-microhei.ttc}"
CJK_FALLBACK_FONT_PACKAGE=fonts-hanazono
CJK_FALLBACK_FONTS="${VOLUNTEERNET_DOCUMENT_FALLBACK_FONT_PATHS:-/usr/share/fonts/truetype/hanazono/HanaMinB.ttf,/usr/share/fonts/truetype/hanazono/HanaMinA.ttf}"
require_cjk_font() {
  if [ ! -r "$CJK_FONT" ]; then
    log "the documents' CJK font $CJK_FONT is missing"
    apt_install "$CJK_FONT_PACKAGE"
    [ -r "$CJK_FONT" ] || die "$CJK_FONT_PACKAGE is installed but $CJK_FONT is not there"
  fi
  local font fallbacks missing=()
  IFS=, read -ra fallbacks <<<"$CJK_FALLBACK_FONTS"
  for font in "${fallbacks[@]}"; do [ -r "$font" ] || missing+=("$font"); done
  [ ${#missing[@]} -eq 0 ] && return 0
  log "the documents' fallback fonts for rare characters ${missing[*]} are missing"
  apt_install "$CJK_FALLBACK_FONT_PACKAGE"
  for font in "${missing[@]}"; do
    [ -r "$font" ] || die "$CJK_FALLBACK_FONT_PACKAGE is installed but $font is not there"
  done
}

# java_major JAVA: the feature release of a java binary (17, 25, ...), from its JDK's release file
# (no JVM started: the start-up benchmark times services.sh too), else by asking the JVM
java_major() {
  local release; release="$(dirname "$(dirname "$(readlink -f "$1")")")/release"
  if [ -f "$release" ]; then
    sed -n 's/^JAVA_VERSION="\([0-9]*\).*/\1/p' "$release"
  else
    "$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {split($2, v, "."); print v[1]}'
  fi
}

# find_java_home MIN [CANDIDATE...]: the first JDK home of release MIN or newer among the
# candidates, then under /usr/lib/jvm (Temurin 25 first: these machines carry it)
find_java_home() {
  local min="$1" candidate major; shift
  for candidate in "$@" /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate/bin/java")
    if [ "${major:-0}" -ge "$min" ] 2>/dev/null; then echo "$candidate"; return 0; fi
  done
  return 1
}

# --- the services' JVM ---------------------------------------------------------------------------
# The services run on JDK 25 with the AOT cache (JEP 483/514/515) that make build trains; where no
# JDK 25 is found they run on the default java (17) with the class-data archive instead.
# VOLUNTEERNET_JAVA_HOME names another JDK (the footprint benchmark's JDK 17 baseline uses it).
# Options: VOLUNTEERNET_JAVA_OPTS replaces the defaults below; training and runs must use the same,
# or the JVM refuses the AOT cache. On 25 the heap starts small and gives back what it does not use
# (the AOT cache, not the heap, is most of a service's memory). Compact object headers (JEP 519) are
# left off: with them the cache grew by 20 MB and its adapters failed to link (warnings at start).
SERVICE_JAVA_OPTS_17="-Xms64m -Xmx384m -XX:+UseSerialGC"
SERVICE_JAVA_OPTS_25="-Xms16m -Xmx384m -XX:+UseSerialGC -XX:MinHeapFreeRatio=10 -XX:MaxHeapFreeRatio=30"

# service_java: the java binary for the services
service_java() {
  if [ -n "${VOLUNTEERNET_JAVA_HOME:-}" ]; then
    [ -x "$VOLUNTEERNET_JAVA_HOME/bin/java" ] || die "VOLUNTEERNET_JAVA_HOME=$VOLUNTEERNET_JAVA_HOME has no bin/java"
    echo "$VOLUNTEERNET_JAVA_HOME/bin/java"
  elif home=$(find_java_home 25); then
    echo "$home/bin/java"
  else
    require_java17
    command -v java
  fi
}

# service_java_options JAVA: the services' JVM options for that java (without the cache flag)
service_java_options() {
  if [ -n "${VOLUNTEERNET_JAVA_OPTS:-}" ]; then echo "$VOLUNTEERNET_JAVA_OPTS"
  elif [ "$(java_major "$1")" -ge 25 ] 2>/dev/null; then echo "$SERVICE_JAVA_OPTS_25"
  else echo "$SERVICE_JAVA_OPTS_17"; fi
}

# Maven through the pinned wrapper, quiet and non-interactive
mvnw() { "$ROOT/mvnw" -B -q "$@"; }

# The databases and the broker's log are one network's state: when the databases belong to another
# broker (another checkout's .local/, or the broker was reset), start both afresh together.
one_network() {
  local here="$ROOT/deploy/local" cluster
  cluster=$("$here/kafka.sh" cluster-id)
  if ! "$here/postgres.sh" bound "$cluster"; then
    COMPONENT=stack log "the databases and the broker belong to different networks: starting both afresh"
    "$here/kafka.sh" reset
    "$here/postgres.sh" bind "$("$here/kafka.sh" cluster-id)"
  fi
}

# --- talking to the running network --------------------------------------------------------------
# The services' addresses. The AOT training run (aot.sh) serves them VOLUNTEERNET_PORT_OFFSET higher,
# beside a network that may be running.
PORT_OFFSET="${VOLUNTEERNET_PORT_OFFSET:-0}"
VOLUNTEER_SERVICE="http://127.0.0.1:$((8081 + PORT_OFFSET))"
ACTIVITY_SERVICE="http://127.0.0.1:$((8082 + PORT_OFFSET))"
BRAND_SERVICE="http://127.0.0.1:$((8083 + PORT_OFFSET))"
REPORTING_SERVICE="http://127.0.0.1:$((8084 + PORT_OFFSET))"
# Replicas without Kubernetes (services.sh, proxy.sh): VOLUNTEERNET_REPLICAS processes of each service,
# replica n on the service's port + 100 x (n - 1); 3 at most (8281-8284 are the last free ports).
REPLICA_PORT_STEP=100
# Health and metrics: each process's management interface listens on its public port + 1000 (8081 ->
# 9081, a replica's 8181 -> 9181, the training run's 18081 -> 19081); the public port answers 404 there.
MANAGEMENT_PORT_STEP=1000
management_port() { echo $(( $1 + MANAGEMENT_PORT_STEP )); }
MAX_REPLICAS=3
REPLICAS="${VOLUNTEERNET_REPLICAS:-1}"
case "$REPLICAS" in 1|2|3) ;; *) die "VOLUNTEERNET_REPLICAS=$REPLICAS: 1, 2 or 3 processes of each service" ;; esac
KEYCLOAK_TOKEN_URL=http://127.0.0.1:8180/realms/volunteer-network/protocol/openid-connect/token

need_python() {
  command -v python3 >/dev/null 2>&1 || die "python3 is needed to read the API's JSON answers (apt-get install python3)"
}

# jget PATH: read a field from the JSON on stdin, e.g. jget id or jget items.0.id
jget() {
  python3 -c 'import sys, json
d = json.load(sys.stdin)
for k in sys.argv[1].split("."):
    d = d[int(k)] if k.isdigit() else d[k]
print(d)' "$1"
}

# token USER: an access token of a demo user of the local realm (password = user name)
token() {
  curl -fsS -d grant_type=password -d client_id=volunteer-mobile -d "username=$1" -d "password=$1" "$KEYCLOAK_TOKEN_URL" \
    | sed -E 's/.*"access_token":"([^"]+)".*/\1/'
}
