//! Personal fields sealed at rest: TOTP secrets, screening report references and person
//! descriptions are stored only encrypted under per-row keys wrapped by the master key, and a
//! master key rotation leaves every value readable under the new key only. Run on SQLite and
//! PostgreSQL.

use lumen_crypto::MasterKey;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Email, Role, UserId};
use lumen_store::testing::{FreshDb, TestDb, dump_all_tables, fresh};
use lumen_store::{AuditFilter, NewScreening, NewUser, Store, StoreError};
use uuid::Uuid;

const TOTP: &str = "MARKERTOTPSECRETQQQQ";
const REF: &str = "PV MARKER-REF-9731/2026";
const DESCRIPTION: &str = "MARKER-DESCRIPTION woman in a red coat";

fn ev(action: AuditAction) -> AuditEvent {
    AuditEvent::new(action, None).by("tester", "admin")
}

async fn user_with_totp(store: &Store) -> UserId {
    let id = UserId::new();
    let new = NewUser {
        id,
        email: Email::parse(&format!("{}@zone.example", Uuid::new_v4().simple())).unwrap(),
        display_name: "Officer".into(),
        role: Role::Frontline,
        unit_id: None,
        password_hash: "$argon2id$v=19$m=19456,t=2,p=1$x$y".into(),
        totp_secret: Some(TOTP.into()),
    };
    store
        .create_user(new, ev(AuditAction::UserCreate))
        .await
        .unwrap();
    id
}

fn screening(officer: UserId) -> NewScreening {
    NewScreening {
        id: Uuid::now_v7(),
        officer_id: officer,
        unit_id: None,
        set_id: "adult-sexual".into(),
        indicators: vec!["as.d1.nature_of_job".into()],
        age: Some(24),
        facts: "{}".into(),
        result: "{}".into(),
        report_ref: Some(REF.into()),
        person_description: Some(DESCRIPTION.into()),
    }
}

async fn file(store: &Store, officer: UserId) -> Uuid {
    let new = screening(officer);
    let id = new.id;
    store
        .create_screening(new, ev(AuditAction::ScreeningCreate))
        .await
        .unwrap();
    id
}

