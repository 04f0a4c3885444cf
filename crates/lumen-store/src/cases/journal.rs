//! A case's journal: every event of the case in one timeline, written in the same transaction
//! as the change it records. A note's text is sealed under the line's own data key.

use crate::entity::{case_journal, users};
use crate::sealed_fields::RowKey;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_crypto::MasterKey;
use lumen_domain::UserId;
use lumen_domain::cases::JournalKind;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

const TABLE: &str = "case_journal";
const BODY: &str = "body";

/// One line of a case's journal.
#[derive(Clone, PartialEq, Eq)]
pub struct JournalEntry {
    /// Identifier.
    pub id: Uuid,
    /// When it happened.
    pub at: DateTime<Utc>,
    /// Who did it.
    pub author: UserId,
    /// Their name.
    pub author_name: String,
    /// What happened.
    pub kind: JournalKind,
    /// Codes and ids: `from>to` for a status change, the account for a new member.
    pub detail: String,
    /// A note's text.
    pub note: Option<String>,
}

impl std::fmt::Debug for JournalEntry {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("JournalEntry")
            .field("kind", &self.kind)
            .field("detail", &self.detail)
            .finish_non_exhaustive()
    }
}

/// Writes a journal line inside `c` (the change's own transaction).
pub(crate) async fn record(
    c: &impl ConnectionTrait,
    master: Option<&MasterKey>,
    case: Uuid,
    author: UserId,
    kind: JournalKind,
    detail: &str,
    note: Option<&str>,
) -> Result<(), StoreError> {
    let id = Uuid::now_v7();
    let (data_key, body) = match note {
        Some(text) => {
            let master = master.ok_or(StoreError::MasterKeyMissing)?;
            let (key, wrapped) = RowKey::new(master, TABLE, &id.to_string())?;
            (Some(wrapped), key.seal(BODY, Some(text))?)
        }
        None => (None, None),
    };
    case_journal::ActiveModel {
        id: Set(id),
        case_id: Set(case),
        at: Set(Utc::now()),
        author_id: Set(author.0),
        kind: Set(kind.code().to_owned()),
        detail: Set(detail.to_owned()),
        data_key: Set(data_key),
        body_sealed: Set(body),
    }
    .insert(c)
    .await?;
    Ok(())
}

impl Store {
    /// The journal of `case`, newest first, notes opened. Callers check who reads it.
    pub(crate) async fn journal_of(
        &self,
        c: &impl ConnectionTrait,
        case: Uuid,
    ) -> Result<Vec<JournalEntry>, StoreError> {
        let rows = case_journal::Entity::find()
            .filter(case_journal::Column::CaseId.eq(case))
            .order_by_desc(case_journal::Column::At)
            .order_by_desc(case_journal::Column::Id)
            .all(c)
            .await?;
        let mut ids: Vec<Uuid> = rows.iter().map(|r| r.author_id).collect();
        ids.sort_unstable();
        ids.dedup();
        let names = users::Entity::find()
            .filter(users::Column::Id.is_in(ids))
            .all(c)
            .await?;
        rows.into_iter()
            .map(|r| {
                let note = match (&r.data_key, &r.body_sealed) {
                    (Some(k), Some(b)) => {
                        let key = RowKey::open(self.master_key()?, TABLE, &r.id.to_string(), k)?;
                        key.unseal(BODY, Some(b))?
                    }
                    _ => None,
                };
                Ok(JournalEntry {
                    id: r.id,
                    at: r.at,
                    author: UserId(r.author_id),
                    author_name: names
                        .iter()
                        .find(|u| u.id == r.author_id)
                        .map(|u| u.display_name.clone())
                        .unwrap_or_default(),
                    kind: JournalKind::parse(&r.kind).ok_or_else(|| StoreError::Sealed {
                        table: TABLE,
                        row: r.id.to_string(),
                        reason: "not_a_kind",
                    })?,
                    detail: r.detail,
                    note,
                })
            })
            .collect()
    }
}
