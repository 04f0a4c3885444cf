//! Organisational units.

use crate::audited::load;
use crate::entity::units;
use crate::{Store, StoreError};
use chrono::Utc;
use lumen_domain::audit::AuditEvent;
pub use lumen_domain::unit::UnitRecord;
use lumen_domain::{UnitId, UnitKind};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter, QueryOrder,
};

/// A unit to create.
#[derive(Debug, Clone)]
pub struct NewUnit {
    /// Identifier chosen by the caller (so the audit entry can name it).
    pub id: UnitId,
    /// Short code (already checked by the domain).
    pub code: String,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: UnitKind,
}

fn record(m: units::Model) -> UnitRecord {
    UnitRecord {
        id: UnitId(m.id),
        code: m.code,
        name: m.name,
        kind: UnitKind::parse(&m.kind).unwrap_or(UnitKind::Other),
        active: m.active,
        created_at: m.created_at,
    }
}

impl Store {
    /// Creates a unit; its code must be free.
    pub async fn create_unit(
        &self,
        unit: NewUnit,
        audit: AuditEvent,
    ) -> Result<UnitRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            if units::Entity::find()
                .filter(units::Column::Code.eq(unit.code.clone()))
                .one(txn)
                .await?
                .is_some()
            {
                return Err(StoreError::Conflict("unit_code"));
            }
            let model = units::ActiveModel {
                id: Set(unit.id.0),
                code: Set(unit.code),
                name: Set(unit.name),
                kind: Set(unit.kind.code().to_owned()),
                active: Set(true),
                created_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?;
            Ok(record(model))
        })
        .await
    }

    /// Every unit, by name.
    pub async fn list_units(&self) -> Result<Vec<UnitRecord>, StoreError> {
        Ok(units::Entity::find()
            .order_by_asc(units::Column::Name)
            .all(&self.db)
            .await?
            .into_iter()
            .map(record)
            .collect())
    }

    /// One unit by id.
    pub async fn unit(&self, id: UnitId) -> Result<UnitRecord, StoreError> {
        units::Entity::find_by_id(id.0)
            .one(&self.db)
            .await?
            .map(record)
            .ok_or(StoreError::NotFound("unit"))
    }

    /// One unit by code.
    pub async fn unit_by_code(&self, code: &str) -> Result<UnitRecord, StoreError> {
        units::Entity::find()
            .filter(units::Column::Code.eq(code))
            .one(&self.db)
            .await?
            .map(record)
            .ok_or(StoreError::NotFound("unit"))
    }

    /// Renames a unit, changes its kind or (de)activates it.
    pub async fn update_unit(
        &self,
        id: UnitId,
        name: String,
        kind: UnitKind,
        active: bool,
        audit: AuditEvent,
    ) -> Result<UnitRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            let existing = load::<units::Entity>(txn, id.0, "unit").await?;
            let mut am: units::ActiveModel = existing.into();
            am.name = Set(name);
            am.kind = Set(kind.code().to_owned());
            am.active = Set(active);
            let model = am.update(txn).await?;
            Ok(record(model))
        })
        .await
    }
}
