//! Reply keys the section derives after filing. A report arrives with its receipt sealed to the
//! section (filing stays fast: no slow key derivation on the public side); the staff side opens
//! it, derives the reply key, and settles the report: the sealed reply key is stored and the
//! sealed receipt cleared, in one statement that only applies to a report still waiting.

use super::record;
use crate::entity::reports;
use crate::{ReportRecord, Store, StoreError};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr};
use uuid::Uuid;

impl Store {
    /// A report's sealed record, for key handling (not audited: it returns nothing readable
    /// without the section's key, and the caller audits what it opens).
    pub async fn report_sealed(&self, id: Uuid) -> Result<Option<ReportRecord>, StoreError> {
        reports::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(record)
            .transpose()
    }

    /// Reports whose reply key the section has not derived yet, oldest first, at most `limit`.
    pub async fn reports_awaiting_reply_key(
        &self,
        limit: u64,
    ) -> Result<Vec<ReportRecord>, StoreError> {
        reports::Entity::find()
            .filter(reports::Column::SealedReceipt.is_not_null())
            .order_by_asc(reports::Column::CreatedOn)
            .limit(limit)
            .all(&self.db)
            .await?
            .into_iter()
            .map(record)
            .collect()
    }

    /// Stores the reply key the section derived for a report and forgets its sealed receipt.
    /// Returns false when the report was settled already (by another worker) or is unknown;
    /// the key stored first stays.
    pub async fn settle_reply_key(
        &self,
        report: Uuid,
        sealed_reply_key: Vec<u8>,
    ) -> Result<bool, StoreError> {
        let txn = self.begin_write().await?;
        let updated = reports::Entity::update_many()
            .col_expr(
                reports::Column::SealedReplyKey,
                Expr::value(sealed_reply_key),
            )
            .col_expr(
                reports::Column::SealedReceipt,
                Expr::value(Option::<Vec<u8>>::None),
            )
            .filter(reports::Column::Id.eq(report))
            .filter(reports::Column::SealedReceipt.is_not_null())
            .exec(&txn)
            .await?;
        txn.commit().await?;
        Ok(updated.rows_affected == 1)
    }
}
