//! Screening operations, run against SQLite and PostgreSQL alike.

use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Email, Role, UnitId, UnitKind, UserId};
use lumen_store::{AuditFilter, NewScreening, NewUnit, NewUser, ScreeningScope, Store, StoreError};
use uuid::Uuid;

fn ev(action: AuditAction, id: impl ToString) -> AuditEvent {
    AuditEvent::new(action, Some(id.to_string())).by("tester", "admin")
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

async fn officer(store: &Store, email: &str, unit: Option<UnitId>) -> UserId {
    let id = UserId::new();
    let new = NewUser {
        id,
        email: Email::parse(email).unwrap(),
        display_name: "Officer".into(),
        role: Role::Frontline,
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

fn screening(officer: UserId, unit: Option<UnitId>, set: &str) -> NewScreening {
    NewScreening {
        id: Uuid::now_v7(),
        officer_id: officer,
        unit_id: unit,
        set_id: set.into(),
        indicators: vec!["as.d1.nature_of_job".into(), "as.d4.excessive_hours".into()],
        age: Some(24),
        facts: r#"{"act_established":true}"#.into(),
        result: r#"{"outcome":"ilo_combination_not_met"}"#.into(),
        report_ref: Some("PV BR.12.LL.123456/2026".into()),
        person_description: Some("Woman, about 25, red coat".into()),
    }
}

async fn file(store: &Store, new: NewScreening) -> Uuid {
    let id = new.id;
    let audit = AuditEvent::new(AuditAction::ScreeningCreate, Some(id.to_string()))
        .by(new.officer_id, "frontline");
    store.create_screening(new, audit).await.unwrap();
    id
}

async fn screenings_round_trip_with_their_audit_entry(store: Store) {
    let u = unit(&store, "int").await;
    let anne = officer(&store, "anne@zone.example", Some(u)).await;
    let new = screening(anne, Some(u), "adult-sexual");
    let id = file(&store, new.clone()).await;
    let got = store.screening(id).await.unwrap();
    assert_eq!(
        (got.officer_id, got.unit_id, got.set_id.as_str(), got.age),
        (anne, Some(u), "adult-sexual", Some(24))
    );
    assert_eq!(got.indicators, new.indicators);
    assert_eq!((got.facts, got.result), (new.facts, new.result));
    assert_eq!(got.report_ref, new.report_ref);
    assert_eq!(got.person_description, new.person_description);
    let audit = store
        .audit_page(
            &AuditFilter {
                action: Some("screening.create".into()),
                object_id: Some(id.to_string()),
                ..Default::default()
            },
            0,
            10,
        )
        .await
        .unwrap();
    assert_eq!(audit.total, 1, "one audit entry for the screening");
    assert!(matches!(
        store.screening(Uuid::now_v7()).await,
        Err(StoreError::NotFound(_))
    ));
}

async fn screenings_list_by_scope_newest_first(store: Store) {
    let north = unit(&store, "north").await;
    let south = unit(&store, "south").await;
    let anne = officer(&store, "anne@zone.example", Some(north)).await;
    let bert = officer(&store, "bert@zone.example", Some(north)).await;
    let carl = officer(&store, "carl@zone.example", Some(south)).await;
    let mut filed = Vec::new();
    for (who, unit) in [(anne, north), (bert, north), (anne, north), (carl, south)] {
        filed.push(file(&store, screening(who, Some(unit), "adult-labour")).await);
        tokio::time::sleep(std::time::Duration::from_millis(5)).await;
    }
    let ids = |p: lumen_store::ScreeningPage| p.entries.iter().map(|s| s.id).collect::<Vec<_>>();
    let own = store
        .list_screenings(ScreeningScope::Officer(anne), 0, 10)
        .await
        .unwrap();
    assert_eq!(own.total, 2);
    assert_eq!(ids(own), vec![filed[2], filed[0]], "newest first");
    let unit_page = store
        .list_screenings(ScreeningScope::Unit(north), 0, 10)
        .await
        .unwrap();
    assert_eq!(ids(unit_page), vec![filed[2], filed[1], filed[0]]);
    let all = store
        .list_screenings(ScreeningScope::All, 0, 10)
        .await
        .unwrap();
    assert_eq!(ids(all), vec![filed[3], filed[2], filed[1], filed[0]]);
    let second = store
        .list_screenings(ScreeningScope::All, 1, 3)
        .await
        .unwrap();
    assert_eq!(second.total, 4);
    assert_eq!(ids(second), vec![filed[0]], "second page of three");
}

async fn a_screening_by_an_unknown_officer_leaves_nothing(store: Store) {
    let before = store.audit_count().await.unwrap();
    let stray = screening(UserId::new(), None, "adult-labour");
    let audit = AuditEvent::new(AuditAction::ScreeningCreate, Some(stray.id.to_string()));
    assert!(store.create_screening(stray, audit).await.is_err());
    assert_eq!(store.audit_count().await.unwrap(), before);
    let all = store
        .list_screenings(ScreeningScope::All, 0, 10)
        .await
        .unwrap();
    assert_eq!(all.total, 0);
}

lumen_store::store_tests!(
    screenings_round_trip_with_their_audit_entry,
    screenings_list_by_scope_newest_first,
    a_screening_by_an_unknown_officer_leaves_nothing,
);
