#!/usr/bin/env bash
# A throwaway PostgreSQL server for the test suite's PostgreSQL pass: its own cluster in a temporary
# folder, listening on the loopback address only, on a free port, fsync off (nothing here must survive).
#
#   eval "$(.ci/postgres.sh start)"     # installs PostgreSQL if missing (Debian, as root), starts it and
#                                       # prints PG_CI_DIR=… and FLARE_TEST_POSTGRES_URL=… to export
#   .ci/postgres.sh stop "$PG_CI_DIR"   # stops it and deletes the folder
set -euo pipefail

bin_dir() {
  # Debian keeps the server binaries out of PATH, one folder per major version; elsewhere, PATH has them.
  local found
  found=$(find /usr/lib/postgresql -mindepth 2 -maxdepth 2 -name bin -type d 2>/dev/null | sort -V | tail -n 1)
  if [ -z "$found" ] && command -v initdb >/dev/null 2>&1; then found=$(dirname "$(command -v initdb)"); fi
  echo "$found"
}

install_postgres() {
  if [ "$(id -u)" != "0" ] || ! command -v apt-get >/dev/null 2>&1; then
    echo "PostgreSQL is not installed; install it (e.g. apt-get install postgresql) and try again." >&2
    exit 1
  fi
  # Only the binaries are wanted: no default cluster started as a system service.
  mkdir -p /etc/postgresql-common
  [ -e /etc/postgresql-common/createcluster.conf ] \
    || echo "create_main_cluster = false" > /etc/postgresql-common/createcluster.conf
  apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
}

# Run a server program as the user owning the cluster: PostgreSQL refuses to run as root.
as_owner() {
  if [ "$(id -u)" = "0" ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

start() {
  local bin dir port
  bin=$(bin_dir)
  if [ -z "$bin" ]; then install_postgres; bin=$(bin_dir); fi
  dir=$(mktemp -d "${TMPDIR:-/tmp}/flare-pg.XXXXXX")
  if [ "$(id -u)" = "0" ]; then chown postgres: "$dir"; fi
  port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C >"$dir/initdb.log"
  as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 start -o \
    "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off \
     -c full_page_writes=off -c max_connections=200" >/dev/null \
    || { cat "$dir/server.log" >&2; exit 1; }
  as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres flare_test
  echo "PG_CI_DIR=$dir"
  echo "FLARE_TEST_POSTGRES_URL=postgresql://postgres@127.0.0.1:$port/flare_test"
}

stop() {
  local dir=${1:?usage: postgres.sh stop DIR}
  [ -d "$dir/data" ] || return 0
  as_owner "$(bin_dir)/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1 || true
  rm -rf "$dir"
}

case "${1:-}" in
  start) start ;;
  stop) stop "${2:-}" ;;
  *) echo "usage: $0 start | stop DIR" >&2; exit 2 ;;
esac
