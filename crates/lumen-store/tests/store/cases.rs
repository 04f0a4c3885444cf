//! Cases on SQLite and PostgreSQL: references numbered without gaps even when opened at the same
//! time, the title and places sealed, a case read by its team and the supervisors only (others
//! learn its reference and owner), every read audited, the workflow and its version check.

use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::{CaseStatus, TeamRole};
use lumen_domain::{Email, Role, UserId};
use lumen_store::testing::{FreshDb, TestDb, dump_all_tables, fresh};
use lumen_store::{AuditFilter, CaseActor, CaseView, NewCase, NewUser, Store, StoreError};
use uuid::Uuid;

lumen_store::on_both_databases!(
    references_run_without_gaps_even_when_opened_together,
    a_case_is_sealed_and_read_by_its_team_and_the_supervisors_only,
    the_workflow_moves_forward_and_refuses_a_stale_save,
    the_journal_keeps_every_event_and_seals_the_notes,
    closing_takes_a_second_person_and_a_refusal_says_why,
    tasks_go_to_the_team_and_list_overdue_first,
);

const TITLE: &str = "MARKER-TITLE Nail bar chaussée d'Anvers";
const PLACES: &str = "MARKER-PLACE Rue de Brabant 12";

pub(super) async fn account(store: &Store, role: Role, name: &str) -> CaseActor {
    let id = UserId::new();
    let new = NewUser {
        id,
        email: Email::parse(&format!("{}@zone.example", Uuid::new_v4().simple())).unwrap(),
        display_name: name.into(),
        role,
        unit_id: None,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        totp_secret: None,
    };
    let ev = AuditEvent::new(AuditAction::UserCreate, None).by("tester", "admin");
    store.create_user(new, ev).await.unwrap();
    CaseActor { id, role }
}

pub(super) fn new_case(owner: UserId, title: &str) -> NewCase {
    NewCase {
        prefix: "TEH".into(),
        title: title.into(),
        forms: vec!["sexual".into(), "labour".into()],
        places: Some(PLACES.into()),
        owner,
    }
}

async fn references_run_without_gaps_even_when_opened_together(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna").await;
    // A refused opening (no title) takes no number.
    assert!(matches!(
        f.store.open_case(new_case(anna.id, "  "), anna).await,
        Err(StoreError::Refused("case_title_missing"))
    ));
    let mut opening = tokio::task::JoinSet::new();
    for i in 0..12 {
        let store = f.store.clone();
        opening.spawn(async move {
            store
                .open_case(new_case(anna.id, &format!("Case {i}")), anna)
                .await
        });
    }
    let mut numbers: Vec<u32> = opening
        .join_all()
        .await
        .into_iter()
        .map(|c| c.expect("every opening succeeds").reference.number)
        .collect();
    numbers.sort_unstable();
    assert_eq!(numbers, (1..=12).collect::<Vec<_>>(), "no gap, no twice");
    let year = lumen_domain::time::local_day(chrono::Utc::now())
        .format("%Y")
        .to_string();
    let cases = f.store.cases_for(anna).await.unwrap();
    assert!(
        cases
            .iter()
            .any(|c| c.reference.to_string() == format!("TEH-{year}-0012"))
    );
    // A frontline officer cannot lead a case.
    let officer = account(&f.store, Role::Frontline, "Olga").await;
    assert!(matches!(
        f.store.open_case(new_case(officer.id, "X"), anna).await,
        Err(StoreError::Refused("owner_cannot_work_cases"))
    ));
}

pub(super) async fn stored_text(f: &FreshDb) -> String {
    let mut all = String::new();
    for table in dump_all_tables(&f.store).await.unwrap() {
        for row in table.rows {
            all.push_str(&row);
        }
    }
    if let Some(dir) = &f.dir {
        for name in ["lumen.db", "lumen.db-wal"] {
            if let Ok(bytes) = std::fs::read(dir.path().join(name)) {
                all.push_str(&String::from_utf8_lossy(&bytes));
            }
        }
    }
    all
}

