//! What comes with a public report: its images, sealed by the caller, and the blind indexes of
//! the identifiers it names. They are written in the same transaction as the report or the
//! message they came with, so a report is stored whole or not at all. Staff reads of an image
//! are audited; listings carry no image bytes.

use crate::audit::append;
use crate::entity::{report_identifiers, report_images};
use crate::reports::{insert_message, insert_report, message, record, today};
use crate::{NewReport, NewReportMessage, ReportMessageRecord, ReportRecord, Store, StoreError};
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::FiledBy;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, EntityTrait,
    PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

/// An image to store with a report or a message.
#[derive(Clone)]
pub struct NewReportImage {
    /// Identifier chosen by the caller (it is part of the sealing's associated data).
    pub id: Uuid,
    /// `image/jpeg` or `image/png`.
    pub content_type: String,
    /// The image, sealed to the section's public key.
    pub sealed_image: Vec<u8>,
}

impl std::fmt::Debug for NewReportImage {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewReportImage")
            .field("id", &self.id)
            .finish_non_exhaustive()
    }
}

/// The blind index (keyed hash) of one identifier named in a report.
#[derive(Clone, PartialEq, Eq)]
pub struct NewReportIdentifier {
    /// `phone`, `plate`, `website`, `handle` or `email`.
    pub kind: String,
    /// The keyed hash of the normalised value, 32 bytes.
    pub blind_index: Vec<u8>,
}

impl std::fmt::Debug for NewReportIdentifier {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("NewReportIdentifier")
            .field("kind", &self.kind)
            .finish_non_exhaustive()
    }
}

/// What is stored with a new report, in its transaction.
#[derive(Debug, Clone, Default)]
pub struct ReportAttachments {
    /// Sealed images.
    pub images: Vec<NewReportImage>,
    /// Blind indexes of its identifiers (repeats are stored once).
    pub identifiers: Vec<NewReportIdentifier>,
}

/// What is known of an image without its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportImageInfo {
    /// Identifier.
    pub id: Uuid,
    /// The message it came with; `None` when it came with the report.
    pub message_id: Option<Uuid>,
    /// Place among the report's images, from 1.
    pub position: i32,
    /// Its type.
    pub content_type: String,
}

/// One stored image with its sealed bytes.
#[derive(Clone, PartialEq, Eq)]
pub struct ReportImageRecord {
    /// What is known without the bytes.
    pub info: ReportImageInfo,
    /// The report.
    pub report_id: Uuid,
    /// The image, sealed to the section's public key.
    pub sealed_image: Vec<u8>,
}

impl std::fmt::Debug for ReportImageRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ReportImageRecord")
            .field("info", &self.info)
            .finish_non_exhaustive()
    }
}

