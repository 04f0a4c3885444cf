//! Staff sessions, stored by the SHA-256 of their cookie token.

use crate::entity::sessions;
use crate::{Store, StoreError};
use chrono::{DateTime, Utc};
use lumen_domain::UserId;
use lumen_domain::session::SessionStage;
use sea_orm::sea_query::Expr;
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, QueryFilter,
};

/// A session as stored.
#[derive(Clone, PartialEq, Eq)]
pub struct SessionRecord {
    /// SHA-256 (hex) of the cookie token.
    pub id_hash: String,
    /// Its account.
    pub user_id: UserId,
    /// How far sign-in has gone.
    pub stage: SessionStage,
    /// The token every state-changing form must carry.
    pub csrf_token: String,
    /// Sign-in time.
    pub created_at: DateTime<Utc>,
    /// Last request.
    pub last_seen_at: DateTime<Utc>,
}

impl std::fmt::Debug for SessionRecord {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionRecord")
            .field("user_id", &self.user_id)
            .field("stage", &self.stage)
            .finish_non_exhaustive()
    }
}

/// A session to create.
pub struct NewSession {
    /// SHA-256 (hex) of the cookie token.
    pub id_hash: String,
    /// Its account.
    pub user_id: UserId,
    /// Stage reached.
    pub stage: SessionStage,
    /// CSRF token.
    pub csrf_token: String,
}

fn record(m: sessions::Model) -> SessionRecord {
    SessionRecord {
        id_hash: m.id_hash,
        user_id: UserId(m.user_id),
        stage: SessionStage::parse(&m.stage).unwrap_or(SessionStage::AwaitingTotp),
        csrf_token: m.csrf_token,
        created_at: m.created_at,
        last_seen_at: m.last_seen_at,
    }
}

impl Store {
    /// Stores a new session.
    pub async fn create_session(&self, s: NewSession) -> Result<SessionRecord, StoreError> {
        let now = Utc::now();
        let _turn = self.write_turn().await;
        let model = sessions::ActiveModel {
            id_hash: Set(s.id_hash),
            user_id: Set(s.user_id.0),
            stage: Set(s.stage.code().to_owned()),
            csrf_token: Set(s.csrf_token),
            created_at: Set(now),
            last_seen_at: Set(now),
            factor_failures: Set(0),
        }
        .insert(&self.db)
        .await?;
        Ok(record(model))
    }

    /// A session by token hash.
    pub async fn session(&self, id_hash: &str) -> Result<Option<SessionRecord>, StoreError> {
        Ok(sessions::Entity::find_by_id(id_hash.to_owned())
            .one(&self.db)
            .await?
            .map(record))
    }

    /// Records activity.
    pub async fn touch_session(&self, id_hash: &str, at: DateTime<Utc>) -> Result<(), StoreError> {
        let _turn = self.write_turn().await;
        sessions::Entity::update_many()
            .col_expr(sessions::Column::LastSeenAt, Expr::value(at))
            .filter(sessions::Column::IdHash.eq(id_hash))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Moves a session to another stage.
    pub async fn set_session_stage(
        &self,
        id_hash: &str,
        stage: SessionStage,
    ) -> Result<(), StoreError> {
        let _turn = self.write_turn().await;
        sessions::Entity::update_many()
            .col_expr(sessions::Column::Stage, Expr::value(stage.code()))
            .filter(sessions::Column::IdHash.eq(id_hash))
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Ends a session.
    pub async fn delete_session(&self, id_hash: &str) -> Result<(), StoreError> {
        let _turn = self.write_turn().await;
        sessions::Entity::delete_by_id(id_hash.to_owned())
            .exec(&self.db)
            .await?;
        Ok(())
    }

    /// Deletes sessions idle since before `idle_before` or created before `created_before`.
    pub async fn purge_sessions(
        &self,
        idle_before: DateTime<Utc>,
        created_before: DateTime<Utc>,
    ) -> Result<u64, StoreError> {
        let _turn = self.write_turn().await;
        let res = sessions::Entity::delete_many()
            .filter(
                Condition::any()
                    .add(sessions::Column::LastSeenAt.lt(idle_before))
                    .add(sessions::Column::CreatedAt.lt(created_before)),
            )
            .exec(&self.db)
            .await?;
        Ok(res.rows_affected)
    }
}