async fn a_case_is_sealed_and_read_by_its_team_and_the_supervisors_only(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna Owner").await;
    let bert = account(&f.store, Role::Investigator, "Bert Outsider").await;
    let chef = account(&f.store, Role::Supervisor, "Chef").await;
    let case = f
        .store
        .open_case(new_case(anna.id, TITLE), anna)
        .await
        .unwrap();
    assert_eq!(case.title, TITLE);
    assert_eq!(case.team[0].role, TeamRole::Owner);
    let stored = stored_text(&f).await;
    assert!(
        !stored.contains("MARKER-TITLE") && !stored.contains("MARKER-PLACE"),
        "sealed"
    );

    // Bert is outside the compartment: he sees only the reference and the owner.
    assert_eq!(
        f.store.case_for(case.id, bert).await.unwrap(),
        CaseView::Restricted {
            reference: case.reference.to_string(),
            owner: "Anna Owner".into()
        }
    );
    assert!(f.store.cases_for(bert).await.unwrap().is_empty());
    // The supervisor reads every case; the owner hers.
    for reader in [anna, chef] {
        let CaseView::Readable(c) = f.store.case_for(case.id, reader).await.unwrap() else {
            panic!("readable");
        };
        assert_eq!(c.places.as_deref(), Some(PLACES));
        assert_eq!(f.store.cases_for(reader).await.unwrap().len(), 1);
    }
    // Once a member, Bert reads it too; a frontline officer cannot join.
    f.store
        .add_case_member(case.id, bert.id, anna)
        .await
        .unwrap();
    assert!(matches!(
        f.store.case_for(case.id, bert).await.unwrap(),
        CaseView::Readable(_)
    ));
    let olga = account(&f.store, Role::Frontline, "Olga").await;
    assert!(matches!(
        f.store.add_case_member(case.id, olga.id, anna).await,
        Err(StoreError::Refused("member_cannot_work_cases"))
    ));
    // Every read is in the audit log, the refused one marked failed.
    let reads = f
        .store
        .audit_page(
            &AuditFilter {
                action: Some("case.read".into()),
                object_id: Some(case.id.to_string()),
                ..Default::default()
            },
            0,
            20,
        )
        .await
        .unwrap();
    assert_eq!(reads.total, 4);
    assert_eq!(
        reads
            .entries
            .iter()
            .filter(|e| e.outcome != "success")
            .count(),
        1
    );
}

async fn the_workflow_moves_forward_and_refuses_a_stale_save(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna").await;
    let bert = account(&f.store, Role::Investigator, "Bert").await;
    let case = f
        .store
        .open_case(new_case(anna.id, "Car wash"), anna)
        .await
        .unwrap();
    let s = &f.store;
    assert!(matches!(
        s.set_case_status(case.id, CaseStatus::WithMagistrate, 1, anna)
            .await,
        Err(StoreError::Refused("case_status_not_next"))
    ));
    assert!(matches!(
        s.set_case_status(case.id, CaseStatus::Closed, 1, anna)
            .await,
        Err(StoreError::Refused("case_status_needs_approval"))
    ));
    assert!(
        matches!(
            s.set_case_status(case.id, CaseStatus::Investigation, 1, bert)
                .await,
            Err(StoreError::NotFound("case"))
        ),
        "outside the team, the case is not there to change"
    );
    s.set_case_status(case.id, CaseStatus::Investigation, 1, anna)
        .await
        .unwrap();
    // A second save made on the first version is stale.
    assert!(matches!(
        s.set_case_status(case.id, CaseStatus::WithMagistrate, 1, anna)
            .await,
        Err(StoreError::Conflict(_))
    ));
    s.set_case_status(case.id, CaseStatus::WithMagistrate, 2, anna)
        .await
        .unwrap();
    let CaseView::Readable(c) = s.case_for(case.id, anna).await.unwrap() else {
        panic!("readable");
    };
    assert_eq!((c.status, c.version), (CaseStatus::WithMagistrate, 3));
}

