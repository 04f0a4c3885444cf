//! Error type of the linking engine.

use thiserror::Error;

/// Errors raised by the linking engine. Each variant has a stable snake_case code ([`LinkError::code`]).
#[derive(Debug, Error)]
pub enum LinkError {
    /// A field specification such as `name=KIND` could not be understood.
    #[error("invalid field specification `{spec}`: {reason}")]
    InvalidFieldSpec {
        /// The specification as given on the command line.
        spec: String,
        /// Why it was rejected.
        reason: String,
    },
    /// A CSV file lacks a column named on the command line.
    #[error("{file}: missing column `{column}` (header has: {available})")]
    MissingColumn {
        /// The file being read.
        file: String,
        /// The column that was asked for.
        column: String,
        /// Columns present in the header.
        available: String,
    },
    /// A CSV row is malformed (ragged, invalid UTF-8, unreadable).
    #[error("{file}: line {line}: {reason}")]
    BadRow {
        /// The file being read.
        file: String,
        /// 1-based line number.
        line: u64,
        /// What is wrong.
        reason: String,
    },
    /// An input or output file could not be opened or written.
    #[error("{path}: {source}")]
    Io {
        /// The path involved.
        path: String,
        /// The underlying error.
        source: std::io::Error,
    },
    /// The input would need more memory than the configured bound.
    #[error("input too large for the configured bounds: {0}")]
    TooLarge(String),
    /// An argument value is out of range or inconsistent.
    #[error("invalid argument: {0}")]
    InvalidArgument(String),
}

impl LinkError {
    /// Stable machine-readable code of the error.
    pub fn code(&self) -> &'static str {
        match self {
            LinkError::InvalidFieldSpec { .. } => "invalid_field_spec",
            LinkError::MissingColumn { .. } => "missing_column",
            LinkError::BadRow { .. } => "bad_row",
            LinkError::Io { .. } => "io_error",
            LinkError::TooLarge(_) => "too_large",
            LinkError::InvalidArgument(_) => "invalid_argument",
        }
    }
}
