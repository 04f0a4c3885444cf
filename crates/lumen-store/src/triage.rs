//! Triage: one queue for what arrives at the THB section. Public and partner reports, and
//! screenings an officer sent to the section, wait here until they are attached to a case
//! (a new one or an existing one) or closed with a reason from the catalogue. Each item says
//! which cases share one of its identifiers (through a person or an attached report), how many
//! messages from the reporter or partner the section has not read, and its age.

use crate::audited::load;
use crate::cases::{CaseActor, IdentifierHit, in_team, journal, touch};
use crate::entity::{cases, report_identifiers, report_messages, reports, screenings};
use crate::reports::record as report_record;
use crate::screening::record as screening_record;
use crate::{ReportRecord, ScreeningRecord, Store, StoreError};
use chrono::Utc;
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::{self as rules, CaseStatus, JournalKind};
use lumen_domain::report::{MessageAuthor, ReportStatus};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

/// What a triage action acts on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TriageRef {
    /// A public or partner report.
    Report(Uuid),
    /// A screening sent to the section.
    Screening(Uuid),
}

impl TriageRef {
    /// `report:<id>` or `screening:<id>`, as the journal records it.
    pub fn detail(self) -> String {
        match self {
            TriageRef::Report(id) => format!("report:{id}"),
            TriageRef::Screening(id) => format!("screening:{id}"),
        }
    }

    fn id(self) -> Uuid {
        match self {
            TriageRef::Report(id) | TriageRef::Screening(id) => id,
        }
    }
}

/// What waits in triage.
#[derive(Debug, Clone)]
pub enum TriageItem {
    /// A report (sealed; the caller opens it).
    Report {
        /// The report.
        report: Box<ReportRecord>,
        /// Messages from the reporter or partner the section has not read.
        unread: u64,
        /// Cases that share one of its identifiers.
        matches: Vec<IdentifierHit>,
    },
    /// A screening sent to the section.
    Screening(Box<ScreeningRecord>),
}

async fn unread_of(c: &impl ConnectionTrait, report: &reports::Model) -> Result<u64, StoreError> {
    Ok(report_messages::Entity::find()
        .filter(report_messages::Column::ReportId.eq(report.id))
        .filter(report_messages::Column::Position.gt(report.section_read_position))
        .filter(report_messages::Column::Author.ne(MessageAuthor::Section.code()))
        .count(c)
        .await?)
}

