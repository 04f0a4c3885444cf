//! Receipt guessing is limited per source and for the whole site (issue 3, point 6), on SQLite
//! and PostgreSQL: failed follow-ups use up a source's attempts, after which it gets a
//! translated 429 page without its receipt being looked at; other sources still open their
//! reports until the site's own limit; a trusted proxy header is ignored unless configured.
//! Report filings are limited per source the same way, the typed text kept. A wrong receipt
//! comes back in its field, with an error summary linking to it.

use crate::support;
use lumen_domain::audit::AuditAction;
use lumen_store::testing::{TestDb, fresh};
use lumen_web::{AppState, AuthSettings, PublicSettings, ServerSettings};

lumen_store::on_both_databases!(
    failed_receipts_are_limited_per_source_then_for_the_site,
    the_forwarded_address_counts_only_behind_a_trusted_proxy,
    one_source_files_a_few_reports_then_waits_with_its_text_kept,
);

const WRONG: &str = "1111-2222-3333-4444-5555";

struct App {
    base: String,
    _db: lumen_store::testing::FreshDb,
    client: reqwest::Client,
}

async fn start(db: TestDb, proxy_header: &str) -> Option<App> {
    let db = fresh(db).await?;
    let server = ServerSettings {
        secure_cookies: false,
        trusted_proxy_header: proxy_header.into(),
        ..Default::default()
    };
    let public = PublicSettings {
        receipt_attempts_source_burst: 3,
        receipt_attempts_source_per_hour: 0,
        receipt_attempts_global_burst: 6,
        receipt_attempts_global_per_hour: 0,
        ..Default::default()
    };
    let state = AppState::new(db.store.clone(), server, AuthSettings::default())
        .with_reports(support::test_report_keys())
        .with_public(public);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    tokio::spawn(lumen_web::serve(state, listener, std::future::pending()));
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    Some(App {
        base,
        _db: db,
        client,
    })
}

impl App {
    async fn file(&self) -> String {
        let res = self
            .client
            .post(format!("{}/report", self.base))
            .form(&[
                ("lang", "en"),
                ("filed_by", "witness"),
                ("form_unsure", "1"),
                ("minor", "unknown"),
                ("text", "Something at the car wash"),
                ("contact", "none"),
            ])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303);
        let location = res.headers()["location"].to_str().unwrap().to_owned();
        let html = self
            .client
            .get(format!("{}{location}", self.base))
            .send()
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        let at = html.find("id=\"receipt\">").expect("receipt shown") + "id=\"receipt\">".len();
        html[at..at + html[at..].find('<').unwrap()].to_owned()
    }

    /// Follows up from `source` (sent as `X-Forwarded-For`); returns status, `Retry-After` and
    /// body.
    async fn follow_up(&self, source: &str, lang: &str, receipt: &str) -> (u16, String, String) {
        let res = self
            .client
            .post(format!("{}/follow-up", self.base))
            .header("x-forwarded-for", format!("10.9.9.9, {source}"))
            .form(&[("lang", lang), ("receipt", receipt)])
            .send()
            .await
            .unwrap();
        let status = res.status().as_u16();
        assert!(res.headers().get("set-cookie").is_none());
        let retry = res
            .headers()
            .get("retry-after")
            .map(|v| v.to_str().unwrap().to_owned())
            .unwrap_or_default();
        (status, retry, res.text().await.unwrap())
    }
}

fn opened(html: &str) -> bool {
    html.contains("name=\"message\"")
}

