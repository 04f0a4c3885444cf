//! `spawn_app()`: Lumen served on a free loopback port over a fresh database (SQLite or a
//! PostgreSQL schema of its own), seeded with the demo zone; and a signed-in HTTP client.
#![allow(
    dead_code,
    reason = "shared by the web and e2e binaries, each using part of it"
)]

use lumen_app::demo::DemoAccount;
use lumen_store::Store;
use lumen_store::testing::{FreshDb, TestDb, fresh};
use lumen_web::{AppState, AuthSettings, PublicSettings, ServerSettings};
use std::time::{SystemTime, UNIX_EPOCH};
use tokio::sync::oneshot;

/// A running application.
pub struct TestApp {
    /// `http://127.0.0.1:PORT`.
    pub base: String,
    /// `http://127.0.0.1:PORT` of the metrics listener.
    pub metrics_base: String,
    /// Its store, for checks behind the interface.
    pub store: Store,
    /// The demo accounts.
    pub accounts: Vec<DemoAccount>,
    /// Keeps the database alive.
    pub db: FreshDb,
    shutdown: Option<oneshot::Sender<()>>,
    metrics_shutdown: Option<oneshot::Sender<()>>,
}

impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
        if let Some(tx) = self.metrics_shutdown.take() {
            let _ = tx.send(());
        }
    }
}

/// Starts the application, or `None` when PostgreSQL tests are skipped.
pub async fn spawn_app(db: TestDb) -> Option<TestApp> {
    spawn_app_with(db, AuthSettings::default()).await
}

/// Starts the application with given sign-in settings.
pub async fn spawn_app_with(db: TestDb, auth: AuthSettings) -> Option<TestApp> {
    let db = fresh(db).await?;
    let accounts = lumen_app::demo::seed(&db.store).await.expect("demo data");
    let server = ServerSettings {
        secure_cookies: false,
        max_body_bytes: 16 * 1024,
        ..Default::default()
    };
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    // Tests file many reports from one address: the filing limit has its own test.
    let public = PublicSettings {
        report_rate_limit: false,
        ..Default::default()
    };
    let state = AppState::new(db.store.clone(), server, auth)
        .with_reports(test_report_keys())
        .with_public(public);
    let metrics_listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let metrics_base = format!("http://{}", metrics_listener.local_addr().unwrap());
    let (mtx, mrx) = oneshot::channel::<()>();
    tokio::spawn(lumen_web::serve_metrics(
        state.clone(),
        metrics_listener,
        async move {
            let _ = mrx.await;
        },
    ));
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(lumen_web::serve(state, listener, async move {
        let _ = rx.await;
    }));
    Some(TestApp {
        base,
        metrics_base,
        store: db.store.clone(),
        accounts,
        db,
        shutdown: Some(tx),
        metrics_shutdown: Some(mtx),
    })
}

/// Fresh reporting keys, with cheap reply-key derivation (the costs are stored with each
/// report, so this changes no code path).
pub fn test_report_keys() -> lumen_app::reports::intake::ReportKeys {
    let pair = lumen_crypto::generate_section_keys();
    let hasher = lumen_crypto::ReceiptHasher::new(&[7u8; 32]);
    lumen_app::reports::intake::ReportKeys::public_only(pair.public, hasher)
        .with_secret(pair.secret)
        .expect("matching key pair")
        .with_reply_kdf(lumen_crypto::KdfParams {
            m_cost_kib: 64,
            t_cost: 1,
            p_cost: 1,
        })
        .with_escape_url("https://www.meteo.be/")
}

impl TestApp {
    /// The first demo account of a role, or the account whose e-mail address starts with
    /// `who@` (`investigator2`: a second investigator).
    pub fn account(&self, who: &str) -> &DemoAccount {
        self.accounts
            .iter()
            .find(|a| a.role == who)
            .or_else(|| {
                self.accounts
                    .iter()
                    .find(|a| a.email.starts_with(&format!("{who}@")))
            })
            .expect("account exists")
    }

    /// A client that keeps cookies and does not follow redirects.
    pub fn client(&self) -> reqwest::Client {
        reqwest::Client::builder()
            .cookie_store(true)
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .unwrap()
    }

    /// The metrics listener's text.
    pub async fn metrics_text(&self) -> String {
        reqwest::get(format!("{}/metrics", self.metrics_base))
            .await
            .unwrap()
            .text()
            .await
            .unwrap()
    }

