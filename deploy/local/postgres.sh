#!/usr/bin/env bash
# PostgreSQL for the local network: use the server on 127.0.0.1:5432 if it answers, otherwise
# start Debian's cluster (installing it if needed); then create the role and the databases.
# Usage: postgres.sh up | down | restart | status | bind CLUSTER_ID | bound CLUSTER_ID | scratch NAME | scratch-drop NAME
COMPONENT=postgres
source "$(dirname "$0")/lib.sh"

PG_PORT=5432
DB_USER=volunteernet
DB_PASSWORD=volunteernet-local-dev-only   # local development only
DATABASES="volunteer activity brand reporting"
STARTED_MARK="$STATE/postgres.started-here"

psql_super() {
  if [ "$(id -u)" = 0 ] && id postgres >/dev/null 2>&1; then
    (cd / && runuser -u postgres -- psql -X -q -v ON_ERROR_STOP=1 -d postgres "$@")
  else
    psql -X -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$PG_PORT" -U postgres -d postgres "$@"
  fi
}

ready() { pg_isready -q -h 127.0.0.1 -p "$PG_PORT"; }

start_cluster() {
  if ! command -v pg_ctlcluster >/dev/null 2>&1; then
    apt_install postgresql
  fi
  local version
  version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  if [ -z "$version" ]; then
    version=$(ls /usr/lib/postgresql | sort -V | tail -1)
    log "creating cluster $version/main"
    pg_createcluster "$version" main >/dev/null || die "pg_createcluster $version main failed"
  fi
  log "starting cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main start || die "pg_ctlcluster $version main start failed (see /var/log/postgresql/)"
  touch "$STARTED_MARK"
}

up() {
  if ready; then
    log "PostgreSQL answers on 127.0.0.1:$PG_PORT"
  else
    start_cluster
    wait_until 60 "PostgreSQL on 127.0.0.1:$PG_PORT" ready || die "PostgreSQL did not become ready on port $PG_PORT"
  fi
  log "ensuring role $DB_USER and databases: $DATABASES (and *_test)"
  psql_super <<SQL
DO \$\$ BEGIN
  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '$DB_USER') THEN
    CREATE ROLE $DB_USER LOGIN PASSWORD '$DB_PASSWORD';
  END IF;
END \$\$;
SQL
  for db in $DATABASES; do
    for name in "$db" "${db}_test"; do
      if [ -z "$(psql_super -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" ]; then
        psql_super -c "CREATE DATABASE $name OWNER $DB_USER" >/dev/null
        log "created database $name"
      fi
    done
  done
}

down() {
  if [ -f "$STARTED_MARK" ]; then
    local version; version=$(ls /etc/postgresql | sort -V | tail -1)
    log "stopping cluster $version/main (started by this stack)"
    pg_ctlcluster --skip-systemctl-redirect "$version" main stop || warn "could not stop the cluster"
    rm -f "$STARTED_MARK"
  else
    log "leaving PostgreSQL running: this stack did not start it"
  fi
}

# restart: a fast restart of Debian's cluster (the fault suite's "PostgreSQL restarted"); every
# connection is cut, as in a failover.
restart() {
  local version; version=$(ls /etc/postgresql 2>/dev/null | sort -V | tail -1)
  [ -n "$version" ] && command -v pg_ctlcluster >/dev/null 2>&1 \
    || die "no Debian PostgreSQL cluster here to restart"
  log "restarting cluster $version/main"
  pg_ctlcluster --skip-systemctl-redirect "$version" main restart -m fast || die "pg_ctlcluster $version main restart failed"
  wait_until 60 "PostgreSQL on 127.0.0.1:$PG_PORT" ready || die "PostgreSQL did not come back on port $PG_PORT"
}

# bound CLUSTER_ID: whether every runtime database belongs to that Kafka cluster (exit status).
bound() {
  local cluster="$1" db
  for db in $DATABASES; do
    [ "$(psql_super -tAc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")" \
      = "kafka-cluster:$cluster" ] || return 1
  done
}

# bind CLUSTER_ID: the runtime databases and the Kafka log are one network's state. Databases that
# belong to another Kafka cluster would hold outbox positions, inbox ids and projections of events
# that broker never had: recreate them empty (stack.sh resets the broker with them).
bind() {
  local cluster="$1" db comment
  for db in $DATABASES; do
    comment=$(psql_super -tAc "SELECT shobj_description(oid, 'pg_database') FROM pg_database WHERE datname = '$db'")
    if [ "$comment" != "kafka-cluster:$cluster" ]; then
      if [ -n "$comment" ]; then
        log "database $db belongs to another Kafka cluster (${comment#kafka-cluster:}): recreating it empty"
      else
        log "database $db is not bound to a Kafka cluster yet: recreating it empty for cluster $cluster"
      fi
      psql_super -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db OWNER $DB_USER" >/dev/null
      psql_super -c "COMMENT ON DATABASE $db IS 'kafka-cluster:$cluster'" >/dev/null
    fi
  done
}

# scratch NAME: a new, empty database for a benchmark (dropped first if it exists); scratch-drop NAME.
scratch() {
  case "$1" in *_cityscale|*_scratch) ;; *) die "scratch databases end in _cityscale or _scratch, not $1" ;; esac
  psql_super -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" -c "CREATE DATABASE $1 OWNER $DB_USER" >/dev/null
  log "created scratch database $1"
}
scratch_drop() {
  case "$1" in *_cityscale|*_scratch) ;; *) die "scratch databases end in _cityscale or _scratch, not $1" ;; esac
  psql_super -c "DROP DATABASE IF EXISTS $1 WITH (FORCE)" >/dev/null
  log "dropped scratch database $1"
}

status() { if ready; then echo "postgres: up on 127.0.0.1:$PG_PORT"; else echo "postgres: down"; fi; }

case "${1:-}" in
  up) up ;; down) down ;; restart) restart ;; status) status ;; bind) bind "${2:?Kafka cluster id}" ;;
  bound) bound "${2:?Kafka cluster id}" ;;
  scratch) scratch "${2:?database name}" ;; scratch-drop) scratch_drop "${2:?database name}" ;;
  *) echo "usage: $0 up|down|restart|status|bind CLUSTER_ID|bound CLUSTER_ID|scratch NAME|scratch-drop NAME" >&2; exit 2 ;;
esac
