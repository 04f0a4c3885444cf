//! Durability of public intake (issue 3): `lumen serve` on SQLite, with keys from
//! `lumen keys init`, takes a stream of reports from several clients and is killed with SIGKILL
//! at random moments, five times. After the last restart every report whose receipt reached
//! its client is there: the receipt opens it on `/follow-up`, and the section's secret key opens
//! what was written.

use crate::support;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const CLIENTS: usize = 6;
const ROUNDS: usize = 5;

fn lumen() -> Command {
    support::lumen_binary()
}

fn run_ok(cmd: &mut Command) {
    let out = cmd.output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

struct Server {
    child: Child,
    base: String,
}

fn start(zone: &Path, keys: &Path) -> Server {
    let port = support::free_port();
    let child = lumen()
        .args(["serve", "--data-dir"])
        .arg(zone)
        .args(["--bind", &format!("127.0.0.1:{port}")])
        .env("LUMEN_LOG_LEVEL", "warn")
        .env("LUMEN_KEYS_PUBLIC_KEY_FILE", keys.join("section.pub"))
        .env("LUMEN_KEYS_SECRET_KEY_FILE", keys.join("section.key"))
        .env(
            "LUMEN_KEYS_RECEIPT_SECRET_FILE",
            keys.join("receipt.secret"),
        )
        // Cheap reply keys keep the debug build quick. The section's settler runs in the same
        // process, so some kills fall between a filing and the derivation of its reply key:
        // those reports keep their sealed receipt until a later start settles them.
        .env("LUMEN_PUBLIC_REPLY_KEY_MEMORY_KIB", "1024")
        .env("LUMEN_PUBLIC_REPLY_KEY_PASSES", "1")
        .env("LUMEN_PUBLIC_REPORT_RATE_LIMIT", "false")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    Server {
        child,
        base: format!("http://127.0.0.1:{port}"),
    }
}

async fn wait_ready(client: &reqwest::Client, base: &str) {
    let deadline = Instant::now() + Duration::from_secs(20);
    loop {
        if let Ok(r) = client.get(format!("{base}/healthz")).send().await
            && r.status() == 200
        {
            return;
        }
        assert!(Instant::now() < deadline, "server ready in time");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

/// A pseudo-random number below `n` (kill moments need not be reproducible, only spread).
fn random_below(n: u64) -> u64 {
    (uuid::Uuid::new_v4().as_u128() % u128::from(n)) as u64
}

type Filed = Arc<Mutex<Vec<(String, String)>>>;

/// One client: files reports against whatever server is up at `base` until told to stop,
/// keeping each receipt it was given with the text it sent.
async fn client_loop(id: usize, base: Arc<Mutex<String>>, filed: Filed, stop: Arc<AtomicBool>) {
    let client = reqwest::Client::builder()
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap();
    let mut n = 0u32;
    while !stop.load(Ordering::Relaxed) {
        n += 1;
        let text = format!("durability client {id} report {n} {}", uuid::Uuid::new_v4());
        let url = format!("{}/report", base.lock().unwrap());
        let body = support::encode(&[
            ("lang", "en"),
            ("filed_by", "witness"),
            ("form_unsure", "1"),
            ("minor", "unknown"),
            ("text", &text),
            ("contact", "none"),
        ]);
        let sent = client
            .post(url)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await;
        let receipt = match sent {
            Ok(res) if res.status() == 200 => match res.text().await {
                Ok(html) => support::receipt_in(&html),
                Err(_) => None,
            },
            _ => None,
        };
        match receipt {
            Some(r) => filed.lock().unwrap().push((r, text)),
            None => tokio::time::sleep(Duration::from_millis(10)).await,
        }
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_report_with_a_receipt_survives_sigkill() {
    let started = Instant::now();
    let tmp = tempfile::tempdir().unwrap();
    let (zone, keys): (PathBuf, PathBuf) = (tmp.path().join("zone"), tmp.path().join("keys"));
    run_ok(lumen().args(["keys", "init", "--dir"]).arg(&keys));
    run_ok(
        lumen()
            .env("LUMEN_LOG_LEVEL", "warn")
            .args(["demo", "--json", "--data-dir"])
            .arg(&zone),
    );
    let probe = reqwest::Client::new();
    let mut server = start(&zone, &keys);
    wait_ready(&probe, &server.base).await;

    let base = Arc::new(Mutex::new(server.base.clone()));
    let filed: Filed = Arc::default();
    let stop = Arc::new(AtomicBool::new(false));
    let clients: Vec<_> = (0..CLIENTS)
        .map(|id| tokio::spawn(client_loop(id, base.clone(), filed.clone(), stop.clone())))
        .collect();
    let mut per_round = Vec::new();
    for _ in 0..ROUNDS {
        let before = filed.lock().unwrap().len();
        tokio::time::sleep(Duration::from_millis(300 + random_below(900))).await;
        server.child.kill().unwrap(); // SIGKILL
        server.child.wait().unwrap();
        per_round.push(filed.lock().unwrap().len() - before);
        server = start(&zone, &keys);
        *base.lock().unwrap() = server.base.clone();
        wait_ready(&probe, &server.base).await;
    }
    stop.store(true, Ordering::Relaxed);
    for c in clients {
        c.await.unwrap();
    }
    let filed = filed.lock().unwrap().clone();
    assert!(
        per_round.iter().all(|&n| n > 0),
        "reports were being filed when each kill came: {per_round:?}"
    );

    // Each receipt opens its report on the restarted server (four clients at a time).
    let checks: Vec<_> = filed
        .chunks(filed.len().div_ceil(4).max(1))
        .map(|chunk| {
            let (chunk, base, probe) = (chunk.to_vec(), server.base.clone(), probe.clone());
            tokio::spawn(async move {
                for (receipt, _) in chunk {
                    let res = probe
                        .post(format!("{base}/follow-up"))
                        .header("content-type", "application/x-www-form-urlencoded")
                        .body(support::encode(&[("lang", "en"), ("receipt", &receipt)]))
                        .send()
                        .await
                        .unwrap();
                    assert_eq!(res.status(), 200);
                    let html = res.text().await.unwrap();
                    assert!(
                        html.contains("name=\"message\""),
                        "a receipt that was given out opens its report"
                    );
                }
            })
        })
        .collect();
    for c in checks {
        c.await.unwrap();
    }
    server.child.kill().unwrap();
    server.child.wait().unwrap();

    // The section reads each one with its secret key.
    let hasher = lumen_crypto::ReceiptHasher::from_file(&keys.join("receipt.secret")).unwrap();
    let secret = lumen_crypto::read_secret_key_file(&keys.join("section.key"), None).unwrap();
    let public = lumen_crypto::read_public_key_file(&keys.join("section.pub")).unwrap();
    let section = lumen_app::reports::intake::ReportKeys::public_only(public, hasher.clone())
        .with_secret(secret)
        .unwrap();
    let url =
        lumen_store::DatabaseUrl::parse(&format!("sqlite://{}", zone.join("lumen.db").display()))
            .unwrap();
    let store = lumen_store::Store::connect(lumen_store::ConnectOptions::new(url))
        .await
        .unwrap();
    for (receipt, text) in &filed {
        let hash = hasher.lookup_hash(&lumen_crypto::Receipt::parse(receipt).unwrap());
        let report = store
            .report_by_receipt_hash(&hash.0)
            .await
            .unwrap()
            .expect("the report is stored");
        assert_eq!(&section.open_payload(&report).unwrap().text, text);
    }
    eprintln!(
        "{} reports with receipts over {ROUNDS} kills ({per_round:?} per round) in {:.1} s",
        filed.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        started.elapsed() < Duration::from_secs(60),
        "bounded in time"
    );
}
