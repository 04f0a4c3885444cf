//! Four-eyes moves of a case: closing and reopening are asked for with a reason, then decided
//! by a supervisor who did not ask; a refusal says why. One request waits per case at a time.
//! Both the request and the decision are in the case's journal and the audit log.

use super::{CaseActor, in_team, journal, touch};
use crate::audited::load;
use crate::entity::{case_approvals, cases, users};
use crate::sealed_fields::RowKey;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::{self as rules, CaseStatus, JournalKind};
use lumen_domain::{Permission, UserId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter,
};
use uuid::Uuid;

const TABLE: &str = "case_approvals";
/// The most characters of a reason or a decision's comment.
pub const COMMENT_MAX: usize = 2_000;

/// A move waiting for a supervisor.
#[derive(Clone, PartialEq, Eq)]
pub struct PendingApproval {
    /// Identifier.
    pub id: Uuid,
    /// The status asked for.
    pub to: CaseStatus,
    /// For closing: the catalogue code of the reason.
    pub reason: Option<String>,
    /// The requester's words.
    pub comment: String,
    /// Who asked.
    pub requested_by: UserId,
    /// Their name.
    pub requested_by_name: String,
    /// When.
    pub requested_at: DateTime<Utc>,
}

impl std::fmt::Debug for PendingApproval {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PendingApproval")
            .field("id", &self.id)
            .field("to", &self.to)
            .finish_non_exhaustive()
    }
}

pub(super) fn check_comment(text: &str, needed: bool) -> Result<(), StoreError> {
    if needed && text.trim().is_empty() {
        return Err(StoreError::Refused("comment_missing"));
    }
    if text.chars().count() > COMMENT_MAX {
        return Err(StoreError::Refused("comment_too_long"));
    }
    Ok(())
}

/// A case move waiting for a supervisor, as the approvals page lists it: no content of the case.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WaitingCaseApproval {
    /// The case.
    pub case_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// The status asked for.
    pub to: CaseStatus,
    /// Who asked.
    pub requested_by: UserId,
    /// Their name.
    pub requested_by_name: String,
    /// When.
    pub requested_at: DateTime<Utc>,
}

impl Store {
    /// Every case move waiting for a supervisor, oldest first; for supervisors only.
    pub async fn waiting_case_approvals(
        &self,
        reader: CaseActor,
    ) -> Result<Vec<WaitingCaseApproval>, StoreError> {
        use sea_orm::QueryOrder;
        if !reader.role.has(Permission::SuperviseCases) {
            return Err(StoreError::Refused("not_a_supervisor"));
        }
        let rows = case_approvals::Entity::find()
            .filter(case_approvals::Column::State.eq("pending"))
            .order_by_asc(case_approvals::Column::RequestedAt)
            .all(&self.db)
            .await?;
        let case_ids: Vec<Uuid> = rows.iter().map(|r| r.case_id).collect();
        let user_ids: Vec<Uuid> = rows.iter().map(|r| r.requested_by).collect();
        let cases = cases::Entity::find()
            .filter(cases::Column::Id.is_in(case_ids))
            .all(&self.db)
            .await?;
        let names = users::Entity::find()
            .filter(users::Column::Id.is_in(user_ids))
            .all(&self.db)
            .await?;
        Ok(rows
            .into_iter()
            .filter_map(|r| {
                Some(WaitingCaseApproval {
                    case_id: r.case_id,
                    reference: cases.iter().find(|c| c.id == r.case_id)?.reference.clone(),
                    to: CaseStatus::parse(&r.to_status)?,
                    requested_by: UserId(r.requested_by),
                    requested_by_name: names
                        .iter()
                        .find(|u| u.id == r.requested_by)
                        .map(|u| u.display_name.clone())
                        .unwrap_or_default(),
                    requested_at: r.requested_at,
                })
            })
            .collect())
    }

    /// The move waiting for a supervisor on case `id`, if any (callers check who reads it).
    pub(crate) async fn pending_approval(
        &self,
        c: &impl ConnectionTrait,
        id: Uuid,
    ) -> Result<Option<PendingApproval>, StoreError> {
        let Some(m) = case_approvals::Entity::find()
            .filter(case_approvals::Column::CaseId.eq(id))
            .filter(case_approvals::Column::State.eq("pending"))
            .one(c)
            .await?
        else {
            return Ok(None);
        };
        let key = RowKey::open(self.master_key()?, TABLE, &m.id.to_string(), &m.data_key)?;
        let name = load::<users::Entity>(c, m.requested_by, "user")
            .await?
            .display_name;
        Ok(Some(PendingApproval {
            id: m.id,
            to: CaseStatus::parse(&m.to_status).ok_or(StoreError::NotFound("approval"))?,
            reason: m.reason,
            comment: key
                .unseal("comment", Some(&m.comment_sealed))?
                .unwrap_or_default(),
            requested_by: UserId(m.requested_by),
            requested_by_name: name,
            requested_at: m.requested_at,
        }))
    }

