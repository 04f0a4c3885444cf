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