async fn the_journal_keeps_every_event_and_seals_the_notes(db: TestDb) {
    use lumen_domain::cases::JournalKind;
    let Some(f) = fresh(db).await else { return };
    let anna = account(&f.store, Role::Investigator, "Anna").await;
    let bert = account(&f.store, Role::Investigator, "Bert").await;
    let s = &f.store;
    let case = s
        .open_case(new_case(anna.id, "Windows"), anna)
        .await
        .unwrap();
    assert!(matches!(
        s.add_case_note(case.id, "MARKER-NOTE outsider", bert).await,
        Err(StoreError::NotFound("case"))
    ));
    assert!(matches!(
        s.add_case_note(case.id, "   ", anna).await,
        Err(StoreError::Refused("note_empty"))
    ));
    s.set_case_status(case.id, CaseStatus::Investigation, 1, anna)
        .await
        .unwrap();
    s.add_case_member(case.id, bert.id, anna).await.unwrap();
    s.add_case_note(case.id, "MARKER-NOTE the manager keeps the passports", bert)
        .await
        .unwrap();
    // A note does not make a status save stale.
    s.set_case_status(case.id, CaseStatus::WithMagistrate, 2, anna)
        .await
        .unwrap();
    let CaseView::Readable(c) = s.case_for(case.id, anna).await.unwrap() else {
        panic!("readable");
    };
    let kinds: Vec<(JournalKind, &str)> = c
        .journal
        .iter()
        .map(|e| (e.kind, e.detail.as_str()))
        .collect();
    let bert_id = bert.id.0.to_string();
    assert_eq!(
        kinds,
        [
            (JournalKind::Status, "investigation>with_magistrate"),
            (JournalKind::Note, ""),
            (JournalKind::Member, bert_id.as_str()),
            (JournalKind::Status, "open>investigation"),
            (JournalKind::Opened, ""),
        ],
        "newest first"
    );
    assert_eq!(c.journal[1].author_name, "Bert");
    assert_eq!(
        c.journal[1].note.as_deref(),
        Some("MARKER-NOTE the manager keeps the passports")
    );
    assert!(
        !stored_text(&f).await.contains("MARKER-NOTE"),
        "the note is sealed"
    );
}

