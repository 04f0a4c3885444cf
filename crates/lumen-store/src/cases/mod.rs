//! Cases of the THB section: opened with a reference numbered without gaps, read only by their
//! team and the section's supervisors (every read audited), moved along their workflow with a
//! version check so that a stale save is refused, and staffed by adding members.
//!
//! The title, places and the magistrate's and official-report references are sealed under the
//! case row's own data key; the status, forms of exploitation, owner and times stay in clear so
//! lists and queues need no decryption beyond the title.

use crate::audit::append;
use crate::audited::load;
use crate::entity::{case_counters, case_team, cases, users};
use crate::sealed_fields::RowKey;
use crate::{Store, StoreError};
use chrono::{DateTime, Datelike, Utc};
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::{
    self as rules, CaseReference, CaseStatus, JournalKind, TeamRole, check_prefix,
};
use lumen_domain::{Role, UserId};
use sea_orm::sea_query::{ExprTrait, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

pub mod access;
pub mod approvals;
mod figures;
pub mod journal;
mod list;
pub mod persons;
pub mod tasks;

pub use access::AccessRequest;
pub use approvals::{COMMENT_MAX, PendingApproval, WaitingCaseApproval};
pub use figures::{CaseFigures, SentScreenings};
pub use journal::JournalEntry;
pub use persons::{
    AddedPerson, CasePerson, IdentifierHit, IdentifierRecord, NewCasePerson, NewIdentifier,
    PersonCase, PersonRecord,
};
pub use tasks::{TASK_TITLE_MAX, TaskRecord};

const TABLE: &str = "cases";
/// The most characters of an internal note.
pub const NOTE_MAX: usize = 20_000;
/// The most characters of a magistrate's or official-report reference.
pub const REFERENCE_MAX: usize = 100;

/// Who is reading or changing a case.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CaseActor {
    /// The account.
    pub id: UserId,
    /// Its role.
    pub role: Role,
}

/// A case to open.
pub struct NewCase {
    /// The reference prefix (from the configuration, e.g. `TEH`).
    pub prefix: String,
    /// Its title (sealed).
    pub title: String,
    /// Codes of the forms of exploitation (the report catalogue's).
    pub forms: Vec<String>,
    /// Places, as written (sealed).
    pub places: Option<String>,
    /// The investigator who leads it (joins the team as owner).
    pub owner: UserId,
}

/// One member of a case's team.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TeamMember {
    /// The account.
    pub user_id: UserId,
    /// Its name.
    pub display_name: String,
    /// Owner or member.
    pub role: TeamRole,
}

/// A case as its readers see it.
#[derive(Clone, PartialEq, Eq)]
pub struct CaseRecord {
    /// Identifier.
    pub id: Uuid,
    /// `TEH-2026-0001`.
    pub reference: CaseReference,
    /// Where it stands.
    pub status: CaseStatus,
    /// Title.
    pub title: String,
    /// Codes of the forms of exploitation.
    pub forms: Vec<String>,
    /// Places, as written.
    pub places: Option<String>,
    /// The magistrate's reference (notice number of the prosecutor's office).
    pub magistrate_ref: Option<String>,
    /// The official report's (PV) reference.
    pub pv_ref: Option<String>,
    /// Who leads it.
    pub owner: UserId,
    /// When it was opened.
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    pub updated_at: DateTime<Utc>,
    /// Its version, raised by every change: a save names the version it was made on.
    pub version: i32,
    /// Its team, owner first.
    pub team: Vec<TeamMember>,
    /// Its journal, newest first (filled when the case is opened for reading, empty in lists).
    pub journal: Vec<JournalEntry>,
    /// For a closed case: the catalogue code of its closing reason.
    pub closing_reason: Option<String>,
    /// A move waiting for a supervisor (filled when the case is opened for reading).
    pub pending: Option<PendingApproval>,
    /// Its tasks, open ones first (filled when the case is opened for reading).
    pub tasks: Vec<TaskRecord>,
    /// Its persons (filled when the case is opened for reading).
    pub persons: Vec<CasePerson>,
    /// The reports attached to it, with their messages the section has not read (filled when
    /// the case is opened for reading).
    pub reports: Vec<(crate::ReportRecord, u64)>,
    /// Requests for access waiting (filled when the case is opened for reading).
    pub access_requests: Vec<AccessRequest>,
}

