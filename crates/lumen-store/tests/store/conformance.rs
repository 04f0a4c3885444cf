//! Every store operation, run against SQLite and PostgreSQL alike.

use chrono::{Duration, Utc};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::session::SessionStage;
use lumen_domain::{Email, Role, UnitId, UnitKind, UserId};
use lumen_store::{AuditFilter, ChainReport, NewSession, NewUnit, NewUser, Store, StoreError};

fn ev(action: AuditAction, id: impl ToString) -> AuditEvent {
    AuditEvent::new(action, Some(id.to_string())).by("tester", "admin")
}

async fn unit(store: &Store, code: &str) -> UnitId {
    let id = UnitId::new();
    store
        .create_unit(
            NewUnit {
                id,
                code: code.into(),
                name: format!("Unit {code}"),
                kind: UnitKind::Intervention,
            },
            ev(AuditAction::UnitCreate, id),
        )
        .await
        .unwrap();
    id
}

async fn user(store: &Store, email: &str, unit: Option<UnitId>) -> UserId {
    let id = UserId::new();
    let new = NewUser {
        id,
        email: Email::parse(email).unwrap(),
        display_name: "Test".into(),
        role: Role::Investigator,
        unit_id: unit,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        totp_secret: None,
    };
    store
        .create_user(new, ev(AuditAction::UserCreate, id))
        .await
        .unwrap();
    id
}

async fn units_are_unique_and_updatable(store: Store) {
    let id = unit(&store, "thb").await;
    let dup = store
        .create_unit(
            NewUnit {
                id: UnitId::new(),
                code: "thb".into(),
                name: "x".into(),
                kind: UnitKind::Other,
            },
            ev(AuditAction::UnitCreate, 1),
        )
        .await;
    assert!(matches!(dup, Err(StoreError::Conflict(_))));
    let updated = store
        .update_unit(
            id,
            "THB section".into(),
            UnitKind::ThbSection,
            false,
            ev(AuditAction::UnitUpdate, id),
        )
        .await
        .unwrap();
    assert_eq!(
        (updated.name.as_str(), updated.kind, updated.active),
        ("THB section", UnitKind::ThbSection, false)
    );
    assert_eq!(store.unit_by_code("thb").await.unwrap().id, id);
    assert_eq!(store.list_units().await.unwrap().len(), 1);
    assert!(matches!(
        store.unit(UnitId::new()).await,
        Err(StoreError::NotFound(_))
    ));
}

async fn users_round_trip(store: Store) {
    let u = unit(&store, "int").await;
    let id = user(&store, "Anne@Zone.example", Some(u)).await;
    let rec = store
        .user_by_email("anne@zone.example")
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (rec.id, rec.role, rec.unit_id, rec.active),
        (id, Role::Investigator, Some(u), true)
    );
    let dup = NewUser {
        id: UserId::new(),
        email: Email::parse("anne@zone.example").unwrap(),
        display_name: "Other".into(),
        role: Role::Admin,
        unit_id: None,
        password_hash: "h".into(),
        totp_secret: None,
    };
    assert!(matches!(
        store.create_user(dup, ev(AuditAction::UserCreate, 2)).await,
        Err(StoreError::Conflict(_))
    ));
    store
        .set_user_role_unit(
            id,
            Role::Supervisor,
            None,
            ev(AuditAction::UserRoleUnit, id),
        )
        .await
        .unwrap();
    store
        .set_user_locale(id, "nl", ev(AuditAction::UserLanguage, id))
        .await
        .unwrap();
    let rec = store.user(id).await.unwrap();
    assert_eq!(
        (rec.role, rec.unit_id, rec.locale.as_deref()),
        (Role::Supervisor, None, Some("nl"))
    );
    store
        .set_password(
            id,
            "new-hash".into(),
            None,
            ev(AuditAction::UserPasswordChanged, id),
        )
        .await
        .unwrap();
    assert_eq!(store.user(id).await.unwrap().password_hash, "new-hash");
    assert_eq!(store.count_users().await.unwrap(), 1);
}

