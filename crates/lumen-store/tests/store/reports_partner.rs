//! Partner submissions and the inbox's filters, run against SQLite and PostgreSQL alike: an
//! organisation sees only its own submissions, an attempt at anything else is audited as
//! failed, replies count as unread until opened, and a public report never shows up.

use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::{FiledBy, MessageAuthor, ReportStatus};
use lumen_domain::{UnitId, UnitKind};
use lumen_store::{
    AuditFilter, NewReport, NewReportMessage, NewUnit, ReportAttachments, ReportFilter, Store,
    StoreError,
};
use uuid::Uuid;

lumen_store::store_tests!(
    an_organisation_sees_only_its_own_submissions,
    a_reply_is_unread_until_the_organisation_opens_the_submission,
    a_partner_submission_must_name_its_organisation,
    the_inbox_filters_by_status_and_by_who_filed,
);

fn ev(action: AuditAction) -> AuditEvent {
    AuditEvent::new(action, None).by("worker", "partner")
}

async fn partner_unit(store: &Store, code: &str) -> UnitId {
    let id = UnitId::new();
    let new = NewUnit {
        id,
        code: code.into(),
        name: code.to_uppercase(),
        kind: UnitKind::Partner,
    };
    store
        .create_unit(new, ev(AuditAction::UnitCreate))
        .await
        .unwrap();
    id
}

fn new_report(filed_by: FiledBy, unit: Option<UnitId>) -> NewReport {
    let id = Uuid::new_v4();
    NewReport {
        id,
        created_on: chrono::Utc::now().date_naive(),
        status: ReportStatus::Received,
        receipt_hash: id.as_bytes().repeat(2),
        reply_key_params: "params".into(),
        sealed_payload: vec![1, 2, 3],
        sealed_reply_key: vec![4, 5, 6],
        sealed_receipt: None,
        filed_by,
        partner_unit_id: unit,
    }
}

async fn partner_report(store: &Store, unit: UnitId) -> Uuid {
    let r = store
        .create_partner_report(
            new_report(FiledBy::Partner, Some(unit)),
            ReportAttachments::default(),
            ev(AuditAction::ReportPartnerFile),
        )
        .await
        .unwrap();
    assert_eq!(r.consent_recorded_on, Some(chrono::Utc::now().date_naive()));
    assert_eq!(r.partner_unit_id, Some(unit));
    r.id
}

async fn message(store: &Store, report: Uuid, author: MessageAuthor) {
    let new = NewReportMessage {
        id: Uuid::new_v4(),
        report_id: report,
        author,
        sealed_body: vec![7],
        reply_body: vec![8],
    };
    store.add_report_message(new, None).await.unwrap();
}

async fn failed_reads(store: &Store) -> usize {
    let filter = AuditFilter {
        action: Some("report.partner_read".into()),
        ..Default::default()
    };
    let page = store.audit_page(&filter, 0, 100).await.unwrap();
    page.entries
        .iter()
        .filter(|e| e.outcome != "success")
        .count()
}

async fn an_organisation_sees_only_its_own_submissions(store: Store) {
    let pag_asa = partner_unit(&store, "pag-asa").await;
    let espace_p = partner_unit(&store, "espace-p").await;
    let ours = partner_report(&store, pag_asa).await;
    let theirs = partner_report(&store, espace_p).await;
    let public = store
        .create_report(new_report(FiledBy::Witness, None))
        .await
        .unwrap();
    assert_eq!(public.consent_recorded_on, None);

    let (list, total) = store
        .partner_submissions(pag_asa, 0, 50, ev(AuditAction::ReportPartnerList))
        .await
        .unwrap();
    assert_eq!(total, 1);
    assert_eq!(list[0].report.id, ours);

    assert_eq!(failed_reads(&store).await, 0);
    for id in [theirs, public.id, Uuid::new_v4()] {
        let err = store
            .read_partner_report(id, pag_asa, ev(AuditAction::ReportPartnerRead))
            .await
            .unwrap_err();
        assert!(matches!(err, StoreError::NotFound(_)), "{id}: {err:?}");
    }
    assert_eq!(failed_reads(&store).await, 3, "every attempt is audited");
    let read = store
        .read_partner_report(ours, pag_asa, ev(AuditAction::ReportPartnerRead))
        .await
        .unwrap();
    assert_eq!(read.id, ours);
    assert_eq!(failed_reads(&store).await, 3);
}

