#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on a loopback port, for the tests and benchmarks.
# usage: scripts/pg-cluster.sh start DIR [PORT]   (prints the URL to use: postgres://claimcheck@127.0.0.1:PORT/postgres)
#        scripts/pg-cluster.sh stop DIR
# Trust authentication on 127.0.0.1 only; fsync off (the data is thrown away). As root (CI),
# the server runs as the `postgres` user (or `nobody`), since PostgreSQL refuses to run as root.
set -euo pipefail
cmd=${1:?usage: pg-cluster.sh start|stop DIR [PORT]}
dir=${2:?usage: pg-cluster.sh start|stop DIR [PORT]}
port=${3:-54329}

bindir=""
if command -v initdb >/dev/null 2>&1 && command -v pg_ctl >/dev/null 2>&1; then
  bindir=$(dirname "$(command -v initdb)")
else
  bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
fi
[ -n "$bindir" ] && [ -x "$bindir/initdb" ] || { echo "pg-cluster: initdb not found (apt-get install postgresql)" >&2; exit 1; }

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    local user=postgres
    id postgres >/dev/null 2>&1 || user=nobody
    runuser -u "$user" -- "$@"
  else
    "$@"
  fi
}

case "$cmd" in
  start)
    mkdir -p "$dir"
    if [ "$(id -u)" = 0 ]; then chown "$(id -u postgres 2>/dev/null || id -u nobody)" "$dir"; fi
    as_owner "$bindir/initdb" -D "$dir/data" -U claimcheck --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$dir/initdb.log" 2>&1 \
      || { cat "$dir/initdb.log" >&2; exit 1; }
    as_owner "$bindir/pg_ctl" -D "$dir/data" -w -t 60 -l "$dir/server.log" \
      -o "-p $port -k $dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c max_connections=50" start >/dev/null \
      || { cat "$dir/server.log" >&2; exit 1; }
    echo "postgres://claimcheck@127.0.0.1:$port/postgres"
    ;;
  stop)
    as_owner "$bindir/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null || true
    ;;
  *) echo "usage: pg-cluster.sh start|stop DIR [PORT]" >&2; exit 2 ;;
esac
