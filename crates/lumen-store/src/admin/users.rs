//! Staff accounts, their second factor, recovery codes and sign-in counters.

use crate::audited::load;
use crate::entity::{recovery_codes, sessions, users};
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::audit::AuditEvent;
use lumen_domain::{Email, Role, UnitId, UserId};
use sea_orm::sea_query::{Expr, LikeExpr};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::sealed_fields::{RowKey, row_key_for_write};
use lumen_crypto::MasterKey;

/// The table name bound into the associated data of its sealed fields.
const TABLE: &str = "users";
/// The sealed column of the TOTP secret.
const TOTP_COLUMN: &str = "totp_secret";

/// A staff account as stored. The password hash and TOTP secret are kept for the web area's
/// checks; they are never shown.
#[derive(Clone, PartialEq, Eq)]
pub struct UserRecord {
    /// Identifier.
    pub id: UserId,
    /// E-mail address, unique.
    pub email: String,
    /// Name shown to colleagues.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// Unit, if any.
    pub unit_id: Option<UnitId>,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// Whether a TOTP secret is stored (enrolment has started). The secret itself is sealed
    /// and read only by [`Store::totp_secret`].
    pub totp_secret_set: bool,
    /// Whether enrolment was confirmed.
    pub totp_enabled: bool,
    /// The last TOTP time step accepted (replays are refused).
    pub totp_last_step: Option<i64>,
    /// Whether the account may sign in.
    pub active: bool,
    /// Preferred language.
    pub locale: Option<String>,
    /// Consecutive failed sign-ins.
    pub failed_attempts: i32,
    /// Locked until then, after too many failures.
    pub locked_until: Option<DateTime<Utc>>,
    /// Creation time.
    pub created_at: DateTime<Utc>,
    /// Until when the account's one-time enrolment code is valid, while it is unused.
    pub enrolment_expires_at: Option<DateTime<Utc>>,
}

impl std::fmt::Debug for UserRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UserRecord")
            .field("id", &self.id)
            .field("role", &self.role)
            .finish_non_exhaustive()
    }
}

/// An account to create.
#[derive(Clone)]
pub struct NewUser {
    /// Identifier chosen by the caller.
    pub id: UserId,
    /// E-mail address.
    pub email: Email,
    /// Name shown to colleagues.
    pub display_name: String,
    /// Role.
    pub role: Role,
    /// Unit.
    pub unit_id: Option<UnitId>,
    /// Argon2id PHC string.
    pub password_hash: String,
    /// A confirmed TOTP secret, for accounts created with their second factor (demo data).
    pub totp_secret: Option<String>,
}

pub(crate) fn record(m: users::Model) -> UserRecord {
    UserRecord {
        id: UserId(m.id),
        email: m.email,
        display_name: m.display_name,
        role: Role::parse(&m.role).unwrap_or(Role::Partner),
        unit_id: m.unit_id.map(UnitId),
        password_hash: m.password_hash,
        totp_enabled: m.totp_enabled,
        totp_secret_set: m.totp_secret_sealed.is_some() || m.totp_secret.is_some(),
        totp_last_step: m.totp_last_step,
        active: m.active,
        locale: m.locale,
        failed_attempts: m.failed_attempts,
        locked_until: m.locked_until,
        created_at: m.created_at,
        enrolment_expires_at: m.enrolment_code_hash.as_ref().and(m.enrolment_expires_at),
    }
}

/// Inserts an account (the e-mail must be free), active or not, with an enrolment code.
pub(crate) async fn insert_user<C: sea_orm::ConnectionTrait>(
    txn: &C,
    master: Option<&MasterKey>,
    user: NewUser,
    active: bool,
    enrolment: Option<(String, DateTime<Utc>)>,
) -> Result<users::Model, StoreError> {
    if users::Entity::find()
        .filter(users::Column::Email.eq(user.email.as_str()))
        .one(txn)
        .await?
        .is_some()
    {
        return Err(StoreError::Conflict("email"));
    }
    let now = Utc::now();
    let (code_hash, expires_at) = enrolment.unzip();
    let (data_key, totp_sealed) = match &user.totp_secret {
        Some(secret) => {
            let master = master.ok_or(StoreError::MasterKeyMissing)?;
            let (key, wrapped) = RowKey::new(master, TABLE, &user.id.0.to_string())?;
            (Some(wrapped), key.seal(TOTP_COLUMN, Some(secret))?)
        }
        None => (None, None),
    };
    let search_text = lumen_domain::search::account_text(&user.display_name, user.email.as_str());
    Ok(users::ActiveModel {
        id: Set(user.id.0),
        email: Set(user.email.as_str().to_owned()),
        display_name: Set(user.display_name),
        role: Set(user.role.code().to_owned()),
        unit_id: Set(user.unit_id.map(|u| u.0)),
        password_hash: Set(user.password_hash),
        totp_enabled: Set(user.totp_secret.is_some()),
        totp_secret: Set(None),
        data_key: Set(data_key),
        totp_secret_sealed: Set(totp_sealed),
        totp_last_step: Set(None),
        active: Set(active),
        locale: Set(None),
        failed_attempts: Set(0),
        locked_until: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
        enrolment_code_hash: Set(code_hash),
        enrolment_expires_at: Set(expires_at),
        search_text: Set(search_text),
    }
    .insert(txn)
    .await?)
}

