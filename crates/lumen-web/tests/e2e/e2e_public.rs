//! The public area in a real browser (headless Chromium over WebDriver): axe-core finds no
//! accessibility violation on any public page in French, Dutch, English and Arabic; at 360 px
//! no page scrolls sideways, and on a 360 × 640 phone the home page's "report" button is on the
//! first screen in every language; with JavaScript the escape link leaves without leaving a history
//! entry behind, and so does pressing Escape three times. Each scenario runs on SQLite and on
//! PostgreSQL.

use crate::support;

use crate::browser::{Viewport, axe_violations, present, text_of, wait_for, with_browser};
use fantoccini::Client;
use lumen_store::testing::{FreshDb, TestDb, fresh};
use lumen_web::{AppState, AuthSettings, ServerSettings};
use serde_json::Value;
use std::time::Duration;
use tokio::sync::oneshot;

lumen_store::on_both_databases!(
    axe_finds_no_violation_on_any_public_page,
    no_public_page_scrolls_sideways_at_360_pixels,
    escape_link_leaves_without_a_way_back,
    escape_pressed_three_times_leaves_without_a_way_back,
);

/// The languages checked.
const LANGS: [&str; 4] = ["fr", "nl", "en", "ar"];

/// The pages that need nothing but an address.
const PAGES: [&str; 7] = [
    "/",
    "/report",
    "/follow-up",
    "/what-happens",
    "/what-we-keep",
    "/your-rights",
    "/emergency",
];

/// The application, its escape link leading to its own `/healthz` (a neutral local page).
struct PublicApp {
    base: String,
    _db: FreshDb,
    shutdown: Option<oneshot::Sender<()>>,
}

impl Drop for PublicApp {
    fn drop(&mut self) {
        if let Some(tx) = self.shutdown.take() {
            let _ = tx.send(());
        }
    }
}

async fn spawn_public_app(db: TestDb) -> Option<PublicApp> {
    let db = fresh(db).await?;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let server = ServerSettings {
        secure_cookies: false,
        ..Default::default()
    };
    let keys = support::test_report_keys().with_escape_url(format!("{base}/healthz"));
    let state = AppState::new(db.store.clone(), server, AuthSettings::default()).with_reports(keys);
    let (tx, rx) = oneshot::channel::<()>();
    tokio::spawn(lumen_web::serve(state, listener, async move {
        let _ = rx.await;
    }));
    Some(PublicApp {
        base,
        _db: db,
        shutdown: Some(tx),
    })
}

async fn goto(c: &Client, url: &str) {
    c.goto(url)
        .await
        .unwrap_or_else(|e| panic!("{url} opens: {e}"));
    wait_for(c, "#escape").await;
}

async fn path(c: &Client) -> String {
    c.current_url().await.expect("address").path().to_owned()
}

/// Checks the page shown and adds its violations to `problems`.
async fn check(c: &Client, what: &str, problems: &mut Vec<String>) {
    for v in axe_violations(c).await {
        problems.push(format!("{what}: {v}"));
    }
}

/// Files a report in `lang` through the form and returns the receipt shown.
async fn file_report(c: &Client, base: &str, lang: &str) -> String {
    goto(c, &format!("{base}/report?lang={lang}")).await;
    wait_for(c, "input[name=filed_by][value=witness]")
        .await
        .click()
        .await
        .expect("witness chosen");
    wait_for(c, "#text")
        .await
        .send_keys("Une fenêtre rue d'Aerschot, toujours la même personne. نص بالعربية")
        .await
        .expect("text typed");
    wait_for(c, "#report-submit")
        .await
        .click()
        .await
        .expect("report sent");
    text_of(c, "#receipt").await
}

async fn axe_finds_no_violation_on_any_public_page(db: TestDb) {
    let Some(app) = spawn_public_app(db).await else {
        return;
    };
    let base = app.base.clone();
    with_browser(Viewport::Desktop, |c| async move {
        let mut problems = Vec::new();
        for lang in LANGS {
            for page in PAGES {
                goto(&c, &format!("{base}{page}?lang={lang}")).await;
                check(&c, &format!("{page} [{lang}]"), &mut problems).await;
            }
            for page in ["/victim-info", &format!("/victim-info/{lang}")] {
                goto(&c, &format!("{base}{page}")).await;
                check(&c, &format!("{page} [{lang}]"), &mut problems).await;
            }

            // The form sent empty comes back with its messages.
            goto(&c, &format!("{base}/report?lang={lang}")).await;
            wait_for(&c, "#report-submit").await.click().await.unwrap();
            wait_for(&c, "#report-errors").await;
            check(&c, &format!("report with errors [{lang}]"), &mut problems).await;

            // A receipt that is not known.
            goto(&c, &format!("{base}/follow-up?lang={lang}")).await;
            wait_for(&c, "#receipt")
                .await
                .send_keys("1234 5678 9012 3456 7890")
                .await
                .unwrap();
            wait_for(&c, "#follow-up-submit")
                .await
                .click()
                .await
                .unwrap();
            wait_for(&c, "#receipt-unknown").await;
            check(&c, &format!("unknown receipt [{lang}]"), &mut problems).await;

            // A real report: the receipt page, the thank-you page, the thread.
            let receipt = file_report(&c, &base, lang).await;
            check(&c, &format!("receipt [{lang}]"), &mut problems).await;
            wait_for(&c, "#receipt-written")
                .await
                .click()
                .await
                .unwrap();
            wait_for(&c, "#receipt-done").await.click().await.unwrap();
            wait_for(&c, "main a[href^='/follow-up']").await;
            assert_eq!(path(&c).await, "/report/done");
            check(&c, &format!("done [{lang}]"), &mut problems).await;
            goto(&c, &format!("{base}/follow-up?lang={lang}")).await;
            wait_for(&c, "#receipt")
                .await
                .send_keys(&receipt)
                .await
                .unwrap();
            wait_for(&c, "#follow-up-submit")
                .await
                .click()
                .await
                .unwrap();
            wait_for(&c, "#report-status").await;
            check(&c, &format!("thread [{lang}]"), &mut problems).await;
        }
        assert!(
            problems.is_empty(),
            "axe-core found violations:\n{}",
            problems.join("\n")
        );
    })
    .await;
}

