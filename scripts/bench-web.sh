#!/usr/bin/env bash
# Web benchmarks of the release build on 127.0.0.1: start-to-ready time, idle memory, sign-in
# page throughput and /healthz latency. Prints the figures; bounded in time (about a minute).
# Needs wrk (apt-get install wrk).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
cargo build --release -p lumen >/dev/null
bin="$target/release/lumen"
command -v wrk >/dev/null || { echo "wrk is needed: apt-get install -y wrk" >&2; exit 1; }
work="$(mktemp -d)"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
"$bin" demo --data-dir "$work/zone" >/dev/null
cleanup() { [ -n "${pid:-}" ] && kill "$pid" 2>/dev/null; wait 2>/dev/null || true; rm -rf "$work"; }
trap cleanup EXIT

start=$(date +%s%N)
LUMEN_LOG_LEVEL=warn "$bin" serve --data-dir "$work/zone" --bind "127.0.0.1:$port" >"$work/out" 2>&1 &
pid=$!
until curl -sf "http://127.0.0.1:$port/healthz" >/dev/null; do sleep 0.005; done
ready=$(( ($(date +%s%N) - start) / 1000000 ))
sleep 1
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "start to ready (SQLite): ${ready} ms"
echo "idle resident memory: $((rss / 1024)) MiB"

echo "--- GET /staff/sign-in, 2 threads, 64 connections, 10 s"
wrk -t2 -c64 -d10s "http://127.0.0.1:$port/staff/sign-in" | grep -E "Requests/sec|Latency|requests in"
echo "--- GET /healthz, 2 threads, 64 connections, 10 s"
wrk -t2 -c64 -d10s --latency "http://127.0.0.1:$port/healthz" | grep -E "Requests/sec|Latency|99%|requests in"
rss=$(awk '/VmRSS/ {print $2}' "/proc/$pid/status")
echo "resident memory after load: $((rss / 1024)) MiB"
