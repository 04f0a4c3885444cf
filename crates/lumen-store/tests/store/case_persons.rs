//! Persons of cases, triage and access to a restricted case, on SQLite and PostgreSQL: a
//! person's identity and identifier values are sealed (only blind indexes in clear), a report
//! sharing a blind index with a case's person shows that case in triage (told as restricted to
//! someone outside its team), attaching and closing take an item out of the queue once, a
//! presumed victim added as a suspect elsewhere raises the non-punishment warning, and access
//! to a restricted case takes a supervisor who did not ask.

use super::cases::{account, new_case, stored_text};
use lumen_domain::Role;
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::JournalKind;
use lumen_domain::cases::persons::{IdentifierType, Identity, PerpetratorRole, PersonRole};
use lumen_domain::report::{FiledBy, ReportStatus};
use lumen_store::testing::{TestDb, fresh};
use lumen_store::{
    AuditFilter, CaseView, NewCasePerson, NewIdentifier, NewReport, NewReportIdentifier,
    NewScreening, ReportAttachments, Store, StoreError, TriageItem, TriageRef,
};
use uuid::Uuid;

lumen_store::on_both_databases!(
    a_person_is_sealed_and_their_phone_links_a_report_to_the_case,
    triage_attaches_or_closes_an_item_once,
    a_victim_added_as_a_suspect_elsewhere_raises_the_non_punishment_warning,
    access_to_a_restricted_case_takes_a_supervisor_who_did_not_ask,
);

const NAME: &str = "MARKER-NAME Ionela Popescu";
const PHONE: &str = "MARKER-PHONE 0470 12 34 56";

fn person(name: &str, role: PersonRole, index: u8) -> NewCasePerson {
    NewCasePerson {
        identity: Identity {
            name: name.into(),
            nationality: Some("RO".into()),
            ..Identity::default()
        },
        identifiers: vec![NewIdentifier {
            kind: IdentifierType::Phone,
            value: PHONE.into(),
            blind_index: vec![index; 32],
        }],
        role,
        perpetrator_role: (role == PersonRole::Suspect).then_some(PerpetratorRole::Exploiter),
        from_day: None,
        to_day: None,
    }
}

async fn report_with_phone(store: &Store, index: u8) -> Uuid {
    let id = Uuid::new_v4();
    let new = NewReport {
        id,
        created_on: chrono::Utc::now().date_naive(),
        status: ReportStatus::Received,
        receipt_hash: id.as_bytes().repeat(2),
        reply_key_params: "params".into(),
        sealed_payload: vec![1, 2, 3],
        sealed_reply_key: vec![4, 5, 6],
        sealed_receipt: None,
        filed_by: FiledBy::Witness,
        partner_unit_id: None,
    };
    let attachments = ReportAttachments {
        images: Vec::new(),
        identifiers: vec![NewReportIdentifier {
            kind: "phone".into(),
            blind_index: vec![index; 32],
        }],
    };
    store.create_report_with(new, attachments).await.unwrap().id
}

fn report_item(items: &[TriageItem], id: Uuid) -> Option<&TriageItem> {
    items
        .iter()
        .find(|i| matches!(i, TriageItem::Report { report, .. } if report.id == id))
}