impl Store {
    /// A page of what waits in triage (`page` from 0): the screenings sent to the section
    /// first, then the reports, oldest first; with the total. For someone who works cases;
    /// the listing is audited (`triage.list`). Matching cases the reader may not open are told
    /// as such. A fixed number of queries, whatever the size of the page.
    pub async fn triage_queue(
        &self,
        reader: CaseActor,
        page: u64,
        per_page: u64,
    ) -> Result<(Vec<TriageItem>, u64), StoreError> {
        use sea_orm::QuerySelect;
        use std::collections::HashMap;
        if !rules::may_join(reader.role) {
            return Err(StoreError::Refused("cannot_read_cases"));
        }
        let sent = screenings::Entity::find()
            .filter(screenings::Column::SentAt.is_not_null())
            .filter(screenings::Column::CaseId.is_null())
            .filter(screenings::Column::TriageReason.is_null());
        let waiting = reports::Entity::find()
            .filter(reports::Column::CaseId.is_null())
            .filter(reports::Column::TriageReason.is_null())
            .filter(reports::Column::Status.ne(ReportStatus::Closed.code()));
        let screening_total = sent.clone().count(&self.db).await?;
        let total = screening_total + waiting.clone().count(&self.db).await?;
        let start = page * per_page;
        let mut items = Vec::new();
        if start < screening_total {
            for m in sent
                .order_by_asc(screenings::Column::SentAt)
                .offset(start)
                .limit(per_page)
                .all(&self.db)
                .await?
            {
                items.push(TriageItem::Screening(Box::new(screening_record(
                    self.master_key.as_deref(),
                    m,
                )?)));
            }
        }
        let left = per_page - items.len() as u64;
        let report_start = start.saturating_sub(screening_total);
        let rows = if left > 0 {
            waiting
                .order_by_asc(reports::Column::Number)
                .offset(report_start)
                .limit(left)
                .all(&self.db)
                .await?
        } else {
            Vec::new()
        };
        let ids: Vec<Uuid> = rows.iter().map(|m| m.id).collect();
        let identifiers = report_identifiers::Entity::find()
            .filter(report_identifiers::Column::ReportId.is_in(ids.clone()))
            .all(&self.db)
            .await?;
        let indexes: Vec<(String, Vec<u8>)> = identifiers
            .iter()
            .map(|i| (i.kind.clone(), i.blind_index.clone()))
            .collect();
        let found = self.cases_with_indexes(&indexes).await?;
        let hits = self
            .describe_hits(found.iter().map(|(c, _)| *c).collect(), reader)
            .await?;
        let mut matches_of: HashMap<Uuid, Vec<IdentifierHit>> = HashMap::new();
        for (case, n) in found {
            let report = identifiers[n].report_id;
            if let Some(h) = hits.iter().find(|h| h.case_id == case) {
                let list = matches_of.entry(report).or_default();
                if !list.iter().any(|x| x.case_id == case) {
                    list.push(h.clone());
                }
            }
        }
        let messages: Vec<(Uuid, i32)> = report_messages::Entity::find()
            .filter(report_messages::Column::ReportId.is_in(ids))
            .filter(report_messages::Column::Author.ne(MessageAuthor::Section.code()))
            .select_only()
            .columns([
                report_messages::Column::ReportId,
                report_messages::Column::Position,
            ])
            .into_tuple()
            .all(&self.db)
            .await?;
        for m in rows {
            let unread = messages
                .iter()
                .filter(|(r, p)| *r == m.id && *p > m.section_read_position)
                .count() as u64;
            let mut matches = matches_of.remove(&m.id).unwrap_or_default();
            matches.sort_by(|a, b| {
                (a.status == CaseStatus::Closed, &a.reference)
                    .cmp(&(b.status == CaseStatus::Closed, &b.reference))
            });
            items.push(TriageItem::Report {
                report: Box::new(report_record(m)?),
                unread,
                matches,
            });
        }
        let ev = AuditEvent::new(AuditAction::TriageList, None).by(reader.id, reader.role);
        self.audit(ev).await?;
        Ok((items, total))
    }

    /// Attaches a waiting item to case `case`, which `by` may read and which is not closed.
    /// A report's public status becomes "in progress". Audited (`triage.attach`), in the
    /// case's journal.
    pub async fn attach_to_case(
        &self,
        item: TriageRef,
        case: Uuid,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        let ev = AuditEvent::new(AuditAction::TriageAttach, Some(item.id().to_string()))
            .by(by.id, by.role);
        self.write_audited(ev, async |txn| attach_in(txn, item, case, by).await)
            .await
    }

