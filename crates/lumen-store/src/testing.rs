//! Fresh, migrated databases for tests: a SQLite file in a temporary folder, or a PostgreSQL
//! schema of its own in the server named by `PG_TEST_URL`.

use crate::{ConnectOptions, CreateMode, DatabaseUrl, Store};
use tempfile::TempDir;

/// Which engine a test runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestDb {
    /// SQLite in a temporary folder.
    Sqlite,
    /// PostgreSQL, one schema per test.
    Postgres,
}

/// A fresh database and what keeps it alive.
pub struct FreshDb {
    /// The migrated store.
    pub store: Store,
    /// The connection options, to open more pools on the same database.
    pub options: ConnectOptions,
    /// The temporary folder of a SQLite database.
    pub dir: Option<TempDir>,
}

/// The PostgreSQL server for tests, from `PG_TEST_URL`. Without it the tests fail, unless
/// `SKIP_POSTGRES_TESTS=1` says to skip them (returns `None`).
pub fn postgres_url() -> Option<String> {
    match std::env::var("PG_TEST_URL") {
        Ok(url) if !url.is_empty() => Some(url),
        _ if std::env::var("SKIP_POSTGRES_TESTS").as_deref() == Ok("1") => None,
        _ => panic!(
            "PG_TEST_URL is not set: run scripts/test.sh (it starts a throwaway PostgreSQL) or set SKIP_POSTGRES_TESTS=1"
        ),
    }
}

/// A store with the keys a served Lumen has: a random audit key chaining its entries and a
/// random master key sealing personal fields.
pub fn with_test_keys(store: Store) -> Store {
    let audit: [u8; 32] = lumen_crypto::random::random_array();
    store
        .with_audit_key(lumen_domain::audit::AuditKey::from_bytes(audit))
        .with_master_key(lumen_crypto::MasterKey::generate())
}

/// `store` with the keys of `from`: a second pool on the same database that reads what the
/// first one sealed and continues its audit chain.
pub fn with_keys_of(mut store: Store, from: &Store) -> Store {
    store.audit_key = from.audit_key.clone();
    store.master_key = from.master_key.clone();
    store
}

/// Opens a fresh, migrated database (with [`with_test_keys`]), or `None` when PostgreSQL
/// tests are skipped.
pub async fn fresh(db: TestDb) -> Option<FreshDb> {
    match db {
        TestDb::Sqlite => {
            let dir = tempfile::tempdir().expect("temporary folder");
            let url = DatabaseUrl::Sqlite(dir.path().join("lumen.db"));
            let mut options = ConnectOptions::new(url);
            options.create = CreateMode::CreateIfMissing;
            let store = Store::connect(options.clone())
                .await
                .expect("sqlite connects");
            store.migrate().await.expect("migrations apply");
            options.create = CreateMode::MustExist;
            Some(FreshDb {
                store: with_test_keys(store),
                options,
                dir: Some(dir),
            })
        }
        TestDb::Postgres => {
            let url = postgres_url()?;
            let schema = format!("t_{}", uuid::Uuid::new_v4().simple());
            let mut admin = ConnectOptions::new(
                DatabaseUrl::parse(&url).expect("PG_TEST_URL is a postgres URL"),
            );
            admin.max_connections = 1;
            let admin_store = Store::connect(admin.clone())
                .await
                .expect("postgres connects");
            admin_store
                .execute_unprepared_for_tests(&format!("CREATE SCHEMA {schema}"))
                .await
                .expect("schema");
            admin_store.close().await.ok();
            let mut options = admin;
            options.max_connections = 5;
            options.pg_search_path = Some(schema);
            let store = Store::connect(options.clone())
                .await
                .expect("postgres connects");
            store.migrate().await.expect("migrations apply");
            Some(FreshDb {
                store: with_test_keys(store),
                options,
                dir: None,
            })
        }
    }
}