async fn a_person_is_sealed_and_their_phone_links_a_report_to_the_case(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna Owner").await;
    let bert = account(&f.store, Role::Investigator, "Bert Outsider").await;
    let case = f
        .store
        .open_case(new_case(anna.id, "Windows"), anna)
        .await
        .unwrap();
    let added = f
        .store
        .add_case_person(case.id, person(NAME, PersonRole::Victim, 7), anna)
        .await
        .unwrap();
    assert!(!added.non_punishment);
    // Someone outside the team cannot add a person either, and nothing is stored.
    assert!(matches!(
        f.store
            .add_case_person(case.id, person("Other", PersonRole::Witness, 8), bert)
            .await,
        Err(StoreError::NotFound("case"))
    ));
    let text = stored_text(&f).await;
    assert!(!text.contains("MARKER-NAME"), "the name is sealed");
    assert!(!text.contains("MARKER-PHONE"), "the phone value is sealed");
    assert!(!text.contains("Other"), "a refused person leaves nothing");

    let CaseView::Readable(read) = f.store.case_for(case.id, anna).await.unwrap() else {
        panic!("the owner reads the case");
    };
    assert_eq!(read.persons.len(), 1);
    assert_eq!(read.persons[0].name, NAME);
    let p = f.store.person_for(added.person_id, anna).await.unwrap();
    assert_eq!(p.identity.nationality.as_deref(), Some("RO"));
    assert_eq!(p.identifiers[0].value, PHONE);
    assert!(matches!(
        f.store.person_for(added.person_id, bert).await,
        Err(StoreError::NotFound("person"))
    ));
    let reads = f
        .store
        .audit_page(
            &AuditFilter {
                action: Some(AuditAction::PersonRead.code().to_owned()),
                ..AuditFilter::default()
            },
            0,
            10,
        )
        .await
        .unwrap();
    assert_eq!(
        reads.entries.len(),
        2,
        "both reads audited, the refused one too"
    );

    // A new report naming the same phone (same blind index) shows the case in triage.
    let report = report_with_phone(&f.store, 7).await;
    let other = report_with_phone(&f.store, 9).await;
    let queue = f.store.triage_queue(anna, 0, 100).await.unwrap().0;
    let Some(TriageItem::Report { matches, .. }) = report_item(&queue, report) else {
        panic!("the report waits in triage");
    };
    assert_eq!(matches.len(), 1);
    assert_eq!(matches[0].reference, case.reference.to_string());
    assert!(matches[0].readable);
    let Some(TriageItem::Report { matches, .. }) = report_item(&queue, other) else {
        panic!("the other report waits too");
    };
    assert!(matches.is_empty(), "another phone matches nothing");
    let queue = f.store.triage_queue(bert, 0, 100).await.unwrap().0;
    let Some(TriageItem::Report { matches, .. }) = report_item(&queue, report) else {
        panic!("the outsider sees the report");
    };
    assert!(!matches[0].readable, "told as a restricted case");
    assert_eq!(matches[0].owner, "Anna Owner");
}

async fn triage_attaches_or_closes_an_item_once(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna").await;
    let officer = account(&f.store, Role::Frontline, "Olga").await;
    let case = f
        .store
        .open_case(new_case(anna.id, "Car wash"), anna)
        .await
        .unwrap();
    let first = report_with_phone(&f.store, 1).await;
    let second = report_with_phone(&f.store, 2).await;
    f.store
        .attach_to_case(TriageRef::Report(first), case.id, anna)
        .await
        .unwrap();
    assert!(matches!(
        f.store
            .attach_to_case(TriageRef::Report(first), case.id, anna)
            .await,
        Err(StoreError::Refused("already_triaged"))
    ));
    f.store
        .close_triage_item(TriageRef::Report(second), "no_thb_indication", anna)
        .await
        .unwrap();
    let queue = f.store.triage_queue(anna, 0, 100).await.unwrap().0;
    assert!(report_item(&queue, first).is_none());
    assert!(report_item(&queue, second).is_none());
    let CaseView::Readable(read) = f.store.case_for(case.id, anna).await.unwrap() else {
        panic!("readable");
    };
    assert_eq!(read.reports.len(), 1);
    assert_eq!(read.reports[0].0.status, ReportStatus::InProgress);
    assert!(read.journal.iter().any(|e| e.kind == JournalKind::Attached));

    // A screening appears once its officer sends it; only its officer can.
    let id = Uuid::new_v4();
    let new = NewScreening {
        id,
        officer_id: officer.id,
        unit_id: None,
        set_id: "adult-labour".into(),
        indicators: vec![],
        age: Some(16),
        facts: "{}".into(),
        result: "{}".into(),
        report_ref: None,
        person_description: None,
    };
    let ev = AuditEvent::new(AuditAction::ScreeningCreate, Some(id.to_string()))
        .by(officer.id, officer.role);
    f.store.create_screening(new, ev).await.unwrap();
    let waiting = |items: &[TriageItem]| {
        items
            .iter()
            .any(|i| matches!(i, TriageItem::Screening(s) if s.id == id))
    };
    assert!(!waiting(
        &f.store.triage_queue(anna, 0, 100).await.unwrap().0
    ));
    assert!(f.store.send_screening(id, anna).await.is_err(), "not hers");
    f.store.send_screening(id, officer).await.unwrap();
    assert!(waiting(
        &f.store.triage_queue(anna, 0, 100).await.unwrap().0
    ));
    // A frontline officer has no triage queue.
    assert!(f.store.triage_queue(officer, 0, 100).await.is_err());
    // Opening a case from the screening attaches it in the same step.
    let opened = f
        .store
        .open_case_from(
            new_case(anna.id, "From a screening"),
            Some(TriageRef::Screening(id)),
            anna,
        )
        .await
        .unwrap();
    assert!(!waiting(
        &f.store.triage_queue(anna, 0, 100).await.unwrap().0
    ));
    assert_eq!(
        f.store.screening(id).await.unwrap().case_id,
        Some(opened.id)
    );
}

