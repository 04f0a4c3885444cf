//! What signing in counts and hands out: failed steps counted in one statement each (so
//! concurrent guesses cannot overwrite each other's count), wrong second-factor codes per
//! half-signed-in session, a new session token once sign-in completes, and the one-time
//! enrolment codes with which a new account's holder sets their own password.

use crate::admin::role_requests::insert_request;
use crate::admin::users::{NewUser, UserRecord, insert_user, record};
use crate::audit::append;
use crate::audited::load;
use crate::entity::{sessions, users};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::UserId;
use lumen_domain::audit::AuditEvent;
use lumen_domain::lockout::LockoutPolicy;
use lumen_domain::session::SessionStage;
use sea_orm::sea_query::{Expr, ExprTrait};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

/// A new account's one-time enrolment code, as stored.
pub struct Enrolment {
    /// SHA-256 (hex) of the code.
    pub code_hash: String,
    /// Until when it may be used.
    pub expires_at: DateTime<Utc>,
    /// The administrator who asked for the account, when its role waits for a supervisor's
    /// approval: the account stays inactive until then.
    pub awaiting_approval_by: Option<UserId>,
}

impl Store {
    /// Counts one more failed sign-in step of the account (wrong password, second-factor code,
    /// recovery or enrolment code) and locks it as `policy` says; returns the lock, if any.
    pub async fn count_failed_sign_in(
        &self,
        id: UserId,
        policy: &LockoutPolicy,
        audit: AuditEvent,
    ) -> Result<Option<DateTime<Utc>>, StoreError> {
        self.write_audited(audit, async |txn| {
            users::Entity::update_many()
                .col_expr(
                    users::Column::FailedAttempts,
                    Expr::col(users::Column::FailedAttempts).add(1),
                )
                .filter(users::Column::Id.eq(id.0))
                .exec(txn)
                .await?;
            let m = load::<users::Entity>(txn, id.0, "user").await?;
            let now = Utc::now();
            let until = policy
                .locked_until(u32::try_from(m.failed_attempts).unwrap_or(0), now)
                .or(m.locked_until.filter(|t| *t > now));
            users::Entity::update_many()
                .col_expr(users::Column::LockedUntil, Expr::value(until))
                .filter(users::Column::Id.eq(id.0))
                .exec(txn)
                .await?;
            Ok(until)
        })
        .await
    }

    /// Counts a wrong second-factor code on a half-signed-in session; returns how many it has.
    pub async fn count_factor_failure(&self, id_hash: &str) -> Result<i32, StoreError> {
        let txn = self.begin_write().await?;
        sessions::Entity::update_many()
            .col_expr(
                sessions::Column::FactorFailures,
                Expr::col(sessions::Column::FactorFailures).add(1),
            )
            .filter(sessions::Column::IdHash.eq(id_hash))
            .exec(&txn)
            .await?;
        let n = sessions::Entity::find_by_id(id_hash.to_owned())
            .one(&txn)
            .await?
            .map_or(0, |s| s.factor_failures);
        txn.commit().await?;
        Ok(n)
    }

    /// Gives a session a new token and CSRF token and moves it to `stage`, so the token of a
    /// half-signed-in session never becomes a signed-in one. Returns whether it still existed.
    pub async fn renew_session(
        &self,
        old_hash: &str,
        new_hash: &str,
        csrf_token: &str,
        stage: SessionStage,
    ) -> Result<bool, StoreError> {
        let _turn = self.write_turn().await;
        let res = sessions::Entity::update_many()
            .col_expr(sessions::Column::IdHash, Expr::value(new_hash))
            .col_expr(sessions::Column::CsrfToken, Expr::value(csrf_token))
            .col_expr(sessions::Column::Stage, Expr::value(stage.code()))
            .col_expr(sessions::Column::FactorFailures, Expr::value(0))
            .col_expr(sessions::Column::LastSeenAt, Expr::value(Utc::now()))
            .filter(sessions::Column::IdHash.eq(old_hash))
            .exec(&self.db)
            .await?;
        Ok(res.rows_affected == 1)
    }

    /// Creates an account whose holder sets their password with a one-time enrolment code.
    /// When its role waits for approval, the account is created inactive with a pending request
    /// in the same transaction.
    pub async fn create_invited_user(
        &self,
        user: NewUser,
        enrolment: Enrolment,
        audit: AuditEvent,
    ) -> Result<UserRecord, StoreError> {
        let txn = self.begin_write().await?;
        let (role, unit) = (user.role, user.unit_id);
        let active = enrolment.awaiting_approval_by.is_none();
        let model = insert_user(
            &txn,
            self.master_key.as_deref(),
            user,
            active,
            Some((enrolment.code_hash, enrolment.expires_at)),
        )
        .await?;
        if let Some(by) = enrolment.awaiting_approval_by {
            insert_request(&txn, UserId(model.id), true, role, unit, by).await?;
        }
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        Ok(record(model))
    }

    /// Whether `code_hash` is the account's unused, unexpired enrolment code.
    pub async fn enrolment_code_matches(
        &self,
        id: UserId,
        code_hash: &str,
    ) -> Result<bool, StoreError> {
        Ok(users::Entity::find_by_id(id.0)
            .filter(users::Column::EnrolmentCodeHash.eq(code_hash))
            .filter(users::Column::EnrolmentExpiresAt.gt(Utc::now()))
            .one(&self.db)
            .await?
            .is_some())
    }

    /// Uses the enrolment code: sets the holder's password and forgets the code, in one
    /// statement that applies only while the code is unused, unexpired and the account active.
    /// Returns whether it applied.
    pub async fn redeem_enrolment_code(
        &self,
        id: UserId,
        code_hash: &str,
        password_hash: String,
        audit: AuditEvent,
    ) -> Result<bool, StoreError> {
        let txn = self.begin_write().await?;
        let now = Utc::now();
        let res = users::Entity::update_many()
            .col_expr(users::Column::PasswordHash, Expr::value(password_hash))
            .col_expr(
                users::Column::EnrolmentCodeHash,
                Expr::value(Option::<String>::None),
            )
            .col_expr(
                users::Column::EnrolmentExpiresAt,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .col_expr(users::Column::FailedAttempts, Expr::value(0))
            .col_expr(users::Column::UpdatedAt, Expr::value(now))
            .filter(users::Column::Id.eq(id.0))
            .filter(users::Column::EnrolmentCodeHash.eq(code_hash))
            .filter(users::Column::EnrolmentExpiresAt.gt(now))
            .filter(users::Column::Active.eq(true))
            .exec(&txn)
            .await?;
        if res.rows_affected != 1 {
            return Ok(false);
        }
        append(&txn, self.backend, self.audit_key.as_deref(), audit).await?;
        txn.commit().await?;
        Ok(true)
    }
}