async fn totp_steps_are_never_accepted_twice(store: Store) {
    let id = user(&store, "t@zone.example", None).await;
    store
        .begin_totp_enrolment(
            id,
            "SECRET".into(),
            ev(AuditAction::UserTotpEnrolmentStarted, id),
        )
        .await
        .unwrap();
    store
        .confirm_totp(
            id,
            100,
            vec!["h1".into(), "h2".into()],
            ev(AuditAction::UserTotpEnrolmentStarted, id),
        )
        .await
        .unwrap();
    assert!(store.user(id).await.unwrap().totp_enabled);
    assert!(
        !store.accept_totp_step(id, 100).await.unwrap(),
        "replay of the enrolment step"
    );
    assert!(store.accept_totp_step(id, 101).await.unwrap());
    assert!(!store.accept_totp_step(id, 101).await.unwrap(), "replay");
    assert!(!store.accept_totp_step(id, 99).await.unwrap(), "older step");
    assert!(store.use_recovery_code(id, "h1").await.unwrap());
    assert!(
        !store.use_recovery_code(id, "h1").await.unwrap(),
        "recovery codes are single-use"
    );
    assert_eq!(store.unused_recovery_codes(id).await.unwrap(), 1);
    store
        .reset_totp(id, ev(AuditAction::UserTotpReset, id))
        .await
        .unwrap();
    let rec = store.user(id).await.unwrap();
    assert!(!rec.totp_enabled && !rec.totp_secret_set);
    assert_eq!(store.totp_secret(id).await.unwrap(), None);
    assert_eq!(store.unused_recovery_codes(id).await.unwrap(), 0);
}

async fn sessions_live_and_die(store: Store) {
    let id = user(&store, "s@zone.example", None).await;
    for h in ["a", "b"] {
        store
            .create_session(NewSession {
                id_hash: h.into(),
                user_id: id,
                stage: SessionStage::AwaitingTotp,
                csrf_token: "c".into(),
            })
            .await
            .unwrap();
    }
    store
        .set_session_stage("a", SessionStage::Complete)
        .await
        .unwrap();
    assert_eq!(
        store.session("a").await.unwrap().unwrap().stage,
        SessionStage::Complete
    );
    let later = Utc::now() + Duration::minutes(5);
    store.touch_session("a", later).await.unwrap();
    assert_eq!(
        store
            .session("a")
            .await
            .unwrap()
            .unwrap()
            .last_seen_at
            .timestamp(),
        later.timestamp()
    );
    // A password change ends every other session.
    store
        .set_password(
            id,
            "h".into(),
            Some("a"),
            ev(AuditAction::UserPasswordChanged, id),
        )
        .await
        .unwrap();
    assert!(store.session("b").await.unwrap().is_none());
    assert!(store.session("a").await.unwrap().is_some());
    // Purge by idle time.
    assert_eq!(
        store
            .purge_sessions(
                Utc::now() + Duration::minutes(10),
                Utc::now() - Duration::hours(1)
            )
            .await
            .unwrap(),
        1
    );
    assert!(store.session("a").await.unwrap().is_none());
    // Deactivation ends sessions.
    store
        .create_session(NewSession {
            id_hash: "c".into(),
            user_id: id,
            stage: SessionStage::Complete,
            csrf_token: "c".into(),
        })
        .await
        .unwrap();
    store
        .set_user_active(id, false, ev(AuditAction::UserDeactivate, id))
        .await
        .unwrap();
    assert!(store.session("c").await.unwrap().is_none());
    store
        .create_session(NewSession {
            id_hash: "d".into(),
            user_id: id,
            stage: SessionStage::Complete,
            csrf_token: "c".into(),
        })
        .await
        .unwrap();
    store.delete_session("d").await.unwrap();
    assert!(store.session("d").await.unwrap().is_none());
}

