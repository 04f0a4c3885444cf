//! Access to a restricted case: someone who works cases but is outside its team asks, with a
//! reason, and a supervisor who did not ask decides; a refusal says why. An approved request
//! adds the requester to the team. Both the request and the decision are in the case's
//! journal and the audit log; the reason and the comment are sealed.

use super::approvals::check_comment;
use super::{CaseActor, in_team, journal, touch};
use crate::audited::load;
use crate::entity::{case_access_requests, case_team, cases, users};
use crate::sealed_fields::RowKey;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::audit::{AuditAction, AuditEvent};
use lumen_domain::cases::{self as rules, JournalKind, TeamRole};
use lumen_domain::{Permission, UserId};
use sea_orm::{ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use uuid::Uuid;

const TABLE: &str = "case_access_requests";
const PENDING: &str = "pending";

/// A request for access waiting for a supervisor.
#[derive(Clone, PartialEq, Eq)]
pub struct AccessRequest {
    /// Identifier.
    pub id: Uuid,
    /// The case.
    pub case_id: Uuid,
    /// Its reference.
    pub reference: String,
    /// Who asks.
    pub requested_by: UserId,
    /// Their name.
    pub requested_by_name: String,
    /// When.
    pub requested_at: DateTime<Utc>,
    /// Why.
    pub reason: String,
}

impl std::fmt::Debug for AccessRequest {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AccessRequest")
            .field("id", &self.id)
            .field("case_id", &self.case_id)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Asks for access to case `id` with a reason, by someone who works cases and may not read
    /// it yet; one request waits per person and case. Audited (`case.access_ask`), in the
    /// case's journal.
    pub async fn ask_case_access(
        &self,
        id: Uuid,
        reason: &str,
        by: CaseActor,
    ) -> Result<Uuid, StoreError> {
        let reason = reason.trim();
        check_comment(reason, true)?;
        if !rules::may_join(by.role) {
            return Err(StoreError::Refused("member_cannot_work_cases"));
        }
        let master = self
            .master_key
            .clone()
            .ok_or(StoreError::MasterKeyMissing)?;
        let request = Uuid::now_v7();
        let (key, wrapped) = RowKey::new(&master, TABLE, &request.to_string())?;
        let sealed = key.seal("reason", Some(reason))?.unwrap_or_default();
        let ev =
            AuditEvent::new(AuditAction::CaseAccessAsk, Some(id.to_string())).by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            load::<cases::Entity>(txn, id, "case").await?;
            if rules::may_read(by.role, in_team(txn, id, by.id).await?) {
                return Err(StoreError::Refused("already_in_team"));
            }
            let waiting = case_access_requests::Entity::find()
                .filter(case_access_requests::Column::CaseId.eq(id))
                .filter(case_access_requests::Column::RequestedBy.eq(by.id.0))
                .filter(case_access_requests::Column::State.eq(PENDING))
                .one(txn)
                .await?;
            if waiting.is_some() {
                return Err(StoreError::Refused("access_waiting"));
            }
            case_access_requests::ActiveModel {
                id: Set(request),
                case_id: Set(id),
                requested_by: Set(by.id.0),
                requested_at: Set(Utc::now()),
                state: Set(PENDING.into()),
                decided_by: Set(None),
                decided_at: Set(None),
                data_key: Set(wrapped),
                reason_sealed: Set(sealed),
                decision_sealed: Set(None),
            }
            .insert(txn)
            .await?;
            let detail = by.id.0.to_string();
            journal::record(
                txn,
                Some(&master),
                id,
                by.id,
                JournalKind::AccessAsked,
                &detail,
                Some(reason),
            )
            .await?;
            touch(txn, id).await?;
            Ok(request)
        })
        .await
    }

    /// Whether `user` has a request for access to case `id` waiting.
    pub async fn access_waiting(&self, id: Uuid, user: UserId) -> Result<bool, StoreError> {
        Ok(case_access_requests::Entity::find()
            .filter(case_access_requests::Column::CaseId.eq(id))
            .filter(case_access_requests::Column::RequestedBy.eq(user.0))
            .filter(case_access_requests::Column::State.eq(PENDING))
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Whether `request` is a request for access to case `id` that still waits.
    pub async fn access_waiting_on(&self, id: Uuid, request: Uuid) -> Result<bool, StoreError> {
        Ok(case_access_requests::Entity::find_by_id(request)
            .one(&self.db)
            .await?
            .is_some_and(|r| r.case_id == id && r.state == PENDING))
    }

    /// Every request for access waiting, oldest first, reasons opened; for supervisors only.
    pub async fn waiting_access_requests(
        &self,
        reader: CaseActor,
    ) -> Result<Vec<AccessRequest>, StoreError> {
        if !reader.role.has(Permission::SuperviseCases) {
            return Err(StoreError::Refused("not_a_supervisor"));
        }
        self.access_requests_where(None).await
    }

    /// The requests for access to case `id` waiting (callers check who reads the case).
    pub(crate) async fn access_requests_of(
        &self,
        id: Uuid,
    ) -> Result<Vec<AccessRequest>, StoreError> {
        self.access_requests_where(Some(id)).await
    }

    async fn access_requests_where(
        &self,
        case: Option<Uuid>,
    ) -> Result<Vec<AccessRequest>, StoreError> {
        use sea_orm::QueryOrder;
        let mut query = case_access_requests::Entity::find()
            .filter(case_access_requests::Column::State.eq(PENDING));
        if let Some(id) = case {
            query = query.filter(case_access_requests::Column::CaseId.eq(id));
        }
        let rows = query
            .order_by_asc(case_access_requests::Column::RequestedAt)
            .all(&self.db)
            .await?;
        let mut out = Vec::with_capacity(rows.len());
        for r in rows {
            let case = load::<cases::Entity>(&self.db, r.case_id, "case").await?;
            let name = load::<users::Entity>(&self.db, r.requested_by, "user")
                .await?
                .display_name;
            let key = RowKey::open(self.master_key()?, TABLE, &r.id.to_string(), &r.data_key)?;
            out.push(AccessRequest {
                id: r.id,
                case_id: r.case_id,
                reference: case.reference,
                requested_by: UserId(r.requested_by),
                requested_by_name: name,
                requested_at: r.requested_at,
                reason: key
                    .unseal("reason", Some(&r.reason_sealed))?
                    .unwrap_or_default(),
            });
        }
        Ok(out)
    }

    /// A supervisor decides request `request`: approving adds the requester to the team,
    /// refusing needs a comment. Nobody decides their own request. Audited
    /// (`case.access_decide`), in the journal.
    pub async fn decide_case_access(
        &self,
        request: Uuid,
        approve: bool,
        comment: &str,
        by: CaseActor,
    ) -> Result<Uuid, StoreError> {
        let comment = comment.trim();
        check_comment(comment, !approve)?;
        if !by.role.has(Permission::SuperviseCases) {
            return Err(StoreError::Refused("not_a_supervisor"));
        }
        let master = self
            .master_key
            .clone()
            .ok_or(StoreError::MasterKeyMissing)?;
        let m = load::<case_access_requests::Entity>(&self.db, request, "access request").await?;
        let case = m.case_id;
        let ev = AuditEvent::new(AuditAction::CaseAccessDecide, Some(case.to_string()))
            .by(by.id, by.role);
        self.write_audited(ev, async |txn| {
            let m = load::<case_access_requests::Entity>(txn, request, "access request").await?;
            if m.state != PENDING {
                return Err(StoreError::NotFound("access request"));
            }
            if m.requested_by == by.id.0 {
                return Err(StoreError::Refused("own_request"));
            }
            let key = RowKey::open(&master, TABLE, &m.id.to_string(), &m.data_key)?;
            let decision = (!comment.is_empty())
                .then(|| key.seal("decision", Some(comment)))
                .transpose()?
                .flatten();
            let requester = UserId(m.requested_by);
            let mut active: case_access_requests::ActiveModel = m.into();
            active.state = Set(if approve { "approved" } else { "refused" }.into());
            active.decided_by = Set(Some(by.id.0));
            active.decided_at = Set(Some(Utc::now()));
            active.decision_sealed = Set(decision);
            active.update(txn).await?;
            if approve && !in_team(txn, case, requester).await? {
                case_team::ActiveModel {
                    case_id: Set(case),
                    user_id: Set(requester.0),
                    role: Set(TeamRole::Member.code().to_owned()),
                    added_at: Set(Utc::now()),
                }
                .insert(txn)
                .await?;
            }
            let kind = if approve {
                JournalKind::AccessGranted
            } else {
                JournalKind::AccessRefused
            };
            let detail = requester.0.to_string();
            let note = (!comment.is_empty()).then_some(comment);
            journal::record(txn, Some(&master), case, by.id, kind, &detail, note).await?;
            touch(txn, case).await?;
            Ok(case)
        })
        .await
    }
}
