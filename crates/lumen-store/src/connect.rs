//! Opening the database: explicit options for SQLite (WAL, busy timeout, foreign keys, full
//! sync) and PostgreSQL (password kept out of the URL, optional search path).

use crate::{Backend, DatabaseUrl, Store, StoreError};
use sea_orm::sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sea_orm::sqlx::sqlite::{
    SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous,
};
use sea_orm::{SqlxPostgresConnector, SqlxSqliteConnector};
use std::str::FromStr;
use std::time::Duration;

/// Whether a missing SQLite file may be created.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CreateMode {
    /// The file must exist.
    MustExist,
    /// Create the file (never its folder) if it is missing.
    CreateIfMissing,
}

/// How to open the database.
#[derive(Clone)]
pub struct ConnectOptions {
    /// Where the database is.
    pub url: DatabaseUrl,
    /// PostgreSQL password, kept apart from the URL so it never prints.
    pub password: Option<String>,
    /// Pool size.
    pub max_connections: u32,
    /// Whether a missing SQLite file may be created.
    pub create: CreateMode,
    /// PostgreSQL schema to use (tests use one schema each).
    pub pg_search_path: Option<String>,
    /// How long to wait for a connection before answering "unavailable".
    pub acquire_timeout: Duration,
}

impl ConnectOptions {
    /// Options with defaults for `url`.
    pub fn new(url: DatabaseUrl) -> Self {
        Self {
            url,
            password: None,
            max_connections: 8,
            create: CreateMode::MustExist,
            pg_search_path: None,
            acquire_timeout: Duration::from_secs(3),
        }
    }
}

impl Store {
    /// Opens a pool. A SQLite file is created only with [`CreateMode::CreateIfMissing`], and its
    /// folder must exist.
    pub async fn connect(options: ConnectOptions) -> Result<Store, StoreError> {
        match &options.url {
            DatabaseUrl::Sqlite(path) => {
                let exists = path.exists();
                if !exists && options.create == CreateMode::MustExist {
                    return Err(StoreError::Config(format!(
                        "no database at {}; run `lumen migrate` or `lumen demo` to create one",
                        path.display()
                    )));
                }
                if let Some(parent) = path.parent().filter(|p| !p.as_os_str().is_empty())
                    && !parent.is_dir()
                {
                    return Err(StoreError::Config(format!(
                        "the folder {} does not exist; refusing to create a database there",
                        parent.display()
                    )));
                }
                if !exists {
                    crate::file_mode::create_private(path)?;
                }
                crate::file_mode::tighten(path)?;
                let opts = SqliteConnectOptions::new()
                    .filename(path)
                    .create_if_missing(options.create == CreateMode::CreateIfMissing)
                    .journal_mode(SqliteJournalMode::Wal)
                    .synchronous(SqliteSynchronous::Full)
                    .foreign_keys(true)
                    // Values overwritten or deleted (clear fields emptied by sealing) are
                    // zeroed in the file instead of lingering in free space.
                    .pragma("secure_delete", "on")
                    .busy_timeout(Duration::from_secs(10));
                let pool = SqlitePoolOptions::new()
                    .max_connections(options.max_connections.max(1))
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(opts)
                    .await
                    .map_err(|e| StoreError::Unavailable(e.to_string()))?;
                Ok(Store {
                    db: SqlxSqliteConnector::from_sqlx_sqlite_pool(pool),
                    backend: Backend::Sqlite,
                    write_gate: Default::default(),
                    audit_key: None,
                    master_key: None,
                })
            }
            DatabaseUrl::Postgres(url) => {
                let mut opts = PgConnectOptions::from_str(url)
                    .map_err(|e| StoreError::Config(format!("invalid postgres URL: {e}")))?
                    .application_name("lumen");
                if let Some(pw) = &options.password {
                    opts = opts.password(pw);
                }
                if let Some(schema) = &options.pg_search_path {
                    opts = opts.options([("search_path", schema.as_str())]);
                }
                let pool = PgPoolOptions::new()
                    .max_connections(options.max_connections.max(1))
                    .acquire_timeout(options.acquire_timeout)
                    .connect_with(opts)
                    .await
                    .map_err(|e| StoreError::Unavailable(e.to_string()))?;
                Ok(Store {
                    db: SqlxPostgresConnector::from_sqlx_postgres_pool(pool),
                    backend: Backend::Postgres,
                    write_gate: Default::default(),
                    audit_key: None,
                    master_key: None,
                })
            }
        }
    }
}
