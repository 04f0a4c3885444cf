//! No metadata (issue 3, point 8), on SQLite and PostgreSQL: reports and follow-ups sent from
//! 127.0.0.1 with a distinctive user agent, referrer and `X-Forwarded-For` leave none of them in
//! the logs (captured at debug level, every target) or anywhere in the database (every table and
//! column; on SQLite also the raw file and WAL bytes), report and message rows carry no time of
//! day, and no public page sets a cookie.

use crate::support;
use lumen_store::testing::{FreshDb, TestDb, dump_all_tables, fresh};
use lumen_web::routes::RouteArea;
use lumen_web::{AppState, AuthSettings, PublicSettings, ServerSettings};
use std::io::Write;
use std::sync::{Arc, Mutex, OnceLock};

lumen_store::on_both_databases!(public_requests_leave_no_metadata_in_logs_or_database);

const AGENT: &str = "Quillbrook-Probe/7.3 (metadata-canary)";
const REFERER: &str = "https://referrer.example/quillbrook-came-from";
const FORWARDED: &str = "203.0.113.199";
const PEER: &str = "127.0.0.1";

#[derive(Clone)]
struct Logs(Arc<Mutex<Vec<u8>>>);

impl Write for Logs {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0.lock().unwrap().extend_from_slice(buf);
        Ok(buf.len())
    }
    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Every log line of this process from now on, at debug level for every target but the test's
/// own HTTP client (which names the server's address).
fn logs() -> Logs {
    static LOGS: OnceLock<Logs> = OnceLock::new();
    LOGS.get_or_init(|| {
        let logs = Logs(Arc::new(Mutex::new(Vec::new())));
        let writer = logs.clone();
        tracing_subscriber::fmt()
            .with_env_filter(tracing_subscriber::EnvFilter::new(
                "debug,reqwest=off,hyper_util::client=off",
            ))
            .with_ansi(false)
            .with_writer(move || writer.clone())
            .init();
        logs
    })
    .clone()
}

struct App {
    base: String,
    db: FreshDb,
    client: reqwest::Client,
    /// The receipt pages reached after filing: their tokens must not be logged either.
    locations: std::sync::Mutex<Vec<String>>,
}

impl App {
    async fn start(db: TestDb) -> Option<Self> {
        let db = fresh(db).await?;
        let pair = lumen_crypto::generate_section_keys();
        let keys = lumen_app::reports::intake::ReportKeys::public_only(
            pair.public,
            lumen_crypto::ReceiptHasher::new(&[3u8; 32]),
        )
        .with_secret(pair.secret)
        .unwrap()
        .with_reply_kdf(lumen_crypto::KdfParams {
            m_cost_kib: 64,
            t_cost: 1,
            p_cost: 1,
        });
        // The proxy header is trusted here, so the forwarded address is what the limiter sees:
        // it must not be kept either.
        let server = ServerSettings {
            secure_cookies: false,
            trusted_proxy_header: "x-forwarded-for".into(),
            ..Default::default()
        };
        let public = PublicSettings {
            receipt_attempts_source_burst: 2,
            receipt_attempts_source_per_hour: 0,
            ..Default::default()
        };
        let state = AppState::new(db.store.clone(), server, AuthSettings::default())
            .with_reports(keys)
            .with_public(public);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(lumen_web::serve(state, listener, std::future::pending()));
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap();
        Some(Self {
            base,
            db,
            client,
            locations: Default::default(),
        })
    }

    fn with_headers(&self, req: reqwest::RequestBuilder) -> reqwest::RequestBuilder {
        req.header("user-agent", AGENT)
            .header("referer", REFERER)
            .header("x-forwarded-for", FORWARDED)
    }

    async fn get(&self, path: &str) -> (u16, String) {
        let res = self
            .with_headers(self.client.get(format!("{}{path}", self.base)))
            .send()
            .await
            .unwrap();
        no_cookie(path, &res);
        (res.status().as_u16(), res.text().await.unwrap())
    }

    async fn post(&self, path: &str, fields: &[(&str, &str)]) -> (u16, String) {
        let res = self
            .with_headers(self.client.post(format!("{}{path}", self.base)))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(support::encode(fields))
            .send()
            .await
            .unwrap();
        no_cookie(path, &res);
        if res.status() == 303 {
            // Filing a report redirects to its receipt page, as a browser follows it.
            let location = res.headers()["location"].to_str().unwrap().to_owned();
            self.locations.lock().unwrap().push(location.clone());
            return Box::pin(self.get(&location)).await;
        }
        (res.status().as_u16(), res.text().await.unwrap())
    }
}