impl std::fmt::Debug for CaseRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CaseRecord")
            .field("id", &self.id)
            .field("reference", &self.reference.to_string())
            .field("status", &self.status)
            .finish_non_exhaustive()
    }
}

/// What opening a case's page gives.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CaseView {
    /// The reader may read it.
    Readable(Box<CaseRecord>),
    /// The case exists but is in a compartment the reader is not in: only its reference and
    /// owner are told, so that access can be requested.
    Restricted {
        /// Its reference.
        reference: String,
        /// The owner's name.
        owner: String,
    },
}

fn csv_codes(forms: &[String]) -> String {
    forms.join(",")
}

fn codes(stored: &str) -> Vec<String> {
    stored
        .split(',')
        .filter(|c| !c.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The next number of `prefix` in `year`, inside a write transaction: the counter row is
/// created once, then raised by an update that locks it until the transaction ends, so two
/// openings never share a number and a rolled-back one leaves no gap.
async fn next_number(c: &impl ConnectionTrait, prefix: &str, year: i32) -> Result<i32, StoreError> {
    case_counters::Entity::insert(case_counters::ActiveModel {
        prefix: Set(prefix.to_owned()),
        year: Set(year),
        last: Set(0),
    })
    .on_conflict(
        OnConflict::columns([case_counters::Column::Prefix, case_counters::Column::Year])
            .do_nothing()
            .to_owned(),
    )
    .exec_without_returning(c)
    .await?;
    case_counters::Entity::update_many()
        .col_expr(
            case_counters::Column::Last,
            sea_orm::sea_query::Expr::col(case_counters::Column::Last).add(1),
        )
        .filter(case_counters::Column::Prefix.eq(prefix))
        .filter(case_counters::Column::Year.eq(year))
        .exec(c)
        .await?;
    let row = case_counters::Entity::find_by_id((prefix.to_owned(), year))
        .one(c)
        .await?
        .ok_or(StoreError::NotFound("case counter"))?;
    Ok(row.last)
}

async fn team_of(c: &impl ConnectionTrait, case: Uuid) -> Result<Vec<TeamMember>, StoreError> {
    let rows = case_team::Entity::find()
        .filter(case_team::Column::CaseId.eq(case))
        .order_by_asc(case_team::Column::AddedAt)
        .all(c)
        .await?;
    let ids: Vec<Uuid> = rows.iter().map(|r| r.user_id).collect();
    let names = users::Entity::find()
        .filter(users::Column::Id.is_in(ids))
        .all(c)
        .await?;
    let mut team: Vec<TeamMember> = rows
        .into_iter()
        .map(|r| TeamMember {
            user_id: UserId(r.user_id),
            display_name: names
                .iter()
                .find(|u| u.id == r.user_id)
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
            role: TeamRole::parse(&r.role).unwrap_or(TeamRole::Member),
        })
        .collect();
    team.sort_by_key(|m| m.role != TeamRole::Owner);
    Ok(team)
}

/// The cases whose team `user` is in.
pub(crate) async fn team_case_ids(
    c: &impl ConnectionTrait,
    user: UserId,
) -> Result<Vec<Uuid>, StoreError> {
    Ok(case_team::Entity::find()
        .filter(case_team::Column::UserId.eq(user.0))
        .all(c)
        .await?
        .into_iter()
        .map(|t| t.case_id)
        .collect())
}

/// Whether `user` is in case `case`'s team.
pub(crate) async fn in_team(
    c: &impl ConnectionTrait,
    case: Uuid,
    user: UserId,
) -> Result<bool, StoreError> {
    Ok(case_team::Entity::find_by_id((case, user.0))
        .one(c)
        .await?
        .is_some())
}

impl Store {
    fn open_case_row(
        &self,
        m: cases::Model,
        team: Vec<TeamMember>,
    ) -> Result<CaseRecord, StoreError> {
        let id = m.id.to_string();
        let key = RowKey::open(self.master_key()?, TABLE, &id, &m.data_key)?;
        let title = key
            .unseal("title", Some(&m.title_sealed))?
            .unwrap_or_default();
        let broken = |reason| StoreError::Sealed {
            table: TABLE,
            row: id.clone(),
            reason,
        };
        Ok(CaseRecord {
            id: m.id,
            reference: CaseReference::new(
                &m.prefix,
                m.year,
                u32::try_from(m.number).map_err(|_| broken("not_a_number"))?,
            )
            .map_err(|_| broken("not_a_reference"))?,
            status: CaseStatus::parse(&m.status).ok_or_else(|| broken("not_a_status"))?,
            title,
            forms: codes(&m.forms),
            places: key.unseal("places", m.places_sealed.as_deref())?,
            magistrate_ref: key.unseal("magistrate_ref", m.magistrate_ref_sealed.as_deref())?,
            pv_ref: key.unseal("pv_ref", m.pv_ref_sealed.as_deref())?,
            owner: UserId(m.owner_id),
            created_at: m.created_at,
            updated_at: m.updated_at,
            version: m.version,
            team,
            journal: Vec::new(),
            closing_reason: m.closing_reason,
            pending: None,
            tasks: Vec::new(),
            persons: Vec::new(),
            reports: Vec::new(),
            access_requests: Vec::new(),
        })
    }

    /// Opens a case led by `new.owner`, numbered next in its prefix and year, audited
    /// (`case.open`). The owner must be someone who works cases.
    pub async fn open_case(&self, new: NewCase, by: CaseActor) -> Result<CaseRecord, StoreError> {
        self.open_case_with(new, by, async |_, _| Ok(())).await
    }

    /// Opens a case as [`Store::open_case`] does, then runs `then` with the new case's id in
    /// the same transaction: if it fails, no case is opened and no number is taken.
    pub(crate) async fn open_case_with(
        &self,
        new: NewCase,
        by: CaseActor,
        then: impl AsyncFnOnce(&crate::write::WriteTxn, Uuid) -> Result<(), StoreError>,
    ) -> Result<CaseRecord, StoreError> {
        check_prefix(&new.prefix).map_err(|_| StoreError::Config("cases.prefix".into()))?;
        if new.title.trim().is_empty() {
            return Err(StoreError::Refused("case_title_missing"));
        }
        let id = Uuid::now_v7();
        let (key, wrapped) = RowKey::new(self.master_key()?, TABLE, &id.to_string())?;
        let title = key
            .seal("title", Some(new.title.trim()))?
            .unwrap_or_default();
        let places = key.seal("places", new.places.as_deref())?;
        let now = Utc::now();
        let year = lumen_domain::time::local_day(now).year();
        let txn = self.begin_write().await?;
        let owner = load::<users::Entity>(&*txn, new.owner.0, "owner").await?;
        let owner_role = Role::parse(&owner.role).ok_or(StoreError::NotFound("owner"))?;
        if !rules::may_join(owner_role) || !owner.active {
            return Err(StoreError::Refused("owner_cannot_work_cases"));
        }
        let number = next_number(&*txn, &new.prefix, year).await?;
        let reference = CaseReference::new(
            &new.prefix,
            year,
            u32::try_from(number).map_err(|_| StoreError::Config("case number".into()))?,
        )
        .map_err(|_| StoreError::Config("cases.prefix".into()))?;
        let model = cases::ActiveModel {
            id: Set(id),
            reference: Set(reference.to_string()),
            prefix: Set(new.prefix.clone()),
            year: Set(year),
            number: Set(number),
            status: Set(CaseStatus::Open.code().to_owned()),
            forms: Set(csv_codes(&new.forms)),
            owner_id: Set(new.owner.0),
            created_by: Set(by.id.0),
            created_at: Set(now),
            updated_at: Set(now),
            version: Set(1),
            data_key: Set(wrapped),
            title_sealed: Set(title),
            places_sealed: Set(places),
            magistrate_ref_sealed: Set(None),
            pv_ref_sealed: Set(None),
            closing_reason: Set(None),
        }
        .insert(&*txn)
        .await?;
        case_team::ActiveModel {
            case_id: Set(id),
            user_id: Set(new.owner.0),
            role: Set(TeamRole::Owner.code().to_owned()),
            added_at: Set(now),
        }
        .insert(&*txn)
        .await?;
        journal::record(
            &*txn,
            self.master_key.as_deref(),
            id,
            by.id,
            JournalKind::Opened,
            "",
            None,
        )
        .await?;
        let ev = AuditEvent::new(AuditAction::CaseOpen, Some(id.to_string())).by(by.id, by.role);
        append(&txn, self.backend, self.audit_key.as_deref(), ev).await?;
        then(&txn, id).await?;
        let team = team_of(&*txn, id).await?;
        txn.commit().await?;
        self.open_case_row(model, team)
    }

    /// Case `id` as `reader` may see it: whole for its team and the supervisors (audited
    /// `case.read`), only its reference and owner for anyone else (audited as a refused read).
    pub async fn case_for(&self, id: Uuid, reader: CaseActor) -> Result<CaseView, StoreError> {
        let model = load::<cases::Entity>(&self.db, id, "case").await?;
        let member = in_team(&self.db, id, reader.id).await?;
        let ev =
            AuditEvent::new(AuditAction::CaseRead, Some(id.to_string())).by(reader.id, reader.role);
        if !rules::may_read(reader.role, member) {
            self.audit(ev.failed()).await?;
            let owner = load::<users::Entity>(&self.db, model.owner_id, "owner").await?;
            return Ok(CaseView::Restricted {
                reference: model.reference,
                owner: owner.display_name,
            });
        }
        let team = team_of(&self.db, id).await?;
        let journal = self.journal_of(&self.db, id).await?;
        let pending = self.pending_approval(&self.db, id).await?;
        let tasks = self.tasks_of(&self.db, id).await?;
        let persons = self.persons_of(&self.db, id).await?;
        let reports = self.reports_of(&self.db, id).await?;
        let access_requests = self.access_requests_of(id).await?;
        self.audit(ev).await?;
        let mut case = self.open_case_row(model, team)?;
        case.journal = journal;
        case.pending = pending;
        case.tasks = tasks;
        case.persons = persons;
        case.reports = reports;
        case.access_requests = access_requests;
        Ok(CaseView::Readable(Box::new(case)))
    }

    /// Moves case `id` to `to`, made on version `seen`: refused when the workflow does not allow
    /// it, when it needs a second person's approval, when `by` may not work on the case, and
    /// (`Conflict`) when the case changed since `seen`. Audited (`case.status`).
    pub async fn set_case_status(
        &self,
        id: Uuid,
        to: CaseStatus,
        seen: i32,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        let ev = AuditEvent::new(AuditAction::CaseStatus, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            let model = load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            if model.version != seen {
                return Err(StoreError::Conflict("case changed"));
            }
            let from = CaseStatus::parse(&model.status).ok_or(StoreError::NotFound("case"))?;
            if !from.may_move_to(to) {
                return Err(StoreError::Refused("case_status_not_next"));
            }
            if from.needs_approval(to) {
                return Err(StoreError::Refused("case_status_needs_approval"));
            }
            let version = model.version + 1;
            let mut active: cases::ActiveModel = model.into();
            active.status = Set(to.code().to_owned());
            active.version = Set(version);
            active.updated_at = Set(Utc::now());
            active.update(txn).await?;
            let detail = format!("{}>{}", from.code(), to.code());
            journal::record(txn, None, id, by.id, JournalKind::Status, &detail, None).await?;
            Ok(())
        })
        .await
    }

    /// Sets case `id`'s magistrate's and official-report (PV) references (sealed; empty clears
    /// one), made on version `seen`: refused (`Conflict`) when the case changed since, so that
    /// nobody's references are overwritten unseen. Audited (`case.references`), in the journal.
    pub async fn set_case_references(
        &self,
        id: Uuid,
        magistrate_ref: Option<&str>,
        pv_ref: Option<&str>,
        seen: i32,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        let clean = |v: Option<&str>| {
            v.map(str::trim)
                .filter(|v| !v.is_empty())
                .map(str::to_owned)
        };
        let (magistrate_ref, pv_ref) = (clean(magistrate_ref), clean(pv_ref));
        if [&magistrate_ref, &pv_ref].iter().any(|v| {
            v.as_ref()
                .is_some_and(|v| v.chars().count() > REFERENCE_MAX)
        }) {
            return Err(StoreError::Refused("reference_too_long"));
        }
        let master = self
            .master_key
            .clone()
            .ok_or(StoreError::MasterKeyMissing)?;
        let ev =
            AuditEvent::new(AuditAction::CaseReferences, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            let model = load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            if model.version != seen {
                return Err(StoreError::Conflict("case changed"));
            }
            let key = RowKey::open(&master, TABLE, &id.to_string(), &model.data_key)?;
            let version = model.version + 1;
            let mut active: cases::ActiveModel = model.into();
            active.magistrate_ref_sealed =
                Set(key.seal("magistrate_ref", magistrate_ref.as_deref())?);
            active.pv_ref_sealed = Set(key.seal("pv_ref", pv_ref.as_deref())?);
            active.version = Set(version);
            active.updated_at = Set(Utc::now());
            active.update(txn).await?;
            journal::record(txn, None, id, by.id, JournalKind::References, "", None).await?;
            Ok(())
        })
        .await
    }

    /// Adds `user` to case `id`'s team: `by` must be able to read the case, and `user` must be
    /// someone who works cases. Audited (`case.member_add`); adding a member twice is refused.
    pub async fn add_case_member(
        &self,
        id: Uuid,
        user: UserId,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        let ev =
            AuditEvent::new(AuditAction::CaseMemberAdd, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            let account = load::<users::Entity>(txn, user.0, "user").await?;
            let role = Role::parse(&account.role).ok_or(StoreError::NotFound("user"))?;
            if !rules::may_join(role) || !account.active {
                return Err(StoreError::Refused("member_cannot_work_cases"));
            }
            if in_team(txn, id, user).await? {
                return Err(StoreError::Refused("already_in_team"));
            }
            case_team::ActiveModel {
                case_id: Set(id),
                user_id: Set(user.0),
                role: Set(TeamRole::Member.code().to_owned()),
                added_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?;
            let detail = user.0.to_string();
            journal::record(txn, None, id, by.id, JournalKind::Member, &detail, None).await?;
            touch(txn, id).await?;
            Ok(())
        })
        .await
    }

    /// Records a historic event of case `id` (HTCDS: recruitment, transit, exploitation) on
    /// `day`, its place and text sealed, by someone who may read the case. Audited
    /// (`case.event_add`), in the timeline.
    pub async fn add_case_event(
        &self,
        id: Uuid,
        kind: lumen_domain::cases::events::EventKind,
        day: chrono::NaiveDate,
        text: &lumen_domain::cases::events::EventText,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        use lumen_domain::cases::events::{EVENT_TEXT_MAX, detail};
        if text.place.trim().is_empty() {
            return Err(StoreError::Refused("event_place_missing"));
        }
        if text.place.chars().count() > EVENT_TEXT_MAX || text.text.chars().count() > EVENT_TEXT_MAX
        {
            return Err(StoreError::Refused("event_too_long"));
        }
        let sealed = serde_json::to_string(text).map_err(|_| StoreError::Refused("event"))?;
        let master = self
            .master_key
            .clone()
            .ok_or(StoreError::MasterKeyMissing)?;
        let ev =
            AuditEvent::new(AuditAction::CaseEventAdd, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            let detail = detail(kind, day);
            journal::record(
                txn,
                Some(&master),
                id,
                by.id,
                JournalKind::Event,
                &detail,
                Some(&sealed),
            )
            .await?;
            touch(txn, id).await?;
            Ok(())
        })
        .await
    }

    /// Writes an internal note in case `id`'s journal (sealed), by someone who may read the
    /// case. Audited (`case.note_add`); the note is never shown outside the case.
    pub async fn add_case_note(
        &self,
        id: Uuid,
        text: &str,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        let text = text.trim();
        if text.is_empty() {
            return Err(StoreError::Refused("note_empty"));
        }
        if text.chars().count() > NOTE_MAX {
            return Err(StoreError::Refused("note_too_long"));
        }
        let master = self
            .master_key
            .clone()
            .ok_or(StoreError::MasterKeyMissing)?;
        let ev = AuditEvent::new(AuditAction::CaseNoteAdd, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            journal::record(
                txn,
                Some(&master),
                id,
                by.id,
                JournalKind::Note,
                "",
                Some(text),
            )
            .await?;
            touch(txn, id).await?;
            Ok(())
        })
        .await
    }
}

/// Marks case `id` as changed now (its place in the lists), without a new version: a note or a
/// member does not make a status save stale.
pub(crate) async fn touch(c: &impl ConnectionTrait, id: Uuid) -> Result<(), StoreError> {
    cases::Entity::update_many()
        .col_expr(
            cases::Column::UpdatedAt,
            sea_orm::sea_query::Expr::value(Utc::now()),
        )
        .filter(cases::Column::Id.eq(id))
        .exec(c)
        .await?;
    Ok(())
}
