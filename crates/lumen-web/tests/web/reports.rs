//! The public reporting channel end to end over HTTP, on SQLite and PostgreSQL: a report filed
//! without cookies is sealed at rest, readable by an investigator, followed up with the receipt,
//! answered through an encrypted thread; bad forms and bad receipts change nothing.

use crate::support;
use crate::support::spawn_app;
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(
    a_report_is_sealed_at_rest_and_readable_by_an_investigator,
    the_receipt_brings_back_the_status_and_the_reply,
    a_wrong_receipt_gets_the_same_page_as_an_unknown_one,
    an_invalid_form_is_returned_and_nothing_is_stored,
    only_the_thb_section_reads_the_inbox,
    a_reload_never_files_twice_and_the_receipt_speaks_every_language,
    changing_language_keeps_what_was_typed,
);

/// The language buttons of the report form bring the same form back in the chosen language,
/// with everything typed, without checking or filing it.
async fn changing_language_keeps_what_was_typed(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let page = cookieless()
        .get(app.url("/report?lang=en"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        page.contains("form=\"report-form\" name=\"to_lang\" value=\"ro\""),
        "the language choice sends the form"
    );
    let before = app.store.audit_count().await.unwrap();
    let res = cookieless()
        .post(app.url("/report"))
        .form(&[
            ("lang", "en"),
            ("to_lang", "ro"),
            ("filed_by", "witness"),
            ("form_labour", "1"),
            ("place", "Rue de Brabant"),
            ("text", STORY),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    let html = res.text().await.unwrap();
    assert!(html.contains("<html lang=\"ro\""), "now in Romanian");
    assert!(html.contains(STORY) && html.contains("value=\"Rue de Brabant\""));
    assert!(
        html.contains("value=\"witness\" checked")
            && html.contains("name=\"form_labour\" value=\"1\" checked")
    );
    assert!(
        html.contains("name=\"lang\" value=\"ro\""),
        "the form now files in Romanian"
    );
    assert!(
        !html.contains("id=\"report-errors\""),
        "nothing was checked"
    );
    assert_eq!(
        app.store.audit_count().await.unwrap(),
        before,
        "nothing filed"
    );
    let ev = AuditEvent::new(AuditAction::ReportList, None);
    assert_eq!(app.store.list_reports(0, 5, ev).await.unwrap().1, 0);
}

/// After filing, the browser is on the receipt page by a redirect: reloading it files nothing
/// again, and its language links show the same receipt (not an empty form) for a few minutes.
/// A token that names nothing shows no receipt.
async fn a_reload_never_files_twice_and_the_receipt_speaks_every_language(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let res = cookieless()
        .post(app.url("/report"))
        .form(&[
            ("lang", "en"),
            ("filed_by", "witness"),
            ("text", STORY),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    let location = res.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.starts_with("/report/receipt/"), "{location}");
    let ev = || AuditEvent::new(AuditAction::ReportList, None);
    let filed = app.store.list_reports(0, 50, ev()).await.unwrap().1;
    let get = |path: String| {
        let url = app.url(&path);
        async move {
            let res = cookieless().get(url).send().await.unwrap();
            (res.status().as_u16(), res.text().await.unwrap())
        }
    };
    let (status, first) = get(location.clone()).await;
    assert_eq!(status, 200);
    let at = first.find("id=\"receipt\">").unwrap() + "id=\"receipt\">".len();
    let receipt = first[at..at + first[at..].find('<').unwrap()].to_owned();
    let (_, again) = get(location.clone()).await;
    assert!(again.contains(&receipt), "a reload shows the receipt again");
    assert_eq!(
        app.store.list_reports(0, 50, ev()).await.unwrap().1,
        filed,
        "and files nothing"
    );
    assert!(first.contains("id=\"receipt-safety\""), "safety advice");
    assert!(
        first.contains("within 5 working days"),
        "when to expect an answer"
    );

    let token_path = location.split('?').next().unwrap();
    assert!(
        first.contains(&format!("href=\"{token_path}?lang=ro\"")),
        "the language links stay on the receipt"
    );
    let (status, ro) = get(format!("{token_path}?lang=ro")).await;
    assert_eq!(status, 200);
    assert!(ro.contains("<html lang=\"ro\"") && ro.contains(&receipt));

    let (status, unknown) = get(format!("/report/receipt/{}", "ab".repeat(48))).await;
    assert_eq!(status, 404);
    assert!(!unknown.contains("id=\"receipt\""));
    assert!(unknown.contains("id=\"receipt-expired\""));
}

const STORY: &str = "Zwei Frauen schlafen im Hinterzimmer der Werkstatt Quillbrook";
const PHONE: &str = "+32 470 55 11 99";
const PLATE: &str = "1-QZX-742";
const HANDLE: &str = "@quillbrook_jobs";

/// A client with no cookie store: the public area must work without one.
fn cookieless() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

/// Files a report on the public form and returns the receipt shown.
async fn file(app: &support::TestApp) -> String {
    let res = cookieless()
        .post(app.url("/report"))
        .form(&[
            ("lang", "en"),
            ("filed_by", "witness"),
            ("form_labour", "1"),
            ("place", "Rue de Brabant"),
            ("people_count", "2"),
            ("minor", "unknown"),
            ("phones", PHONE),
            ("plates", PLATE),
            ("handles", HANDLE),
            ("text", STORY),
            ("contact", "none"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303, "filing redirects to the receipt page");
    let (status, html) = support::followed(app, res).await;
    assert_eq!(status, 200);
    let at = html.find("id=\"receipt\">").expect("receipt shown") + "id=\"receipt\">".len();
    let receipt = html[at..html[at..].find('<').unwrap() + at].to_owned();
    assert_eq!(receipt.chars().filter(char::is_ascii_digit).count(), 20);
    assert_eq!(
        receipt.matches('-').count(),
        4,
        "digits in groups: {receipt}"
    );
    receipt
}

async fn follow_up(app: &support::TestApp, receipt: &str) -> String {
    let res = cookieless()
        .post(app.url("/follow-up"))
        .form(&[("lang", "en"), ("receipt", receipt)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(res.headers().get("set-cookie").is_none());
    res.text().await.unwrap()
}

fn hex(s: &str) -> String {
    s.bytes().map(|b| format!("{b:02x}")).collect()
}

/// Every byte the database keeps for reports: the SQLite files, or the PostgreSQL rows.
async fn stored_bytes(app: &support::TestApp) -> Vec<u8> {
    match &app.db.dir {
        Some(dir) => {
            let mut all = Vec::new();
            for entry in std::fs::read_dir(dir.path()).unwrap().flatten() {
                all.extend(std::fs::read(entry.path()).unwrap());
            }
            all
        }
        None => {
            let mut text = String::new();
            for table in ["reports", "report_messages", "audit_log"] {
                text.push_str(
                    &lumen_store::testing::postgres_rows_as_text(&app.store, table)
                        .await
                        .unwrap(),
                );
            }
            text.into_bytes()
        }
    }
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

async fn a_report_is_sealed_at_rest_and_readable_by_an_investigator(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let receipt = file(&app).await;
    let reply = "Merci, nous examinons Quillbrook";
    let investigator = app.signed_in("investigator").await;
    let inbox = investigator
        .get(app.url("/staff/reports"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        inbox.contains(STORY),
        "the inbox shows the decrypted summary"
    );
    let at = inbox.find("href=\"/staff/reports/").unwrap() + "href=\"".len();
    let path = inbox[at..at + inbox[at..].find('"').unwrap()].to_owned();
    let audit_before = app.store.audit_count().await.unwrap();
    let page = investigator
        .get(app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    for clear in [STORY, PHONE, PLATE, HANDLE, "Rue de Brabant"] {
        assert!(page.contains(clear), "the investigator reads {clear}");
    }
    assert!(
        page.contains("+32 470 55 11 99 → +32470551199"),
        "the phone as typed and normalised"
    );
    assert!(
        !page.contains(">unknown<"),
        "the answers are translated, not codes"
    );
    assert!(
        page.contains(">Lieu</dt>") && !page.contains("Où ? (facultatif)"),
        "labels are written for staff, not the public questions"
    );
    assert!(
        !page.contains(">Quand</dt>") && !page.contains(">Adresses e-mail</dt>"),
        "fields the reporter left empty are not listed"
    );
    assert!(
        page.contains("id=\"report-language\">English (en)<"),
        "the language is named"
    );
    assert!(
        page.contains("La personne a écrit en English (en) : répondez dans cette langue"),
        "the reply form says which language to reply in"
    );
    assert!(
        page.contains("id=\"report-text\" dir=\"auto\""),
        "the reporter's words take their own direction (Arabic, mixed texts)"
    );
    assert_eq!(app.store.audit_count().await.unwrap(), audit_before + 1);
    let csrf = support::extract_csrf(&page).unwrap();
    let res = investigator
        .post(app.url(&format!("{path}/reply")))
        .form(&[("csrf", csrf.as_str()), ("message", reply)])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 303);
    // The SQLite file and its write-ahead log, or the PostgreSQL rows as text.
    let bytes = stored_bytes(&app).await;
    assert!(bytes.len() > 1000, "the database was read");
    for secret in [
        STORY,
        PHONE,
        PLATE,
        HANDLE,
        "Rue de Brabant",
        reply,
        receipt.as_str(),
    ] {
        assert!(!contains(&bytes, secret), "{secret} is stored in clear");
        assert!(
            !contains(&bytes, &hex(secret)),
            "{secret} is stored in clear (hex)"
        );
    }
    let digits: String = receipt.chars().filter(char::is_ascii_digit).collect();
    assert!(!contains(&bytes, &digits), "the receipt is not stored");
}

async fn the_receipt_brings_back_the_status_and_the_reply(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let receipt = file(&app).await;
    let html = follow_up(&app, &receipt).await;
    assert!(html.contains("id=\"report-status\">Received<"), "{html}");
    assert!(html.contains("id=\"no-messages\""));

    let investigator = app.signed_in("investigator").await;
    let inbox = investigator
        .get(app.url("/staff/reports"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let at = inbox.find("href=\"/staff/reports/").unwrap() + "href=\"".len();
    let path = inbox[at..at + inbox[at..].find('"').unwrap()].to_owned();
    let csrf = app.csrf(&investigator, &path).await;
    for (action, field, value) in [
        ("reply", "message", "Pouvez-vous décrire la camionnette ?"),
        ("status", "status", "in_progress"),
    ] {
        let res = investigator
            .post(app.url(&format!("{path}/{action}")))
            .form(&[("csrf", csrf.as_str()), (field, value)])
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 303, "{action}");
    }
    let html = follow_up(&app, &receipt).await;
    assert!(
        html.contains("id=\"report-status\">Being handled<"),
        "{html}"
    );
    assert!(html.contains("Pouvez-vous décrire la camionnette ?"));

    // The reporter answers; the investigator reads it.
    let res = cookieless()
        .post(app.url("/follow-up/message"))
        .form(&[
            ("lang", "en"),
            ("receipt", receipt.as_str()),
            ("message", "Une camionnette blanche"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(res.status(), 200);
    assert!(
        res.text()
            .await
            .unwrap()
            .contains("Une camionnette blanche")
    );
    let page = investigator
        .get(app.url(&path))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("Une camionnette blanche"));
    // A receipt typed with spaces instead of dashes works too.
    let spaced = receipt.replace('-', " ");
    assert!(
        follow_up(&app, &spaced)
            .await
            .contains("Une camionnette blanche")
    );
}

/// A follow-up page with the typed receipt left out of its field.
fn without_typed_receipt(html: &str) -> String {
    let field = html
        .find("id=\"receipt\" name=\"receipt\"")
        .expect("the receipt field");
    let start = field + html[field..].find("value=\"").unwrap() + "value=\"".len();
    let end = start + html[start..].find('"').unwrap();
    format!("{}{}", &html[..start], &html[end..])
}

async fn a_wrong_receipt_gets_the_same_page_as_an_unknown_one(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let receipt = file(&app).await;
    let mut wrong: Vec<char> = receipt.chars().collect();
    let last = wrong.len() - 1;
    wrong[last] = if wrong[last] == '1' { '2' } else { '1' };
    let wrong: String = wrong.into_iter().collect();
    let unknown = follow_up(&app, "0000-0000-0000-0000-0000").await;
    let garbage = follow_up(&app, "<script>alert(1)</script>").await;
    let wrong = follow_up(&app, &wrong).await;
    assert!(unknown.contains("id=\"receipt-unknown\""));
    // Each page shows back what was typed in the field; beyond that they are the same.
    let unknown = without_typed_receipt(&unknown);
    let garbage = without_typed_receipt(&garbage);
    let wrong = without_typed_receipt(&wrong);
    assert_eq!(unknown, wrong, "a wrong receipt looks like an unknown one");
    assert_eq!(
        unknown, garbage,
        "a malformed receipt looks like an unknown one"
    );
    let res = cookieless()
        .post(app.url("/follow-up/message"))
        .form(&[
            ("lang", "en"),
            ("receipt", "0000-0000-0000-0000-0001"),
            ("message", "x"),
        ])
        .send()
        .await
        .unwrap();
    assert_eq!(without_typed_receipt(&res.text().await.unwrap()), unknown);
}

async fn an_invalid_form_is_returned_and_nothing_is_stored(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let long = "x".repeat(600);
    let cases: [(&str, Vec<(&str, &str)>); 3] = [
        (
            "no filer",
            vec![("lang", "fr"), ("text", "<b>Bonjour</b> les gens")],
        ),
        (
            "place too long",
            vec![
                ("lang", "fr"),
                ("filed_by", "witness"),
                ("place", long.as_str()),
                ("text", "<b>Bonjour</b> les gens"),
            ],
        ),
        (
            "nothing said",
            vec![("lang", "fr"), ("filed_by", "partner"), ("contact", "none")],
        ),
    ];
    for (what, form) in cases {
        let res = cookieless()
            .post(app.url("/report"))
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(res.status(), 400, "{what}");
        let html = res.text().await.unwrap();
        assert!(html.contains("class=\"field-error\""), "{what}: a message");
        assert!(html.contains("lang=\"fr\""), "{what}: in French");
        let summary = &html[html.find("id=\"report-errors\"").expect("an error summary")..];
        let link = summary
            .find("<a href=\"#")
            .expect("the summary links to the field")
            + 10;
        let field = &summary[link..link + summary[link..].find('"').unwrap()];
        assert!(
            html.contains(&format!("id=\"{field}\"")),
            "{what}: the summary's link #{field} leads to a field"
        );
        if what != "nothing said" {
            assert!(
                html.contains("&#60;b&#62;Bonjour&#60;/b&#62; les gens")
                    || html.contains("&lt;b&gt;Bonjour&lt;/b&gt; les gens"),
                "{what}: what was typed comes back, as text"
            );
        }
    }
    let investigator = app.signed_in("investigator").await;
    let inbox = investigator
        .get(app.url("/staff/reports"))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(!inbox.contains("href=\"/staff/reports/"), "nothing stored");
}

async fn only_the_thb_section_reads_the_inbox(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    for (role, status) in [
        ("frontline", 403),
        ("referent", 403),
        ("admin", 403),
        ("analyst", 403),
        ("supervisor", 200),
        ("investigator", 200),
    ] {
        let client = app.signed_in(role).await;
        let res = client.get(app.url("/staff/reports")).send().await.unwrap();
        assert_eq!(res.status(), status, "{role}");
    }
    let res = cookieless()
        .get(app.url("/staff/reports"))
        .send()
        .await
        .unwrap();
    assert_ne!(res.status(), 200, "not without signing in");
}

/// The public pages speak French, Dutch and English from `?lang=`, set no cookie, and put the
/// escape link first and the emergency numbers on every page.
#[tokio::test]
async fn public_pages_have_escape_link_and_emergency_numbers() {
    let Some(app) = spawn_app(TestDb::Sqlite).await else {
        return;
    };
    for path in ["/report", "/follow-up", "/report/done"] {
        for (lang, escape) in [
            ("fr", "Quitter ce site"),
            ("nl", "Verlaat deze site"),
            ("en", "Leave this site"),
        ] {
            let res = cookieless()
                .get(app.url(&format!("{path}?lang={lang}")))
                .send()
                .await
                .unwrap();
            assert_eq!(res.status(), 200, "{path} {lang}");
            assert!(
                res.headers().get("set-cookie").is_none(),
                "{path}: no cookie"
            );
            let html = res.text().await.unwrap();
            assert!(html.contains(&format!("<html lang=\"{lang}\"")));
            let body = html.find("<body").unwrap();
            let first_link = html[body..].find("<a ").unwrap() + body;
            assert!(
                html[first_link..].starts_with(
                    "<a class=\"escape\" id=\"escape\" href=\"https://www.meteo.be/\""
                ),
                "{path} {lang}: the escape link comes first"
            );
            assert!(html[first_link..].contains(escape));
            assert!(
                html.contains("112") && html.contains("101"),
                "{path}: emergency numbers"
            );
            assert_eq!(
                html.matches("<script").count(),
                html.matches("<script src=\"/static/js/escape.").count(),
                "{path}: no script but the escape link's enhancement"
            );
        }
    }
}
