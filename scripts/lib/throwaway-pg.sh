# Sourced by scripts/test and scripts/benchmark-import: installs PostgreSQL from Debian packages
# when missing, starts a throwaway cluster on 127.0.0.1:$1 and stops and removes it on exit.
# Sets PGBIN and PGPORT, and exports PGHOST/PGPORT/PGUSER so plain psql reaches it as postgres.

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

start_throwaway_pg() {
  local port="$1"; shift
  if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
    echo "installing PostgreSQL from Debian packages" >&2
    as_root apt-get update -qq
    as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
  fi
  PGBIN="/usr/lib/postgresql/$(ls /usr/lib/postgresql | sort -V | tail -1)/bin"

  # PostgreSQL refuses to run as root: as root the cluster belongs to the postgres user.
  PG_DIR="$(mktemp -d /tmp/clearsite-pg.XXXXXX)"
  PG_OWNER="$(id -un)"
  if [ "$(id -u)" = 0 ]; then
    PG_OWNER=postgres
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown "$PG_OWNER" "$PG_DIR"
  fi
  trap stop_throwaway_pg EXIT

  as_pg "$PGBIN/initdb" -D "$PG_DIR/data" -U postgres -A trust --no-sync -E UTF8 >/dev/null
  local options="-p $port -k $PG_DIR -c listen_addresses=127.0.0.1"
  for setting in "$@"; do options="$options -c $setting"; done
  as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -o "$options" start >/dev/null
  export PGHOST=127.0.0.1 PGPORT="$port" PGUSER=postgres
}

as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u "$PG_OWNER" -- "$@"; else "$@"; fi; }

stop_throwaway_pg() {
  as_pg "$PGBIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
