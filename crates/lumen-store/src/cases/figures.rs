//! The figures of the home pages of those who work cases: their open cases, what waits in
//! triage (and how much of it is untouched), the unread messages of reporters and partners,
//! and for the supervisors the approvals waiting, the overdue tasks and the open cases per
//! investigator. Counts only: nothing is decrypted.

use super::CaseActor;
use crate::entity::{
    case_access_requests, case_approvals, case_tasks, cases, report_messages, reports, screenings,
    users,
};
use crate::{Store, StoreError};
use chrono::NaiveDate;
use lumen_domain::cases::{self as rules, CaseStatus};
use lumen_domain::report::{MessageAuthor, ReportStatus};
use lumen_domain::{Permission, UserId};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};
use std::collections::HashMap;
use uuid::Uuid;

/// What a home page counts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CaseFigures {
    /// Open cases the reader is in the team of.
    pub my_open_cases: u64,
    /// Items waiting in triage.
    pub triage_waiting: u64,
    /// Of those, how many arrived before the "untouched" day.
    pub triage_stale: u64,
    /// Messages from reporters or partners the section has not read, on reports waiting in
    /// triage or attached to the reader's cases.
    pub unread: u64,
    /// For supervisors: closing, reopening and access requests waiting.
    pub approvals_waiting: u64,
    /// For supervisors: open tasks past their day, in every case.
    pub overdue_tasks: u64,
    /// For supervisors: open cases per owner, by name.
    pub per_owner: Vec<(String, u64)>,
}

/// An officer's screenings sent to the section.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SentScreenings {
    /// Waiting in triage.
    pub waiting: u64,
    /// Taken up in a case.
    pub taken_up: u64,
    /// Closed in triage.
    pub closed: u64,
}

impl Store {
    /// The home page figures of `reader`, who works cases; items of triage that arrived before
    /// `stale_before` count as untouched.
    pub async fn case_figures(
        &self,
        reader: CaseActor,
        stale_before: NaiveDate,
        today: NaiveDate,
    ) -> Result<CaseFigures, StoreError> {
        if !rules::may_join(reader.role) {
            return Err(StoreError::Refused("cannot_read_cases"));
        }
        let mine = super::team_case_ids(&self.db, reader.id).await?;
        let open =
            cases::Entity::find().filter(cases::Column::Status.ne(CaseStatus::Closed.code()));
        let my_open_cases = open
            .clone()
            .filter(cases::Column::Id.is_in(mine.clone()))
            .count(&self.db)
            .await?;
        let waiting = reports::Entity::find()
            .filter(reports::Column::CaseId.is_null())
            .filter(reports::Column::TriageReason.is_null())
            .filter(reports::Column::Status.ne(ReportStatus::Closed.code()));
        let waiting_screenings = screenings::Entity::find()
            .filter(screenings::Column::SentAt.is_not_null())
            .filter(screenings::Column::CaseId.is_null())
            .filter(screenings::Column::TriageReason.is_null());
        let triage_waiting = waiting.clone().count(&self.db).await?
            + waiting_screenings.clone().count(&self.db).await?;
        let stale_at = stale_before.and_hms_opt(0, 0, 0).map(|t| t.and_utc());
        let triage_stale = waiting
            .clone()
            .filter(reports::Column::CreatedOn.lt(stale_before))
            .count(&self.db)
            .await?
            + match stale_at {
                Some(at) => {
                    waiting_screenings
                        .filter(screenings::Column::SentAt.lt(at))
                        .count(&self.db)
                        .await?
                }
                None => 0,
            };
        // Unread messages: on reports in triage and on reports of the reader's cases.
        let watched: HashMap<Uuid, i32> = reports::Entity::find()
            .filter(
                sea_orm::Condition::any()
                    .add(
                        sea_orm::Condition::all()
                            .add(reports::Column::CaseId.is_null())
                            .add(reports::Column::TriageReason.is_null()),
                    )
                    .add(reports::Column::CaseId.is_in(mine)),
            )
            .select_only()
            .columns([reports::Column::Id, reports::Column::SectionReadPosition])
            .into_tuple::<(Uuid, i32)>()
            .all(&self.db)
            .await?
            .into_iter()
            .collect();
        let unread = report_messages::Entity::find()
            .filter(report_messages::Column::Author.ne(MessageAuthor::Section.code()))
            .filter(
                report_messages::Column::ReportId
                    .is_in(watched.keys().copied().collect::<Vec<_>>()),
            )
            .select_only()
            .columns([
                report_messages::Column::ReportId,
                report_messages::Column::Position,
            ])
            .into_tuple::<(Uuid, i32)>()
            .all(&self.db)
            .await?
            .into_iter()
            .filter(|(r, p)| watched.get(r).is_some_and(|read| p > read))
            .count() as u64;
        let mut figures = CaseFigures {
            my_open_cases,
            triage_waiting,
            triage_stale,
            unread,
            ..CaseFigures::default()
        };
        if reader.role.has(Permission::SuperviseCases) {
            figures.approvals_waiting = case_approvals::Entity::find()
                .filter(case_approvals::Column::State.eq("pending"))
                .count(&self.db)
                .await?
                + case_access_requests::Entity::find()
                    .filter(case_access_requests::Column::State.eq("pending"))
                    .count(&self.db)
                    .await?;
            figures.overdue_tasks = case_tasks::Entity::find()
                .filter(case_tasks::Column::Done.eq(false))
                .filter(case_tasks::Column::DueOn.lt(today))
                .count(&self.db)
                .await?;
            let owners: Vec<Uuid> = open
                .select_only()
                .column(cases::Column::OwnerId)
                .into_tuple()
                .all(&self.db)
                .await?;
            let mut counts: HashMap<Uuid, u64> = HashMap::new();
            for o in owners {
                *counts.entry(o).or_default() += 1;
            }
            let names = users::Entity::find()
                .filter(users::Column::Id.is_in(counts.keys().copied().collect::<Vec<_>>()))
                .all(&self.db)
                .await?;
            let mut per_owner: Vec<(String, u64)> = names
                .into_iter()
                .map(|u| (u.display_name, counts.get(&u.id).copied().unwrap_or(0)))
                .collect();
            per_owner.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
            figures.per_owner = per_owner;
        }
        Ok(figures)
    }

    /// What became of the screenings `officer` sent to the section.
    pub async fn sent_screenings_of(&self, officer: UserId) -> Result<SentScreenings, StoreError> {
        let sent = screenings::Entity::find()
            .filter(screenings::Column::OfficerId.eq(officer.0))
            .filter(screenings::Column::SentAt.is_not_null());
        Ok(SentScreenings {
            waiting: sent
                .clone()
                .filter(screenings::Column::CaseId.is_null())
                .filter(screenings::Column::TriageReason.is_null())
                .count(&self.db)
                .await?,
            taken_up: sent
                .clone()
                .filter(screenings::Column::CaseId.is_not_null())
                .count(&self.db)
                .await?,
            closed: sent
                .filter(screenings::Column::TriageReason.is_not_null())
                .count(&self.db)
                .await?,
        })
    }
}
