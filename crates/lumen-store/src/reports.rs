//! Public reports and their message threads. The store receives them sealed (it never sees a
//! report's text, identifiers or contact details) and keeps only the day, not the time, of
//! every arrival. Filing and a reporter's messages are not audited: an audit entry would record
//! the precise time. What staff do with a report is audited in the same transaction.

use crate::audit::append;
use crate::audited::load;
use crate::entity::{report_messages, reports};
use crate::{Store, StoreError};

pub(crate) mod attachments;
mod partner;
mod reply_keys;

use chrono::NaiveDate;
use lumen_domain::UnitId;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::{FiledBy, MessageAuthor, ReportStatus};
pub use partner::PartnerSubmission;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// A report as stored: sealed blobs and the few clear fields.
#[derive(Clone, PartialEq, Eq)]
pub struct ReportRecord {
    /// Identifier.
    pub id: Uuid,
    /// Its number in the order of arrival, from 1: see [`ReportRecord::reference`].
    pub number: i64,
    /// The day it arrived.
    pub created_on: NaiveDate,
    /// The status the reporter sees.
    pub status: ReportStatus,
    /// Keyed hash of the receipt.
    pub receipt_hash: Vec<u8>,
    /// Parameters of the receipt-derived reply key (salt and KDF costs), as text.
    pub reply_key_params: String,
    /// The whole report as JSON, sealed to the section's public key.
    pub sealed_payload: Vec<u8>,
    /// The reply key, sealed to the section's public key; empty until the section derived it.
    pub sealed_reply_key: Vec<u8>,
    /// The receipt, sealed to the section's public key, until the section derived the reply
    /// key from it.
    pub sealed_receipt: Option<Vec<u8>>,
    /// Who filed it.
    pub filed_by: FiledBy,
    /// The partner organisation that filed it, if any.
    pub partner_unit_id: Option<UnitId>,
    /// For a partner submission: the day the partner recorded that the person agreed.
    pub consent_recorded_on: Option<NaiveDate>,
    /// The case it is attached to, once triaged into one.
    pub case_id: Option<Uuid>,
    /// The catalogue code it was closed with in triage.
    pub triage_reason: Option<String>,
}

impl ReportRecord {
    /// The reference staff quote for it ("R-0042").
    pub fn reference(&self) -> String {
        lumen_domain::report::reference(self.number)
    }
}

impl std::fmt::Debug for ReportRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportRecord")
            .field("id", &self.id)
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

/// A report to store (the caller seals it and chooses its id).
#[derive(Clone)]
pub struct NewReport {
    /// Identifier.
    pub id: Uuid,
    /// The day it arrived (the store uses its own day).
    pub created_on: NaiveDate,
    /// The status the reporter sees.
    pub status: ReportStatus,
    /// Keyed hash of the receipt.
    pub receipt_hash: Vec<u8>,
    /// Parameters of the receipt-derived reply key, as text.
    pub reply_key_params: String,
    /// The whole report as JSON, sealed to the section's public key.
    pub sealed_payload: Vec<u8>,
    /// The reply key, sealed to the section's public key; empty when the section is to
    /// derive it from `sealed_receipt`.
    pub sealed_reply_key: Vec<u8>,
    /// The receipt sealed to the section's public key, when the reply key is not derived yet.
    pub sealed_receipt: Option<Vec<u8>>,
    /// Who filed it.
    pub filed_by: FiledBy,
    /// The partner organisation that filed it, if any.
    pub partner_unit_id: Option<UnitId>,
}

/// Which reports the inbox lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ReportFilter {
    /// Only reports with this public status.
    pub status: Option<ReportStatus>,
    /// Only reports filed by this kind of reporter.
    pub filed_by: Option<FiledBy>,
}

/// One message of a report's thread, sealed twice.
#[derive(Clone, PartialEq, Eq)]
pub struct ReportMessageRecord {
    /// Identifier.
    pub id: Uuid,
    /// The report.
    pub report_id: Uuid,
    /// Place in the thread, from 1.
    pub position: i32,
    /// Who wrote it.
    pub author: MessageAuthor,
    /// The day it was written.
    pub created_on: NaiveDate,
    /// The text sealed to the section's public key.
    pub sealed_body: Vec<u8>,
    /// The text encrypted with the receipt-derived reply key.
    pub reply_body: Vec<u8>,
}

