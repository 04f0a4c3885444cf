//! Accounts as the administration lists them (searched, paged) and as the audit view names
//! them, with the objects of its entries.

use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::{Email, Role, UnitId, UnitKind, UserId};
use lumen_store::{AuditFilter, CaseActor, NewCase, NewUnit, NewUser, ObjectName, Store};

fn ev(action: AuditAction, id: impl ToString) -> AuditEvent {
    AuditEvent::new(action, Some(id.to_string())).by("tester", "admin")
}

async fn user(store: &Store, email: &str, name: &str) -> UserId {
    let id = UserId::new();
    let new = NewUser {
        id,
        email: Email::parse(email).unwrap(),
        display_name: name.into(),
        role: Role::Frontline,
        unit_id: None,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        totp_secret: None,
    };
    store
        .create_user(new, ev(AuditAction::UserCreate, id))
        .await
        .unwrap();
    id
}

fn emails(found: &[lumen_store::UserRecord]) -> Vec<&str> {
    found.iter().map(|u| u.email.as_str()).collect()
}

async fn accounts_are_searched_whatever_the_case_and_accents(store: Store) {
    user(&store, "elodie@zone.example", "Élodie Öztürk").await;
    user(&store, "jan@zone.example", "Jan Peeters").await;
    user(&store, "x_y@zone.example", "Xavier 100%").await;
    for q in ["öztürk", "OZTURK", "élodie", "Elodie@Zone"] {
        let (found, total) = store.search_users(Some(q), 0, 10).await.unwrap();
        assert_eq!(emails(&found), ["elodie@zone.example"], "{q}");
        assert_eq!(total, 1);
    }
    assert_eq!(store.search_users(Some("100%"), 0, 10).await.unwrap().1, 1);
    assert_eq!(store.search_users(Some("x_y"), 0, 10).await.unwrap().1, 1);
    assert_eq!(store.search_users(Some("%"), 0, 10).await.unwrap().1, 1);
    assert_eq!(store.search_users(Some("_"), 0, 10).await.unwrap().1, 1);
    assert_eq!(store.search_users(Some("j_n"), 0, 10).await.unwrap().1, 0);
    assert_eq!(store.search_users(Some("  "), 0, 10).await.unwrap().1, 3);
    assert_eq!(store.search_users(None, 0, 10).await.unwrap().1, 3);
}

async fn pages_of_accounts_follow_one_order(store: Store) {
    for n in 0..7 {
        // Same names: the order still holds, by e-mail address.
        user(&store, &format!("same{n}@zone.example"), "Same Name").await;
    }
    user(&store, "aaron@zone.example", "aaron").await;
    user(&store, "zed@zone.example", "Zed").await;
    let mut listed = Vec::new();
    for page in 0..3 {
        let (found, total) = store.search_users(None, page, 4).await.unwrap();
        assert_eq!(total, 9);
        listed.extend(found.into_iter().map(|u| u.email));
    }
    assert_eq!(listed.len(), 9);
    assert_eq!(
        listed[0], "aaron@zone.example",
        "lower case sorts with upper case"
    );
    assert_eq!(listed[8], "zed@zone.example");
    let same: Vec<_> = listed[1..8].to_vec();
    let mut sorted = same.clone();
    sorted.sort();
    assert_eq!(same, sorted);
}

async fn accounts_stored_before_search_are_found_after_migrating(store: Store) {
    user(&store, "elodie@zone.example", "Élodie Öztürk").await;
    // The database as it was before the search column: the migration runs again.
    store
        .execute_unprepared_for_tests("ALTER TABLE users DROP COLUMN search_text")
        .await
        .unwrap();
    store
        .execute_unprepared_for_tests(
            "DELETE FROM seaql_migrations WHERE version = 'm20261203_000014_user_search'",
        )
        .await
        .unwrap();
    assert_eq!(store.migrate().await.unwrap(), 1);
    let (found, _) = store.search_users(Some("ozturk"), 0, 10).await.unwrap();
    assert_eq!(emails(&found), ["elodie@zone.example"]);
}

async fn the_audit_view_names_what_entries_are_about(store: Store) {
    let jan = user(&store, "jan@zone.example", "Jan Peeters").await;
    let anna = UserId::new();
    let new = NewUser {
        id: anna,
        email: Email::parse("anna@zone.example").unwrap(),
        display_name: "Anna".into(),
        role: Role::Investigator,
        unit_id: None,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        totp_secret: None,
    };
    store
        .create_user(new, ev(AuditAction::UserCreate, anna))
        .await
        .unwrap();
    let case = store
        .open_case(
            NewCase {
                prefix: "TEH".into(),
                title: "MARKER-TITLE nail bar".into(),
                forms: vec!["labour".into()],
                places: None,
                owner: anna,
            },
            CaseActor {
                id: anna,
                role: Role::Investigator,
            },
        )
        .await
        .unwrap();
    let unit = UnitId::new();
    store
        .create_unit(
            NewUnit {
                id: unit,
                code: "north".into(),
                name: "Zone Nord".into(),
                kind: UnitKind::Intervention,
            },
            AuditEvent::new(AuditAction::UnitCreate, Some(unit.to_string())).by(jan, Role::Admin),
        )
        .await
        .unwrap();
    let gone = uuid::Uuid::now_v7();
    store
        .audit(
            AuditEvent::new(AuditAction::ScreeningRead, Some(gone.to_string()))
                .by(jan, Role::Investigator),
        )
        .await
        .unwrap();
    store
        .audit(AuditEvent::new(
            AuditAction::UserActivate,
            Some(gone.to_string()),
        ))
        .await
        .unwrap();
    let entries = store
        .audit_page(&AuditFilter::default(), 0, 50)
        .await
        .unwrap()
        .entries;
    let names = store.audit_names(&entries).await.unwrap();
    let actor = names.actor(&jan.to_string()).expect("the account is named");
    assert_eq!(actor.display_name, "Jan Peeters");
    assert_eq!(actor.email, "jan@zone.example");
    assert!(names.actor("tester").is_none(), "not an account");
    assert!(matches!(
        names.object("user", &jan.to_string()),
        Some(ObjectName::Account(a)) if a.display_name == "Jan Peeters"
    ));
    assert!(matches!(
        names.object("unit", &unit.to_string()),
        Some(ObjectName::Unit { name, code }) if name == "Zone Nord" && code == "north"
    ));
    match names.object("case", &case.id.to_string()) {
        Some(ObjectName::Case { reference }) => {
            assert_eq!(reference, &case.reference.to_string());
            assert!(!reference.contains("MARKER"), "nothing of its content");
        }
        other => panic!("a case by its reference: {other:?}"),
    }
    assert!(
        names.object("screening", &gone.to_string()).is_none(),
        "a screening keeps its id"
    );
    assert!(
        names.object("user", &gone.to_string()).is_none(),
        "no such account"
    );
    assert!(names.object("user", "not an id").is_none());
    // A page without entries looks nothing up.
    let none = store.audit_names(&[]).await.unwrap();
    assert!(none.actor(&jan.to_string()).is_none());
}

lumen_store::store_tests!(
    accounts_are_searched_whatever_the_case_and_accents,
    pages_of_accounts_follow_one_order,
    accounts_stored_before_search_are_found_after_migrating,
    the_audit_view_names_what_entries_are_about,
);
