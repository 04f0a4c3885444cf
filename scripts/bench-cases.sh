#!/usr/bin/env bash
# Case management at a zone's scale, release build: seeds 100,000 reports, 10,000 cases,
# 50,000 persons and 250,000 identifiers through the store's operations, then prints the
# timings of the operations behind the triage queue, case list, case page, person page and
# search, the save of a person with 5 identifiers, and the search index's build time and memory.
# On SQLite; and on PostgreSQL when BENCH_PG_URL names an empty database (postgres://…).
# SCALE (default 1) shrinks or grows every count. Takes several minutes per database.
set -euo pipefail
cd "$(dirname "$0")/.."
scale="${SCALE:-1}"
cargo build --release -p lumen-app --example bench_cases >/dev/null
bin="${CARGO_TARGET_DIR:-target}/release/examples/bench_cases"
"$bin" sqlite "$scale"
if [ -n "${BENCH_PG_URL:-}" ]; then
  "$bin" "$BENCH_PG_URL" "$scale"
fi
