//! The whole journey of a public report in a real browser (headless Chromium over WebDriver),
//! without any e-mail: a person files a report with a picture, writes down the receipt, an
//! investigator reads the report (picture included) and replies, and the person comes back with
//! the receipt and reads the reply. Once in Arabic with scripts off, using the keyboard alone,
//! and once in French with scripts on, using the mouse. Each runs on SQLite and on PostgreSQL.

use crate::support;

use crate::browser::{Scripts, Viewport, text_of, wait_for, with_browser_scripts};
use crate::support::{TestApp, spawn_app};
use fantoccini::Client;
use fantoccini::actions::{InputSource, KeyAction, KeyActions};
use fantoccini::key::Key;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(
    arabic_keyboard_only_without_scripts_files_with_a_picture_and_reads_the_reply,
    french_with_scripts_files_with_a_picture_and_reads_the_reply,
);

/// How many Tab presses may separate two stops in a form.
const MAX_TABS: usize = 80;

/// A small photo-like PNG in a temporary folder.
fn picture(dir: &tempfile::TempDir) -> String {
    let img = image::RgbImage::from_fn(64, 48, |x, y| {
        image::Rgb([(x * 4) as u8, (y * 5) as u8, ((x + y) * 2) as u8])
    });
    let path = dir.path().join("van.png");
    img.save(&path).unwrap();
    path.display().to_string()
}

async fn js(c: &Client, script: &str) -> serde_json::Value {
    c.execute(script, vec![]).await.expect("script runs")
}

/// Whether the focused element matches `css`.
async fn focused(c: &Client, css: &str) -> bool {
    let script = format!(
        "return !!document.activeElement && document.activeElement.matches({});",
        serde_json::to_string(css).unwrap()
    );
    js(c, &script).await == serde_json::Value::Bool(true)
}

/// Presses one key on the keyboard, as a person would: it goes to whatever has the focus.
async fn key(c: &Client, k: char) {
    let actions = KeyActions::new("keyboard".into())
        .then(KeyAction::Down { value: k })
        .then(KeyAction::Up { value: k });
    c.perform_actions(actions).await.expect("key pressed");
}

/// Types text (or, for a file field, hands it the path) into the focused element.
async fn press(c: &Client, keys: &str) {
    c.active_element()
        .await
        .expect("an active element")
        .send_keys(keys)
        .await
        .expect("keys sent");
}

/// Presses Tab until the element matching `css` has the focus.
async fn tab_to(c: &Client, css: &str) {
    for _ in 0..MAX_TABS {
        if focused(c, css).await {
            return;
        }
        key(c, Key::Tab.into()).await;
    }
    panic!("`{css}` cannot be reached with the Tab key");
}