    /// `base + path`.
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base, path)
    }

    /// Fetches a page and returns the CSRF token its forms carry.
    pub async fn csrf(&self, client: &reqwest::Client, path: &str) -> String {
        let html = client
            .get(self.url(path))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        extract_csrf(&html).unwrap_or_else(|| panic!("no csrf token on {path}"))
    }

    /// Signs in as `role` with the password, then `code` as the second factor (a TOTP or a
    /// recovery code); returns the client and the status of the second step.
    pub async fn sign_in_with_code(&self, role: &str, code: &str) -> (reqwest::Client, u16) {
        let client = self.client();
        let a = self.account(role).clone();
        let csrf = self.csrf(&client, "/staff/sign-in").await;
        let res = client
            .post(self.url("/staff/sign-in"))
            .form(&[
                ("csrf", csrf.as_str()),
                ("email", a.email.as_str()),
                ("password", a.password.as_str()),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "password accepted for {role}");
        let csrf = self.csrf(&client, "/staff/sign-in/totp").await;
        let status = client
            .post(self.url("/staff/sign-in/totp"))
            .form(&[("csrf", csrf.as_str()), ("code", code)])
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        (client, status)
    }

    /// Signs in with password and a fresh TOTP code; returns the client.
    pub async fn signed_in(&self, role: &str) -> reqwest::Client {
        let code = totp_now(&self.account(role).totp_secret);
        let (client, status) = self.sign_in_with_code(role, &code).await;
        assert_eq!(status, 303, "second factor accepted for {role}");
        client
    }
}

/// The current TOTP code of a secret.
pub fn totp_now(secret: &str) -> String {
    let now = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap()
        .as_secs();
    lumen_app::auth::totp::code_at(secret, now).unwrap()
}

/// The value of the first `name="csrf"` field in a page.
pub fn extract_csrf(html: &str) -> Option<String> {
    let at = html.find("name=\"csrf\" value=\"")? + "name=\"csrf\" value=\"".len();
    let rest = &html[at..];
    Some(rest[..rest.find('"')?].to_owned())
}

/// Posts a form with the session's CSRF token, in English; returns status, `Location` and body.
pub async fn post_form(
    app: &TestApp,
    client: &reqwest::Client,
    path: &str,
    form: &[(&str, &str)],
) -> (u16, String, String) {
    let csrf = app.csrf(client, "/staff").await;
    let mut fields = vec![("csrf", csrf.as_str())];
    fields.extend_from_slice(form);
    let res = client
        .post(app.url(path))
        .header("accept-language", "en")
        .form(&fields)
        .send()
        .await
        .unwrap();
    let status = res.status().as_u16();
    let location = res
        .headers()
        .get("location")
        .map(|v| v.to_str().unwrap().to_owned())
        .unwrap_or_default();
    (status, location, res.text().await.unwrap())
}

/// Gets a page in English; returns status and body.
pub async fn get_page(app: &TestApp, client: &reqwest::Client, path: &str) -> (u16, String) {
    let res = client
        .get(app.url(path))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// Everything a thief of the database would hold: every row of every table as text and, on
/// SQLite, the database and WAL files' bytes.
pub async fn stored_bytes(app: &TestApp) -> String {
    let mut all = String::new();
    for table in lumen_store::testing::dump_all_tables(&app.store)
        .await
        .unwrap()
    {
        for row in table.rows {
            all.push_str(&row);
            all.push('\n');
        }
    }
    if let Some(dir) = &app.db.dir {
        for name in ["lumen.db", "lumen.db-wal"] {
            if let Ok(bytes) = std::fs::read(dir.path().join(name)) {
                all.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
    }
    all
}

/// The page a public form answered with: a redirect (`303`, as after filing a report) is
/// followed once, without cookies, as a browser would; its status and body. The redirect must
/// set no cookie.
pub async fn followed(app: &TestApp, res: reqwest::Response) -> (u16, String) {
    if res.status() != 303 {
        return (res.status().as_u16(), res.text().await.unwrap());
    }
    assert!(
        res.headers().get("set-cookie").is_none(),
        "the public area sets no cookie"
    );
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    let res = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .get(app.url(&location))
        .send()
        .await
        .unwrap();
    (res.status().as_u16(), res.text().await.unwrap())
}

/// The path of a redirect's `Location`, without its query (the `done=` banner code).
pub fn path_of(location: &str) -> &str {
    location.split('?').next().unwrap_or(location)
}
