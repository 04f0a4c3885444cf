//! Whole-table work on sealed fields: sealing the clear values of rows written before sealing
//! existed, and re-wrapping every row's data key under a new master key.

use crate::audit::append;
use crate::entity::{
    case_access_requests, case_approvals, case_journal, case_tasks, cases, persons,
    screening_drafts, screenings, users,
};
use crate::sealed_fields::row_key_for_write;
use crate::{Store, StoreError};
use lumen_crypto::{MasterKey, WrappedDataKey};
use lumen_domain::audit::AuditEvent;
use sea_orm::{
    ActiveModelBehavior, ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition,
    DatabaseTransaction, EntityTrait, IntoActiveModel, ModelTrait, QueryFilter, Value,
};

/// What [`Store::rotate_master_key`] re-wrapped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rotation {
    /// Data keys of accounts.
    pub users: u64,
    /// Data keys of screenings.
    pub screenings: u64,
    /// Data keys of screenings being filled in.
    pub screening_drafts: u64,
    /// Data keys of cases.
    pub cases: u64,
    /// Data keys of case notes.
    pub case_notes: u64,
    /// Data keys of case approvals.
    pub case_approvals: u64,
    /// Data keys of case tasks.
    pub case_tasks: u64,
    /// Data keys of persons (their identifiers are sealed under the same key).
    pub persons: u64,
    /// Data keys of requests for access to restricted cases.
    pub case_access_requests: u64,
}

impl Store {
    /// Seals the clear personal values of rows written before sealing existed and empties their
    /// clear columns, in one transaction. Returns how many rows were sealed (0 once done).
    pub async fn seal_clear_fields(&self) -> Result<u64, StoreError> {
        let master = self.master_key()?;
        let txn = self.begin_write().await?;
        let mut sealed = 0u64;
        let clear_users = users::Entity::find()
            .filter(users::Column::TotpSecret.is_not_null())
            .all(&*txn)
            .await?;
        for m in clear_users {
            let row = m.id.to_string();
            let (key, new_wrapped) =
                row_key_for_write(master, "users", &row, m.data_key.as_deref())?;
            let value = key.seal("totp_secret", m.totp_secret.as_deref())?;
            let mut am: users::ActiveModel = m.into();
            if let Some(wrapped) = new_wrapped {
                am.data_key = Set(Some(wrapped));
            }
            am.totp_secret_sealed = Set(value);
            am.totp_secret = Set(None);
            am.update(&*txn).await?;
            sealed += 1;
        }
        let clear_screenings = screenings::Entity::find()
            .filter(
                Condition::any()
                    .add(screenings::Column::ReportRef.is_not_null())
                    .add(screenings::Column::PersonDescription.is_not_null()),
            )
            .all(&*txn)
            .await?;
        for m in clear_screenings {
            let row = m.id.to_string();
            let (key, new_wrapped) =
                row_key_for_write(master, "screenings", &row, m.data_key.as_deref())?;
            let report_ref = key.seal("report_ref", m.report_ref.as_deref())?;
            let description = key.seal("person_description", m.person_description.as_deref())?;
            let mut am: screenings::ActiveModel = m.into();
            if let Some(wrapped) = new_wrapped {
                am.data_key = Set(Some(wrapped));
            }
            am.report_ref_sealed = Set(report_ref);
            am.person_description_sealed = Set(description);
            am.report_ref = Set(None);
            am.person_description = Set(None);
            am.update(&*txn).await?;
            sealed += 1;
        }
        txn.commit().await?;
        Ok(sealed)
    }

    /// Re-wraps every row's data key from this store's master key to `new`, in one transaction:
    /// afterwards only `new` opens the sealed fields, which themselves are not rewritten. A row
    /// whose key does not open under the current master key stops the rotation, changing
    /// nothing.
    pub async fn rotate_master_key(
        &self,
        new: &MasterKey,
        audit: AuditEvent,
    ) -> Result<Rotation, StoreError> {
        let old = self.master_key()?;
        let rewrap =
            |table: &'static str, row: String, wrapped: &[u8]| -> Result<Vec<u8>, StoreError> {
                let record_ref = format!("{table}:{row}");
                WrappedDataKey::from_bytes(wrapped.to_vec())
                    .and_then(|w| lumen_crypto::rewrap(old, new, &w, &record_ref))
                    .map(|w| w.as_bytes().to_vec())
                    .map_err(|e| StoreError::Sealed {
                        table,
                        row,
                        reason: e.code(),
                    })
            };
        let txn = self.begin_write().await?;
        let done = Rotation {
            users: rewrap_table::<users::Entity>(
                &txn,
                users::Column::Id,
                users::Column::DataKey,
                &rewrap,
            )
            .await?,
            screenings: rewrap_table::<screenings::Entity>(
                &txn,
                screenings::Column::Id,
                screenings::Column::DataKey,
                &rewrap,
            )
            .await?,
            screening_drafts: rewrap_table::<screening_drafts::Entity>(
                &txn,
                screening_drafts::Column::Id,
                screening_drafts::Column::DataKey,
                &rewrap,
            )
            .await?,
            cases: rewrap_table::<cases::Entity>(
                &txn,
                cases::Column::Id,
                cases::Column::DataKey,
                &rewrap,
            )
            .await?,
            case_notes: rewrap_table::<case_journal::Entity>(
                &txn,
                case_journal::Column::Id,
                case_journal::Column::DataKey,
                &rewrap,
            )
            .await?,
            case_approvals: rewrap_table::<case_approvals::Entity>(
                &txn,
                case_approvals::Column::Id,
                case_approvals::Column::DataKey,
                &rewrap,
            )
            .await?,
            case_tasks: rewrap_table::<case_tasks::Entity>(
                &txn,
                case_tasks::Column::Id,
                case_tasks::Column::DataKey,
                &rewrap,
            )
            .await?,
            persons: rewrap_table::<persons::Entity>(
                &txn,
                persons::Column::Id,
                persons::Column::DataKey,
                &rewrap,
            )
            .await?,
            case_access_requests: rewrap_table::<case_access_requests::Entity>(
                &txn,
                case_access_requests::Column::Id,
                case_access_requests::Column::DataKey,
                &rewrap,
            )
            .await?,
        };
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        Ok(done)
    }
}

/// Re-wraps the data key of every row of one sealed table (`id` a UUID column, `data_key` its
/// wrapped key) with `rewrap(table, row id, wrapped)`; returns how many rows.
async fn rewrap_table<E>(
    txn: &DatabaseTransaction,
    id: E::Column,
    data_key: E::Column,
    rewrap: &impl Fn(&'static str, String, &[u8]) -> Result<Vec<u8>, StoreError>,
) -> Result<u64, StoreError>
where
    E: EntityTrait,
    E::Model: IntoActiveModel<E::ActiveModel>,
    E::ActiveModel: ActiveModelTrait<Entity = E> + ActiveModelBehavior + Send,
{
    let table = E::default().table_name();
    let mut n = 0;
    for m in E::find().filter(data_key.is_not_null()).all(txn).await? {
        let row = match m.get(id) {
            Value::Uuid(Some(u)) => u.to_string(),
            _ => return Err(StoreError::NotFound("row id")),
        };
        let wrapped = match m.get(data_key) {
            Value::Bytes(Some(b)) => b,
            _ => Vec::new(),
        };
        let new = rewrap(table, row, &wrapped)?;
        let mut am = m.into_active_model();
        am.set(data_key, Some(new).into());
        am.update(txn).await?;
        n += 1;
    }
    Ok(n)
}
