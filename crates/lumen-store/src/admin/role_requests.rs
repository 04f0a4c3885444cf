//! Role changes that wait for a supervisor: an administrator asks, a supervisor approves or
//! refuses, and only an approval changes the account. At most one request waits per account.

use crate::audited::load;
use crate::entity::{role_requests, users};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Role, UnitId, UserId};
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QueryOrder,
};
use uuid::Uuid;

/// A supervisor's decision.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleDecision {
    /// The change was applied.
    Approved,
    /// The change was not applied.
    Refused,
}

impl RoleDecision {
    fn code(self) -> &'static str {
        match self {
            Self::Approved => "approved",
            Self::Refused => "refused",
        }
    }

    fn parse(code: &str) -> Option<Self> {
        match code {
            "approved" => Some(Self::Approved),
            "refused" => Some(Self::Refused),
            _ => None,
        }
    }
}

/// A request as stored.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RoleRequestRecord {
    /// Identifier.
    pub id: Uuid,
    /// The account it changes.
    pub user_id: UserId,
    /// Whether it asks for a new account to be opened.
    pub creates: bool,
    /// The role asked for.
    pub role: Role,
    /// The unit asked for.
    pub unit_id: Option<UnitId>,
    /// The administrator who asked.
    pub requested_by: UserId,
    /// When.
    pub requested_at: DateTime<Utc>,
    /// The supervisor who decided.
    pub decided_by: Option<UserId>,
    /// When.
    pub decided_at: Option<DateTime<Utc>>,
    /// What they decided (`None` while waiting).
    pub decision: Option<RoleDecision>,
}

fn record(m: role_requests::Model) -> RoleRequestRecord {
    RoleRequestRecord {
        id: m.id,
        user_id: UserId(m.user_id),
        creates: m.creates,
        role: Role::parse(&m.role).unwrap_or(Role::Frontline),
        unit_id: m.unit_id.map(UnitId),
        requested_by: UserId(m.requested_by),
        requested_at: m.requested_at,
        decided_by: m.decided_by.map(UserId),
        decided_at: m.decided_at,
        decision: m.decision.as_deref().and_then(RoleDecision::parse),
    }
}

impl Store {
    /// Asks for `user`'s role and unit to change; `Conflict("role_request")` when a request
    /// already waits for that account.
    pub async fn request_role_change(
        &self,
        user: UserId,
        role: Role,
        unit: Option<UnitId>,
        by: UserId,
        audit: AuditEvent,
    ) -> Result<RoleRequestRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            load::<users::Entity>(txn, user.0, "user").await?;
            if pending_of(txn, user).await?.is_some() {
                return Err(StoreError::Conflict("role_request"));
            }
            let model = insert_request(txn, user, false, role, unit, by).await?;
            Ok(record(model))
        })
        .await
    }

    /// Requests waiting for a decision, oldest first.
    pub async fn pending_role_requests(&self) -> Result<Vec<RoleRequestRecord>, StoreError> {
        Ok(role_requests::Entity::find()
            .filter(role_requests::Column::Decision.is_null())
            .order_by_asc(role_requests::Column::RequestedAt)
            .all(&self.db)
            .await?
            .into_iter()
            .map(record)
            .collect())
    }

    /// How many requests wait.
    pub async fn count_pending_role_requests(&self) -> Result<u64, StoreError> {
        Ok(role_requests::Entity::find()
            .filter(role_requests::Column::Decision.is_null())
            .count(&self.db)
            .await?)
    }

    /// The request waiting for an account, if any.
    pub async fn pending_role_request(
        &self,
        user: UserId,
    ) -> Result<Option<RoleRequestRecord>, StoreError> {
        Ok(pending_of(&self.db, user).await?.map(record))
    }

    /// A supervisor's decision on a waiting request. Nobody decides a request about their own
    /// account or one they made (`Refused("own_request")`); a request already decided, or
    /// unknown, is `NotFound`. An approval applies the role and unit and, for a new account,
    /// opens it.
    pub async fn decide_role_request(
        &self,
        id: Uuid,
        by: UserId,
        decision: RoleDecision,
        audit: AuditEvent,
    ) -> Result<RoleRequestRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            let req = role_requests::Entity::find_by_id(id)
                .filter(role_requests::Column::Decision.is_null())
                .one(txn)
                .await?
                .ok_or(StoreError::NotFound("role_request"))?;
            if req.user_id == by.0 || req.requested_by == by.0 {
                return Err(StoreError::Refused("own_request"));
            }
            let now = Utc::now();
            let mut am: role_requests::ActiveModel = req.clone().into();
            am.decided_by = Set(Some(by.0));
            am.decided_at = Set(Some(now));
            am.decision = Set(Some(decision.code().to_owned()));
            let model = am.update(txn).await?;
            if decision == RoleDecision::Approved {
                let mut change = users::Entity::update_many()
                    .col_expr(users::Column::Role, Expr::value(req.role.clone()))
                    .col_expr(users::Column::UnitId, Expr::value(req.unit_id))
                    .col_expr(users::Column::UpdatedAt, Expr::value(now));
                if req.creates {
                    change = change.col_expr(users::Column::Active, Expr::value(true));
                }
                change
                    .filter(users::Column::Id.eq(req.user_id))
                    .exec(txn)
                    .await?;
            }
            Ok(record(model))
        })
        .await
    }

    /// Whether an account was opened on a request that no supervisor has approved (it must
    /// not be activated by other means).
    pub async fn awaits_opening_approval(&self, user: UserId) -> Result<bool, StoreError> {
        let requests = role_requests::Entity::find()
            .filter(role_requests::Column::UserId.eq(user.0))
            .filter(role_requests::Column::Creates.eq(true))
            .all(&self.db)
            .await?;
        Ok(!requests.is_empty()
            && !requests
                .iter()
                .any(|r| r.decision.as_deref() == Some(RoleDecision::Approved.code())))
    }
}

/// Inserts a waiting request (the caller appends the audit entry in the same transaction).
pub(crate) async fn insert_request<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: UserId,
    creates: bool,
    role: Role,
    unit: Option<UnitId>,
    by: UserId,
) -> Result<role_requests::Model, StoreError> {
    Ok(role_requests::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user.0),
        creates: Set(creates),
        role: Set(role.code().to_owned()),
        unit_id: Set(unit.map(|u| u.0)),
        requested_by: Set(by.0),
        requested_at: Set(Utc::now()),
        decided_by: Set(None),
        decided_at: Set(None),
        decision: Set(None),
    }
    .insert(db)
    .await?)
}

async fn pending_of<C: sea_orm::ConnectionTrait>(
    db: &C,
    user: UserId,
) -> Result<Option<role_requests::Model>, StoreError> {
    Ok(role_requests::Entity::find()
        .filter(role_requests::Column::UserId.eq(user.0))
        .filter(role_requests::Column::Decision.is_null())
        .one(db)
        .await?)
}