    /// Asks a supervisor to move case `id` to `to` (closing or reopening), made on version
    /// `seen`. Closing needs a reason code (the catalogue's, checked by the caller) and every
    /// request a comment. Refused when the move does not take four eyes, when one already
    /// waits, and (`Conflict`) when the case changed since `seen`. Audited
    /// (`case.approval_ask`).
    pub async fn ask_case_approval(
        &self,
        id: Uuid,
        to: CaseStatus,
        reason: Option<&str>,
        comment: &str,
        seen: i32,
        by: CaseActor,
    ) -> Result<Uuid, StoreError> {
        let comment = comment.trim();
        check_comment(comment, true)?;
        if to == CaseStatus::Closed && reason.is_none() {
            return Err(StoreError::Refused("reason_missing"));
        }
        let master = self
            .master_key
            .clone()
            .ok_or(StoreError::MasterKeyMissing)?;
        let approval = Uuid::now_v7();
        let (key, wrapped) = RowKey::new(&master, TABLE, &approval.to_string())?;
        let sealed = key.seal("comment", Some(comment))?.unwrap_or_default();
        let ev =
            AuditEvent::new(AuditAction::CaseApprovalAsk, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            let model = load::<cases::Entity>(txn, id, "case").await?;
            if !rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::NotFound("case"));
            }
            if model.version != seen {
                return Err(StoreError::Conflict("case changed"));
            }
            let from = CaseStatus::parse(&model.status).ok_or(StoreError::NotFound("case"))?;
            if !from.may_move_to(to) || !from.needs_approval(to) {
                return Err(StoreError::Refused("case_status_not_next"));
            }
            if self.pending_approval(txn, id).await?.is_some() {
                return Err(StoreError::Refused("approval_waiting"));
            }
            case_approvals::ActiveModel {
                id: Set(approval),
                case_id: Set(id),
                to_status: Set(to.code().to_owned()),
                reason: Set(reason.map(str::to_owned)),
                requested_by: Set(by.id.0),
                requested_at: Set(Utc::now()),
                state: Set("pending".into()),
                decided_by: Set(None),
                decided_at: Set(None),
                data_key: Set(wrapped),
                comment_sealed: Set(sealed),
                decision_sealed: Set(None),
            }
            .insert(txn)
            .await?;
            let detail = format!(
                "{}{}",
                to.code(),
                reason.map(|r| format!(":{r}")).unwrap_or_default()
            );
            journal::record(
                txn,
                Some(&master),
                id,
                by.id,
                JournalKind::ApprovalAsked,
                &detail,
                Some(comment),
            )
            .await?;
            touch(txn, id).await?;
            Ok(approval)
        })
        .await
    }

    /// A supervisor decides request `approval` of case `id`: approving applies the move (a
    /// closed case keeps its reason), refusing needs a comment. The requester cannot decide
    /// their own request. Audited (`case.approval_decide`), in the journal with the comment.
    pub async fn decide_case_approval(
        &self,
        id: Uuid,
        approval: Uuid,
        approve: bool,
        comment: &str,
        by: CaseActor,
    ) -> Result<(), StoreError> {
        let comment = comment.trim();
        check_comment(comment, !approve)?;
        if !by.role.has(Permission::SuperviseCases) {
            return Err(StoreError::Refused("not_a_supervisor"));
        }
        let master = self
            .master_key
            .clone()
            .ok_or(StoreError::MasterKeyMissing)?;
        let ev = AuditEvent::new(AuditAction::CaseApprovalDecide, Some(id.to_string()))
            .by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            let m = load::<case_approvals::Entity>(txn, approval, "approval").await?;
            if m.case_id != id || m.state != "pending" {
                return Err(StoreError::NotFound("approval"));
            }
            if m.requested_by == by.id.0 {
                return Err(StoreError::Refused("own_request"));
            }
            let key = RowKey::open(&master, TABLE, &m.id.to_string(), &m.data_key)?;
            let decision = (!comment.is_empty())
                .then(|| key.seal("decision", Some(comment)))
                .transpose()?
                .flatten();
            let to = CaseStatus::parse(&m.to_status).ok_or(StoreError::NotFound("approval"))?;
            let reason = m.reason.clone();
            let mut active: case_approvals::ActiveModel = m.into();
            active.state = Set(if approve { "approved" } else { "refused" }.into());
            active.decided_by = Set(Some(by.id.0));
            active.decided_at = Set(Some(Utc::now()));
            active.decision_sealed = Set(decision);
            active.update(txn).await?;
            let kind = if approve {
                JournalKind::Approved
            } else {
                JournalKind::Refused
            };
            let note = (!comment.is_empty()).then_some(comment);
            journal::record(txn, Some(&master), id, by.id, kind, to.code(), note).await?;
            if approve {
                let case = load::<cases::Entity>(txn, id, "case").await?;
                let from = CaseStatus::parse(&case.status).ok_or(StoreError::NotFound("case"))?;
                let version = case.version + 1;
                let mut active: cases::ActiveModel = case.into();
                active.status = Set(to.code().to_owned());
                active.closing_reason = Set(if to == CaseStatus::Closed {
                    reason
                } else {
                    None
                });
                active.version = Set(version);
                active.updated_at = Set(Utc::now());
                active.update(txn).await?;
                let detail = format!("{}>{}", from.code(), to.code());
                journal::record(txn, None, id, by.id, JournalKind::Status, &detail, None).await?;
            } else {
                touch(txn, id).await?;
            }
            Ok(())
        })
        .await
    }
}
