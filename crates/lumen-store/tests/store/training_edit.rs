//! Changing the training registry on SQLite and PostgreSQL: officers leave or move, sessions
//! change within their rules, designations end, prerequisites name courses, and imports are
//! written whole or not at all. Figures are computed by hand.

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::import::PlannedOfficer;
use lumen_domain::training::{AttendanceStatus, CourseKind, OfficerFunction};
use lumen_domain::{UnitId, UnitKind};
use lumen_store::{
    CourseRecord, NewUnit, OfficerChange, OfficerRecord, ReferentRecord, SessionChange, Store,
    StoreError, TrainingSessionRecord,
};
use uuid::Uuid;

fn ev(action: AuditAction, id: impl ToString) -> AuditEvent {
    AuditEvent::new(action, Some(id.to_string())).by("tester", "supervisor")
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

fn at(day: NaiveDate) -> DateTime<Utc> {
    Utc.from_utc_datetime(&day.and_hms_opt(9, 0, 0).unwrap())
}

async fn unit(store: &Store, code: &str) -> UnitId {
    let id = UnitId::new();
    let new = NewUnit {
        id,
        code: code.into(),
        name: format!("Unit {code}"),
        kind: UnitKind::Intervention,
    };
    store
        .create_unit(new, ev(AuditAction::UnitCreate, id))
        .await
        .unwrap();
    id
}

async fn officer(store: &Store, unit: UnitId, name: &str) -> Uuid {
    let id = Uuid::now_v7();
    let new = OfficerRecord {
        id,
        unit_id: unit,
        display_name: name.into(),
        function: OfficerFunction::Intervention,
        active: true,
        user_id: None,
    };
    store
        .create_officer(new, ev(AuditAction::TrainingOfficerCreate, id))
        .await
        .unwrap();
    id
}

async fn course(store: &Store, kind: CourseKind, validity: Option<u32>, required: &[Uuid]) -> Uuid {
    let id = Uuid::now_v7();
    let new = CourseRecord {
        id,
        title: ["fr".into(), "nl".into(), "en".into()],
        description: [String::new(), String::new(), String::new()],
        kind,
        validity_months: validity,
        prerequisites: None,
        prerequisite_ids: required.to_vec(),
    };
    store
        .create_course(new, ev(AuditAction::TrainingCourseCreate, id))
        .await
        .unwrap();
    id
}

async fn session(store: &Store, course: Uuid, day: NaiveDate, capacity: u32) -> Uuid {
    let id = Uuid::now_v7();
    let new = TrainingSessionRecord {
        id,
        course_id: course,
        starts_at: at(day),
        place: "Room 2".into(),
        trainers: "T".into(),
        capacity,
        cancelled: false,
        partner_ids: Vec::new(),
    };
    store
        .create_training_session(new, ev(AuditAction::TrainingSessionCreate, id))
        .await
        .unwrap();
    id
}

async fn attended(store: &Store, session: Uuid, officer: Uuid) {
    store
        .register_officer(
            session,
            officer,
            ev(AuditAction::TrainingSessionRegister, session),
        )
        .await
        .unwrap();
    store
        .set_attendance(
            session,
            officer,
            AttendanceStatus::Attended,
            ev(AuditAction::TrainingSessionAttendance, session),
        )
        .await
        .unwrap();
}

async fn designate(store: &Store, unit: UnitId, officer: Uuid, on: NaiveDate) -> Uuid {
    let id = Uuid::now_v7();
    let new = ReferentRecord {
        id,
        unit_id: unit,
        officer_id: officer,
        designated_on: on,
        override_reason: None,
        overridden_by: None,
        ended_on: None,
    };
    store
        .designate_referent(new, ev(AuditAction::TrainingReferentDesignate, id))
        .await
        .unwrap();
    id
}

/// D = 1 June 2026. o1 and o3 hold a basic certificate, o3 is a certified referent.
async fn edits_change_the_coverage_as_computed_by_hand(store: Store) {
    let u = unit(&store, "u1").await;
    let other = unit(&store, "u2").await;
    let basic = course(&store, CourseKind::Basic, Some(24), &[]).await;
    let referent = course(&store, CourseKind::Referent, Some(36), &[basic]).await;
    let s_basic = session(&store, basic, d(2025, 1, 10), 10).await;
    let s_ref = session(&store, referent, d(2025, 2, 10), 10).await;
    let o1 = officer(&store, u, "o1").await;
    let o2 = officer(&store, u, "o2").await;
    let o3 = officer(&store, u, "o3").await;
    attended(&store, s_basic, o1).await;
    attended(&store, s_basic, o3).await;
    attended(&store, s_ref, o3).await;
    let designation = designate(&store, u, o3, d(2025, 3, 1)).await;
    let day = d(2026, 6, 1);
    let figures = |s: &Store| {
        let s = s.clone();
        async move {
            let c = s.training_registry().await.unwrap().unit_coverage(u, day);
            (
                c.active_officers,
                c.basic_valid,
                c.referents_valid,
                c.basic_percent(),
            )
        }
    };
    assert_eq!(figures(&store).await, (3, 2, 1, Some(66)));

    // o2 deactivated: leaves the denominator.
    let change = OfficerChange {
        unit_id: u,
        function: OfficerFunction::Reception,
        active: false,
    };
    store
        .update_officer(o2, change, ev(AuditAction::TrainingOfficerUpdate, o2))
        .await
        .unwrap();
    assert_eq!(figures(&store).await, (2, 2, 1, Some(100)));
    let o2_now = store.officer(o2).await.unwrap();
    assert_eq!(
        (o2_now.function, o2_now.active),
        (OfficerFunction::Reception, false)
    );

    // o1 moves to the other unit.
    let change = OfficerChange {
        unit_id: other,
        function: OfficerFunction::Intervention,
        active: true,
    };
    store
        .update_officer(o1, change, ev(AuditAction::TrainingOfficerUpdate, o1))
        .await
        .unwrap();
    assert_eq!(figures(&store).await, (1, 1, 1, Some(100)));

    // The designation ends on D: it still counts the day before, no longer on D.
    assert!(matches!(
        store
            .end_referent(
                designation,
                d(2025, 2, 28),
                ev(AuditAction::TrainingReferentEnd, designation)
            )
            .await,
        Err(StoreError::Refused("end_before_designation"))
    ));
    store
        .end_referent(
            designation,
            day,
            ev(AuditAction::TrainingReferentEnd, designation),
        )
        .await
        .unwrap();
    assert!(matches!(
        store
            .end_referent(
                designation,
                day,
                ev(AuditAction::TrainingReferentEnd, designation)
            )
            .await,
        Err(StoreError::Conflict(_))
    ));
    let registry = store.training_registry().await.unwrap();
    assert_eq!(registry.unit_coverage(u, d(2026, 5, 31)).referents_valid, 1);
    assert_eq!(registry.unit_coverage(u, day).referents_valid, 0);
    assert_eq!(
        registry.unit_coverage(u, day).referents_lapsed,
        0,
        "ended, not lapsed"
    );
    // Designated again later: counts again; a second open designation is a conflict.
    designate(&store, u, o3, d(2026, 7, 1)).await;
    let twice = ReferentRecord {
        id: Uuid::now_v7(),
        unit_id: u,
        officer_id: o3,
        designated_on: d(2026, 7, 2),
        override_reason: None,
        overridden_by: None,
        ended_on: None,
    };
    assert!(matches!(
        store
            .designate_referent(twice, ev(AuditAction::TrainingReferentDesignate, "twice"))
            .await,
        Err(StoreError::Conflict(_))
    ));
    let registry = store.training_registry().await.unwrap();
    assert_eq!(registry.unit_coverage(u, d(2026, 7, 1)).referents_valid, 1);
    assert_eq!(registry.unit_coverage(u, d(2026, 6, 15)).referents_valid, 0);
}

/// The basic course (24 months) attended on 2024-07-31 is valid up to 2026-07-30 included.
async fn prerequisites_are_courses_checked_on_the_session_day(store: Store) {
    let u = unit(&store, "u1").await;
    let basic = course(&store, CourseKind::Basic, Some(24), &[]).await;
    let info = course(&store, CourseKind::InfoSession, None, &[]).await;
    let referent = course(&store, CourseKind::Referent, Some(36), &[basic, info]).await;
    let s_basic = session(&store, basic, d(2024, 7, 31), 10).await;
    let s_info = session(&store, info, d(2023, 1, 5), 10).await;
    let o = officer(&store, u, "o").await;
    attended(&store, s_basic, o).await;
    let registry = store.training_registry().await.unwrap();
    let course_ref = registry.course(referent).unwrap();
    assert_eq!(course_ref.prerequisite_ids.len(), 2);
    let missing = |day| {
        registry
            .missing_prerequisites(o, course_ref, day)
            .iter()
            .map(|c| c.id)
            .collect::<Vec<_>>()
    };
    assert_eq!(missing(d(2026, 7, 30)), vec![info]);
    attended(&store, s_info, o).await;
    let registry = store.training_registry().await.unwrap();
    let course_ref = registry.course(referent).unwrap();
    assert!(
        registry
            .missing_prerequisites(o, course_ref, d(2026, 7, 30))
            .is_empty()
    );
    assert_eq!(
        registry
            .missing_prerequisites(o, course_ref, d(2026, 7, 31))
            .iter()
            .map(|c| c.id)
            .collect::<Vec<_>>(),
        vec![basic],
        "expired on its expiry day"
    );

    // A cycle is refused and nothing changes.
    let mut changed = store.course(basic).await.unwrap();
    changed.prerequisite_ids = vec![referent];
    changed.title[2] = "changed".into();
    let audit = store.audit_count().await.unwrap();
    assert!(matches!(
        store
            .update_course(
                changed.clone(),
                ev(AuditAction::TrainingCourseUpdate, basic)
            )
            .await,
        Err(StoreError::Refused("prerequisite_cycle"))
    ));
    assert_eq!(store.course(basic).await.unwrap().title[2], "en");
    assert_eq!(store.audit_count().await.unwrap(), audit);
    changed.prerequisite_ids = vec![info];
    changed.validity_months = Some(12);
    store
        .update_course(changed, ev(AuditAction::TrainingCourseUpdate, basic))
        .await
        .unwrap();
    let now = store.course(basic).await.unwrap();
    assert_eq!(
        (now.title[2].as_str(), now.validity_months),
        ("changed", Some(12))
    );
    assert_eq!(now.prerequisite_ids, vec![info]);
    assert_eq!(store.audit_count().await.unwrap(), audit + 1);
}

async fn sessions_change_within_their_rules(store: Store) {
    let u = unit(&store, "u1").await;
    let basic = course(&store, CourseKind::Basic, Some(24), &[]).await;
    let now = at(d(2026, 6, 1));
    let s = session(&store, basic, d(2026, 9, 1), 3).await;
    let past = session(&store, basic, d(2026, 1, 1), 3).await;
    for name in ["a", "b"] {
        let o = officer(&store, u, name).await;
        store
            .register_officer(s, o, ev(AuditAction::TrainingSessionRegister, s))
            .await
            .unwrap();
    }
    let change = |day, capacity| SessionChange {
        starts_at: at(day),
        place: "Room 9".into(),
        trainers: "U".into(),
        capacity,
    };
    assert!(matches!(
        store
            .update_training_session(
                s,
                change(d(2026, 9, 2), 1),
                now,
                ev(AuditAction::TrainingSessionCreate, s)
            )
            .await,
        Err(StoreError::Refused("capacity_below_registrations"))
    ));
    assert!(matches!(
        store
            .update_training_session(
                s,
                change(d(2026, 5, 31), 5),
                now,
                ev(AuditAction::TrainingSessionCreate, s)
            )
            .await,
        Err(StoreError::Refused("session_in_past"))
    ));
    assert_eq!(
        store.training_session(s).await.unwrap().capacity,
        3,
        "nothing half-saved"
    );
    store
        .update_training_session(
            s,
            change(d(2026, 9, 2), 2),
            now,
            ev(AuditAction::TrainingSessionCreate, s),
        )
        .await
        .unwrap();
    let after = store.training_session(s).await.unwrap();
    assert_eq!((after.capacity, after.place.as_str()), (2, "Room 9"));
    assert_eq!(after.starts_at, at(d(2026, 9, 2)));
    // A past session may be corrected if its start stays.
    store
        .update_training_session(
            past,
            change(d(2026, 1, 1), 4),
            now,
            ev(AuditAction::TrainingSessionCreate, past),
        )
        .await
        .unwrap();
    store
        .cancel_training_session(s, ev(AuditAction::TrainingCourseCreate, s))
        .await
        .unwrap();
    assert!(matches!(
        store
            .update_training_session(
                s,
                change(d(2026, 9, 2), 2),
                now,
                ev(AuditAction::TrainingSessionCreate, s)
            )
            .await,
        Err(StoreError::Refused("session_cancelled"))
    ));
}

async fn an_import_is_written_whole_or_not_at_all(store: Store) {
    let u = unit(&store, "u1").await;
    officer(&store, u, "Existing Officer").await;
    let planned = |line, name: &str| PlannedOfficer {
        line,
        display_name: name.into(),
        unit_id: u,
        function: OfficerFunction::Neighbourhood,
        active: true,
        user_id: None,
    };
    let audit = store.audit_count().await.unwrap();
    let clash = [planned(2, "New One"), planned(3, "existing  officer")];
    assert!(matches!(
        store
            .import_officers(&clash, ev(AuditAction::TrainingOfficerImport, "x"))
            .await,
        Err(StoreError::Conflict("officer"))
    ));
    assert_eq!(store.list_officers().await.unwrap().len(), 1);
    assert_eq!(store.audit_count().await.unwrap(), audit);
    let good = [planned(2, "New One"), planned(3, "New Two")];
    assert_eq!(
        store
            .import_officers(&good, ev(AuditAction::TrainingOfficerImport, "y"))
            .await
            .unwrap(),
        2
    );
    assert_eq!(store.list_officers().await.unwrap().len(), 3);
    assert_eq!(store.audit_count().await.unwrap(), audit + 1, "one entry");
}

lumen_store::store_tests!(
    edits_change_the_coverage_as_computed_by_hand,
    prerequisites_are_courses_checked_on_the_session_day,
    sessions_change_within_their_rules,
    an_import_is_written_whole_or_not_at_all,
);
