//! The append-only audit log with its hash chain.

use crate::entity::audit_log;
use crate::{Backend, Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::audit::{
    AuditEvent, AuditKey, GENESIS_HASH, Link, Outcome, check_link, entry_hash, entry_mac,
    entry_time,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect, Statement,
};

/// One stored audit entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecord {
    /// Position in the chain, from 1.
    pub seq: i64,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// Account id of the actor, if any.
    pub actor: Option<String>,
    /// The actor's role then.
    pub actor_role: Option<String>,
    /// Action code.
    pub action: String,
    /// Object type.
    pub object_type: String,
    /// Object id.
    pub object_id: Option<String>,
    /// `success` or `failure`.
    pub outcome: String,
    /// Hash of this entry.
    pub hash: String,
}

/// Filters for the audit view; empty fields match everything.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Exact action code.
    pub action: Option<String>,
    /// Exact actor id.
    pub actor: Option<String>,
    /// Exact object type.
    pub object_type: Option<String>,
    /// Exact object id.
    pub object_id: Option<String>,
    /// Entries at or after this time.
    pub from: Option<DateTime<Utc>>,
    /// Entries before this time.
    pub until: Option<DateTime<Utc>>,
}

/// One page of entries, newest first.
#[derive(Debug, Clone)]
pub struct AuditPage {
    /// The entries.
    pub entries: Vec<AuditRecord>,
    /// Entries matching the filter in all.
    pub total: u64,
}

/// The result of checking the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChainReport {
    /// Every entry's hash matches and links to its predecessor.
    Intact {
        /// Entries checked.
        entries: u64,
    },
    /// The first entry whose content, hash or link does not match.
    Broken {
        /// Its sequence number.
        seq: i64,
        /// Entries checked before it.
        checked: u64,
    },
}

impl From<audit_log::Model> for AuditRecord {
    fn from(m: audit_log::Model) -> Self {
        Self {
            seq: m.seq,
            at: m.at,
            actor: m.actor,
            actor_role: m.actor_role,
            action: m.action,
            object_type: m.object_type,
            object_id: m.object_id,
            outcome: m.outcome,
            hash: m.hash,
        }
    }
}

/// Appends an entry inside the caller's write transaction, linked under the audit key: a store
/// without the key appends nothing ([`StoreError::AuditKeyMissing`]), so no entry is ever
/// linked by a hash anyone could recompute.
pub(crate) async fn append(
    txn: &DatabaseTransaction,
    backend: Backend,
    key: Option<&AuditKey>,
    event: AuditEvent,
) -> Result<i64, StoreError> {
    let key = key.ok_or(StoreError::AuditKeyMissing)?;
    insert_entry(txn, backend, Some(key), event).await
}