/// Every stored byte a thief of the database would have: every row of every table, and on
/// SQLite the database and WAL files themselves.
async fn everything_stored(f: &FreshDb) -> String {
    let mut all = String::new();
    for table in dump_all_tables(&f.store).await.unwrap() {
        for row in table.rows {
            all.push_str(&row);
            all.push('\n');
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

/// A row id as an SQL literal: SQLite keeps UUIDs as 16-byte blobs.
fn id_sql(db: TestDb, id: Uuid) -> String {
    match db {
        TestDb::Sqlite => format!("X'{}'", id.simple()),
        TestDb::Postgres => format!("'{id}'"),
    }
}

fn assert_no_marker(stored: &str) {
    for marker in [TOTP, "MARKER-REF", "MARKER-DESCRIPTION"] {
        assert!(!stored.contains(marker), "{marker} is stored in clear");
    }
}

async fn personal_fields_are_stored_only_sealed(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let officer = user_with_totp(&f.store).await;
    let id = file(&f.store, officer).await;
    assert_no_marker(&everything_stored(&f).await);
    assert_eq!(
        f.store.totp_secret(officer).await.unwrap().as_deref(),
        Some(TOTP)
    );
    let got = f.store.screening(id).await.unwrap();
    assert_eq!(got.report_ref.as_deref(), Some(REF));
    assert_eq!(got.person_description.as_deref(), Some(DESCRIPTION));
}

async fn a_sealed_value_moved_to_another_row_does_not_open(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let officer = user_with_totp(&f.store).await;
    let a = file(&f.store, officer).await;
    let b = file(&f.store, officer).await;
    let (a_sql, b_sql) = (id_sql(db, a), id_sql(db, b));
    f.store
        .execute_unprepared_for_tests(&format!(
            "UPDATE screenings SET data_key = (SELECT data_key FROM screenings WHERE id = {a_sql}), \
             report_ref_sealed = (SELECT report_ref_sealed FROM screenings WHERE id = {a_sql}) \
             WHERE id = {b_sql}"
        ))
        .await
        .unwrap();
    assert!(f.store.screening(a).await.is_ok());
    assert!(matches!(
        f.store.screening(b).await,
        Err(StoreError::Sealed { .. })
    ));
}

async fn without_the_master_key_nothing_personal_is_written(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let officer = user_with_totp(&f.store).await;
    let keyless = Store::connect(f.options.clone()).await.unwrap();
    let audit_only = keyless.with_audit_key(lumen_domain::audit::AuditKey::from_bytes([1; 32]));
    let refused = audit_only
        .create_screening(screening(officer), ev(AuditAction::ScreeningCreate))
        .await;
    assert!(matches!(refused, Err(StoreError::MasterKeyMissing)));
    assert_eq!(
        f.store
            .audit_page(
                &AuditFilter {
                    action: Some("screening.create".into()),
                    ..Default::default()
                },
                0,
                10
            )
            .await
            .unwrap()
            .total,
        0,
        "nothing half-stored"
    );
    assert!(matches!(
        audit_only.totp_secret(officer).await,
        Err(StoreError::MasterKeyMissing)
    ));
}

async fn rotation_rewraps_every_key_and_the_old_key_opens_nothing(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let officer = user_with_totp(&f.store).await;
    let ids = [file(&f.store, officer).await, file(&f.store, officer).await];
    let new = MasterKey::generate();
    let done = f
        .store
        .rotate_master_key(&new, ev(AuditAction::KeysMasterRotated))
        .await
        .unwrap();
    assert_eq!((done.users, done.screenings), (1, 2));
    let old = f.store.clone();
    assert!(matches!(
        old.screening(ids[0]).await,
        Err(StoreError::Sealed { .. })
    ));
    assert!(matches!(
        old.totp_secret(officer).await,
        Err(StoreError::Sealed { .. })
    ));
    let rotated = f.store.clone().with_master_key(new);
    for id in ids {
        let got = rotated.screening(id).await.unwrap();
        assert_eq!(got.report_ref.as_deref(), Some(REF));
        assert_eq!(got.person_description.as_deref(), Some(DESCRIPTION));
    }
    assert_eq!(
        rotated.totp_secret(officer).await.unwrap().as_deref(),
        Some(TOTP)
    );
    let logged = rotated
        .audit_page(
            &AuditFilter {
                action: Some("keys.master_rotated".into()),
                ..Default::default()
            },
            0,
            10,
        )
        .await
        .unwrap();
    assert_eq!(logged.total, 1);
}

async fn clear_rows_from_before_sealing_are_sealed_once(db: TestDb) {
    let Some(f) = fresh(db).await else { return };
    let officer = user_with_totp(&f.store).await;
    let id = file(&f.store, officer).await;
    // The rows as an older Lumen stored them: clear values, no row key.
    f.store
        .execute_unprepared_for_tests(&format!(
            "UPDATE users SET data_key = NULL, totp_secret_sealed = NULL, totp_secret = '{TOTP}'"
        ))
        .await
        .unwrap();
    f.store
        .execute_unprepared_for_tests(&format!(
            "UPDATE screenings SET data_key = NULL, report_ref_sealed = NULL, \
             person_description_sealed = NULL, report_ref = '{REF}', \
             person_description = '{DESCRIPTION}' WHERE id = {}",
            id_sql(db, id)
        ))
        .await
        .unwrap();
    assert_eq!(f.store.seal_clear_fields().await.unwrap(), 2);
    assert_eq!(f.store.seal_clear_fields().await.unwrap(), 0, "once");
    let rows: String = dump_all_tables(&f.store)
        .await
        .unwrap()
        .into_iter()
        .flat_map(|t| t.rows)
        .collect();
    assert_no_marker(&rows);
    assert_eq!(
        f.store.totp_secret(officer).await.unwrap().as_deref(),
        Some(TOTP)
    );
    let got = f.store.screening(id).await.unwrap();
    assert_eq!(got.report_ref.as_deref(), Some(REF));
    assert_eq!(got.person_description.as_deref(), Some(DESCRIPTION));
}

lumen_store::on_both_databases!(
    personal_fields_are_stored_only_sealed,
    a_sealed_value_moved_to_another_row_does_not_open,
    without_the_master_key_nothing_personal_is_written,
    rotation_rewraps_every_key_and_the_old_key_opens_nothing,
    clear_rows_from_before_sealing_are_sealed_once,
);
