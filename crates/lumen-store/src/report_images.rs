//! Images of public reports, sealed by the caller. They are written in the same transaction as
//! the report or the message they came with, so a report is stored whole or not at all. Staff
//! reads of an image are audited; listings carry no image bytes.

use crate::audit::append;
use crate::entity::report_images;
use crate::reports::{insert_message, insert_report, message, record, today};
use crate::{NewReport, NewReportMessage, ReportMessageRecord, ReportRecord, Store, StoreError};
use lumen_domain::audit::AuditEvent;
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

impl Store {
    /// Stores a sealed report and its sealed images in one transaction, committed durably
    /// before this returns: either all of it is stored or none of it.
    pub async fn create_report_with_images(
        &self,
        new: NewReport,
        images: Vec<NewReportImage>,
    ) -> Result<ReportRecord, StoreError> {
        let txn = self.begin_write().await?;
        let id = new.id;
        let model = insert_report(&txn, new).await?;
        insert_images(&txn, id, None, images).await?;
        txn.commit().await?;
        record(model)
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
            append(&txn, self.backend, audit).await?;
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
        append(&txn, self.backend, audit).await?;
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