    /// Closes a waiting item with a reason code (the triage catalogue's, checked by the
    /// caller). Audited (`triage.close`).
    pub async fn close_triage_item(
        &self,
        item: TriageRef,
        reason: &str,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        if !rules::may_join(by.role) {
            return Err(StoreError::Refused("cannot_read_cases"));
        }
        let ev = AuditEvent::new(AuditAction::TriageClose, Some(item.id().to_string()))
            .by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            match item {
                TriageRef::Report(id) => {
                    let m = load::<reports::Entity>(txn, id, "report").await?;
                    if m.case_id.is_some() || m.triage_reason.is_some() {
                        return Err(StoreError::Refused("already_triaged"));
                    }
                    let mut a: reports::ActiveModel = m.into();
                    a.triage_reason = Set(Some(reason.to_owned()));
                    a.triaged_on = Set(Some(crate::reports::today()));
                    a.update(txn).await?;
                }
                TriageRef::Screening(id) => {
                    let m = load::<screenings::Entity>(txn, id, "screening").await?;
                    if m.sent_at.is_none() || m.case_id.is_some() || m.triage_reason.is_some() {
                        return Err(StoreError::Refused("already_triaged"));
                    }
                    let mut a: screenings::ActiveModel = m.into();
                    a.triage_reason = Set(Some(reason.to_owned()));
                    a.triaged_at = Set(Some(Utc::now()));
                    a.update(txn).await?;
                }
            }
            Ok(())
        })
        .await
    }

    /// Opens a case as [`Store::open_case`] does and, in the same transaction, attaches the
    /// triage item `from` to it (audited `triage.attach` too); nothing is opened when the item
    /// was already triaged.
    pub async fn open_case_from(
        &self,
        new: crate::NewCase,
        from: Option<TriageRef>,
        by: CaseActor,
    ) -> Result<crate::CaseRecord, StoreError> {
        self.open_case_with(new, by, async |txn, id| {
            if let Some(item) = from {
                attach_in(&**txn, item, id, by).await?;
                let ev = AuditEvent::new(AuditAction::TriageAttach, Some(item.id().to_string()))
                    .by(by.id, by.role);
                crate::audit::append(txn, self.backend, self.audit_key.as_deref(), ev).await?;
            }
            Ok(())
        })
        .await
    }

    /// The officer who filed screening `id` sends it to the THB section's triage. Audited
    /// (`screening.send`); sending twice is refused.
    pub async fn send_screening(&self, id: Uuid, by: CaseActor) -> Result<(), StoreError> {
        let ev =
            AuditEvent::new(AuditAction::ScreeningSend, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            let m = load::<screenings::Entity>(txn, id, "screening").await?;
            if m.officer_id != by.id.0 {
                return Err(StoreError::NotFound("screening"));
            }
            if m.sent_at.is_some() {
                return Err(StoreError::Refused("already_sent"));
            }
            let mut a: screenings::ActiveModel = m.into();
            a.sent_at = Set(Some(Utc::now()));
            a.update(txn).await?;
            Ok(())
        })
        .await
    }

    /// The reports attached to case `id`, oldest first, with their unread messages. Callers
    /// check who reads the case.
    pub(crate) async fn reports_of(
        &self,
        c: &impl ConnectionTrait,
        id: Uuid,
    ) -> Result<Vec<(ReportRecord, u64)>, StoreError> {
        let rows = reports::Entity::find()
            .filter(reports::Column::CaseId.eq(id))
            .order_by_asc(reports::Column::Number)
            .all(c)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for m in rows {
            let unread = unread_of(c, &m).await?;
            out.push((report_record(m)?, unread));
        }
        Ok(out)
    }

    /// Marks every message of report `id` as read by the section.
    pub async fn mark_report_read(&self, id: Uuid) -> Result<(), StoreError> {
        let last: Option<i32> = report_messages::Entity::find()
            .filter(report_messages::Column::ReportId.eq(id))
            .order_by_desc(report_messages::Column::Position)
            .one(&self.db)
            .await?
            .map(|m| m.position);
        let txn = self.begin_write().await?;
        reports::Entity::update_many()
            .col_expr(
                reports::Column::SectionReadPosition,
                sea_orm::sea_query::Expr::value(last.unwrap_or(0)),
            )
            .filter(reports::Column::Id.eq(id))
            .exec(&*txn)
            .await?;
        txn.commit().await?;
        Ok(())
    }
}

/// Attaches `item` to `case` inside `txn` (see [`Store::attach_to_case`]).
pub(crate) async fn attach_in(
    txn: &impl ConnectionTrait,
    item: TriageRef,
    case: Uuid,
    by: CaseActor,
) -> Result<(), StoreError> {
    let target = load::<cases::Entity>(txn, case, "case").await?;
    if !rules::may_read(by.role, in_team(txn, case, by.id).await?) {
        return Err(StoreError::NotFound("case"));
    }
    if target.status == CaseStatus::Closed.code() {
        return Err(StoreError::Refused("case_closed"));
    }
    match item {
        TriageRef::Report(id) => {
            let m = load::<reports::Entity>(txn, id, "report").await?;
            if m.case_id.is_some() || m.triage_reason.is_some() {
                return Err(StoreError::Refused("already_triaged"));
            }
            let received = m.status == ReportStatus::Received.code();
            let mut a: reports::ActiveModel = m.into();
            a.case_id = Set(Some(case));
            a.triaged_on = Set(Some(crate::reports::today()));
            if received {
                a.status = Set(ReportStatus::InProgress.code().to_owned());
            }
            a.update(txn).await?;
        }
        TriageRef::Screening(id) => {
            let m = load::<screenings::Entity>(txn, id, "screening").await?;
            if m.sent_at.is_none() || m.case_id.is_some() || m.triage_reason.is_some() {
                return Err(StoreError::Refused("already_triaged"));
            }
            let mut a: screenings::ActiveModel = m.into();
            a.case_id = Set(Some(case));
            a.triaged_at = Set(Some(Utc::now()));
            a.update(txn).await?;
        }
    }
    journal::record(
        txn,
        None,
        case,
        by.id,
        JournalKind::Attached,
        &item.detail(),
        None,
    )
    .await?;
    touch(txn, case).await
}