/// Waits until the browser shows a page whose path starts with `path`.
async fn wait_path(c: &Client, path: &str) {
    for _ in 0..400 {
        if c.current_url().await.unwrap().path().starts_with(path) {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    panic!("the browser never reached {path}");
}

/// The thread as the person reads it, once the follow-up page shows the report's status and
/// that a picture was sent.
async fn thread_text(c: &Client) -> String {
    wait_for(c, "#report-status").await;
    wait_for(c, "#images-sent").await;
    text_of(c, "#thread").await
}

/// The receipt's digits as shown, once the receipt page is there.
async fn shown_receipt(c: &Client) -> String {
    text_of(c, "#receipt").await.trim().to_owned()
}

/// The investigator opens the newest report, sees its picture, and replies.
async fn investigator_replies(app: &TestApp, story: &str, reply: &str) {
    let investigator = app.signed_in("investigator").await;
    let (status, inbox) = support::get_page(app, &investigator, "/staff/reports").await;
    assert_eq!(status, 200);
    assert!(inbox.contains(story), "the inbox shows the report");
    let at = inbox.find("href=\"/staff/reports/").unwrap() + "href=\"".len();
    let path = inbox[at..at + inbox[at..].find('"').unwrap()].to_owned();
    let (status, page) = support::get_page(app, &investigator, &path).await;
    assert_eq!(status, 200);
    assert!(page.contains(story), "the investigator reads the report");
    let image_at = page.find("/images/").expect("the picture is shown");
    let src_start = page[..image_at].rfind('"').unwrap() + 1;
    let src = &page[src_start..image_at + page[image_at..].find('"').unwrap()];
    let res = investigator.get(app.url(src)).send().await.unwrap();
    assert_eq!(res.status(), 200);
    let bytes = res.bytes().await.unwrap();
    let decoded = image::load_from_memory(&bytes).expect("the stored picture decodes");
    assert_eq!((decoded.width(), decoded.height()), (64, 48));
    let (status, _, _) = support::post_form(
        app,
        &investigator,
        &format!("{path}/reply"),
        &[("message", reply)],
    )
    .await;
    assert_eq!(status, 303, "the reply is sent");
}

async fn arabic_keyboard_only_without_scripts_files_with_a_picture_and_reads_the_reply(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let base = app.url("");
    let folder = tempfile::tempdir().unwrap();
    let photo = picture(&folder);
    let story = "رأيت شابة تعمل ليلًا في مغسلة سيارات Korvalane";
    let (tx, rx) = tokio::sync::oneshot::channel::<String>();
    let (reply_tx, reply_rx) = tokio::sync::oneshot::channel::<()>();
    let reply = "شكرًا، نحن نتابع الأمر Velmarsh";
    let steps = {
        let base = base.clone();
        let story = story.to_owned();
        move |c: Client| async move {
            c.goto(&format!("{base}/?lang=ar")).await.unwrap();
            assert_eq!(js(&c, "return document.documentElement.dir;").await, "rtl");
            // Scripts are off: Escape pressed three times (which leaves with scripts on) does
            // nothing, and the escape link stays a plain link.
            for _ in 0..3 {
                key(&c, Key::Escape.into()).await;
            }
            tokio::time::sleep(std::time::Duration::from_secs(1)).await;
            assert_eq!(c.current_url().await.unwrap().path(), "/");
            // The escape link is the first stop of the keyboard.
            key(&c, Key::Tab.into()).await;
            assert!(focused(&c, "#escape").await, "escape comes first");
            tab_to(&c, "a[href^='/report']").await;
            key(&c, Key::Enter.into()).await;
            wait_for(&c, "form.report-form").await;
            tab_to(&c, "input[name=filed_by][value=witness]").await;
            key(&c, ' ').await;
            tab_to(&c, "input[name=form_labour]").await;
            key(&c, ' ').await;
            tab_to(&c, "#text").await;
            press(&c, &story).await;
            tab_to(&c, "#images").await;
            // A file is chosen in the browser's own file dialog; WebDriver hands the path
            // to the focused file field in its place.
            press(&c, &photo).await;
            tab_to(&c, "#report-submit").await;
            key(&c, Key::Enter.into()).await;
            let receipt = shown_receipt(&c).await;
            assert_eq!(js(&c, "return document.documentElement.lang;").await, "ar");
            tab_to(&c, "#receipt-written").await;
            key(&c, ' ').await;
            tab_to(&c, "#receipt-done").await;
            key(&c, Key::Enter.into()).await;
            wait_path(&c, "/report/done").await;
            assert!(
                c.get_all_cookies().await.unwrap().is_empty(),
                "no cookie is left behind"
            );
            tx.send(receipt.clone()).unwrap();
            reply_rx.await.unwrap();
            // Coming back another day: from the page's links, with the receipt.
            c.goto(&format!("{base}/?lang=ar")).await.unwrap();
            tab_to(&c, "a[href^='/follow-up']").await;
            key(&c, Key::Enter.into()).await;
            wait_path(&c, "/follow-up").await;
            tab_to(&c, "input#receipt").await;
            press(&c, &receipt).await;
            key(&c, Key::Enter.into()).await;
            let thread = thread_text(&c).await;
            assert!(
                c.get_all_cookies().await.unwrap().is_empty(),
                "still no cookie"
            );
            thread
        }
    };
    let (thread_tx, thread_rx) = tokio::sync::oneshot::channel::<String>();
    let browser = tokio::spawn(with_browser_scripts(
        Viewport::Narrow,
        Scripts::Off,
        move |c| async move {
            let thread = steps(c).await;
            let _ = thread_tx.send(thread);
        },
    ));
    let Ok(receipt) = rx.await else {
        // The browser was skipped (SKIP_BROWSER_TESTS=1) or failed before the receipt.
        browser.await.unwrap();
        return;
    };
    assert!(receipt.chars().filter(char::is_ascii_digit).count() >= 20);
    investigator_replies(&app, "Korvalane", reply).await;
    reply_tx.send(()).unwrap();
    browser.await.unwrap();
    let thread = thread_rx.await.unwrap();
    assert!(thread.contains(reply), "the reply is read: {thread}");
}

async fn french_with_scripts_files_with_a_picture_and_reads_the_reply(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let base = app.url("");
    let folder = tempfile::tempdir().unwrap();
    let photo = picture(&folder);
    let story = "Une camionnette blanche dépose des ouvriers à 5 h, Ostravel";
    let reply = "Merci, pouvez-vous préciser la rue ? Brennick";
    let (tx, rx) = tokio::sync::oneshot::channel::<String>();
    let (reply_tx, reply_rx) = tokio::sync::oneshot::channel::<()>();
    let (thread_tx, thread_rx) = tokio::sync::oneshot::channel::<String>();
    let browser = tokio::spawn(with_browser_scripts(
        Viewport::Phone,
        Scripts::On,
        move |c: Client| async move {
            c.goto(&format!("{base}/?lang=fr")).await.unwrap();
            assert_eq!(
                js(&c, "return typeof window.fetch;").await,
                "function",
                "scripts run"
            );
            wait_for(&c, "a[href^='/report']")
                .await
                .click()
                .await
                .unwrap();
            wait_for(&c, "input[name=filed_by][value=witness]")
                .await
                .click()
                .await
                .unwrap();
            wait_for(&c, "input[name=form_labour]")
                .await
                .click()
                .await
                .unwrap();
            wait_for(&c, "#text").await.send_keys(story).await.unwrap();
            wait_for(&c, "#images")
                .await
                .send_keys(&photo)
                .await
                .unwrap();
            wait_for(&c, "#report-submit").await.click().await.unwrap();
            let receipt = shown_receipt(&c).await;
            wait_for(&c, "#receipt-written")
                .await
                .click()
                .await
                .unwrap();
            wait_for(&c, "#receipt-done").await.click().await.unwrap();
            wait_path(&c, "/report/done").await;
            tx.send(receipt.clone()).unwrap();
            reply_rx.await.unwrap();
            c.goto(&format!("{base}/follow-up?lang=fr")).await.unwrap();
            wait_for(&c, "input#receipt")
                .await
                .send_keys(&receipt)
                .await
                .unwrap();
            wait_for(&c, "#follow-up-submit")
                .await
                .click()
                .await
                .unwrap();
            let thread = thread_text(&c).await;
            let _ = thread_tx.send(thread);
        },
    ));
    let Ok(receipt) = rx.await else {
        browser.await.unwrap();
        return;
    };
    assert!(receipt.chars().filter(char::is_ascii_digit).count() >= 20);
    investigator_replies(&app, "Ostravel", reply).await;
    reply_tx.send(()).unwrap();
    browser.await.unwrap();
    let thread = thread_rx.await.unwrap();
    assert!(thread.contains(reply), "the reply is read: {thread}");
}