fn no_cookie(path: &str, res: &reqwest::Response) {
    assert!(
        res.headers().get("set-cookie").is_none(),
        "{path} sets a cookie"
    );
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// `YYYY-MM-DD` followed by `T` or a space and `HH:MM`.
fn has_date_time(text: &str) -> bool {
    let b = text.as_bytes();
    let digit = |i: usize| b.get(i).is_some_and(u8::is_ascii_digit);
    (0..b.len()).any(|i| {
        [0, 1, 2, 3, 5, 6, 8, 9, 11, 12, 14, 15]
            .iter()
            .all(|&o| digit(i + o))
            && b[i + 4] == b'-'
            && b[i + 7] == b'-'
            && matches!(b[i + 10], b'T' | b' ')
            && b[i + 13] == b':'
    })
}

async fn public_requests_leave_no_metadata_in_logs_or_database(db: TestDb) {
    let logs = logs();
    let Some(app) = App::start(db).await else {
        return;
    };
    // Every public page that takes no parameter but the language.
    for spec in lumen_web::routes::declared() {
        let public = matches!(spec.area, RouteArea::Public)
            || (spec.area == RouteArea::Common && spec.path == "/");
        if public && spec.method.as_str() == "GET" && !spec.path.contains("{*") {
            let path = spec.path.replace("{lang}", "ar");
            let (status, _) = app.get(&path).await;
            assert!(status < 500, "{path} answers {status}");
        }
    }
    let mut receipts = Vec::new();
    for text in ["Quillbrook canary one", "Quillbrook canary two"] {
        let (status, html) = app
            .post(
                "/report",
                &[
                    ("lang", "fr"),
                    ("filed_by", "witness"),
                    ("form_labour", "1"),
                    ("minor", "unknown"),
                    ("text", text),
                    ("contact", "none"),
                ],
            )
            .await;
        assert_eq!(status, 200, "{html}");
        receipts.push(support::receipt_in(&html).expect("receipt shown"));
    }
    for r in &receipts {
        let (status, html) = app
            .post("/follow-up", &[("lang", "nl"), ("receipt", r)])
            .await;
        assert_eq!(status, 200);
        assert!(html.contains("name=\"message\""), "thread shown");
        let (status, _) = app
            .post(
                "/follow-up/message",
                &[("lang", "nl"), ("receipt", r), ("message", "Nog iets")],
            )
            .await;
        assert_eq!(status, 200);
    }
    let wrong = "0000-0000-0000-0000-0001";
    for _ in 0..2 {
        let (status, _) = app
            .post("/follow-up", &[("lang", "en"), ("receipt", wrong)])
            .await;
        assert_eq!(status, 200);
    }
    let (status, _) = app
        .post("/follow-up", &[("lang", "en"), ("receipt", wrong)])
        .await;
    assert_eq!(status, 429, "the limiter saw the requests");

    let logged = String::from_utf8_lossy(&logs.0.lock().unwrap()).into_owned();
    assert!(!logged.is_empty(), "the log capture works");
    let locations = app.locations.lock().unwrap().clone();
    assert_eq!(locations.len(), 2, "each filing went to its receipt page");
    for location in &locations {
        let token = location.trim_start_matches("/report/receipt/");
        let token = token.split('?').next().unwrap();
        assert!(
            !logged.contains(token),
            "a receipt page token is in the logs"
        );
    }
    for (what, needle) in [
        ("peer address", PEER),
        ("user agent", AGENT),
        ("user agent", "Quillbrook-Probe"),
        ("referrer", REFERER),
        ("referrer", "referrer.example"),
        ("forwarded address", FORWARDED),
    ] {
        let lines: Vec<&str> = logged.lines().filter(|l| l.contains(needle)).collect();
        assert!(
            lines.is_empty(),
            "the {what} is in the logs:\n{}",
            lines.join("\n")
        );
    }

    let tables = dump_all_tables(&app.db.store).await.unwrap();
    assert!(tables.iter().any(|t| t.name == "reports"));
    for t in &tables {
        let all = t.rows.join("\n");
        for (what, needle) in [
            ("peer address", PEER),
            ("user agent", AGENT),
            ("referrer", REFERER),
            ("forwarded address", FORWARDED),
        ] {
            assert!(
                !all.contains(needle) && !all.contains(&hex(needle)),
                "the {what} is stored in {}",
                t.name
            );
        }
        if t.name == "reports" || t.name == "report_messages" {
            assert_eq!(t.rows.len(), 2, "{} has the two rows", t.name);
            for (column, ty) in &t.columns {
                assert!(!ty.contains("time"), "{}.{column} is of type {ty}", t.name);
            }
            for row in &t.rows {
                assert!(!has_date_time(row), "{} keeps a time of day: {row}", t.name);
            }
        }
    }
    if let Some(dir) = &app.db.dir {
        for entry in std::fs::read_dir(dir.path()).unwrap().flatten() {
            let bytes = std::fs::read(entry.path()).unwrap();
            for needle in [PEER, AGENT, REFERER, FORWARDED] {
                assert!(
                    !bytes.windows(needle.len()).any(|w| w == needle.as_bytes()),
                    "{needle} is in {}",
                    entry.path().display()
                );
            }
        }
    }
}

#[test]
fn the_date_time_detector_finds_times_and_not_dates() {
    assert!(has_date_time("(x,2026-11-28 08:41:29.123+00)"));
    assert!(has_date_time("'2026-11-28T08:41:29Z'"));
    assert!(!has_date_time(
        "'2026-11-28'|X'00ff'|'argon2id:m=64,t=1,p=1:12ab'"
    ));
}