async fn a_victim_added_as_a_suspect_elsewhere_raises_the_non_punishment_warning(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna").await;
    let first = f
        .store
        .open_case(new_case(anna.id, "First"), anna)
        .await
        .unwrap();
    let second = f
        .store
        .open_case(new_case(anna.id, "Second"), anna)
        .await
        .unwrap();
    let victim = f
        .store
        .add_case_person(first.id, person("Maria", PersonRole::Victim, 3), anna)
        .await
        .unwrap();
    let added = f
        .store
        .add_existing_person(
            second.id,
            victim.person_id,
            PersonRole::Suspect,
            Some(PerpetratorRole::Controller),
            anna,
        )
        .await
        .unwrap();
    assert!(added.non_punishment);
    let CaseView::Readable(read) = f.store.case_for(second.id, anna).await.unwrap() else {
        panic!("readable");
    };
    assert!(read.persons[0].non_punishment);
    assert_eq!(
        read.persons[0].perpetrator_role,
        Some(PerpetratorRole::Controller)
    );
    let CaseView::Readable(read) = f.store.case_for(first.id, anna).await.unwrap() else {
        panic!("readable");
    };
    assert!(
        !read.persons[0].non_punishment,
        "a victim is not warned about"
    );
    assert!(matches!(
        f.store
            .add_existing_person(second.id, victim.person_id, PersonRole::Suspect, None, anna)
            .await,
        Err(StoreError::Refused("person_already_in_case"))
    ));
}

async fn access_to_a_restricted_case_takes_a_supervisor_who_did_not_ask(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna").await;
    let bert = account(&f.store, Role::Investigator, "Bert").await;
    let chef = account(&f.store, Role::Supervisor, "Chef").await;
    let case = f
        .store
        .open_case(new_case(anna.id, "Restricted"), anna)
        .await
        .unwrap();
    assert!(matches!(
        f.store.ask_case_access(case.id, " ", bert).await,
        Err(StoreError::Refused("comment_missing"))
    ));
    assert!(matches!(
        f.store.ask_case_access(case.id, "I know", anna).await,
        Err(StoreError::Refused("already_in_team"))
    ));
    let request = f
        .store
        .ask_case_access(case.id, "The same phone is in my case", bert)
        .await
        .unwrap();
    assert!(f.store.access_waiting(case.id, bert.id).await.unwrap());
    assert!(matches!(
        f.store.ask_case_access(case.id, "Again", bert).await,
        Err(StoreError::Refused("access_waiting"))
    ));
    assert!(matches!(
        f.store.decide_case_access(request, true, "", anna).await,
        Err(StoreError::Refused("not_a_supervisor"))
    ));
    assert!(matches!(
        f.store.decide_case_access(request, false, "", chef).await,
        Err(StoreError::Refused("comment_missing"))
    ));
    let waiting = f.store.waiting_access_requests(chef).await.unwrap();
    assert_eq!(waiting.len(), 1);
    assert_eq!(waiting[0].reason, "The same phone is in my case");
    assert!(matches!(
        f.store.case_for(case.id, bert).await.unwrap(),
        CaseView::Restricted { .. }
    ));
    f.store
        .decide_case_access(request, true, "", chef)
        .await
        .unwrap();
    let CaseView::Readable(read) = f.store.case_for(case.id, bert).await.unwrap() else {
        panic!("granted access reads the case");
    };
    assert!(read.team.iter().any(|m| m.user_id == bert.id));
    let kinds: Vec<JournalKind> = read.journal.iter().map(|e| e.kind).collect();
    assert!(kinds.contains(&JournalKind::AccessAsked));
    assert!(kinds.contains(&JournalKind::AccessGranted));
    assert!(matches!(
        f.store.decide_case_access(request, true, "", chef).await,
        Err(StoreError::NotFound(_))
    ));
}
