//! Database URLs. Only explicit `sqlite://` and `postgres://` URLs are accepted: a mistyped
//! URL is an error that creates nothing.

use std::fmt;
use std::path::PathBuf;

/// Which database engine.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Backend {
    /// Embedded SQLite.
    Sqlite,
    /// PostgreSQL server.
    Postgres,
}

impl fmt::Display for Backend {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Backend::Sqlite => "sqlite",
            Backend::Postgres => "postgres",
        })
    }
}

/// A parsed database URL.
#[derive(Clone, PartialEq, Eq)]
pub enum DatabaseUrl {
    /// `sqlite://PATH`, a file on disk.
    Sqlite(PathBuf),
    /// `postgres://…` or `postgresql://…`, kept whole for the driver.
    Postgres(String),
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DatabaseUrl::Sqlite(p) => write!(f, "sqlite://{}", p.display()),
            DatabaseUrl::Postgres(_) => f.write_str("postgres://[redacted]"),
        }
    }
}

/// Why a database URL is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DatabaseUrlError {
    /// The scheme is neither `sqlite://` nor `postgres://`.
    #[error(
        "unsupported database URL scheme '{0}': expected sqlite://PATH or postgres://USER@HOST/DB"
    )]
    UnknownScheme(String),
    /// `sqlite://` without a path.
    #[error(
        "the sqlite:// URL names no file: expected sqlite://PATH, e.g. sqlite://./data/lumen.db"
    )]
    MissingPath,
    /// Not a URL at all.
    #[error("not a database URL: expected sqlite://PATH or postgres://USER@HOST/DB")]
    NotAUrl,
}

impl DatabaseUrl {
    /// Parses a URL.
    pub fn parse(raw: &str) -> Result<Self, DatabaseUrlError> {
        let raw = raw.trim();
        let Some((scheme, rest)) = raw.split_once("://") else {
            return Err(DatabaseUrlError::NotAUrl);
        };
        match scheme {
            "sqlite" => {
                let path = rest.split('?').next().unwrap_or("");
                if path.is_empty() {
                    Err(DatabaseUrlError::MissingPath)
                } else {
                    Ok(DatabaseUrl::Sqlite(PathBuf::from(path)))
                }
            }
            "postgres" | "postgresql" => Ok(DatabaseUrl::Postgres(raw.to_owned())),
            other => Err(DatabaseUrlError::UnknownScheme(other.to_owned())),
        }
    }

    /// The engine this URL names.
    pub fn backend(&self) -> Backend {
        match self {
            DatabaseUrl::Sqlite(_) => Backend::Sqlite,
            DatabaseUrl::Postgres(_) => Backend::Postgres,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_the_two_schemes() {
        assert_eq!(
            DatabaseUrl::parse("sqlite://./data/lumen.db").unwrap(),
            DatabaseUrl::Sqlite(PathBuf::from("./data/lumen.db"))
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite:///var/lib/lumen.db").unwrap(),
            DatabaseUrl::Sqlite(PathBuf::from("/var/lib/lumen.db"))
        );
        assert_eq!(
            DatabaseUrl::parse("postgres://u@h/db").unwrap().backend(),
            Backend::Postgres
        );
        assert_eq!(
            DatabaseUrl::parse("postgresql://u@h/db").unwrap().backend(),
            Backend::Postgres
        );
    }

    #[test]
    fn refuses_mistyped_urls() {
        assert_eq!(
            DatabaseUrl::parse("sqlit://x.db"),
            Err(DatabaseUrlError::UnknownScheme("sqlit".into()))
        );
        assert!(
            DatabaseUrl::parse("postgress://u@h/db")
                .unwrap_err()
                .to_string()
                .contains("postgress")
        );
        assert_eq!(
            DatabaseUrl::parse("./lumen.db"),
            Err(DatabaseUrlError::NotAUrl)
        );
        assert_eq!(
            DatabaseUrl::parse("sqlite://"),
            Err(DatabaseUrlError::MissingPath)
        );
    }

    #[test]
    fn debug_never_shows_a_postgres_password() {
        let url = DatabaseUrl::parse("postgres://lumen:hunter2@db/lumen").unwrap();
        assert!(!format!("{url:?}").contains("hunter2"));
    }
}
