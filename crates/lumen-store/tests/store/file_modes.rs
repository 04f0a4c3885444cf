//! The database, its WAL and its backups are readable by their owner only (0600), whatever
//! the process umask: they hold personal data.

#![cfg(unix)]

use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_store::{ConnectOptions, CreateMode, DatabaseUrl, Store};
use std::os::unix::fs::PermissionsExt;
use std::path::Path;

fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o777
}

async fn open(path: &Path) -> Store {
    let mut options = ConnectOptions::new(DatabaseUrl::Sqlite(path.to_owned()));
    options.create = CreateMode::CreateIfMissing;
    lumen_store::testing::with_test_keys(Store::connect(options).await.expect("database opens"))
}

#[tokio::test]
async fn database_wal_and_backup_are_owner_only() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lumen.db");
    let store = open(&db).await;
    store.migrate().await.expect("migrations apply");
    store
        .audit(AuditEvent::new(AuditAction::UnitCreate, None))
        .await
        .expect("a write goes to the WAL");
    assert_eq!(mode(&db), 0o600, "database file");
    let wal = dir.path().join("lumen.db-wal");
    assert!(wal.exists(), "the write left a WAL");
    assert_eq!(mode(&wal), 0o600, "WAL file");
    let backup = dir.path().join("copy.db");
    store.backup_to(&backup).await.expect("backup is written");
    assert_eq!(mode(&backup), 0o600, "backup file");
    store.close().await.unwrap();
}

#[tokio::test]
async fn an_existing_world_readable_database_is_tightened_on_open() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("lumen.db");
    open(&db).await.close().await.unwrap();
    for name in ["lumen.db", "lumen.db-wal", "lumen.db-shm"] {
        let p = dir.path().join(name);
        if p.exists() {
            std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o644)).unwrap();
        }
    }
    let store = open(&db).await;
    store.migrate().await.expect("migrations apply");
    assert_eq!(mode(&db), 0o600, "database file");
    let wal = dir.path().join("lumen.db-wal");
    if wal.exists() {
        assert_eq!(mode(&wal), 0o600, "WAL file");
    }
    store.close().await.unwrap();
}