async fn a_reply_is_unread_until_the_organisation_opens_the_submission(store: Store) {
    let unit = partner_unit(&store, "utsopi").await;
    let id = partner_report(&store, unit).await;
    let counts = |store: Store| async move {
        let (list, _) = store
            .partner_submissions(unit, 0, 50, ev(AuditAction::ReportPartnerList))
            .await
            .unwrap();
        (list[0].messages, list[0].unread)
    };
    assert_eq!(counts(store.clone()).await, (0, 0));
    message(&store, id, MessageAuthor::Section).await;
    message(&store, id, MessageAuthor::Reporter).await;
    message(&store, id, MessageAuthor::Section).await;
    assert_eq!(counts(store.clone()).await, (3, 2), "two replies unread");
    store
        .read_partner_report(id, unit, ev(AuditAction::ReportPartnerRead))
        .await
        .unwrap();
    assert_eq!(counts(store.clone()).await, (3, 0), "read once opened");
    message(&store, id, MessageAuthor::Section).await;
    assert_eq!(counts(store.clone()).await, (4, 1));
}

async fn a_partner_submission_must_name_its_organisation(store: Store) {
    let unit = partner_unit(&store, "pag-asa").await;
    let before = store.audit_count().await.unwrap();
    for new in [
        new_report(FiledBy::Partner, None),
        new_report(FiledBy::Witness, Some(unit)),
    ] {
        assert!(
            store
                .create_partner_report(
                    new,
                    ReportAttachments::default(),
                    ev(AuditAction::ReportPartnerFile)
                )
                .await
                .is_err()
        );
    }
    let (_, total) = store
        .list_reports(0, 50, ev(AuditAction::ReportList))
        .await
        .unwrap();
    assert_eq!(total, 0, "nothing stored");
    assert_eq!(
        store.audit_count().await.unwrap(),
        before + 1,
        "only the listing"
    );
}

async fn the_inbox_filters_by_status_and_by_who_filed(store: Store) {
    let unit = partner_unit(&store, "pag-asa").await;
    for _ in 0..3 {
        partner_report(&store, unit).await;
    }
    for kind in [FiledBy::Witness, FiledBy::Witness, FiledBy::PersonConcerned] {
        store.create_report(new_report(kind, None)).await.unwrap();
    }
    let closed = partner_report(&store, unit).await;
    store
        .set_report_status(closed, ReportStatus::Closed, ev(AuditAction::ReportStatus))
        .await
        .unwrap();
    let count = |filter: ReportFilter| {
        let store = store.clone();
        async move {
            let (list, total) = store
                .list_reports_filtered(&filter, 0, 2, ev(AuditAction::ReportList))
                .await
                .unwrap();
            assert!(list.len() as u64 <= 2);
            total
        }
    };
    assert_eq!(count(ReportFilter::default()).await, 7);
    let partner = ReportFilter {
        filed_by: Some(FiledBy::Partner),
        ..Default::default()
    };
    assert_eq!(count(partner).await, 4);
    let witness = ReportFilter {
        filed_by: Some(FiledBy::Witness),
        ..Default::default()
    };
    assert_eq!(count(witness).await, 2);
    let closed_partner = ReportFilter {
        status: Some(ReportStatus::Closed),
        filed_by: Some(FiledBy::Partner),
    };
    assert_eq!(count(closed_partner).await, 1);
    let closed_witness = ReportFilter {
        status: Some(ReportStatus::Closed),
        filed_by: Some(FiledBy::Witness),
    };
    assert_eq!(count(closed_witness).await, 0);
}
