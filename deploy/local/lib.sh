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
    holder=$(ss -ltnp "sport = :$1" 2>/dev/null | awk 'NR>1 {print $NF}' | head -1)
    die "port $1 (for $2) is already taken${holder:+ by $holder}; stop that process or run 'make down'"
  fi
}

# start_background NAME LOGFILE CMD...: start detached from this terminal, record the pid
start_background() {
  local name="$1" logfile="$2"; shift 2
  # setsid + closed stdin: the process outlives this script and holds none of its pipes
  setsid "$@" >"$logfile" 2>&1 </dev/null &
  echo $! >"$PIDS/$name.pid"
}

# stop_background NAME [SIGNAL]: stop a recorded process and wait for it to exit
stop_background() {
  local name="$1" signal="${2:-TERM}" f="$PIDS/$1.pid"
  [ -f "$f" ] || return 0
  local pid; pid=$(cat "$f")
  if kill -0 "$pid" 2>/dev/null; then
    log "stopping $name (pid $pid)"
    kill -"$signal" -- "-$pid" 2>/dev/null || kill -"$signal" "$pid" 2>/dev/null || true
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    if kill -0 "$pid" 2>/dev/null; then
      warn "$name did not stop in 30 s; killing it"
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