async fn lockout_counters(store: Store) {
    let id = user(&store, "l@zone.example", None).await;
    let until = Utc::now() + Duration::minutes(1);
    store
        .record_failed_sign_in(id, 5, Some(until), ev(AuditAction::AuthSignIn, id).failed())
        .await
        .unwrap();
    let rec = store.user(id).await.unwrap();
    assert_eq!(rec.failed_attempts, 5);
    assert_eq!(rec.locked_until.unwrap().timestamp(), until.timestamp());
    store.clear_failed_sign_ins(id).await.unwrap();
    let rec = store.user(id).await.unwrap();
    assert_eq!((rec.failed_attempts, rec.locked_until), (0, None));
}

async fn audit_chain_holds_and_detects_tampering(store: Store) {
    let id = user(&store, "a@zone.example", None).await;
    for i in 0..5 {
        store.audit(ev(AuditAction::ReportRead, i)).await.unwrap();
    }
    // 1 user.create + 5 reads.
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainReport::Intact { entries: 6 }
    );
    let page = store
        .audit_page(
            &AuditFilter {
                action: Some("report.read".into()),
                ..Default::default()
            },
            0,
            2,
        )
        .await
        .unwrap();
    assert_eq!(page.total, 5);
    assert_eq!(page.entries.len(), 2);
    assert!(page.entries[0].seq > page.entries[1].seq, "newest first");
    let by_object = store
        .audit_page(
            &AuditFilter {
                object_id: Some(id.to_string()),
                ..Default::default()
            },
            0,
            10,
        )
        .await
        .unwrap();
    assert_eq!(by_object.total, 1);
    store
        .execute_unprepared_for_tests("UPDATE audit_log SET object_id = 'forged' WHERE seq = 4")
        .await
        .unwrap();
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainReport::Broken { seq: 4, checked: 3 }
    );
}

async fn audit_chain_stays_linear_under_concurrency(store: Store) {
    let mut tasks = Vec::new();
    for i in 0..40 {
        let s = store.clone();
        tasks.push(tokio::spawn(async move {
            s.audit(ev(AuditAction::ReportRead, i)).await.unwrap()
        }));
    }
    for t in tasks {
        t.await.unwrap();
    }
    assert_eq!(
        store.verify_audit_chain().await.unwrap(),
        ChainReport::Intact { entries: 40 }
    );
}

async fn a_failed_write_leaves_nothing(store: Store) {
    let before = store.audit_count().await.unwrap();
    let missing_unit = Some(UnitId::new());
    let new = NewUser {
        id: UserId::new(),
        email: Email::parse("x@zone.example").unwrap(),
        display_name: "X".into(),
        role: Role::Admin,
        unit_id: missing_unit,
        password_hash: "h".into(),
        totp_secret: None,
    };
    assert!(
        store
            .create_user(new, ev(AuditAction::UserCreate, 9))
            .await
            .is_err(),
        "foreign key refuses an unknown unit"
    );
    assert_eq!(store.count_users().await.unwrap(), 0);
    assert_eq!(
        store.audit_count().await.unwrap(),
        before,
        "no audit entry for what was not stored"
    );
}

async fn schema_is_current(store: Store) {
    assert_eq!(store.pending_migrations().await.unwrap(), 0);
    assert_eq!(store.migrate().await.unwrap(), 0);
    store.execute_unprepared_for_tests("INSERT INTO seaql_migrations (version, applied_at) VALUES ('m20991231_000001_future', 0)").await.unwrap();
    assert!(matches!(
        store.pending_migrations().await,
        Err(StoreError::NewerSchema(_))
    ));
    assert!(matches!(
        store.migrate().await,
        Err(StoreError::NewerSchema(_))
    ));
}

lumen_store::store_tests!(
    units_are_unique_and_updatable,
    users_round_trip,
    totp_steps_are_never_accepted_twice,
    sessions_live_and_die,
    lockout_counters,
    audit_chain_holds_and_detects_tampering,
    audit_chain_stays_linear_under_concurrency,
    a_failed_write_leaves_nothing,
    schema_is_current,
);