/// Every row of `table` as PostgreSQL prints it (`row::text`; binary columns in hex), one a
/// line: what a test reads to show that nothing is kept in clear. PostgreSQL only (a SQLite
/// test reads the database file's bytes instead).
pub async fn postgres_rows_as_text(
    store: &Store,
    table: &str,
) -> Result<String, crate::StoreError> {
    use sea_orm::{ConnectionTrait, Statement};
    let rows = store
        .db
        .query_all_raw(Statement::from_string(
            store.db.get_database_backend(),
            format!("SELECT t::text AS row FROM {table} t"),
        ))
        .await?;
    let mut out = String::new();
    for row in rows {
        out.push_str(&row.try_get::<String>("", "row")?);
        out.push('\n');
    }
    Ok(out)
}

/// One table as a test reads it: column names and declared types, and every row as text.
#[derive(Debug, Clone)]
pub struct TableDump {
    /// Table name.
    pub name: String,
    /// `(column, declared type)`, lower case.
    pub columns: Vec<(String, String)>,
    /// Every row as text: on SQLite `quote()` of each column joined by `|` (blobs as `X'hex'`),
    /// on PostgreSQL `row::text` (binary columns in hex).
    pub rows: Vec<String>,
}

/// Every table of the database with its columns and rows, on either engine: what a test scans
/// to show that something is stored nowhere.
pub async fn dump_all_tables(store: &Store) -> Result<Vec<TableDump>, crate::StoreError> {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
    let backend = store.db.get_database_backend();
    let query = |sql: String| {
        let db = &store.db;
        async move {
            db.query_all_raw(Statement::from_string(backend, sql))
                .await
                .map_err(crate::StoreError::from)
        }
    };
    let sqlite = backend == DatabaseBackend::Sqlite;
    let tables_sql = if sqlite {
        "SELECT name AS t FROM sqlite_master WHERE type = 'table' ORDER BY name"
    } else {
        "SELECT table_name::text AS t FROM information_schema.tables \
         WHERE table_schema = current_schema() ORDER BY table_name"
    };
    let mut out = Vec::new();
    for row in query(tables_sql.into()).await? {
        let name: String = row.try_get("", "t")?;
        let columns_sql = if sqlite {
            format!("SELECT name AS c, lower(type) AS ty FROM pragma_table_info('{name}')")
        } else {
            format!(
                "SELECT column_name::text AS c, lower(data_type::text) AS ty \
                 FROM information_schema.columns WHERE table_schema = current_schema() \
                 AND table_name = '{name}' ORDER BY ordinal_position"
            )
        };
        let mut columns = Vec::new();
        for c in query(columns_sql).await? {
            columns.push((
                c.try_get::<String>("", "c")?,
                c.try_get::<String>("", "ty")?,
            ));
        }
        let rows_sql = if sqlite {
            let parts: Vec<String> = columns
                .iter()
                .map(|(c, _)| format!("quote(\"{c}\")"))
                .collect();
            format!("SELECT {} AS r FROM \"{name}\"", parts.join(" || '|' || "))
        } else {
            format!("SELECT t::text AS r FROM \"{name}\" t")
        };
        let mut rows = Vec::new();
        if !columns.is_empty() {
            for r in query(rows_sql).await? {
                rows.push(r.try_get::<String>("", "r")?);
            }
        }
        out.push(TableDump {
            name,
            columns,
            rows,
        });
    }
    Ok(out)
}

/// Runs each `async fn name(store: Store)` on a fresh SQLite and a fresh PostgreSQL database,
/// as the tests `sqlite::name` and `postgres::name` (the latter return early when PostgreSQL
/// tests are skipped).
#[macro_export]
macro_rules! store_tests {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let db = $crate::testing::fresh($crate::testing::TestDb::Sqlite).await.unwrap();
                super::$name(db.store.clone()).await;
            })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                let Some(db) = $crate::testing::fresh($crate::testing::TestDb::Postgres).await else { return };
                super::$name(db.store.clone()).await;
            })*
        }
    };
}

/// Runs each `async fn name(db: TestDb)` once per database, as the tests `sqlite::name` and
/// `postgres::name`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name($crate::testing::TestDb::Sqlite).await
            })*
        }
        mod postgres {
            $(#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
            async fn $name() {
                super::$name($crate::testing::TestDb::Postgres).await
            })*
        }
    };
}
