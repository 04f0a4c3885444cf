//! A partner organisation's view of its own submissions. Every function here takes the
//! organisation and never returns a report of another one, nor a public report: such a report
//! is "not found", exactly like an unknown one, and the attempt is audited as failed.

use super::record;
use crate::audit::append;
use crate::entity::{report_messages, reports};
use crate::{ReportRecord, Store, StoreError};
use lumen_domain::UnitId;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::{FiledBy, MessageAuthor};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder, QuerySelect,
};
use uuid::Uuid;

/// One line of a partner organisation's list of submissions.
#[derive(Debug, Clone)]
pub struct PartnerSubmission {
    /// The report (sealed; the list needs only its clear fields).
    pub report: ReportRecord,
    /// Messages in its thread.
    pub messages: u64,
    /// Messages of the THB section the organisation has not opened yet.
    pub unread: u64,
}

fn is_organisations(m: &reports::Model, unit: UnitId) -> bool {
    m.partner_unit_id == Some(unit.0) && m.filed_by == FiledBy::Partner.code()
}

impl Store {
    /// A page of the organisation's submissions, newest first (`page` counts from 0), with the
    /// total and each thread's message counts; the listing is audited.
    pub async fn partner_submissions(
        &self,
        unit: UnitId,
        page: u64,
        per_page: u64,
        audit: AuditEvent,
    ) -> Result<(Vec<PartnerSubmission>, u64), StoreError> {
        let txn = self.begin_write().await?;
        let paginator = reports::Entity::find()
            .filter(reports::Column::PartnerUnitId.eq(unit.0))
            .filter(reports::Column::FiledBy.eq(FiledBy::Partner.code()))
            .order_by_desc(reports::Column::Number)
            .paginate(&txn, per_page.max(1));
        let total = paginator.num_items().await?;
        let models = paginator.fetch_page(page).await?;
        let ids: Vec<Uuid> = models.iter().map(|m| m.id).collect();
        let messages: Vec<(Uuid, i32, String)> = if ids.is_empty() {
            Vec::new()
        } else {
            report_messages::Entity::find()
                .select_only()
                .column(report_messages::Column::ReportId)
                .column(report_messages::Column::Position)
                .column(report_messages::Column::Author)
                .filter(report_messages::Column::ReportId.is_in(ids))
                .into_tuple()
                .all(&txn)
                .await?
        };
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        let section = MessageAuthor::Section.code();
        models
            .into_iter()
            .map(|m| {
                let thread = messages.iter().filter(|(r, _, _)| *r == m.id);
                let count = thread.clone().count() as u64;
                let unread = thread
                    .filter(|(_, pos, author)| author == section && *pos > m.partner_read_position)
                    .count() as u64;
                Ok(PartnerSubmission {
                    report: record(m)?,
                    messages: count,
                    unread,
                })
            })
            .collect::<Result<Vec<_>, StoreError>>()
            .map(|list| (list, total))
    }

    /// One of the organisation's submissions, read by one of its workers: the read is audited
    /// and the thread counts as read by the organisation from now on. Another organisation's
    /// report, a public report or an unknown id: the attempt is audited as failed and the
    /// answer is `NotFound`, the same in every case.
    pub async fn read_partner_report(
        &self,
        id: Uuid,
        unit: UnitId,
        audit: AuditEvent,
    ) -> Result<ReportRecord, StoreError> {
        let txn = self.begin_write().await?;
        let found = reports::Entity::find_by_id(id)
            .one(&txn)
            .await?
            .filter(|m| is_organisations(m, unit));
        let Some(model) = found else {
            append(
                &txn,
                self.backend,
                self.audit_key.as_deref(),
                audit.failed(),
            )
            .await?;
            txn.commit().await?;
            return Err(StoreError::NotFound("report"));
        };
        let last: Option<i32> = report_messages::Entity::find()
            .select_only()
            .column_as(report_messages::Column::Position.max(), "last")
            .filter(report_messages::Column::ReportId.eq(id))
            .into_tuple()
            .one(&txn)
            .await?
            .flatten();
        let model = match last {
            Some(last) if last > model.partner_read_position => {
                let mut active: reports::ActiveModel = model.into();
                active.partner_read_position = Set(last);
                active.update(&txn).await?
            }
            _ => model,
        };
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        record(model)
    }
}
