//! Identifiers of public reports, over HTTP on SQLite and PostgreSQL: normalised with the
//! linking engine's normalisers, stored as blind indexes that match across spellings, never in
//! clear; a value that looks wrong brings one hint, then is filed as typed.

use crate::support;
use crate::support::spawn_app;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_store::testing::TestDb;

lumen_store::on_both_databases!(
    one_phone_typed_two_ways_shares_one_index_and_is_not_stored_in_clear,
    an_odd_identifier_gets_one_hint_then_is_filed_as_typed,
);

fn cookieless() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
}

async fn post_report(app: &support::TestApp, extra: &[(&str, &str)]) -> (u16, String) {
    let mut form = vec![
        ("lang", "en"),
        ("filed_by", "witness"),
        ("form_begging", "1"),
        ("text", "Children begging at the station every morning"),
        ("contact", "none"),
    ];
    form.extend_from_slice(extra);
    let res = cookieless()
        .post(app.url("/report"))
        .form(&form)
        .send()
        .await
        .unwrap();
    support::followed(app, res).await
}

async fn report_ids(app: &support::TestApp) -> Vec<uuid::Uuid> {
    let ev = AuditEvent::new(AuditAction::ReportList, None);
    let (reports, _) = app.store.list_reports(0, 50, ev).await.unwrap();
    reports.into_iter().map(|r| r.id).collect()
}

/// Every byte the database keeps: the SQLite files, or the PostgreSQL rows of the report tables.
async fn stored_bytes(app: &support::TestApp) -> Vec<u8> {
    match &app.db.dir {
        Some(dir) => std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .flat_map(|e| std::fs::read(e.path()).unwrap())
            .collect(),
        None => {
            let mut text = String::new();
            for table in [
                "reports",
                "report_identifiers",
                "report_images",
                "audit_log",
            ] {
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

async fn one_phone_typed_two_ways_shares_one_index_and_is_not_stored_in_clear(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let (status, html) = post_report(&app, &[("phones", "0470 12 34 56")]).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"receipt\""), "{html}");
    let (status, _) = post_report(
        &app,
        &[
            ("phones", "+32470123456"),
            ("emails", "Quill.Brook@Example.BE"),
        ],
    )
    .await;
    assert_eq!(status, 200);
    let ids = report_ids(&app).await;
    assert_eq!(ids.len(), 2);
    let mut phone_indexes = Vec::new();
    for id in &ids {
        let indexes = app.store.report_identifier_indexes(*id).await.unwrap();
        let phone: Vec<_> = indexes.into_iter().filter(|(k, _)| k == "phone").collect();
        assert_eq!(phone.len(), 1);
        assert_eq!(phone[0].1.len(), 32);
        phone_indexes.push(phone[0].1.clone());
    }
    assert_eq!(
        phone_indexes[0], phone_indexes[1],
        "one index for both spellings"
    );
    let mut linked = app
        .store
        .reports_with_identifier("phone", &phone_indexes[0])
        .await
        .unwrap();
    linked.sort();
    let mut expected = ids.clone();
    expected.sort();
    assert_eq!(
        linked, expected,
        "linking finds both reports without decrypting"
    );

    let bytes = stored_bytes(&app).await;
    assert!(bytes.len() > 1000, "the database was read");
    for clear in [
        "0470 12 34 56",
        "+32470123456",
        "32470123456",
        "470123456",
        "quill.brook@example.be",
        "Quill.Brook",
    ] {
        assert!(!contains(&bytes, clear), "{clear} is stored in clear");
    }
}

async fn an_odd_identifier_gets_one_hint_then_is_filed_as_typed(db: TestDb) {
    let Some(app) = spawn_app(db).await else {
        return;
    };
    let odd = [("phones", "0470 12"), ("plates", "1-QZX-742")];
    let (status, html) = post_report(&app, &odd).await;
    assert_eq!(status, 200);
    assert!(!html.contains("id=\"receipt\""), "not filed yet");
    assert!(
        html.contains("id=\"phones-hint\">This does not look like a Belgian or international phone number: 0470 12."),
        "{html}"
    );
    assert!(
        !html.contains("id=\"plates-hint\""),
        "a good plate gets no hint"
    );
    assert!(html.contains("name=\"identifiers_confirmed\" value=\"1\""));
    assert!(
        html.contains(">0470 12</textarea>"),
        "the value is kept as typed"
    );
    assert!(report_ids(&app).await.is_empty(), "nothing stored yet");

    let mut again = odd.to_vec();
    again.push(("identifiers_confirmed", "1"));
    let (status, html) = post_report(&app, &again).await;
    assert_eq!(status, 200);
    assert!(html.contains("id=\"receipt\""), "{html}");
    let ids = report_ids(&app).await;
    assert_eq!(ids.len(), 1);
    let kinds: Vec<String> = app
        .store
        .report_identifier_indexes(ids[0])
        .await
        .unwrap()
        .into_iter()
        .map(|(k, _)| k)
        .collect();
    assert_eq!(kinds, ["plate"], "only normalised values are indexed");
    let investigator = app.signed_in("investigator").await;
    let page = investigator
        .get(app.url(&format!("/staff/reports/{}", ids[0])))
        .send()
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(page.contains("0470 12"), "the raw value is kept and shown");
}
