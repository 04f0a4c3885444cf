//! Screenings filed by officers. The store keeps what was answered and the engine's result as
//! given to it (JSON text); it does not interpret them.

use crate::entity::screenings;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::audit::AuditEvent;
use lumen_domain::{UnitId, UserId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

use crate::sealed_fields::RowKey;

mod drafts;
pub use drafts::{SCREENING_DRAFT_DAYS, ScreeningDraftRecord};
use lumen_crypto::MasterKey;

/// A screening as stored.
#[derive(Clone, PartialEq, Eq)]
pub struct ScreeningRecord {
    /// Identifier.
    pub id: Uuid,
    /// The officer who filed it.
    pub officer_id: UserId,
    /// The officer's unit at the time, if any.
    pub unit_id: Option<UnitId>,
    /// When it was filed.
    pub created_at: DateTime<Utc>,
    /// Indicator set id, e.g. `adult-sexual`.
    pub set_id: String,
    /// Selected indicator ids.
    pub indicators: Vec<String>,
    /// Age in years, when known.
    pub age: Option<u32>,
    /// Other facts, as JSON.
    pub facts: String,
    /// The assessment, as JSON.
    pub result: String,
    /// Reference of a related report (free text).
    pub report_ref: Option<String>,
    /// Anonymous description of the person.
    pub person_description: Option<String>,
    /// When the officer sent it to the THB section, if they did.
    pub sent_at: Option<DateTime<Utc>>,
    /// The case the section attached it to.
    pub case_id: Option<Uuid>,
    /// The catalogue code the section closed it with in triage.
    pub triage_reason: Option<String>,
}

impl std::fmt::Debug for ScreeningRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ScreeningRecord")
            .field("id", &self.id)
            .field("set_id", &self.set_id)
            .finish_non_exhaustive()
    }
}

/// A screening to store.
#[derive(Clone)]
pub struct NewScreening {
    /// Identifier chosen by the caller (so the audit entry can name it).
    pub id: Uuid,
    /// The officer filing it.
    pub officer_id: UserId,
    /// The officer's unit.
    pub unit_id: Option<UnitId>,
    /// Indicator set id.
    pub set_id: String,
    /// Selected indicator ids.
    pub indicators: Vec<String>,
    /// Age in years, when known.
    pub age: Option<u32>,
    /// Other facts, as JSON.
    pub facts: String,
    /// The assessment, as JSON.
    pub result: String,
    /// Reference of a related report.
    pub report_ref: Option<String>,
    /// Anonymous description of the person.
    pub person_description: Option<String>,
}

/// Which screenings a list covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScreeningScope {
    /// Those filed by one officer.
    Officer(UserId),
    /// Those filed in one unit.
    Unit(UnitId),
    /// Every screening.
    All,
}

/// A page of screenings, newest first.
#[derive(Debug, Clone)]
pub struct ScreeningPage {
    /// The screenings of the page.
    pub entries: Vec<ScreeningRecord>,
    /// How many match in all.
    pub total: u64,
}

/// The table name bound into the associated data of its sealed fields.
const TABLE: &str = "screenings";
const REPORT_REF: &str = "report_ref";
const PERSON_DESCRIPTION: &str = "person_description";

pub(crate) fn record(
    master: Option<&MasterKey>,
    m: screenings::Model,
) -> Result<ScreeningRecord, StoreError> {
    let (report_ref, person_description) = match &m.data_key {
        Some(wrapped) => {
            let master = master.ok_or(StoreError::MasterKeyMissing)?;
            let key = RowKey::open(master, TABLE, &m.id.to_string(), wrapped)?;
            (
                key.unseal(REPORT_REF, m.report_ref_sealed.as_deref())?,
                key.unseal(PERSON_DESCRIPTION, m.person_description_sealed.as_deref())?,
            )
        }
        // A row from before sealing, not sealed yet (no master key at the last start).
        None => (m.report_ref, m.person_description),
    };
    Ok(ScreeningRecord {
        id: m.id,
        officer_id: UserId(m.officer_id),
        unit_id: m.unit_id.map(UnitId),
        created_at: m.created_at,
        set_id: m.set_id,
        indicators: serde_json::from_str(&m.indicators).unwrap_or_default(),
        age: m.age.and_then(|a| u32::try_from(a).ok()),
        facts: m.facts,
        result: m.result,
        report_ref,
        person_description,
        sent_at: m.sent_at,
        case_id: m.case_id,
        triage_reason: m.triage_reason,
    })
}

