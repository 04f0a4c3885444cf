//! The shape of every audited change: one write transaction that changes rows and appends the
//! change's audit entry, committed together or not at all.

use crate::audit::append;
use crate::write::WriteTxn;
use crate::{Store, StoreError};
use lumen_domain::audit::AuditEvent;
use sea_orm::{ConnectionTrait, EntityTrait, PrimaryKeyTrait};

impl Store {
    /// Runs `change` inside one write transaction, appends `audit` in it and commits. An error
    /// from `change` (or from the audit append) rolls everything back: nothing is half-stored.
    pub(crate) async fn write_audited<T>(
        &self,
        audit: AuditEvent,
        change: impl AsyncFnOnce(&WriteTxn) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        let txn = self.begin_write().await?;
        let out = change(&txn).await?;
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        Ok(out)
    }
}

/// The row of `E` with primary key `id`, or `NotFound(what)`.
pub(crate) async fn load<E: EntityTrait>(
    c: &impl ConnectionTrait,
    id: impl Into<<E::PrimaryKey as PrimaryKeyTrait>::ValueType>,
    what: &'static str,
) -> Result<E::Model, StoreError> {
    E::find_by_id(id)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound(what))
}
