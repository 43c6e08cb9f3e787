#!/usr/bin/env bash
# Start a throwaway PostgreSQL cluster for the store tests and print its SQLAlchemy URL.
#
#   url=$(tests/store/pg_test_server.sh)            # start; the URL is the only line on stdout
#   TEST_POSTGRES_URL=$url pytest tests/store
#   tests/store/pg_test_server.sh stop [DIR]        # DIR defaults to the last cluster started
#
# PostgreSQL refuses to run as root, so as root the cluster is owned by the `postgres` system
# user (created if missing). Authentication is `trust` on 127.0.0.1 only; never use it for data.
set -euo pipefail

find_bin() {
    local name=$1 candidate
    for candidate in "$(command -v "$name" 2>/dev/null || true)" /usr/lib/postgresql/*/bin/"$name"; do
        if [[ -n $candidate && -x $candidate ]]; then
            echo "$candidate"
            return 0
        fi
    done
    echo "pg_test_server: no $name binary found (install PostgreSQL, e.g. apt-get install postgresql)" >&2
    return 1
}

run_as_owner() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

PG_CTL=$(find_bin pg_ctl)
STATE=${TMPDIR:-/tmp}/briefings-pg-test.last

case ${1:-start} in
    start | stop) ;;
    *) echo "usage: pg_test_server.sh [start | stop [DIR]]" >&2; exit 2 ;;
esac

if [[ ${1:-start} == stop ]]; then
    dir=${2:-$(cat "$STATE" 2>/dev/null || true)}
    if [[ -z $dir ]]; then
        echo "pg_test_server: nothing to stop" >&2
        exit 0
    fi
    run_as_owner "$PG_CTL" -D "$dir/data" -m fast -w stop >&2 || true
    rm -rf "$dir"
    rm -f "$STATE"
    exit 0
fi

INITDB=$(find_bin initdb)
if [[ $(id -u) -eq 0 ]] && ! id postgres >/dev/null 2>&1; then
    useradd --system --no-create-home --shell /usr/sbin/nologin postgres
fi

dir=${PG_TEST_DIR:-$(mktemp -d "${TMPDIR:-/tmp}/briefings-pg.XXXXXX")}
mkdir -p "$dir"
if [[ $(id -u) -eq 0 ]]; then
    chown postgres: "$dir"
fi

port=${PG_TEST_PORT:-$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')}

run_as_owner "$INITDB" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C.UTF-8 \
    >"$dir/initdb.log" 2>&1 || { cat "$dir/initdb.log" >&2; exit 1; }
# fsync off: a throwaway cluster trades durability for test speed.
run_as_owner "$PG_CTL" -D "$dir/data" -l "$dir/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $port -k $dir -c fsync=off -c synchronous_commit=off -c full_page_writes=off" \
    start >&2 || { cat "$dir/server.log" >&2; exit 1; }

echo "$dir" >"$STATE"
echo "pg_test_server: data dir: $dir (stop with: $0 stop $dir)" >&2
echo "postgresql+psycopg://postgres@127.0.0.1:$port/postgres"
