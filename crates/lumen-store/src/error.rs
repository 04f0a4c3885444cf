//! The store's error type.

use sea_orm::DbErr;

/// What can go wrong in the store. `code()` gives a stable snake_case code for the interface.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The database could not be reached.
    #[error("database unavailable: {0}")]
    Unavailable(String),
    /// A unique value (e-mail, unit code) is already taken.
    #[error("already exists: {0}")]
    Conflict(&'static str),
    /// The object does not exist.
    #[error("not found: {0}")]
    NotFound(&'static str),
    /// The database was migrated by a newer version of Lumen.
    #[error(
        "this database was migrated by a newer version of Lumen ({0}); refusing to run an older version against it"
    )]
    NewerSchema(String),
    /// The database URL or file is not acceptable.
    #[error("{0}")]
    Config(String),
    /// A domain rule refuses the change; the code names the rule (e.g. `over_capacity`).
    #[error("refused: {0}")]
    Refused(&'static str),
    /// A sealed personal field is written or read, and the store has no master key.
    #[error("this needs the master key that seals personal data (keys.master_key_file)")]
    MasterKeyMissing,
    /// An audit entry is appended or checked, and the store has no audit key.
    #[error("this needs the key that chains the audit log (keys.audit_key_file)")]
    AuditKeyMissing,
    /// A row's sealed fields do not open under the master key (another key, or altered).
    #[error("the sealed fields of {table} {row} do not open: {reason}")]
    Sealed {
        /// The table.
        table: &'static str,
        /// The row's id.
        row: String,
        /// The cryptographic error's code (never secret material).
        reason: &'static str,
    },
    /// Any other database error.
    #[error("database error: {0}")]
    Db(DbErr),
}

impl StoreError {
    /// A stable snake_case code.
    pub fn code(&self) -> &'static str {
        match self {
            Self::Unavailable(_) => "database_unavailable",
            Self::Conflict(_) => "already_exists",
            Self::NotFound(_) => "not_found",
            Self::NewerSchema(_) => "database_newer_schema",
            Self::Config(_) => "database_config",
            Self::Refused(_) => "refused",
            Self::MasterKeyMissing => "master_key_missing",
            Self::AuditKeyMissing => "audit_key_missing",
            Self::Sealed { .. } => "sealed_field",
            Self::Db(_) => "database_error",
        }
    }
}

impl From<DbErr> for StoreError {
    fn from(e: DbErr) -> Self {
        match &e {
            DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => StoreError::Unavailable(e.to_string()),
            _ => {
                let text = e.to_string();
                if is_connection_failure(&text) {
                    StoreError::Unavailable(text)
                } else if is_unique_violation(&text) {
                    StoreError::Conflict("unique")
                } else {
                    StoreError::Db(e)
                }
            }
        }
    }
}

fn is_unique_violation(text: &str) -> bool {
    text.contains("UNIQUE constraint failed") || text.contains("duplicate key value")
}

fn is_connection_failure(text: &str) -> bool {
    [
        "Connection refused",
        "connection closed",
        "PoolTimedOut",
        "pool timed out",
        "Io(",
        "error communicating with database",
        "broken pipe",
        "Broken pipe",
        "terminating connection",
    ]
    .iter()
    .any(|needle| text.contains(needle))
}
