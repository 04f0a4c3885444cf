//! Write transactions, and on SQLite the queue they wait in.
//!
//! SQLite lets one writer at a time in. Left to itself, a writer that finds the database
//! locked waits in SQLite's busy handler, which sleeps between retries (up to 100 ms a
//! sleep) and so hands the lock over late and unfairly: latency spikes while the disk idles.
//! Instead, every write on a SQLite store first takes its turn on an async, first-come
//! first-served gate shared by the pool, and holds it until its transaction commits or is
//! rolled back. PostgreSQL is not gated: it locks rows itself, and the audit chain takes an
//! advisory lock. Reads are never gated.

use crate::{Backend, Store, StoreError};
use sea_orm::{
    ConnectionTrait, DatabaseTransaction, DbBackend, DbErr, ExecResult, QueryResult, Statement,
    TransactionOptions, TransactionTrait,
};
use std::ops::Deref;
use std::sync::Arc;
use tokio::sync::{Mutex, OwnedMutexGuard};

/// The SQLite writers' queue, shared by the clones of a store.
#[derive(Debug, Clone, Default)]
pub(crate) struct WriteGate(Arc<Mutex<()>>);

/// A write transaction holding, on SQLite, the writers' turn until it ends.
///
/// Dereferences to the [`DatabaseTransaction`] and is itself a connection, so queries take
/// `&txn`. Dropped without [`WriteTxn::commit`], it rolls back and gives up its turn.
pub(crate) struct WriteTxn {
    // Field order matters: the transaction is dropped (its rollback started) before the turn
    // is given up.
    txn: DatabaseTransaction,
    _turn: Option<OwnedMutexGuard<()>>,
}

impl WriteTxn {
    /// Commits, then gives up the turn.
    pub(crate) async fn commit(self) -> Result<(), DbErr> {
        let WriteTxn { txn, _turn } = self;
        txn.commit().await
    }
}

impl Deref for WriteTxn {
    type Target = DatabaseTransaction;

    fn deref(&self) -> &DatabaseTransaction {
        &self.txn
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for WriteTxn {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }

    fn support_returning(&self) -> bool {
        self.txn.support_returning()
    }

    fn is_mock_connection(&self) -> bool {
        self.txn.is_mock_connection()
    }
}

impl Store {
    /// On SQLite, waits for the writers' turn; `None` on PostgreSQL. Hold it across a write
    /// made outside [`Store::begin_write`] (a single statement on the pool) so it queues with
    /// the transactions instead of in SQLite's busy handler. Never call `begin_write` while
    /// holding it: the gate is not re-entrant.
    pub(crate) async fn write_turn(&self) -> Option<OwnedMutexGuard<()>> {
        match self.backend {
            Backend::Sqlite => Some(self.write_gate.0.clone().lock_owned().await),
            Backend::Postgres => None,
        }
    }

    /// Starts a write transaction. On SQLite it waits for the writers' turn, then runs
    /// `BEGIN IMMEDIATE`, so it holds the write lock from the start and never fails when a
    /// read lock would be upgraded; the busy timeout still covers writers from other pools or
    /// processes on the same file.
    pub(crate) async fn begin_write(&self) -> Result<WriteTxn, StoreError> {
        let turn = self.write_turn().await;
        let options = match self.backend {
            Backend::Sqlite => TransactionOptions {
                sqlite_transaction_mode: Some(sea_orm::SqliteTransactionMode::Immediate),
                ..Default::default()
            },
            Backend::Postgres => TransactionOptions::default(),
        };
        let txn = self.db.begin_with_options(options).await?;
        Ok(WriteTxn { txn, _turn: turn })
    }
}

#[cfg(test)]
mod tests {
    use crate::testing::{TestDb, fresh};
    use std::time::Duration;
    use tokio::time::timeout;

    /// On SQLite a write waits while another holds the turn, and gets it once that one
    /// ends, committed or dropped; on PostgreSQL nothing is gated.
    async fn writes_take_turns(db: TestDb) {
        let Some(db) = fresh(db).await else { return };
        let store = db.store.clone();
        let held = store.begin_write().await.unwrap();
        let waiting = timeout(Duration::from_millis(200), store.begin_write()).await;
        match db.store.backend() {
            crate::Backend::Sqlite => {
                assert!(
                    waiting.is_err(),
                    "a second SQLite writer must wait its turn"
                );
                drop(held);
                let next = timeout(Duration::from_secs(5), store.begin_write()).await;
                let next = next.expect("a dropped transaction gives up its turn");
                next.unwrap().commit().await.unwrap();
                let again = timeout(Duration::from_secs(5), store.begin_write()).await;
                again
                    .expect("a committed transaction gives up its turn")
                    .unwrap();
            }
            crate::Backend::Postgres => {
                assert!(store.write_turn().await.is_none());
                waiting.expect("PostgreSQL writers are not gated").unwrap();
                held.commit().await.unwrap();
            }
        }
    }

    crate::on_both_databases!(writes_take_turns);
}
