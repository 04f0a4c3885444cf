//! Consistent copies of a running SQLite database.

use crate::{Backend, Store, StoreError};
use sea_orm::{ConnectionTrait, Statement, Value};
use std::path::Path;

impl Store {
    /// Writes a consistent copy of the database to `to` with `VACUUM INTO`, safe while the
    /// server runs. The target must not exist. PostgreSQL is backed up with `pg_dump`.
    pub async fn backup_to(&self, to: &Path) -> Result<(), StoreError> {
        if self.backend != Backend::Sqlite {
            return Err(StoreError::Config(
                "PostgreSQL databases are backed up with pg_dump (e.g. `pg_dump --format=custom --file=lumen.dump \"$URL\"`) and restored with pg_restore".into(),
            ));
        }
        if to.exists() {
            return Err(StoreError::Config(format!(
                "{} already exists; choose a new file",
                to.display()
            )));
        }
        let target = to
            .to_str()
            .ok_or_else(|| StoreError::Config("the backup path is not valid UTF-8".into()))?;
        // SQLite writes into an existing empty file and keeps its mode; creating it here
        // also closes the gap between the check above and the copy.
        crate::file_mode::create_private(to)?;
        let copied = self
            .db
            .execute_raw(Statement::from_sql_and_values(
                self.db.get_database_backend(),
                "VACUUM INTO ?",
                [Value::from(target.to_owned())],
            ))
            .await;
        if let Err(e) = copied {
            let _ = std::fs::remove_file(to);
            return Err(e.into());
        }
        Ok(())
    }
}
