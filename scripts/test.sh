#!/usr/bin/env bash
# Runs every check and every test of Lumen, on SQLite and on a throwaway PostgreSQL, with
# end-to-end tests in Chromium. Installs what a fresh Debian machine lacks (as root).
set -euo pipefail
cd "$(dirname "$0")/.."

pg_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1; }

missing=()
[ -n "$(pg_bin)" ] && [ -x "$(pg_bin)/initdb" ] || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" -ne 0 ]; then
    echo "Missing: ${missing[*]}. Install them (apt-get install -y ${missing[*]}) or run this script as root." >&2
    exit 1
  fi
  echo "Installing ${missing[*]}…"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

if ! cargo nextest --version >/dev/null 2>&1; then
  echo "Installing cargo-nextest…"
  cargo install --locked cargo-nextest
fi

# A throwaway PostgreSQL on a free loopback port, stopped and removed on exit.
PGBIN="$(pg_bin)"
pgdir="$(mktemp -d /tmp/lumen-pg.XXXXXX)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
as_pg() { if [ "$(id -u)" -eq 0 ]; then su postgres -s /bin/sh -c "$*"; else sh -c "$*"; fi; }
[ "$(id -u)" -eq 0 ] && chown postgres: "$pgdir"
stop_pg() {
  as_pg "'$PGBIN/pg_ctl' -D '$pgdir/data' -m immediate stop" >/dev/null 2>&1 || true
  rm -rf "$pgdir"
}
trap stop_pg EXIT
as_pg "'$PGBIN/initdb' -D '$pgdir/data' -A trust -U postgres" >/dev/null
as_pg "'$PGBIN/pg_ctl' -D '$pgdir/data' -l '$pgdir/log' -w -o \"-c listen_addresses=127.0.0.1 -p $port -k $pgdir -c fsync=off -c max_connections=400\" start" >/dev/null
export PG_TEST_URL="postgres://postgres@127.0.0.1:$port/postgres"
echo "Throwaway PostgreSQL at 127.0.0.1:$port"

if [ "${LUMEN_SKIP_LINT:-0}" != 1 ]; then
  cargo fmt --all -- --check
  cargo clippy --workspace --all-targets -- -D warnings
  python3 scripts/import-cycles.py
fi
cargo nextest run --workspace --no-fail-fast "$@"