impl std::fmt::Debug for ReportMessageRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportMessageRecord")
            .field("id", &self.id)
            .field("position", &self.position)
            .finish_non_exhaustive()
    }
}

/// A message to add: its position is given by the store.
#[derive(Clone)]
pub struct NewReportMessage {
    /// Identifier chosen by the caller (it is part of the encryption's associated data).
    pub id: Uuid,
    /// The report.
    pub report_id: Uuid,
    /// Who wrote it.
    pub author: MessageAuthor,
    /// The text sealed to the section.
    pub sealed_body: Vec<u8>,
    /// The text encrypted with the reply key.
    pub reply_body: Vec<u8>,
}

pub(crate) fn record(m: reports::Model) -> Result<ReportRecord, StoreError> {
    Ok(ReportRecord {
        id: m.id,
        number: m.number,
        created_on: m.created_on,
        status: ReportStatus::parse(&m.status)
            .ok_or_else(|| StoreError::Config(format!("unknown report status {}", m.status)))?,
        receipt_hash: m.receipt_hash,
        reply_key_params: m.reply_key_params,
        sealed_payload: m.sealed_payload,
        sealed_reply_key: m.sealed_reply_key,
        sealed_receipt: m.sealed_receipt,
        filed_by: FiledBy::parse(&m.filed_by)
            .ok_or_else(|| StoreError::Config(format!("unknown report filer {}", m.filed_by)))?,
        partner_unit_id: m.partner_unit_id.map(UnitId),
        consent_recorded_on: m.consent_recorded_on,
        case_id: m.case_id,
        triage_reason: m.triage_reason,
    })
}

pub(crate) fn message(m: report_messages::Model) -> Result<ReportMessageRecord, StoreError> {
    Ok(ReportMessageRecord {
        id: m.id,
        report_id: m.report_id,
        position: m.position,
        author: MessageAuthor::parse(&m.author)
            .ok_or_else(|| StoreError::Config(format!("unknown message author {}", m.author)))?,
        created_on: m.created_on,
        sealed_body: m.sealed_body,
        reply_body: m.reply_body,
    })
}

pub(crate) fn today() -> NaiveDate {
    chrono::Utc::now().date_naive()
}

/// The next report number, inside a write transaction: SQLite writes one at a time, and on
/// PostgreSQL a transaction-scoped lock makes concurrent filings take turns for the number.
async fn next_report_number(txn: &DatabaseTransaction) -> Result<i64, StoreError> {
    use sea_orm::{ConnectionTrait, DatabaseBackend, QuerySelect, Statement};
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        txn.execute_raw(Statement::from_string(
            DatabaseBackend::Postgres,
            "SELECT pg_advisory_xact_lock(7201)",
        ))
        .await?;
    }
    let last: Option<i64> = reports::Entity::find()
        .select_only()
        .column_as(reports::Column::Number.max(), "last")
        .into_tuple::<Option<i64>>()
        .one(txn)
        .await?
        .flatten();
    Ok(last.unwrap_or(0) + 1)
}

/// Inserts a report inside `txn`, with the day a partner recorded the person's consent.
pub(crate) async fn insert_report(
    txn: &DatabaseTransaction,
    new: NewReport,
    consent_recorded_on: Option<NaiveDate>,
) -> Result<reports::Model, StoreError> {
    let number = next_report_number(txn).await?;
    Ok(reports::ActiveModel {
        id: Set(new.id),
        number: Set(number),
        created_on: Set(today()),
        status: Set(new.status.code().to_owned()),
        receipt_hash: Set(new.receipt_hash),
        reply_key_params: Set(new.reply_key_params),
        sealed_payload: Set(new.sealed_payload),
        sealed_reply_key: Set(new.sealed_reply_key),
        sealed_receipt: Set(new.sealed_receipt),
        filed_by: Set(new.filed_by.code().to_owned()),
        partner_unit_id: Set(new.partner_unit_id.map(|u| u.0)),
        consent_recorded_on: Set(consent_recorded_on),
        partner_read_position: Set(0),
        case_id: Set(None),
        triage_reason: Set(None),
        triaged_on: Set(None),
        section_read_position: Set(0),
    }
    .insert(txn)
    .await?)
}