/// Deletes the account's recovery codes, used or not, and stores `hashes` as its new ones.
async fn replace_codes<C: sea_orm::ConnectionTrait>(
    txn: &C,
    id: UserId,
    hashes: Vec<String>,
) -> Result<(), StoreError> {
    recovery_codes::Entity::delete_many()
        .filter(recovery_codes::Column::UserId.eq(id.0))
        .exec(txn)
        .await?;
    for hash in hashes {
        recovery_codes::ActiveModel {
            id: Set(Uuid::now_v7()),
            user_id: Set(id.0),
            code_hash: Set(hash),
            used_at: Set(None),
        }
        .insert(txn)
        .await?;
    }
    Ok(())
}

impl Store {
    /// Creates an account; the e-mail must be free.
    pub async fn create_user(
        &self,
        user: NewUser,
        audit: AuditEvent,
    ) -> Result<UserRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            let model = insert_user(txn, self.master_key.as_deref(), user, true, None).await?;
            Ok(record(model))
        })
        .await
    }

    /// One account by id.
    pub async fn user(&self, id: UserId) -> Result<UserRecord, StoreError> {
        users::Entity::find_by_id(id.0)
            .one(&self.db)
            .await?
            .map(record)
            .ok_or(StoreError::NotFound("user"))
    }

    /// One account by e-mail (already normalised).
    pub async fn user_by_email(&self, email: &str) -> Result<Option<UserRecord>, StoreError> {
        Ok(users::Entity::find()
            .filter(users::Column::Email.eq(email))
            .one(&self.db)
            .await?
            .map(record))
    }

    /// Every account, by e-mail.
    pub async fn list_users(&self) -> Result<Vec<UserRecord>, StoreError> {
        Ok(users::Entity::find()
            .order_by_asc(users::Column::Email)
            .all(&self.db)
            .await?
            .into_iter()
            .map(record)
            .collect())
    }

    /// A page of accounts (`page` from 0) in a stable order: by name, then e-mail address
    /// (both folded: case and accents do not move an account), then id; with `search`, only
    /// those whose name or e-mail address contains it, whatever its case and accents. Also
    /// how many accounts match in all. The database filters, orders and cuts the page.
    pub async fn search_users(
        &self,
        search: Option<&str>,
        page: u64,
        per_page: u64,
    ) -> Result<(Vec<UserRecord>, u64), StoreError> {
        let mut q = users::Entity::find();
        let folded = search.map(lumen_domain::search::fold);
        if let Some(text) = folded.filter(|t| !t.is_empty()) {
            let escaped = text
                .replace('\\', "\\\\")
                .replace('%', "\\%")
                .replace('_', "\\_");
            let pattern = LikeExpr::new(format!("%{escaped}%")).escape('\\');
            q = q.filter(users::Column::SearchText.like(pattern));
        }
        let paginator = q
            .order_by_asc(users::Column::SearchText)
            .order_by_asc(users::Column::Id)
            .paginate(&self.db, per_page.max(1));
        let total = paginator.num_items().await?;
        let users = paginator
            .fetch_page(page)
            .await?
            .into_iter()
            .map(record)
            .collect();
        Ok((users, total))
    }

    /// Number of accounts.
    pub async fn count_users(&self) -> Result<u64, StoreError> {
        Ok(users::Entity::find().count(&self.db).await?)
    }

    pub(crate) async fn update_user<F>(
        &self,
        id: UserId,
        audit: AuditEvent,
        change: F,
    ) -> Result<UserRecord, StoreError>
    where
        F: FnOnce(&mut users::ActiveModel) + Send,
    {
        self.write_audited(audit, async |txn| {
            let existing = load::<users::Entity>(txn, id.0, "user").await?;
            let mut am: users::ActiveModel = existing.into();
            change(&mut am);
            am.updated_at = Set(Utc::now());
            let model = am.update(txn).await?;
            Ok(record(model))
        })
        .await
    }

    /// Changes an account's role and unit.
    pub async fn set_user_role_unit(
        &self,
        id: UserId,
        role: Role,
        unit: Option<UnitId>,
        audit: AuditEvent,
    ) -> Result<UserRecord, StoreError> {
        self.update_user(id, audit, |am| {
            am.role = Set(role.code().to_owned());
            am.unit_id = Set(unit.map(|u| u.0));
        })
        .await
    }

    /// (De)activates an account; deactivation also ends its sessions. An account opened on a
    /// request no supervisor approved cannot be activated (`Refused("awaiting_approval")`).
    pub async fn set_user_active(
        &self,
        id: UserId,
        active: bool,
        audit: AuditEvent,
    ) -> Result<UserRecord, StoreError> {
        if active && self.awaits_opening_approval(id).await? {
            return Err(StoreError::Refused("awaiting_approval"));
        }
        let rec = self
            .update_user(id, audit, |am| {
                am.active = Set(active);
                am.failed_attempts = Set(0);
                am.locked_until = Set(None);
            })
            .await?;
        if !active {
            let _turn = self.write_turn().await;
            sessions::Entity::delete_many()
                .filter(sessions::Column::UserId.eq(id.0))
                .exec(&self.db)
                .await?;
        }
        Ok(rec)
    }

    /// Replaces the password hash; ends every other session of the account.
    pub async fn set_password(
        &self,
        id: UserId,
        password_hash: String,
        keep_session: Option<&str>,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.update_user(id, audit, |am| am.password_hash = Set(password_hash))
            .await?;
        let mut del = sessions::Entity::delete_many().filter(sessions::Column::UserId.eq(id.0));
        if let Some(keep) = keep_session {
            del = del.filter(sessions::Column::IdHash.ne(keep));
        }
        let _turn = self.write_turn().await;
        del.exec(&self.db).await?;
        Ok(())
    }

    /// Sets the preferred language.
    pub async fn set_user_locale(
        &self,
        id: UserId,
        locale: &str,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        let locale = locale.to_owned();
        self.update_user(id, audit, |am| am.locale = Set(Some(locale)))
            .await?;
        Ok(())
    }

    /// Starts TOTP enrolment with a new, not yet confirmed secret (sealed under the row's key).
    pub async fn begin_totp_enrolment(
        &self,
        id: UserId,
        secret: String,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        let master = self.master_key()?;
        self.write_audited(audit, async |txn| {
            let existing = load::<users::Entity>(txn, id.0, "user").await?;
            let (key, new_wrapped) = row_key_for_write(
                master,
                TABLE,
                &id.0.to_string(),
                existing.data_key.as_deref(),
            )?;
            let sealed = key.seal(TOTP_COLUMN, Some(&secret))?;
            let mut am: users::ActiveModel = existing.into();
            if let Some(wrapped) = new_wrapped {
                am.data_key = Set(Some(wrapped));
            }
            am.totp_secret = Set(None);
            am.totp_secret_sealed = Set(sealed);
            am.totp_enabled = Set(false);
            am.totp_last_step = Set(None);
            am.updated_at = Set(Utc::now());
            am.update(txn).await?;
            Ok(())
        })
        .await
    }

    /// The account's TOTP secret, opened under the master key; `None` before enrolment.
    pub async fn totp_secret(&self, id: UserId) -> Result<Option<String>, StoreError> {
        let m = load::<users::Entity>(&self.db, id.0, "user").await?;
        match (&m.data_key, &m.totp_secret_sealed) {
            (Some(wrapped), Some(sealed)) => {
                let key = RowKey::open(self.master_key()?, TABLE, &id.0.to_string(), wrapped)?;
                key.unseal(TOTP_COLUMN, Some(sealed))
            }
            // A row from before sealing, not sealed yet (no master key at the last start).
            _ => Ok(m.totp_secret),
        }
    }

    /// Confirms enrolment and stores the recovery codes' hashes (replacing older ones).
    pub async fn confirm_totp(
        &self,
        id: UserId,
        step: i64,
        recovery_code_hashes: Vec<String>,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_audited(audit, async |txn| {
            let existing = load::<users::Entity>(txn, id.0, "user").await?;
            let mut am: users::ActiveModel = existing.into();
            am.totp_enabled = Set(true);
            am.totp_last_step = Set(Some(step));
            am.updated_at = Set(Utc::now());
            am.update(txn).await?;
            replace_codes(txn, id, recovery_code_hashes).await
        })
        .await
    }

    /// Replaces every recovery code of an account that has its second factor with new ones
    /// (their hashes), in one transaction with its audit entry: from the commit, no old code
    /// opens a session. `Refused("no_second_factor")` for an account without one.
    pub async fn replace_recovery_codes(
        &self,
        id: UserId,
        recovery_code_hashes: Vec<String>,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_audited(audit, async |txn| {
            let existing = load::<users::Entity>(txn, id.0, "user").await?;
            if !existing.totp_enabled {
                return Err(StoreError::Refused("no_second_factor"));
            }
            replace_codes(txn, id, recovery_code_hashes).await
        })
        .await
    }

    /// Removes the second factor (an administrator's reset); the account enrols again at its
    /// next sign-in. Ends its sessions.
    pub async fn reset_totp(&self, id: UserId, audit: AuditEvent) -> Result<(), StoreError> {
        self.update_user(id, audit, |am| {
            am.totp_secret = Set(None);
            am.totp_secret_sealed = Set(None);
            am.totp_enabled = Set(false);
            am.totp_last_step = Set(None);
        })
        .await?;
        let _turn = self.write_turn().await;
        recovery_codes::Entity::delete_many()
            .filter(recovery_codes::Column::UserId.eq(id.0))
            .exec(&self.db)
            .await?;
        sessions::Entity::delete_many()
            .filter(sessions::Column::UserId.eq(id.0))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Records an accepted TOTP step, atomically refusing a step not newer than the last one
    /// (a replayed code). Returns whether the step was accepted.
    pub async fn accept_totp_step(&self, id: UserId, step: i64) -> Result<bool, StoreError> {
        let _turn = self.write_turn().await;
        let res = users::Entity::update_many()
            .col_expr(users::Column::TotpLastStep, Expr::value(step))
            .filter(users::Column::Id.eq(id.0))
            .filter(
                Condition::any()
                    .add(users::Column::TotpLastStep.is_null())
                    .add(users::Column::TotpLastStep.lt(step)),
            )
            .exec(&self.db)
            .await?;
        Ok(res.rows_affected == 1)
    }

    /// Marks a recovery code used; returns whether it was valid and unused.
    pub async fn use_recovery_code(&self, id: UserId, code_hash: &str) -> Result<bool, StoreError> {
        let _turn = self.write_turn().await;
        let res = recovery_codes::Entity::update_many()
            .col_expr(recovery_codes::Column::UsedAt, Expr::value(Utc::now()))
            .filter(recovery_codes::Column::UserId.eq(id.0))
            .filter(recovery_codes::Column::CodeHash.eq(code_hash))
            .filter(recovery_codes::Column::UsedAt.is_null())
            .exec(&self.db)
            .await?;
        Ok(res.rows_affected == 1)
    }

    /// Recovery codes not yet used.
    pub async fn unused_recovery_codes(&self, id: UserId) -> Result<u64, StoreError> {
        Ok(recovery_codes::Entity::find()
            .filter(recovery_codes::Column::UserId.eq(id.0))
            .filter(recovery_codes::Column::UsedAt.is_null())
            .count(&self.db)
            .await?)
    }

    /// Counts a failed sign-in and sets the lock computed by the caller's policy.
    pub async fn record_failed_sign_in(
        &self,
        id: UserId,
        failures: i32,
        locked_until: Option<DateTime<Utc>>,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.update_user(id, audit, |am| {
            am.failed_attempts = Set(failures);
            am.locked_until = Set(locked_until);
        })
        .await?;
        Ok(())
    }

    /// Clears the failure counter after a successful sign-in.
    pub async fn clear_failed_sign_ins(&self, id: UserId) -> Result<(), StoreError> {
        let _turn = self.write_turn().await;
        users::Entity::update_many()
            .col_expr(users::Column::FailedAttempts, Expr::value(0))
            .col_expr(
                users::Column::LockedUntil,
                Expr::value(Option::<DateTime<Utc>>::None),
            )
            .filter(users::Column::Id.eq(id.0))
            .exec(&self.db)
            .await?;
        Ok(())
    }
}
