#!/usr/bin/env bash
# Public area benchmarks of the release build on 127.0.0.1 (issue 3, "Durability and performance"):
#  - landing `/` and form `/report` pages, requests/s;
#  - report submission without images, 32 concurrent clients, SQLite: durable reports/s (counted
#    in the database) and latency p99, default reply-key costs (filing derives no key: the
#    section does, after), on a public-only process and on one serving both areas (whose
#    settler derives reply keys at the same time);
#  - the disk's own fsync rate in the database's folder, to compare with.
# Receipt rate limit off. Bounded: about 4 minutes after the build. Needs wrk and python3.
# Usage: scripts/bench-public.sh [SECONDS_PER_SUBMISSION_RUN] (default 15)
set -euo pipefail
cd "$(dirname "$0")/.."
secs="${1:-15}"
target="${CARGO_TARGET_DIR:-target}"
cargo build --release -p lumen >/dev/null
bin="$target/release/lumen"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
work="$(mktemp -d "${BENCH_DIR:-/tmp}/lumen-bench.XXXXXX")"
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT
"$bin" keys init --dir "$work/keys" >/dev/null
LUMEN_LOG_LEVEL=warn "$bin" demo --data-dir "$work/zone" >/dev/null
db="$work/zone/lumen.db"

cat >"$work/report.lua" <<'EOF'
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
local n = 0
request = function()
  n = n + 1
  return wrk.format(nil, nil, nil,
    "lang=en&filed_by=witness&form_labour=1&minor=unknown&contact=none&place=Rue+de+Brabant" ..
    "&phones=%2B32+470+55+11+99&text=Two+women+sleep+in+the+back+room+of+the+car+wash+" .. n)
end
EOF

pending() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from reports where sealed_receipt is not null').fetchone()[0])" "$db"; }
count() { python3 -c "import sqlite3,sys; print(sqlite3.connect(sys.argv[1]).execute('select count(*) from reports').fetchone()[0])" "$db"; }

# start NAME [ENV=VALUE ...]: serves the zone with the keys, rate limit off, extra settings.
start() {
  local name="$1"; shift
  [ -n "${pid:-}" ] && { kill "$pid"; wait "$pid" 2>/dev/null || true; }
  port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
  log="$work/$name.log"
  env LUMEN_LOG_LEVEL=info LUMEN_PUBLIC_RECEIPT_RATE_LIMIT=false LUMEN_PUBLIC_REPORT_RATE_LIMIT=false \
    LUMEN_KEYS_PUBLIC_KEY_FILE="$work/keys/section.pub" \
    LUMEN_KEYS_RECEIPT_SECRET_FILE="$work/keys/receipt.secret" \
    "$@" "$bin" serve --area "${AREA:-public}" --data-dir "$work/zone" --bind "127.0.0.1:$port" >"$log" 2>&1 &
  pid=$!
  until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.02; done
}

# submit LABEL SECONDS: 32 clients posting reports; durable reports/s from the database.
submit() {
  local before after out
  before=$(count)
  out=$(wrk -t2 -c32 -d"$2"s --timeout 10s --latency -s "$work/report.lua" "http://127.0.0.1:$port/report")
  after=$(count)
  echo "--- $1: POST /report, 2 threads, 32 connections, $2 s"
  echo "$out" | grep -E "Requests/sec|requests in|Non-2xx|50%|99%|Socket errors" | sed 's/^/  /'
  python3 -c "import sys; print(f'  durable reports stored: {int(sys.argv[2])-int(sys.argv[1])} = {(int(sys.argv[2])-int(sys.argv[1]))/float(sys.argv[3]):.0f} reports/s')" "$before" "$after" "$2"
  echo "  reports still waiting for their reply key: $(pending)"
}

echo "machine: $(nproc) cores; $(uptime)"
echo "--- the disk's own synchronous write rate in $(dirname "$db") (4 KiB appends, 3 s each)"
python3 - "$work/zone/fsync.probe" <<'EOF'
import os, sys, time
for name, sync in (("fsync", os.fsync), ("fdatasync", os.fdatasync)):
    fd = os.open(sys.argv[1], os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    n, t0 = 0, time.monotonic()
    while time.monotonic() - t0 < 3:
        os.write(fd, b"\0" * 4096); sync(fd); n += 1
    os.close(fd); os.unlink(sys.argv[1])
    print(f"  {name}: {n / (time.monotonic() - t0):.0f} per second")
EOF

start pages
for path in / /report; do
  echo "--- GET $path, 2 threads, 64 connections, 10 s"
  wrk -t2 -c64 -d10s --latency "http://127.0.0.1:$port$path" | grep -E "Requests/sec|requests in|99%|Non-2xx" | sed 's/^/  /'
done

start public
submit "public area only (as on the internet-facing host)" "$secs"

AREA=all start all LUMEN_KEYS_SECRET_KEY_FILE="$work/keys/section.key"
submit "both areas in one process (the section's settler derives reply keys meanwhile)" "$secs"
sleep 5
echo "  5 s later, still waiting: $(pending)"
echo "load after: $(uptime)"