/// The widths of the page shown when something sticks out sideways on it at 360 px.
async fn sideways(c: &Client) -> Option<Value> {
    crate::browser::sideways_at(c, 360).await
}

/// Where the home page's main call to action ends, and the height of the window.
async fn call_to_action_bottom(c: &Client) -> (f64, f64) {
    let v: Value = c
        .execute(
            r#"const r = document.getElementById("landing-report").getBoundingClientRect();
            return [r.bottom, window.innerHeight];"#,
            vec![],
        )
        .await
        .expect("call to action measured");
    (v[0].as_f64().unwrap(), v[1].as_f64().unwrap())
}

async fn no_public_page_scrolls_sideways_at_360_pixels(db: TestDb) {
    let Some(app) = spawn_public_app(db).await else {
        return;
    };
    let base = app.base.clone();
    with_browser(Viewport::Narrow, |c| async move {
        let mut problems = Vec::new();
        // Every reporting language: long words (German, Bulgarian) must wrap too.
        for lang in lumen_web::i18n::report_langs().iter().map(|l| l.code) {
            let mut pages: Vec<String> = PAGES.iter().map(|p| format!("{p}?lang={lang}")).collect();
            pages.push(format!("/victim-info/{lang}"));
            for page in pages {
                goto(&c, &format!("{base}{page}")).await;
                if let Some(p) = sideways(&c).await {
                    problems.push(format!("{page} scrolls sideways: {p}"));
                }
                if page.starts_with("/?") {
                    let (bottom, height) = call_to_action_bottom(&c).await;
                    if bottom > height {
                        problems.push(format!(
                            "{page}: the report button ends at {bottom} px, below the first {height} px"
                        ));
                    }
                }
            }
        }
        for lang in ["ar", "fr"] {
            // The receipt, the longest unbreakable text of the public area.
            file_report(&c, &base, lang).await;
            if let Some(p) = sideways(&c).await {
                problems.push(format!("receipt [{lang}] scrolls sideways: {p}"));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    })
    .await;
}

async fn history_length(c: &Client) -> i64 {
    c.execute("return history.length", vec![])
        .await
        .expect("history length")
        .as_i64()
        .expect("a number")
}

/// Waits until the browser shows `wanted` as its path.
async fn wait_for_path(c: &Client, wanted: &str) {
    for _ in 0..200 {
        if path(c).await == wanted {
            return;
        }
        tokio::time::sleep(Duration::from_millis(25)).await;
    }
    panic!(
        "the browser did not reach {wanted}: it shows {}",
        path(c).await
    );
}

/// Opens the landing page then `page`, and returns the history length on `page`.
async fn visit_two_pages(c: &Client, base: &str, page: &str) -> i64 {
    goto(c, &format!("{base}/?lang=fr")).await;
    goto(c, &format!("{base}{page}")).await;
    let link = wait_for(c, "#escape").await;
    assert_eq!(
        link.attr("href").await.unwrap().as_deref(),
        Some(format!("{base}/healthz").as_str()),
        "without JavaScript the link leads to the neutral page all the same"
    );
    history_length(c).await
}

/// After leaving: the neutral page is shown, no history entry was added, and Back leads to
/// the page before the one that was left, never to it.
async fn assert_left_without_trace(c: &Client, length_before: i64, left: &str) {
    wait_for_path(c, "/healthz").await;
    assert_eq!(
        history_length(c).await,
        length_before,
        "the page left was replaced in the history, not added to"
    );
    c.back().await.expect("back");
    wait_for_path(c, "/").await;
    assert_ne!(path(c).await, left);
    assert!(
        present(c, "#landing-title").await,
        "Back shows the page before"
    );
}

async fn escape_link_leaves_without_a_way_back(db: TestDb) {
    let Some(app) = spawn_public_app(db).await else {
        return;
    };
    let base = app.base.clone();
    with_browser(Viewport::Desktop, |c| async move {
        let before = visit_two_pages(&c, &base, "/your-rights?lang=ar").await;
        wait_for(&c, "#escape")
            .await
            .click()
            .await
            .expect("escape clicked");
        assert_left_without_trace(&c, before, "/your-rights").await;
    })
    .await;
}

async fn escape_pressed_three_times_leaves_without_a_way_back(db: TestDb) {
    let Some(app) = spawn_public_app(db).await else {
        return;
    };
    let base = app.base.clone();
    with_browser(Viewport::Desktop, |c| async move {
        let before = visit_two_pages(&c, &base, "/report?lang=fr").await;
        let field = wait_for(&c, "#place").await;
        const ESCAPE: &str = "\u{E00C}";
        field
            .send_keys(&ESCAPE.repeat(2))
            .await
            .expect("Escape twice");
        tokio::time::sleep(Duration::from_millis(100)).await;
        assert_eq!(path(&c).await, "/report", "twice is not enough");
        field.send_keys(ESCAPE).await.expect("Escape a third time");
        assert_left_without_trace(&c, before, "/report").await;
    })
    .await;
}
