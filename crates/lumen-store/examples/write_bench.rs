//! Concurrent durable writes on a SQLite file: N clients file small public reports for a few
//! seconds; prints commits per second and the p50, p99 and worst latency of one filing.
//!
//! `cargo run --release -p lumen-store --example write_bench [clients] [seconds]`
//! (defaults: 32 clients, 5 seconds). The database lives in a temporary folder under
//! `target/` (or `$CARGO_TARGET_DIR`), so it sits on the same disk as a real deployment's
//! build and is removed afterwards.

use lumen_domain::report::{FiledBy, ReportStatus};
use lumen_store::{ConnectOptions, CreateMode, DatabaseUrl, NewReport, Store};
use std::time::{Duration, Instant};
use uuid::Uuid;

fn report() -> NewReport {
    let id = Uuid::new_v4();
    NewReport {
        id,
        created_on: chrono::Utc::now().date_naive(),
        status: ReportStatus::Received,
        receipt_hash: id.as_bytes().repeat(2),
        reply_key_params: "params".into(),
        sealed_payload: vec![7; 2048],
        sealed_reply_key: vec![9; 80],
        sealed_receipt: None,
        filed_by: FiledBy::Witness,
        partner_unit_id: None,
    }
}

fn percentile(sorted: &[Duration], p: f64) -> Duration {
    if sorted.is_empty() {
        return Duration::ZERO;
    }
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i]
}

#[tokio::main]
async fn main() {
    let mut args = std::env::args().skip(1);
    let clients: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(32);
    let seconds: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(5);
    let base = std::env::var("CARGO_TARGET_DIR").unwrap_or_else(|_| "target".into());
    std::fs::create_dir_all(&base).expect("target folder");
    let dir = tempfile::tempdir_in(&base).expect("temporary folder");
    let mut options = ConnectOptions::new(DatabaseUrl::Sqlite(dir.path().join("bench.db")));
    options.create = CreateMode::CreateIfMissing;
    let store = Store::connect(options).await.expect("connects");
    store.migrate().await.expect("migrates");

    let until = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let tasks: Vec<_> = (0..clients)
        .map(|_| {
            let store = store.clone();
            tokio::spawn(async move {
                let (mut latencies, mut failures) = (Vec::new(), Vec::new());
                while Instant::now() < until {
                    let t = Instant::now();
                    match store.create_report(report()).await {
                        Ok(_) => latencies.push(t.elapsed()),
                        Err(e) => failures.push(e.to_string()),
                    }
                }
                (latencies, failures)
            })
        })
        .collect();
    let (mut all, mut failures) = (Vec::new(), Vec::new());
    for task in tasks {
        let (l, f) = task.await.expect("writer task");
        all.extend(l);
        failures.extend(f);
    }
    let elapsed = started.elapsed().as_secs_f64();
    all.sort();
    println!(
        "{clients} clients, {elapsed:.1} s: {} commits, {:.0} commits/s, p50 {:.1} ms, p99 {:.1} ms, max {:.1} ms, {} failed",
        all.len(),
        all.len() as f64 / elapsed,
        percentile(&all, 0.50).as_secs_f64() * 1000.0,
        percentile(&all, 0.99).as_secs_f64() * 1000.0,
        all.last().copied().unwrap_or_default().as_secs_f64() * 1000.0,
        failures.len(),
    );
    if let Some(first) = failures.first() {
        println!("first failure: {first}");
    }
    store.close().await.expect("closes");
}
