//! The use cases' error type. It says what the caller should tell the user, never how the
//! cryptography or the database failed (details go to the log).

use lumen_store::StoreError;

/// What went wrong in an operation.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    /// No such object (or not one the caller may know of).
    #[error("not_found")]
    NotFound,
    /// The operation needs what this process does not hold (the section's secret key).
    #[error("unavailable")]
    Unavailable,
    /// Cryptography or a stored format failed; the details were logged.
    #[error("internal")]
    Internal,
    /// The store refused or failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl AppError {
    /// A stable snake_case code for logs.
    pub fn code(&self) -> &'static str {
        match self {
            AppError::NotFound => "not_found",
            AppError::Unavailable => "unavailable",
            AppError::Internal => "internal",
            AppError::Store(e) => e.code(),
        }
    }
}