impl Store {
    /// Stores a screening with its audit entry, in one transaction.
    pub async fn create_screening(
        &self,
        new: NewScreening,
        audit: AuditEvent,
    ) -> Result<ScreeningRecord, StoreError> {
        self.insert_screening(new, None, audit).await
    }

    /// Stores a screening filled in step by step and removes its draft, with the audit entry,
    /// in one transaction. The draft must be the filing officer's.
    pub async fn file_screening_draft(
        &self,
        new: NewScreening,
        draft: Uuid,
        audit: AuditEvent,
    ) -> Result<ScreeningRecord, StoreError> {
        self.insert_screening(new, Some(draft), audit).await
    }

    async fn insert_screening(
        &self,
        new: NewScreening,
        draft: Option<Uuid>,
        audit: AuditEvent,
    ) -> Result<ScreeningRecord, StoreError> {
        let indicators = serde_json::to_string(&new.indicators)
            .map_err(|e| StoreError::Config(e.to_string()))?;
        let age = new
            .age
            .map(|a| i32::try_from(a).map_err(|_| StoreError::Config("age out of range".into())))
            .transpose()?;
        let (key, wrapped) = RowKey::new(self.master_key()?, TABLE, &new.id.to_string())?;
        let report_ref = key.seal(REPORT_REF, new.report_ref.as_deref())?;
        let person_description = key.seal(PERSON_DESCRIPTION, new.person_description.as_deref())?;
        let officer = new.officer_id;
        self.write_audited(audit, async |txn| {
            if let Some(draft) = draft {
                drafts::remove(txn, draft, officer).await?;
            }
            let model = screenings::ActiveModel {
                id: Set(new.id),
                officer_id: Set(new.officer_id.0),
                unit_id: Set(new.unit_id.map(|u| u.0)),
                created_at: Set(Utc::now()),
                set_id: Set(new.set_id),
                indicators: Set(indicators),
                age: Set(age),
                facts: Set(new.facts),
                result: Set(new.result),
                report_ref: Set(None),
                person_description: Set(None),
                data_key: Set(Some(wrapped)),
                report_ref_sealed: Set(report_ref),
                person_description_sealed: Set(person_description),
                sent_at: Set(None),
                case_id: Set(None),
                triage_reason: Set(None),
                triaged_at: Set(None),
            }
            .insert(txn)
            .await?;
            record(self.master_key.as_deref(), model)
        })
        .await
    }

    /// One screening by id.
    pub async fn screening(&self, id: Uuid) -> Result<ScreeningRecord, StoreError> {
        screenings::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(|m| record(self.master_key.as_deref(), m))
            .ok_or(StoreError::NotFound("screening"))?
    }

    /// A page of the screenings in `scope`, newest first. `page` counts from 0.
    pub async fn list_screenings(
        &self,
        scope: ScreeningScope,
        page: u64,
        per_page: u64,
    ) -> Result<ScreeningPage, StoreError> {
        let mut q = screenings::Entity::find();
        q = match scope {
            ScreeningScope::Officer(id) => q.filter(screenings::Column::OfficerId.eq(id.0)),
            ScreeningScope::Unit(id) => q.filter(screenings::Column::UnitId.eq(id.0)),
            ScreeningScope::All => q,
        };
        let paginator = q
            .order_by_desc(screenings::Column::CreatedAt)
            .order_by_desc(screenings::Column::Id)
            .paginate(&self.db, per_page.max(1));
        let total = paginator.num_items().await?;
        let entries = paginator
            .fetch_page(page)
            .await?
            .into_iter()
            .map(|m| record(self.master_key.as_deref(), m))
            .collect::<Result<_, _>>()?;
        Ok(ScreeningPage { entries, total })
    }
}
