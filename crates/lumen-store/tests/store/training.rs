//! Training registry operations and coverage figures, on SQLite and PostgreSQL alike. The
//! figures are checked against cases computed by hand, including the expiry boundary day.

use chrono::{NaiveDate, TimeZone, Utc};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{AttendanceStatus, CourseKind, Coverage, OfficerFunction};
use lumen_domain::{UnitId, UnitKind};
use lumen_store::{
    AuditFilter, CourseRecord, NewUnit, OfficerRecord, ReferentRecord, Store, StoreError,
    TrainingSessionRecord,
};
use uuid::Uuid;

fn ev(action: AuditAction, id: impl ToString) -> AuditEvent {
    AuditEvent::new(action, Some(id.to_string())).by("tester", "supervisor")
}

fn d(y: i32, m: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, day).unwrap()
}

async fn unit(store: &Store, code: &str, kind: UnitKind) -> UnitId {
    let id = UnitId::new();
    let new = NewUnit {
        id,
        code: code.into(),
        name: format!("Unit {code}"),
        kind,
    };
    store
        .create_unit(new, ev(AuditAction::UnitCreate, id))
        .await
        .unwrap();
    id
}

async fn officer(store: &Store, unit: UnitId, name: &str, active: bool) -> Uuid {
    let id = Uuid::now_v7();
    let new = OfficerRecord {
        id,
        unit_id: unit,
        display_name: name.into(),
        function: OfficerFunction::Intervention,
        active,
        user_id: None,
    };
    store
        .create_officer(new, ev(AuditAction::TrainingOfficerCreate, id))
        .await
        .unwrap();
    id
}