/// Inserts the next entry, linked under `key`, or by plain SHA-256 without one (how entries
/// were linked before the audit key existed; kept for tests that build such a log). On
/// PostgreSQL a transaction-level advisory lock serialises appenders; on SQLite the write
/// transaction already does.
pub(crate) async fn insert_entry(
    txn: &DatabaseTransaction,
    backend: Backend,
    key: Option<&AuditKey>,
    event: AuditEvent,
) -> Result<i64, StoreError> {
    if backend == Backend::Postgres {
        txn.execute_raw(Statement::from_string(
            txn.get_database_backend(),
            "SELECT pg_advisory_xact_lock(7415829)",
        ))
        .await?;
    }
    let last = audit_log::Entity::find()
        .order_by_desc(audit_log::Column::Seq)
        .limit(1)
        .one(txn)
        .await?;
    let (seq, prev) = match last {
        Some(m) => (m.seq + 1, m.hash),
        None => (1, GENESIS_HASH.to_owned()),
    };
    let at = entry_time(Utc::now());
    let hash = match key {
        Some(key) => entry_mac(key, &prev, seq, at, &event),
        None => entry_hash(&prev, seq, at, &event),
    };
    audit_log::Entity::insert(audit_log::ActiveModel {
        seq: Set(seq),
        at: Set(at),
        actor: Set(event.actor),
        actor_role: Set(event.actor_role),
        action: Set(event.action),
        object_type: Set(event.object_type),
        object_id: Set(event.object_id),
        outcome: Set(event.outcome.code().to_owned()),
        prev_hash: Set(prev),
        hash: Set(hash),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(seq)
}

impl Store {
    /// Appends an entry on its own (reads of personal data, refused attempts, sign-ins).
    pub async fn audit(&self, event: AuditEvent) -> Result<i64, StoreError> {
        let txn = self.begin_write().await?;
        let seq = append(&txn, self.backend, self.audit_key.as_deref(), event).await?;
        txn.commit().await?;
        Ok(seq)
    }

    /// A page of entries matching `filter`, newest first. `page` counts from 0.
    pub async fn audit_page(
        &self,
        filter: &AuditFilter,
        page: u64,
        per_page: u64,
    ) -> Result<AuditPage, StoreError> {
        let mut q = audit_log::Entity::find();
        if let Some(v) = &filter.action {
            q = q.filter(audit_log::Column::Action.eq(v.clone()));
        }
        if let Some(v) = &filter.actor {
            q = q.filter(audit_log::Column::Actor.eq(v.clone()));
        }
        if let Some(v) = &filter.object_type {
            q = q.filter(audit_log::Column::ObjectType.eq(v.clone()));
        }
        if let Some(v) = &filter.object_id {
            q = q.filter(audit_log::Column::ObjectId.eq(v.clone()));
        }
        if let Some(v) = filter.from {
            q = q.filter(audit_log::Column::At.gte(v));
        }
        if let Some(v) = filter.until {
            q = q.filter(audit_log::Column::At.lt(v));
        }
        let paginator = q
            .order_by_desc(audit_log::Column::Seq)
            .paginate(&self.db, per_page.max(1));
        let total = paginator.num_items().await?;
        let entries = paginator
            .fetch_page(page)
            .await?
            .into_iter()
            .map(AuditRecord::from)
            .collect();
        Ok(AuditPage { entries, total })
    }

    /// Walks the whole chain in order and reports the first entry that does not match. With
    /// the store's audit key every link must be keyed (older plain entries are re-keyed once by
    /// [`Store::rekey_audit_chain`]); without it only plain links can be checked.
    pub async fn verify_audit_chain(&self) -> Result<ChainReport, StoreError> {
        if self.audit_key.is_none() {
            return Err(StoreError::AuditKeyMissing);
        }
        self.walk_chain(false).await
    }

    /// Walks the chain; `plain_prefix` also accepts plain links before the first keyed one
    /// (a chain started before the key existed, about to be re-keyed).
    pub(crate) async fn walk_chain(&self, plain_prefix: bool) -> Result<ChainReport, StoreError> {
        const BATCH: u64 = 5_000;
        let mut prev = GENESIS_HASH.to_owned();
        let mut expected_seq = 1i64;
        let mut checked = 0u64;
        let key = self.audit_key.as_deref();
        let mut keyed_seen = false;
        loop {
            let rows = audit_log::Entity::find()
                .filter(audit_log::Column::Seq.gte(expected_seq))
                .order_by_asc(audit_log::Column::Seq)
                .limit(BATCH)
                .all(&self.db)
                .await?;
            let n = rows.len() as u64;
            for m in rows {
                let outcome = match m.outcome.as_str() {
                    "success" => Some(Outcome::Success),
                    "failure" => Some(Outcome::Failure),
                    _ => None,
                };
                let link = outcome.map_or(Link::Broken, |outcome| {
                    let event = AuditEvent {
                        actor: m.actor.clone(),
                        actor_role: m.actor_role.clone(),
                        action: m.action.clone(),
                        object_type: m.object_type.clone(),
                        object_id: m.object_id.clone(),
                        outcome,
                    };
                    check_link(key, &m.hash, &prev, m.seq, m.at, &event)
                });
                // Plain links are accepted only before the first keyed one.
                let ok = m.seq == expected_seq
                    && m.prev_hash == prev
                    && match link {
                        Link::Keyed => {
                            keyed_seen = true;
                            true
                        }
                        Link::Plain => key.is_none() || (plain_prefix && !keyed_seen),
                        Link::Broken => false,
                    };
                if !ok {
                    return Ok(ChainReport::Broken {
                        seq: m.seq.min(expected_seq),
                        checked,
                    });
                }
                prev = m.hash;
                expected_seq += 1;
                checked += 1;
            }
            if n < BATCH {
                return Ok(ChainReport::Intact { entries: checked });
            }
        }
    }

    /// Number of entries in the log.
    pub async fn audit_count(&self) -> Result<u64, StoreError> {
        Ok(audit_log::Entity::find().count(&self.db).await?)
    }

    /// Appends an entry linked by plain SHA-256, as Lumen did before the audit key: for tests
    /// that build a log from before it.
    #[cfg(any(test, feature = "testing"))]
    pub async fn append_plain_for_tests(&self, event: AuditEvent) -> Result<i64, StoreError> {
        let txn = self.begin_write().await?;
        let seq = insert_entry(&txn, self.backend, None, event).await?;
        txn.commit().await?;
        Ok(seq)
    }

    /// Runs a raw statement: for tests that tamper with the log.
    #[cfg(any(test, feature = "testing"))]
    pub async fn execute_unprepared_for_tests(&self, sql: &str) -> Result<(), StoreError> {
        self.db.execute_unprepared(sql).await?;
        Ok(())
    }
}