/// Appends a message to its report's thread inside `txn`.
pub(crate) async fn insert_message(
    txn: &DatabaseTransaction,
    new: NewReportMessage,
) -> Result<report_messages::Model, StoreError> {
    load::<reports::Entity>(txn, new.report_id, "report").await?;
    let count = report_messages::Entity::find()
        .filter(report_messages::Column::ReportId.eq(new.report_id))
        .count(txn)
        .await?;
    let position =
        i32::try_from(count + 1).map_err(|_| StoreError::Config("too many messages".into()))?;
    Ok(report_messages::ActiveModel {
        id: Set(new.id),
        report_id: Set(new.report_id),
        position: Set(position),
        author: Set(new.author.code().to_owned()),
        created_on: Set(today()),
        sealed_body: Set(new.sealed_body),
        reply_body: Set(new.reply_body),
    }
    .insert(txn)
    .await?)
}

impl Store {
    /// Stores a sealed report, committed durably before this returns. The day is the store's.
    /// A public report carries no audit entry (it would record the precise time).
    pub async fn create_report(&self, new: NewReport) -> Result<ReportRecord, StoreError> {
        self.create_report_with(new, crate::ReportAttachments::default())
            .await
    }

    /// The report whose receipt has this keyed hash, for the reporter (not audited).
    pub async fn report_by_receipt_hash(
        &self,
        hash: &[u8],
    ) -> Result<Option<ReportRecord>, StoreError> {
        reports::Entity::find()
            .filter(reports::Column::ReceiptHash.eq(hash.to_vec()))
            .one(&self.db)
            .await?
            .map(record)
            .transpose()
    }

    /// One report, read by staff: the read is audited (`report.read`) before it is returned.
    pub async fn read_report(
        &self,
        id: Uuid,
        audit: AuditEvent,
    ) -> Result<ReportRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            let model = load::<reports::Entity>(txn, id, "report").await?;
            record(model)
        })
        .await
    }

    /// A page of reports, newest first (`page` counts from 0), with the total; the listing is
    /// audited (`report.list`) since staff read every summary on it.
    pub async fn list_reports(
        &self,
        page: u64,
        per_page: u64,
        audit: AuditEvent,
    ) -> Result<(Vec<ReportRecord>, u64), StoreError> {
        self.list_reports_filtered(&ReportFilter::default(), page, per_page, audit)
            .await
    }

    /// Like [`Store::list_reports`], keeping only the reports that pass `filter`.
    pub async fn list_reports_filtered(
        &self,
        filter: &ReportFilter,
        page: u64,
        per_page: u64,
        audit: AuditEvent,
    ) -> Result<(Vec<ReportRecord>, u64), StoreError> {
        let txn = self.begin_write().await?;
        let mut query = reports::Entity::find();
        if let Some(status) = filter.status {
            query = query.filter(reports::Column::Status.eq(status.code()));
        }
        if let Some(filed_by) = filter.filed_by {
            query = query.filter(reports::Column::FiledBy.eq(filed_by.code()));
        }
        let paginator = query
            .order_by_desc(reports::Column::Number)
            .paginate(&txn, per_page.max(1));
        let total = paginator.num_items().await?;
        let models = paginator.fetch_page(page).await?;
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        let entries = models.into_iter().map(record).collect::<Result<_, _>>()?;
        Ok((entries, total))
    }

    /// Sets a report's public status, audited.
    pub async fn set_report_status(
        &self,
        id: Uuid,
        status: ReportStatus,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        let txn = self.begin_write().await?;
        let model = load::<reports::Entity>(&txn, id, "report").await?;
        let mut active: reports::ActiveModel = model.into();
        active.status = Set(status.code().to_owned());
        active.update(&txn).await?;
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Adds a message at the end of a report's thread. Staff replies carry an audit entry
    /// (appended in the same transaction); a reporter's message carries none.
    pub async fn add_report_message(
        &self,
        new: NewReportMessage,
        audit: Option<AuditEvent>,
    ) -> Result<ReportMessageRecord, StoreError> {
        self.add_report_message_with_images(new, Vec::new(), audit)
            .await
    }

    /// A report's thread, oldest first.
    pub async fn report_messages(
        &self,
        report_id: Uuid,
    ) -> Result<Vec<ReportMessageRecord>, StoreError> {
        report_messages::Entity::find()
            .filter(report_messages::Column::ReportId.eq(report_id))
            .order_by_asc(report_messages::Column::Position)
            .all(&self.db)
            .await?
            .into_iter()
            .map(message)
            .collect()
    }
}