async fn course(store: &Store, kind: CourseKind, validity: Option<u32>) -> Uuid {
    let id = Uuid::now_v7();
    let new = CourseRecord {
        id,
        title: ["fr".into(), "nl".into(), "en".into()],
        description: [String::new(), String::new(), String::new()],
        kind,
        validity_months: validity,
        prerequisites: None,
        prerequisite_ids: Vec::new(),
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
        starts_at: Utc.from_utc_datetime(&day.and_hms_opt(9, 0, 0).unwrap()),
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

async fn designate(store: &Store, unit: UnitId, officer: Uuid) {
    let id = Uuid::now_v7();
    let new = ReferentRecord {
        id,
        unit_id: unit,
        officer_id: officer,
        designated_on: d(2026, 1, 1),
        override_reason: None,
        overridden_by: None,
        ended_on: None,
    };
    store
        .designate_referent(new, ev(AuditAction::TrainingReferentDesignate, id))
        .await
        .unwrap();
}

/// Day D = 1 June 2026; renewal horizon D + 60 days = 31 July 2026.
async fn coverage_matches_hand_computed_figures(store: Store) {
    let u = unit(&store, "u1", UnitKind::Intervention).await;
    let other = unit(&store, "u2", UnitKind::Neighbourhood).await;
    let basic = course(&store, CourseKind::Basic, Some(24)).await;
    let referent = course(&store, CourseKind::Referent, Some(36)).await;
    let forever = course(&store, CourseKind::Basic, None).await;
    let info = course(&store, CourseKind::InfoSession, None).await;
    // s1 expires 2026-07-31 (the horizon); s2 expires 2026-06-01 (= D: the boundary day).
    let s1 = session(&store, basic, d(2024, 7, 31), 10).await;
    let s2 = session(&store, basic, d(2024, 6, 1), 10).await;
    let s3 = session(&store, referent, d(2025, 1, 1), 10).await;
    let s4 = session(&store, forever, d(2020, 1, 1), 10).await;
    let s_info = session(&store, info, d(2025, 3, 1), 10).await;
    let planned = session(&store, basic, d(2026, 6, 10), 10).await;
    let cancelled = session(&store, basic, d(2026, 6, 20), 10).await;

    let o1 = officer(&store, u, "o1", true).await;
    let o2 = officer(&store, u, "o2", true).await;
    let o3 = officer(&store, u, "o3", true).await;
    let o4 = officer(&store, u, "o4", true).await;
    let o5 = officer(&store, u, "o5 inactive", false).await;
    let elsewhere = officer(&store, other, "other unit", true).await;
    attended(&store, s1, o1).await;
    attended(&store, s2, o2).await;
    attended(&store, s3, o3).await;
    attended(&store, s4, o3).await;
    attended(&store, s4, o4).await;
    attended(&store, s1, o5).await;
    attended(&store, s_info, o2).await;
    attended(&store, s1, elsewhere).await;
    // o3 was absent from s2: no certificate from it.
    store
        .register_officer(s2, o3, ev(AuditAction::TrainingSessionRegister, s2))
        .await
        .unwrap();
    store
        .set_attendance(
            s2,
            o3,
            AttendanceStatus::Absent,
            ev(AuditAction::TrainingSessionAttendance, s2),
        )
        .await
        .unwrap();
    store
        .register_officer(
            planned,
            o2,
            ev(AuditAction::TrainingSessionRegister, planned),
        )
        .await
        .unwrap();
    store
        .register_officer(
            cancelled,
            o1,
            ev(AuditAction::TrainingSessionRegister, cancelled),
        )
        .await
        .unwrap();
    store
        .cancel_training_session(cancelled, ev(AuditAction::TrainingSessionCancel, cancelled))
        .await
        .unwrap();
    designate(&store, u, o3).await;
    designate(&store, u, o4).await;

    let registry = store.training_registry().await.unwrap();
    // On D: o2's certificate expired today; o1's falls due on the horizon; o4 is a referent
    // without a referent certificate.
    assert_eq!(
        registry.unit_coverage(u, d(2026, 6, 1)),
        Coverage {
            active_officers: 4,
            basic_valid: 3,
            referents_valid: 1,
            referents_lapsed: 1,
            renewals_due: 1,
            sessions_planned: 1,
        }
    );
    // The day before: o2 is still valid and due (tomorrow); o1 is one day past the horizon.
    assert_eq!(
        registry.unit_coverage(u, d(2026, 5, 31)),
        Coverage {
            active_officers: 4,
            basic_valid: 4,
            referents_valid: 1,
            referents_lapsed: 1,
            renewals_due: 1,
            sessions_planned: 1,
        }
    );
    // After the planned session's day nothing is planned; o1 lapses on 2026-07-31.
    let later = registry.unit_coverage(u, d(2026, 7, 31));
    assert_eq!((later.basic_valid, later.sessions_planned), (2, 0));
    let rows = registry.coverage_on(d(2026, 6, 1));
    assert_eq!(rows.len(), 2, "both police units, no partner");
    let row = rows.iter().find(|r| r.unit.id == other).unwrap();
    assert_eq!(
        (row.coverage.active_officers, row.coverage.basic_valid),
        (1, 1)
    );
    assert_eq!(row.coverage.basic_percent(), Some(100));
}

async fn registrations_follow_the_rules_and_are_audited(store: Store) {
    let u = unit(&store, "u1", UnitKind::Intervention).await;
    let partner = unit(&store, "pag-asa", UnitKind::Partner).await;
    let c = course(&store, CourseKind::Basic, Some(24)).await;
    let o1 = officer(&store, u, "o1", true).await;
    let o2 = officer(&store, u, "o2", true).await;
    let before = store.audit_count().await.unwrap();
    let s = session(&store, c, d(2030, 1, 1), 1).await;
    store
        .register_officer(s, o1, ev(AuditAction::TrainingSessionRegister, s))
        .await
        .unwrap();
    assert!(matches!(
        store
            .register_officer(s, o1, ev(AuditAction::TrainingSessionRegister, s))
            .await,
        Err(StoreError::Conflict(_))
    ));
    assert!(matches!(
        store
            .register_officer(s, o2, ev(AuditAction::TrainingSessionRegister, s))
            .await,
        Err(StoreError::Refused("over_capacity"))
    ));
    assert!(matches!(
        store
            .set_attendance(
                s,
                o2,
                AttendanceStatus::Attended,
                ev(AuditAction::TrainingSessionAttendance, s)
            )
            .await,
        Err(StoreError::NotFound(_))
    ));
    store
        .cancel_training_session(s, ev(AuditAction::TrainingSessionCancel, s))
        .await
        .unwrap();
    assert!(matches!(
        store
            .set_attendance(
                s,
                o1,
                AttendanceStatus::Attended,
                ev(AuditAction::TrainingSessionAttendance, s)
            )
            .await,
        Err(StoreError::Refused("session_cancelled"))
    ));
    assert!(matches!(
        store
            .register_officer(
                Uuid::now_v7(),
                o1,
                ev(AuditAction::TrainingSessionRegister, s)
            )
            .await,
        Err(StoreError::NotFound(_))
    ));
    // session + registration + cancel: three entries; refusals leave none.
    assert_eq!(store.audit_count().await.unwrap(), before + 3);

    // A session with a non-partner unit as partner is refused whole.
    let sessions = store.list_training_sessions().await.unwrap().len();
    let bad = TrainingSessionRecord {
        id: Uuid::now_v7(),
        course_id: c,
        starts_at: Utc::now(),
        place: "x".into(),
        trainers: String::new(),
        capacity: 5,
        cancelled: false,
        partner_ids: vec![partner, u],
    };
    assert!(matches!(
        store
            .create_training_session(bad.clone(), ev(AuditAction::TrainingSessionCreate, bad.id))
            .await,
        Err(StoreError::Refused("not_a_partner"))
    ));
    assert_eq!(
        store.list_training_sessions().await.unwrap().len(),
        sessions
    );
    let good = TrainingSessionRecord {
        partner_ids: vec![partner],
        ..bad
    };
    store
        .create_training_session(
            good.clone(),
            ev(AuditAction::TrainingSessionCreate, good.id),
        )
        .await
        .unwrap();
    assert_eq!(
        store.training_session(good.id).await.unwrap().partner_ids,
        vec![partner]
    );
    let page = store
        .audit_page(&AuditFilter::default(), 0, 100)
        .await
        .unwrap();
    assert!(
        page.entries
            .iter()
            .any(|e| e.action == "training.session.register")
    );
}

lumen_store::store_tests!(
    coverage_matches_hand_computed_figures,
    registrations_follow_the_rules_and_are_audited,
);