async fn insert_images(
    txn: &DatabaseTransaction,
    report_id: Uuid,
    message_id: Option<Uuid>,
    images: Vec<NewReportImage>,
) -> Result<(), StoreError> {
    if images.is_empty() {
        return Ok(());
    }
    let existing = report_images::Entity::find()
        .filter(report_images::Column::ReportId.eq(report_id))
        .count(txn)
        .await?;
    for (i, image) in images.into_iter().enumerate() {
        let position = i32::try_from(existing + i as u64 + 1)
            .map_err(|_| StoreError::Config("too many images".into()))?;
        report_images::ActiveModel {
            id: Set(image.id),
            report_id: Set(report_id),
            message_id: Set(message_id),
            position: Set(position),
            created_on: Set(today()),
            content_type: Set(image.content_type),
            sealed_image: Set(image.sealed_image),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

async fn insert_identifiers(
    txn: &DatabaseTransaction,
    report_id: Uuid,
    identifiers: Vec<NewReportIdentifier>,
) -> Result<(), StoreError> {
    let mut seen = Vec::new();
    for identifier in identifiers {
        if seen.contains(&identifier) {
            continue;
        }
        report_identifiers::ActiveModel {
            id: Set(Uuid::new_v4()),
            report_id: Set(report_id),
            kind: Set(identifier.kind.clone()),
            blind_index: Set(identifier.blind_index.clone()),
        }
        .insert(txn)
        .await?;
        seen.push(identifier);
    }
    Ok(())
}

impl Store {
    /// Stores a sealed report with its sealed images and identifier indexes in one
    /// transaction, committed durably before this returns: all of it is stored or none of it.
    pub async fn create_report_with(
        &self,
        new: NewReport,
        attachments: ReportAttachments,
    ) -> Result<ReportRecord, StoreError> {
        let txn = self.begin_write().await?;
        let id = new.id;
        let model = insert_report(&txn, new, None).await?;
        insert_images(&txn, id, None, attachments.images).await?;
        insert_identifiers(&txn, id, attachments.identifiers).await?;
        txn.commit().await?;
        record(model)
    }

    /// Stores a report a partner organisation filed on someone's behalf, with its images and
    /// identifier indexes, the day the person's consent was recorded and its audit entry, in one
    /// transaction. Refuses a report that is not marked as filed by a partner organisation.
    pub async fn create_partner_report(
        &self,
        new: NewReport,
        attachments: ReportAttachments,
        audit: AuditEvent,
    ) -> Result<ReportRecord, StoreError> {
        if new.filed_by != FiledBy::Partner || new.partner_unit_id.is_none() {
            return Err(StoreError::Config(
                "a partner submission names its organisation".into(),
            ));
        }
        let txn = self.begin_write().await?;
        let id = new.id;
        let model = insert_report(&txn, new, Some(today())).await?;
        insert_images(&txn, id, None, attachments.images).await?;
        insert_identifiers(&txn, id, attachments.identifiers).await?;
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        record(model)
    }

    /// The reports naming an identifier with this blind index, oldest first (for linking;
    /// nothing is decrypted).
    pub async fn reports_with_identifier(
        &self,
        kind: &str,
        blind_index: &[u8],
    ) -> Result<Vec<Uuid>, StoreError> {
        let rows: Vec<Uuid> = report_identifiers::Entity::find()
            .select_only()
            .column(report_identifiers::Column::ReportId)
            .filter(report_identifiers::Column::Kind.eq(kind))
            .filter(report_identifiers::Column::BlindIndex.eq(blind_index.to_vec()))
            .order_by_asc(report_identifiers::Column::ReportId)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(rows)
    }

    /// The identifier indexes of a report, as `(kind, blind index)`.
    pub async fn report_identifier_indexes(
        &self,
        report_id: Uuid,
    ) -> Result<Vec<(String, Vec<u8>)>, StoreError> {
        Ok(report_identifiers::Entity::find()
            .select_only()
            .columns([
                report_identifiers::Column::Kind,
                report_identifiers::Column::BlindIndex,
            ])
            .filter(report_identifiers::Column::ReportId.eq(report_id))
            .into_tuple()
            .all(&self.db)
            .await?)
    }

    /// Adds a message and its sealed images at the end of a report's thread, in one
    /// transaction. Staff replies carry an audit entry; a reporter's message carries none.
    pub async fn add_report_message_with_images(
        &self,
        new: NewReportMessage,
        images: Vec<NewReportImage>,
        audit: Option<AuditEvent>,
    ) -> Result<ReportMessageRecord, StoreError> {
        let txn = self.begin_write().await?;
        let (report_id, message_id) = (new.report_id, new.id);
        let model = insert_message(&txn, new).await?;
        insert_images(&txn, report_id, Some(message_id), images).await?;
        if let Some(audit) = audit {
            append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        }
        txn.commit().await?;
        message(model)
    }

    /// The images of a report, in the order they arrived, without their bytes.
    pub async fn report_images(&self, report_id: Uuid) -> Result<Vec<ReportImageInfo>, StoreError> {
        let rows: Vec<(Uuid, Option<Uuid>, i32, String)> = report_images::Entity::find()
            .select_only()
            .columns([
                report_images::Column::Id,
                report_images::Column::MessageId,
                report_images::Column::Position,
                report_images::Column::ContentType,
            ])
            .filter(report_images::Column::ReportId.eq(report_id))
            .order_by_asc(report_images::Column::Position)
            .into_tuple()
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .map(|(id, message_id, position, content_type)| ReportImageInfo {
                id,
                message_id,
                position,
                content_type,
            })
            .collect())
    }

    /// How many images a report has (shown to the reporter).
    pub async fn count_report_images(&self, report_id: Uuid) -> Result<u64, StoreError> {
        Ok(report_images::Entity::find()
            .filter(report_images::Column::ReportId.eq(report_id))
            .count(&self.db)
            .await?)
    }

    /// One image of a report, read by staff: the read is audited before it is returned.
    pub async fn read_report_image(
        &self,
        report_id: Uuid,
        image_id: Uuid,
        audit: AuditEvent,
    ) -> Result<ReportImageRecord, StoreError> {
        let txn = self.begin_write().await?;
        let model = report_images::Entity::find_by_id(image_id)
            .filter(report_images::Column::ReportId.eq(report_id))
            .one(&txn)
            .await?
            .ok_or(StoreError::NotFound("report image"))?;
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        Ok(ReportImageRecord {
            info: ReportImageInfo {
                id: model.id,
                message_id: model.message_id,
                position: model.position,
                content_type: model.content_type,
            },
            report_id: model.report_id,
            sealed_image: model.sealed_image,
        })
    }
}
