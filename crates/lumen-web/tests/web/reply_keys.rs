//! Filing derives no key: a new report carries its receipt sealed to the section, and the
//! section derives the receipt's reply key afterwards (on its first reply, or by the settler of
//! the staff process), then forgets the sealed receipt. The reporter's thread reads the same
//! before and after. Both databases.

use crate::support;
use lumen_app::reports::intake::ReportPayload;
use lumen_domain::report::{FiledBy, MessageAuthor};
use lumen_store::testing::{TestDb, fresh};

lumen_store::on_both_databases!(
    the_section_settles_the_reply_key_after_filing,
    the_first_reply_settles_the_reply_key,
    a_damaged_report_does_not_hold_up_the_others,
);

fn payload() -> ReportPayload {
    ReportPayload {
        filed_by: lumen_domain::report::FiledBy::Witness,
        text: "Zevrandis works nights at the car wash".into(),
        lang: "en".into(),
        ..Default::default()
    }
}

async fn the_section_settles_the_reply_key_after_filing(db: TestDb) {
    let Some(db) = fresh(db).await else { return };
    let store = &db.store;
    let keys = support::test_report_keys();
    let filed = keys
        .file(store, FiledBy::Witness, &payload())
        .await
        .unwrap();
    let digits = filed.receipt.expose_digits().to_owned();
    let waiting = store.reports_awaiting_reply_key(10).await.unwrap();
    assert_eq!(waiting.len(), 1, "the new report waits for its reply key");
    let sealed_receipt = waiting[0].sealed_receipt.clone().unwrap();
    assert!(waiting[0].sealed_reply_key.is_empty());
    assert!(
        !sealed_receipt
            .windows(digits.len())
            .any(|w| w == digits.as_bytes()),
        "the receipt is sealed, not stored"
    );
    // The reporter writes before the section settled anything.
    let u = keys
        .unlock(store, &digits)
        .await
        .unwrap()
        .expect("receipt opens");
    keys.add_message(
        store,
        &u.report,
        MessageAuthor::Reporter,
        Some(&u.reply_key),
        "The van is white",
        None,
    )
    .await
    .unwrap();
    assert_eq!(keys.settle_pending(store, 10).await.unwrap(), 1);
    assert!(
        store
            .reports_awaiting_reply_key(10)
            .await
            .unwrap()
            .is_empty()
    );
    assert_eq!(
        keys.settle_pending(store, 10).await.unwrap(),
        0,
        "once only"
    );
    let settled = store.report_sealed(u.report.id).await.unwrap().unwrap();
    assert!(
        settled.sealed_receipt.is_none(),
        "the sealed receipt is forgotten"
    );
    assert!(!settled.sealed_reply_key.is_empty());
    keys.add_message(
        store,
        &settled,
        MessageAuthor::Section,
        None,
        "Thank you, which street?",
        None,
    )
    .await
    .unwrap();
    let u = keys.unlock(store, &digits).await.unwrap().unwrap();
    let thread = keys.thread_for_reporter(store, &u).await.unwrap();
    let texts: Vec<&str> = thread.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["The van is white", "Thank you, which street?"]);
}

async fn the_first_reply_settles_the_reply_key(db: TestDb) {
    let Some(db) = fresh(db).await else { return };
    let store = &db.store;
    let keys = support::test_report_keys();
    let filed = keys
        .file(store, FiledBy::PersonConcerned, &payload())
        .await
        .unwrap();
    let digits = filed.receipt.expose_digits().to_owned();
    let report = store
        .reports_awaiting_reply_key(10)
        .await
        .unwrap()
        .remove(0);
    keys.add_message(
        store,
        &report,
        MessageAuthor::Section,
        None,
        "We read your report.",
        None,
    )
    .await
    .unwrap();
    assert!(
        store
            .reports_awaiting_reply_key(10)
            .await
            .unwrap()
            .is_empty()
    );
    // A second reply from the record read before settling still uses the stored key.
    keys.add_message(
        store,
        &report,
        MessageAuthor::Section,
        None,
        "Still here.",
        None,
    )
    .await
    .unwrap();
    let u = keys.unlock(store, &digits).await.unwrap().unwrap();
    let thread = keys.thread_for_reporter(store, &u).await.unwrap();
    let texts: Vec<&str> = thread.iter().map(|m| m.text.as_str()).collect();
    assert_eq!(texts, ["We read your report.", "Still here."]);
    // Without the section's key (a public-only process) a waiting report stays waiting.
    keys.file(store, FiledBy::Witness, &payload())
        .await
        .unwrap();
    let public_only = lumen_app::reports::intake::ReportKeys::public_only(
        lumen_crypto::generate_section_keys().public,
        lumen_crypto::ReceiptHasher::new(&[7u8; 32]),
    );
    assert!(public_only.settle_pending(store, 10).await.is_err());
    assert_eq!(store.reports_awaiting_reply_key(10).await.unwrap().len(), 1);
}

async fn a_damaged_report_does_not_hold_up_the_others(db: TestDb) {
    let Some(db) = fresh(db).await else { return };
    let store = &db.store;
    let keys = support::test_report_keys();
    keys.file(store, FiledBy::Witness, &payload())
        .await
        .unwrap();
    let damaged = store
        .reports_awaiting_reply_key(10)
        .await
        .unwrap()
        .remove(0)
        .id;
    store
        // The only report so far: its sealed receipt replaced by other sealed bytes.
        .execute_unprepared_for_tests("UPDATE reports SET sealed_receipt = sealed_payload")
        .await
        .unwrap();
    let filed = keys
        .file(store, FiledBy::Witness, &payload())
        .await
        .unwrap();
    assert_eq!(keys.settle_pending(store, 10).await.unwrap(), 1);
    let waiting = store.reports_awaiting_reply_key(10).await.unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(
        waiting[0].id, damaged,
        "only the damaged report still waits"
    );
    let u = keys
        .unlock(store, filed.receipt.expose_digits())
        .await
        .unwrap()
        .unwrap();
    assert_ne!(u.report.id, damaged);
}