async fn closing_takes_a_second_person_and_a_refusal_says_why(db: TestDb) {
    use lumen_domain::cases::JournalKind;
    let Some(f) = fresh(db).await else { return };
    let s = &f.store;
    let anna = account(s, Role::Investigator, "Anna").await;
    let chef = account(s, Role::Supervisor, "Chef").await;
    let chef2 = account(s, Role::Supervisor, "Chef Two").await;
    let case = s
        .open_case(new_case(anna.id, "Car wash"), anna)
        .await
        .unwrap();
    let ask = |comment: &'static str, seen| {
        s.ask_case_approval(
            case.id,
            CaseStatus::Closed,
            Some("no_thb_indication"),
            comment,
            seen,
            anna,
        )
    };
    assert!(matches!(
        ask("  ", 1).await,
        Err(StoreError::Refused("comment_missing"))
    ));
    assert!(
        matches!(
            s.ask_case_approval(case.id, CaseStatus::Investigation, None, "x", 1, anna)
                .await,
            Err(StoreError::Refused("case_status_not_next"))
        ),
        "a move that needs no approval is not asked for"
    );
    let first = ask("MARKER-REASON nothing points to exploitation", 1)
        .await
        .unwrap();
    assert!(matches!(
        ask("again", 1).await,
        Err(StoreError::Refused("approval_waiting"))
    ));
    // An investigator decides nothing; a supervisor refuses only with a comment.
    assert!(matches!(
        s.decide_case_approval(case.id, first, true, "", anna).await,
        Err(StoreError::Refused("not_a_supervisor"))
    ));
    assert!(matches!(
        s.decide_case_approval(case.id, first, false, " ", chef)
            .await,
        Err(StoreError::Refused("comment_missing"))
    ));
    s.decide_case_approval(case.id, first, false, "Hear the second worker first", chef)
        .await
        .unwrap();
    let again = ask("Second worker heard: nothing", 1).await.unwrap();
    s.decide_case_approval(case.id, again, true, "", chef2)
        .await
        .unwrap();
    let CaseView::Readable(c) = s.case_for(case.id, anna).await.unwrap() else {
        panic!("readable");
    };
    assert_eq!(c.status, CaseStatus::Closed);
    assert_eq!(c.closing_reason.as_deref(), Some("no_thb_indication"));
    assert!(c.pending.is_none());
    let kinds: Vec<JournalKind> = c.journal.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            JournalKind::Status,
            JournalKind::Approved,
            JournalKind::ApprovalAsked,
            JournalKind::Refused,
            JournalKind::ApprovalAsked,
            JournalKind::Opened,
        ]
    );
    assert_eq!(
        c.journal[3].note.as_deref(),
        Some("Hear the second worker first")
    );
    // Reopening takes four eyes too, and the requester cannot approve their own request.
    let reopen = s
        .ask_case_approval(
            case.id,
            CaseStatus::Open,
            None,
            "New report on the car wash",
            c.version,
            chef,
        )
        .await
        .unwrap();
    assert!(matches!(
        s.decide_case_approval(case.id, reopen, true, "", chef)
            .await,
        Err(StoreError::Refused("own_request"))
    ));
    s.decide_case_approval(case.id, reopen, true, "", chef2)
        .await
        .unwrap();
    let CaseView::Readable(c) = s.case_for(case.id, anna).await.unwrap() else {
        panic!("readable");
    };
    assert_eq!((c.status, c.closing_reason), (CaseStatus::Open, None));
    assert!(
        !stored_text(&f).await.contains("MARKER-REASON"),
        "the reasons are sealed"
    );
}

async fn tasks_go_to_the_team_and_list_overdue_first(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let s = &f.store;
    let anna = account(s, Role::Investigator, "Anna").await;
    let bert = account(s, Role::Investigator, "Bert").await;
    let case = s
        .open_case(new_case(anna.id, "Windows"), anna)
        .await
        .unwrap();
    let day =
        |d: i64| lumen_domain::time::local_day(chrono::Utc::now()) + chrono::Duration::days(d);
    assert!(matches!(
        s.add_case_task(case.id, "Call PAG-ASA", bert.id, day(3), anna)
            .await,
        Err(StoreError::Refused("assignee_not_in_team"))
    ));
    assert!(
        matches!(
            s.add_case_task(case.id, "x", anna.id, day(3), bert).await,
            Err(StoreError::NotFound("case"))
        ),
        "outside the team, no task"
    );
    let later = s
        .add_case_task(case.id, "Call PAG-ASA", anna.id, day(3), anna)
        .await
        .unwrap();
    let late = s
        .add_case_task(case.id, "File the PV", anna.id, day(-2), anna)
        .await
        .unwrap();
    let mine = s.open_tasks_of(anna).await.unwrap();
    assert_eq!(
        mine.iter().map(|t| t.id).collect::<Vec<_>>(),
        [late, later],
        "overdue first"
    );
    assert_eq!(mine[0].case_reference, case.reference.to_string());
    s.complete_case_task(case.id, late, anna).await.unwrap();
    assert!(matches!(
        s.complete_case_task(case.id, late, anna).await,
        Err(StoreError::Refused("task_already_done"))
    ));
    assert_eq!(s.open_tasks_of(anna).await.unwrap().len(), 1);
    // Only the assignee sees a task on their home page.
    assert!(s.open_tasks_of(bert).await.unwrap().is_empty());
}
