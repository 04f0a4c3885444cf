//! What the server answers on the wire: errors in the user's language, limits, headers,
//! health, metrics, static files, the audit view, and an unreachable database.

use crate::support;
use crate::support::spawn_app;
use lumen_store::testing::{TestDb, fresh};
use lumen_store::{DatabaseUrl, Store};
use lumen_web::{AppState, AuthSettings, ServerSettings};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use tokio::net::{TcpListener, TcpStream};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn errors_speak_the_users_language() {
    let app = spawn_app(TestDb::Sqlite).await.unwrap();
    let client = app.client();
    for (lang, text) in [
        ("fr", "Page introuvable"),
        ("nl", "Pagina niet gevonden"),
        ("en", "Page not found"),
    ] {
        let res = client
            .get(app.url("/no/such/page"))
            .header("accept-language", lang)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 404);
        let body = res.text().await.unwrap();
        assert!(body.contains(text), "{lang}");
        assert!(body.contains(&format!("lang=\"{lang}\"")));
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_malformed_form_names_the_field() {
    let app = spawn_app(TestDb::Sqlite).await.unwrap();
    let client = app.signed_in("admin").await;
    let csrf = app.csrf(&client, "/staff/admin/units").await;
    let before = app.store.list_units().await.unwrap().len();
    let (status, _, body) = support::post_form(
        &app,
        &client,
        "/staff/admin/units",
        &[("code", "x1"), ("name", "X")],
    )
    .await;
    assert_eq!(status, 400);
    assert!(body.contains("The field “Kind” is missing"));
    let res = client
        .post(app.url("/staff/admin/units"))
        .header("accept-language", "nl")
        .form(&[
            ("csrf", csrf.as_str()),
            ("code", "x"),
            ("name", "X"),
            ("kind", "other"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("De code telt 2 tot 32 tekens")
    );
    assert_eq!(app.store.list_units().await.unwrap().len(), before);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_oversized_body_is_refused() {
    let app = spawn_app(TestDb::Sqlite).await.unwrap();
    let client = app.client();
    let csrf = app.csrf(&client, "/staff/sign-in").await;
    let big = "x".repeat(40 * 1024);
    let res = client
        .post(app.url("/staff/sign-in"))
        .header("accept-language", "en")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", big.as_str()),
            ("password", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 413);
    assert!(res.text().await.unwrap().contains("Too much data"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pages_carry_security_headers_and_static_files_are_cached() {
    let app = spawn_app(TestDb::Sqlite).await.unwrap();
    let client = app.client();
    let res = client
        .get(app.url("/staff/sign-in"))
        .header("accept-encoding", "gzip")
        .send()
        .await
        .unwrap();
    let h = res.headers().clone();
    let csp = h["content-security-policy"].to_str().unwrap();
    assert!(csp.contains("frame-ancestors 'none'") && !csp.contains("unsafe-inline"));
    assert_eq!(h["referrer-policy"], "no-referrer");
    assert_eq!(h["x-content-type-options"], "nosniff");
    assert!(h.contains_key("permissions-policy"));
    assert_eq!(h["content-encoding"], "gzip");
    let cookie = h["set-cookie"].to_str().unwrap();
    assert!(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"));
    let html = client
        .get(app.url("/staff/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let css = html
        .split("rel=\"stylesheet\" href=\"")
        .nth(1)
        .unwrap()
        .split('"')
        .next()
        .unwrap()
        .to_owned();
    assert!(
        css.starts_with("/static/css/lumen.") && css.len() > "/static/css/lumen.css".len(),
        "hashed name"
    );
    let res = client.get(app.url(&css)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.headers()["cache-control"]
            .to_str()
            .unwrap()
            .contains("immutable")
    );
    assert!(
        res.headers()["content-type"]
            .to_str()
            .unwrap()
            .starts_with("text/css")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn health_and_metrics() {
    let app = spawn_app(TestDb::Sqlite).await.unwrap();
    let client = app.client();
    assert_eq!(
        client
            .get(app.url("/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );
    let _ = client
        .get(app.url("/staff/admin/users/0190a1b2-0000-7000-8000-000000000000"))
        .send()
        .await
        .unwrap();
    let text = app.metrics_text().await;
    assert!(
        text.contains(
            "lumen_http_requests_total{method=\"GET\",route=\"/healthz\",status=\"200\"} 1"
        )
    );
    assert!(
        text.contains("route=\"/staff/admin/users/{id}\""),
        "route templates, never concrete ids"
    );
    assert!(!text.contains("0190a1b2"));
    assert!(text.contains("lumen_http_request_duration_seconds_bucket"));
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn supervisors_page_and_filter_the_audit_log() {
    let app = spawn_app(TestDb::Sqlite).await.unwrap();
    let client = app.signed_in("supervisor").await;
    let page = client
        .get(app.url("/staff/audit?action=user.create"))
        .header("accept-language", "en")
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("8 entries."),
        "the demo accounts were created"
    );
    let page = client
        .get(app.url("/staff/audit"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("auth.sign_in"));
    let res = client
        .get(app.url("/staff/audit?from=yesterday"))
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 400);
}

/// A TCP relay to PostgreSQL that can be cut, to play a database outage.
async fn relay(target: String, up: Arc<AtomicBool>) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let addr = listener.local_addr().unwrap().to_string();
    tokio::spawn(async move {
        loop {
            let Ok((mut inbound, _)) = listener.accept().await else {
                return;
            };
            if !up.load(Ordering::SeqCst) {
                continue;
            }
            let target = target.clone();
            let up = up.clone();
            tokio::spawn(async move {
                let Ok(mut outbound) = TcpStream::connect(target).await else {
                    return;
                };
                tokio::select! {
                    _ = tokio::io::copy_bidirectional(&mut inbound, &mut outbound) => {}
                    _ = async { while up.load(Ordering::SeqCst) { tokio::time::sleep(std::time::Duration::from_millis(20)).await } } => {}
                }
            });
        }
    });
    addr
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_database_outage_gives_503_and_the_server_recovers() {
    let Some(db) = fresh(TestDb::Postgres).await else {
        return;
    };
    let accounts = lumen_app::demo::seed(&db.store).await.unwrap();
    let DatabaseUrl::Postgres(url) = db.options.url.clone() else {
        unreachable!()
    };
    let hostport = url
        .split('@')
        .nth(1)
        .unwrap()
        .split('/')
        .next()
        .unwrap()
        .to_owned();
    let up = Arc::new(AtomicBool::new(true));
    let relay_addr = relay(hostport.clone(), up.clone()).await;
    let mut options = db.options.clone();
    options.url = DatabaseUrl::parse(&url.replace(&hostport, &relay_addr)).unwrap();
    options.acquire_timeout = std::time::Duration::from_secs(1);
    let store =
        lumen_store::testing::with_keys_of(Store::connect(options).await.unwrap(), &db.store);
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = ServerSettings {
        secure_cookies: false,
        ..Default::default()
    };
    let state = AppState::new(store, server, AuthSettings::default());
    tokio::spawn(lumen_web::serve(state, listener, std::future::pending()));
    let client = reqwest::Client::builder()
        .cookie_store(true)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    assert_eq!(
        client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        200
    );

    up.store(false, Ordering::SeqCst);
    tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    assert_eq!(
        client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap()
            .status(),
        503
    );
    let html = client
        .get(format!("{base}/staff/sign-in"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let csrf = support::extract_csrf(&html).unwrap();
    let a = &accounts[0];
    let res = client
        .post(format!("{base}/staff/sign-in"))
        .header("accept-language", "en")
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", a.email.as_str()),
            ("password", a.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 503);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("The database is not answering")
    );

    up.store(true, Ordering::SeqCst);
    let mut healthy = false;
    for _ in 0..50 {
        if client
            .get(format!("{base}/healthz"))
            .send()
            .await
            .unwrap()
            .status()
            == 200
        {
            healthy = true;
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    assert!(healthy, "the server recovers when the database is back");
    let res = client
        .post(format!("{base}/staff/sign-in"))
        .form(&[
            ("csrf", csrf.as_str()),
            ("email", a.email.as_str()),
            ("password", a.password.as_str()),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
}
