//! SQLite files (database, WAL, shared memory, backups) are readable by their owner only.
//! SQLite gives its WAL and shared-memory files the database file's mode, so creating the
//! database 0600 (and tightening an existing one) keeps them all private.

use crate::StoreError;
use std::path::{Path, PathBuf};

/// The mode of every file holding the database.
#[cfg(unix)]
pub(crate) const OWNER_ONLY: u32 = 0o600;

/// Creates `path` as an empty owner-only file; fails if it already exists.
pub(crate) fn create_private(path: &Path) -> Result<(), StoreError> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(OWNER_ONLY);
    }
    options
        .open(path)
        .map(drop)
        .map_err(|e| StoreError::Config(format!("cannot create {}: {e}", path.display())))
}

/// The database file and its companions (`-wal`, `-shm`).
fn companions(db: &Path) -> [PathBuf; 3] {
    let with = |suffix: &str| {
        let mut name = db.as_os_str().to_owned();
        name.push(suffix);
        PathBuf::from(name)
    };
    [db.to_owned(), with("-wal"), with("-shm")]
}

/// Removes group and other access from the database and its companions that exist.
pub(crate) fn tighten(db: &Path) -> Result<(), StoreError> {
    #[cfg(unix)]
    for path in companions(db) {
        use std::os::unix::fs::PermissionsExt;
        let Ok(meta) = std::fs::metadata(&path) else {
            continue;
        };
        if meta.permissions().mode() & 0o077 != 0 {
            std::fs::set_permissions(&path, std::fs::Permissions::from_mode(OWNER_ONLY)).map_err(
                |e| {
                    StoreError::Config(format!(
                        "cannot restrict {} to its owner: {e}",
                        path.display()
                    ))
                },
            )?;
        }
    }
    #[cfg(not(unix))]
    let _ = companions(db);
    Ok(())
}
