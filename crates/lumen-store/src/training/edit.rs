//! Changes to the training registry after creation: officers, courses with their
//! prerequisites, sessions, ending referent designations, and importing officers in bulk.
//! Every change is checked again inside its write transaction and carries its audit entry.

use crate::audited::load;
use crate::entity::{
    training_courses as courses, training_officers as officers, training_referents as referents,
    training_registrations as regs, training_sessions as sessions,
};
use crate::training::prerequisites::set_prerequisites;
use crate::training::{CourseRecord, existing_unit, to_i32};
use crate::{Backend, Store, StoreError};
use chrono::{DateTime, NaiveDate, Utc};
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::import::{PlannedOfficer, name_key};
use lumen_domain::training::{OfficerFunction, check_designation_end, check_session_change};
use lumen_domain::{UnitId, UnitKind};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter,
    QuerySelect,
};
use uuid::Uuid;

/// What an officer's edit may change.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OfficerChange {
    /// Unit (a police unit).
    pub unit_id: UnitId,
    /// Function.
    pub function: OfficerFunction,
    /// Active: inactive officers leave the coverage figures.
    pub active: bool,
}

/// What a session's edit may change.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SessionChange {
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// Place.
    pub place: String,
    /// Trainers.
    pub trainers: String,
    /// Places.
    pub capacity: u32,
}

impl Store {
    /// Changes an officer's unit, function and active state.
    pub async fn update_officer(
        &self,
        id: Uuid,
        change: OfficerChange,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_audited(audit, async |txn| {
            if existing_unit(txn, change.unit_id).await?.kind == UnitKind::Partner.code() {
                return Err(StoreError::Refused("not_a_police_unit"));
            }
            let m = load::<officers::Entity>(txn, id, "officer").await?;
            let mut am: officers::ActiveModel = m.into();
            am.unit_id = Set(change.unit_id.0);
            am.function = Set(change.function.code().to_owned());
            am.active = Set(change.active);
            am.update(txn).await?;
            Ok(())
        })
        .await
    }

    /// Changes a course's texts, kind, validity, notes and prerequisites (rules checked by
    /// `lumen_domain::training::check_course`; cycles refused here).
    pub async fn update_course(
        &self,
        changed: CourseRecord,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        let validity = changed.validity_months.map(to_i32).transpose()?;
        self.write_audited(audit, async |txn| {
            let m = load::<courses::Entity>(txn, changed.id, "course").await?;
            let [title_fr, title_nl, title_en] = changed.title;
            let [description_fr, description_nl, description_en] = changed.description;
            let mut am: courses::ActiveModel = m.into();
            am.title_fr = Set(title_fr);
            am.title_nl = Set(title_nl);
            am.title_en = Set(title_en);
            am.description_fr = Set(description_fr);
            am.description_nl = Set(description_nl);
            am.description_en = Set(description_en);
            am.kind = Set(changed.kind.code().to_owned());
            am.validity_months = Set(validity);
            am.prerequisites = Set(changed.prerequisites);
            am.update(txn).await?;
            set_prerequisites(txn, changed.id, &changed.prerequisite_ids).await?;
            Ok(())
        })
        .await
    }

    /// Changes a session's start, place, trainers and capacity: a new start may not be in the
    /// past and the capacity not below the registrations (`Refused`); a cancelled session
    /// cannot change.
    pub async fn update_training_session(
        &self,
        id: Uuid,
        change: SessionChange,
        now: DateTime<Utc>,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        let capacity = to_i32(change.capacity)?;
        self.write_audited(audit, async |txn| {
            let mut q = sessions::Entity::find_by_id(id);
            if self.backend == Backend::Postgres {
                // Serialises with registrations, so the capacity check holds.
                q = q.lock_exclusive();
            }
            let s = q
                .one(txn)
                .await?
                .ok_or(StoreError::NotFound("training_session"))?;
            if s.cancelled {
                return Err(StoreError::Refused("session_cancelled"));
            }
            let registered = regs::Entity::find()
                .filter(regs::Column::SessionId.eq(id))
                .count(txn)
                .await?;
            let registered = u32::try_from(registered).unwrap_or(u32::MAX);
            check_session_change(
                s.starts_at,
                change.starts_at,
                change.capacity,
                registered,
                now,
            )
            .map_err(|e| StoreError::Refused(e.code()))?;
            let mut am: sessions::ActiveModel = s.into();
            am.starts_at = Set(change.starts_at);
            am.place = Set(change.place);
            am.trainers = Set(change.trainers);
            am.capacity = Set(capacity);
            am.update(txn).await?;
            Ok(())
        })
        .await
    }

    /// Ends an open referent designation: from `ended_on` the officer no longer counts as
    /// referent. Ending twice is a conflict; ending before the designation is refused.
    pub async fn end_referent(
        &self,
        id: Uuid,
        ended_on: NaiveDate,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_audited(audit, async |txn| {
            let r = load::<referents::Entity>(txn, id, "referent").await?;
            if r.ended_on.is_some() {
                return Err(StoreError::Conflict("referent_ended"));
            }
            check_designation_end(r.designated_on, ended_on)
                .map_err(|e| StoreError::Refused(e.code()))?;
            let mut am: referents::ActiveModel = r.into();
            am.ended_on = Set(Some(ended_on));
            am.update(txn).await?;
            Ok(())
        })
        .await
    }

    /// Creates every planned officer in one transaction with one audit entry, or none: an
    /// officer registered meanwhile under the same name in the same unit, or an account
    /// linked meanwhile, is a conflict (`Conflict("officer")` / `Conflict("account")`).
    pub async fn import_officers(
        &self,
        planned: &[PlannedOfficer],
        audit: AuditEvent,
    ) -> Result<usize, StoreError> {
        self.write_audited(audit, async |txn| {
            let existing = officers::Entity::find().all(txn).await?;
            for p in planned {
                if existing_unit(txn, p.unit_id).await?.kind == UnitKind::Partner.code() {
                    return Err(StoreError::Refused("not_a_police_unit"));
                }
                let key = name_key(&p.display_name);
                if existing
                    .iter()
                    .any(|o| o.unit_id == p.unit_id.0 && name_key(&o.display_name) == key)
                {
                    return Err(StoreError::Conflict("officer"));
                }
                if let Some(u) = p.user_id
                    && existing.iter().any(|o| o.user_id == Some(u.0))
                {
                    return Err(StoreError::Conflict("account"));
                }
            }
            let now = Utc::now();
            for p in planned {
                officers::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    unit_id: Set(p.unit_id.0),
                    display_name: Set(p.display_name.clone()),
                    function: Set(p.function.code().to_owned()),
                    active: Set(p.active),
                    user_id: Set(p.user_id.map(|u| u.0)),
                    created_at: Set(now),
                }
                .insert(txn)
                .await?;
            }
            Ok(planned.len())
        })
        .await
    }
}
