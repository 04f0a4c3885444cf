//! Screenings being filled in: kept between the steps of the form, each officer's own, sealed
//! whole under the row's data key. Drafts are working notes, not records: saving one is not
//! audited (filing it is), and a draft left untouched for [`SCREENING_DRAFT_DAYS`] days is
//! removed the next time its officer starts one.

use crate::entity::screening_drafts;
use crate::sealed_fields::RowKey;
use crate::{Store, StoreError};
use chrono::{DateTime, Duration, Utc};
use lumen_domain::UserId;
use lumen_domain::screening::ScreeningDraft;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

/// How long an untouched draft is kept, in days.
pub const SCREENING_DRAFT_DAYS: i64 = 14;

const TABLE: &str = "screening_drafts";
const CONTENT: &str = "content";

/// A draft as stored.
#[derive(Clone, PartialEq, Eq)]
pub struct ScreeningDraftRecord {
    /// Identifier.
    pub id: Uuid,
    /// The officer filling it in.
    pub officer_id: UserId,
    /// Indicator set id, e.g. `adult-sexual`.
    pub set_id: String,
    /// When it was started.
    pub created_at: DateTime<Utc>,
    /// When a step was last saved.
    pub updated_at: DateTime<Utc>,
    /// What was entered so far.
    pub content: ScreeningDraft,
}

impl std::fmt::Debug for ScreeningDraftRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScreeningDraftRecord")
            .field("id", &self.id)
            .field("set_id", &self.set_id)
            .finish_non_exhaustive()
    }
}

fn seal(key: &RowKey, content: &ScreeningDraft) -> Result<Vec<u8>, StoreError> {
    let json = zeroize::Zeroizing::new(
        serde_json::to_string(content).map_err(|e| StoreError::Config(e.to_string()))?,
    );
    key.seal(CONTENT, Some(json.as_str()))?
        .ok_or(StoreError::NotFound("draft content"))
}

fn expired_before() -> DateTime<Utc> {
    Utc::now() - Duration::days(SCREENING_DRAFT_DAYS)
}

/// Removes `officer`'s draft `id` inside `c` (a write transaction); `NotFound` when there is no
/// such draft of theirs.
pub(crate) async fn remove(
    c: &impl ConnectionTrait,
    id: Uuid,
    officer: UserId,
) -> Result<(), StoreError> {
    let done = screening_drafts::Entity::delete_many()
        .filter(screening_drafts::Column::Id.eq(id))
        .filter(screening_drafts::Column::OfficerId.eq(officer.0))
        .exec(c)
        .await?;
    if done.rows_affected == 0 {
        return Err(StoreError::NotFound("screening draft"));
    }
    Ok(())
}

impl Store {
    fn open_draft(&self, m: screening_drafts::Model) -> Result<ScreeningDraftRecord, StoreError> {
        let key = RowKey::open(self.master_key()?, TABLE, &m.id.to_string(), &m.data_key)?;
        let json = key
            .unseal(CONTENT, Some(&m.content_sealed))?
            .map(zeroize::Zeroizing::new)
            .ok_or(StoreError::NotFound("draft content"))?;
        let content = serde_json::from_str(&json).map_err(|_| StoreError::Sealed {
            table: TABLE,
            row: m.id.to_string(),
            reason: "not_a_draft",
        })?;
        Ok(ScreeningDraftRecord {
            id: m.id,
            officer_id: UserId(m.officer_id),
            set_id: m.set_id,
            created_at: m.created_at,
            updated_at: m.updated_at,
            content,
        })
    }

    /// Starts a draft of a screening of `set_id` for `officer`, and removes the officer's drafts
    /// left untouched for longer than [`SCREENING_DRAFT_DAYS`] days.
    pub async fn start_screening_draft(
        &self,
        officer: UserId,
        set_id: &str,
        content: &ScreeningDraft,
    ) -> Result<ScreeningDraftRecord, StoreError> {
        let id = Uuid::now_v7();
        let (key, wrapped) = RowKey::new(self.master_key()?, TABLE, &id.to_string())?;
        let sealed = seal(&key, content)?;
        let now = Utc::now();
        let txn = self.begin_write().await?;
        screening_drafts::Entity::delete_many()
            .filter(screening_drafts::Column::OfficerId.eq(officer.0))
            .filter(screening_drafts::Column::UpdatedAt.lt(expired_before()))
            .exec(&*txn)
            .await?;
        let model = screening_drafts::ActiveModel {
            id: Set(id),
            officer_id: Set(officer.0),
            set_id: Set(set_id.to_owned()),
            created_at: Set(now),
            updated_at: Set(now),
            data_key: Set(wrapped),
            content_sealed: Set(sealed),
        }
        .insert(&*txn)
        .await?;
        txn.commit().await?;
        self.open_draft(model)
    }

    /// `officer`'s draft `id`; `NotFound` for a draft of another officer's, or an expired one.
    pub async fn screening_draft(
        &self,
        id: Uuid,
        officer: UserId,
    ) -> Result<ScreeningDraftRecord, StoreError> {
        screening_drafts::Entity::find_by_id(id)
            .filter(screening_drafts::Column::OfficerId.eq(officer.0))
            .filter(screening_drafts::Column::UpdatedAt.gte(expired_before()))
            .one(&self.db)
            .await?
            .map(|m| self.open_draft(m))
            .ok_or(StoreError::NotFound("screening draft"))?
    }

    /// Replaces what `officer`'s draft `id` holds.
    pub async fn save_screening_draft(
        &self,
        id: Uuid,
        officer: UserId,
        content: &ScreeningDraft,
    ) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        let m = screening_drafts::Entity::find_by_id(id)
            .filter(screening_drafts::Column::OfficerId.eq(officer.0))
            .one(&*txn)
            .await?
            .ok_or(StoreError::NotFound("screening draft"))?;
        let key = RowKey::open(self.master_key()?, TABLE, &m.id.to_string(), &m.data_key)?;
        let sealed = seal(&key, content)?;
        let mut am: screening_drafts::ActiveModel = m.into();
        am.content_sealed = Set(sealed);
        am.updated_at = Set(Utc::now());
        am.update(&*txn).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Removes `officer`'s draft `id`.
    pub async fn discard_screening_draft(
        &self,
        id: Uuid,
        officer: UserId,
    ) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        remove(&*txn, id, officer).await?;
        txn.commit().await?;
        Ok(())
    }

    /// `officer`'s drafts not yet expired, the most recently saved first.
    pub async fn screening_drafts(
        &self,
        officer: UserId,
    ) -> Result<Vec<ScreeningDraftRecord>, StoreError> {
        screening_drafts::Entity::find()
            .filter(screening_drafts::Column::OfficerId.eq(officer.0))
            .filter(screening_drafts::Column::UpdatedAt.gte(expired_before()))
            .order_by_desc(screening_drafts::Column::UpdatedAt)
            .order_by_desc(screening_drafts::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| self.open_draft(m))
            .collect()
    }
}