async fn failed_receipts_are_limited_per_source_then_for_the_site(db: TestDb) {
    let Some(app) = start(db, "X-Forwarded-For").await else {
        return;
    };
    let (mine, other) = (app.file().await, app.file().await);
    // Opening one's report does not count, however often.
    for _ in 0..5 {
        let (status, _, html) = app.follow_up("198.51.100.1", "en", &mine).await;
        assert_eq!(status, 200);
        assert!(opened(&html));
    }
    // Three failures (wrong, malformed, too long) use up source A.
    for typed in [WRONG, "12-ab", &"9".repeat(200)] {
        let (status, _, html) = app.follow_up("198.51.100.1", "en", typed).await;
        assert_eq!(status, 200);
        assert!(html.contains("id=\"receipt-unknown\""));
        // What was typed stays in the field (cut to the field's length), the summary links to it.
        let kept: String = typed.chars().take(64).collect();
        assert!(
            html.contains(&format!("value=\"{kept}\"")),
            "a wrong receipt keeps what was typed"
        );
        assert!(html.contains("<a href=\"#receipt\">") && html.contains("aria-invalid=\"true\""));
    }
    // Then even the right receipt is not looked at, and the page says why, translated.
    let (status, retry, html) = app.follow_up("198.51.100.1", "en", &mine).await;
    assert_eq!(status, 429);
    assert_eq!(retry, "600");
    assert!(!opened(&html));
    assert!(html.contains("id=\"too-many-attempts\"") && html.contains("try again later"));
    assert!(
        !html.contains(&format!("value=\"{mine}\"")),
        "a limited page shows no receipt"
    );
    let (_, _, wrong_page) = app.follow_up("198.51.100.1", "en", WRONG).await;
    assert_eq!(wrong_page, html, "the same answer whatever the receipt");
    let (status, _, fr) = app.follow_up("198.51.100.1", "fr", WRONG).await;
    assert_eq!(status, 429);
    assert!(fr.contains("réessayez plus tard"), "French");
    let (_, _, nl) = app.follow_up("198.51.100.1", "nl", WRONG).await;
    assert!(nl.contains("probeer het later opnieuw"), "Dutch");

    // Another source still opens its report after A's burst.
    let (status, _, html) = app.follow_up("198.51.100.2", "en", &other).await;
    assert_eq!(status, 200);
    assert!(opened(&html));
    // Sources B and C fail three more times: the site's six are used up ...
    for source in ["198.51.100.2", "198.51.100.2", "198.51.100.3"] {
        assert_eq!(app.follow_up(source, "en", WRONG).await.0, 200);
    }
    // ... so a fresh source with a right receipt now waits too.
    let (status, _, html) = app.follow_up("198.51.100.4", "en", &other).await;
    assert_eq!(status, 429);
    assert!(!opened(&html));
}

async fn the_forwarded_address_counts_only_behind_a_trusted_proxy(db: TestDb) {
    let Some(app) = start(db, "").await else {
        return;
    };
    let receipt = app.file().await;
    // Without a trusted header every request is 127.0.0.1, whatever it claims.
    for (i, source) in ["192.0.2.1", "192.0.2.2", "192.0.2.3"].iter().enumerate() {
        let (status, _, _) = app.follow_up(source, "en", WRONG).await;
        assert_eq!(status, 200, "attempt {i}");
    }
    let (status, _, _) = app.follow_up("192.0.2.4", "en", &receipt).await;
    assert_eq!(
        status, 429,
        "a forged X-Forwarded-For does not buy new attempts"
    );
}

async fn one_source_files_a_few_reports_then_waits_with_its_text_kept(db: TestDb) {
    let Some(app) = start(db, "").await else {
        return;
    };
    // The default limit: five reports in a row from one source.
    for i in 0..5 {
        assert!(!app.file().await.is_empty(), "report {i} is filed");
    }
    let count = || async {
        let ev = lumen_domain::audit::AuditEvent::new(AuditAction::ReportList, None);
        app._db.store.list_reports(0, 1, ev).await.unwrap().1
    };
    let before = count().await;
    let res = app
        .client
        .post(format!("{}/report", app.base))
        .form(&[
            ("lang", "en"),
            ("filed_by", "witness"),
            ("form_labour", "1"),
            ("minor", "unknown"),
            ("text", "Mirela works nights at the car wash"),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 429);
    assert!(res.headers().contains_key("retry-after"));
    let html = res.text().await.unwrap();
    assert!(html.contains("Many reports have arrived from this connection"));
    assert!(
        html.contains("Mirela works nights at the car wash"),
        "the text is kept"
    );
    assert_eq!(count().await, before, "nothing stored");
}
