//! Tasks of a case: added by someone who reads the case for a member of its team, with a due
//! day; done by its assignee or anyone of the team. The title is sealed. An assignee's open
//! tasks, overdue first, make their home page.

use super::{CaseActor, in_team, journal, touch};
use crate::audited::load;
use crate::entity::{case_tasks, cases, users};
use crate::sealed_fields::RowKey;
use crate::{Store, StoreError};
use chrono::{NaiveDate, Utc};
use lumen_domain::UserId;
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::{self as rules, JournalKind};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

const TABLE: &str = "case_tasks";
/// The most characters of a task's title.
pub const TASK_TITLE_MAX: usize = 300;

/// A task.
#[derive(Clone, PartialEq, Eq)]
pub struct TaskRecord {
    /// Identifier.
    pub id: Uuid,
    /// Its case.
    pub case_id: Uuid,
    /// The case's reference.
    pub case_reference: String,
    /// What to do.
    pub title: String,
    /// Who does it.
    pub assignee: UserId,
    /// Their name.
    pub assignee_name: String,
    /// The day it is due.
    pub due_on: NaiveDate,
    /// Whether it is done.
    pub done: bool,
}

impl std::fmt::Debug for TaskRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TaskRecord")
            .field("id", &self.id)
            .field("due_on", &self.due_on)
            .field("done", &self.done)
            .finish_non_exhaustive()
    }
}

impl Store {
    async fn open_tasks_rows(
        &self,
        c: &impl ConnectionTrait,
        rows: Vec<case_tasks::Model>,
    ) -> Result<Vec<TaskRecord>, StoreError> {
        let case_ids: Vec<Uuid> = rows.iter().map(|r| r.case_id).collect();
        let user_ids: Vec<Uuid> = rows.iter().map(|r| r.assignee_id).collect();
        let refs = cases::Entity::find()
            .filter(cases::Column::Id.is_in(case_ids))
            .all(c)
            .await?;
        let names = users::Entity::find()
            .filter(users::Column::Id.is_in(user_ids))
            .all(c)
            .await?;
        rows.into_iter()
            .map(|r| {
                let key = RowKey::open(self.master_key()?, TABLE, &r.id.to_string(), &r.data_key)?;
                Ok(TaskRecord {
                    id: r.id,
                    case_id: r.case_id,
                    case_reference: refs
                        .iter()
                        .find(|c| c.id == r.case_id)
                        .map(|c| c.reference.clone())
                        .unwrap_or_default(),
                    title: key
                        .unseal("title", Some(&r.title_sealed))?
                        .unwrap_or_default(),
                    assignee: UserId(r.assignee_id),
                    assignee_name: names
                        .iter()
                        .find(|u| u.id == r.assignee_id)
                        .map(|u| u.display_name.clone())
                        .unwrap_or_default(),
                    due_on: r.due_on,
                    done: r.done,
                })
            })
            .collect()
    }

    /// The tasks of case `id`, open ones first by due day (callers check who reads it).
    pub(crate) async fn tasks_of(
        &self,
        c: &impl ConnectionTrait,
        id: Uuid,
    ) -> Result<Vec<TaskRecord>, StoreError> {
        let rows = case_tasks::Entity::find()
            .filter(case_tasks::Column::CaseId.eq(id))
            .order_by_asc(case_tasks::Column::Done)
            .order_by_asc(case_tasks::Column::DueOn)
            .order_by_asc(case_tasks::Column::Id)
            .all(c)
            .await?;
        self.open_tasks_rows(c, rows).await
    }

    /// `user`'s open tasks in the cases they may read, by due day (overdue first).
    pub async fn open_tasks_of(&self, user: CaseActor) -> Result<Vec<TaskRecord>, StoreError> {
        let rows = case_tasks::Entity::find()
            .filter(case_tasks::Column::AssigneeId.eq(user.id.0))
            .filter(case_tasks::Column::Done.eq(false))
            .order_by_asc(case_tasks::Column::DueOn)
            .order_by_asc(case_tasks::Column::Id)
            .all(&self.db)
            .await?;
        // The reader's teams, read once for all their tasks.
        let teams = super::team_case_ids(&self.db, user.id).await?;
        let readable = rows
            .into_iter()
            .filter(|r| rules::may_read(user.role, teams.contains(&r.case_id)))
            .collect();
        self.open_tasks_rows(&self.db, readable).await
    }

    /// Adds a task to case `id` for `assignee` (a member of its team), due on `due_on`.
    /// Audited (`case.task_add`), in the case's journal.
    pub async fn add_case_task(
        &self,
        id: Uuid,
        title: &str,
        assignee: UserId,
        due_on: NaiveDate,
        by: CaseActor,
    ) -> Result<Uuid, StoreError> {
        let title = title.trim();
        if title.is_empty() {
            return Err(StoreError::Refused("task_title_missing"));
        }
        if title.chars().count() > TASK_TITLE_MAX {
            return Err(StoreError::Refused("task_title_too_long"));
        }
        let task = Uuid::now_v7();
        let (key, wrapped) = RowKey::new(self.master_key()?, TABLE, &task.to_string())?;
        let sealed = key.seal("title", Some(title))?.unwrap_or_default();
        let ev = AuditEvent::new(AuditAction::CaseTaskAdd, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            if !in_team(txn, id, assignee).await? {
                return Err(StoreError::Refused("assignee_not_in_team"));
            }
            case_tasks::ActiveModel {
                id: Set(task),
                case_id: Set(id),
                assignee_id: Set(assignee.0),
                due_on: Set(due_on),
                done: Set(false),
                created_by: Set(by.id.0),
                created_at: Set(Utc::now()),
                done_at: Set(None),
                data_key: Set(wrapped),
                title_sealed: Set(sealed),
            }
            .insert(txn)
            .await?;
            journal::record(
                txn,
                None,
                id,
                by.id,
                JournalKind::TaskAdded,
                &task.to_string(),
                None,
            )
            .await?;
            touch(txn, id).await?;
            Ok(task)
        })
        .await
    }

    /// Marks task `task` of case `id` done, by someone who reads the case. Audited
    /// (`case.task_done`), in the case's journal.
    pub async fn complete_case_task(
        &self,
        id: Uuid,
        task: Uuid,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        let ev =
            AuditEvent::new(AuditAction::CaseTaskDone, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            let m = load::<case_tasks::Entity>(txn, task, "task").await?;
            if m.case_id != id || !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("task"));
            }
            if m.done {
                return Err(StoreError::Refused("task_already_done"));
            }
            let mut active: case_tasks::ActiveModel = m.into();
            active.done = Set(true);
            active.done_at = Set(Some(Utc::now()));
            active.update(txn).await?;
            journal::record(
                txn,
                None,
                id,
                by.id,
                JournalKind::TaskDone,
                &task.to_string(),
                None,
            )
            .await?;
            touch(txn, id).await?;
            Ok(())
        })
        .await
    }
}
