//! The training registry: officers, courses, sessions with their partner associations,
//! registrations and attendance, referent designations. Rules come from
//! `lumen_domain::training`; every write carries its audit entry in the same transaction.

pub(crate) mod edit;
pub(crate) mod prerequisites;
pub(crate) mod registry;

use crate::audited::load;
use crate::entity::{
    training_courses as courses, training_officers as officers, training_referents as referents,
    training_registrations as regs, training_session_partners as partners,
    training_sessions as sessions, units,
};
use crate::{Backend, Store, StoreError};
use chrono::Utc;
use lumen_domain::audit::AuditEvent;
use lumen_domain::training::{AttendanceStatus, CourseKind, OfficerFunction, check_registration};
use lumen_domain::{UnitId, UnitKind, UserId};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect,
};
use uuid::Uuid;

pub use lumen_domain::training::records::{
    CourseRecord, OfficerRecord, ReferentRecord, RegistrationRecord, TrainingSessionRecord,
};

pub(crate) fn officer(m: officers::Model) -> OfficerRecord {
    OfficerRecord {
        id: m.id,
        unit_id: UnitId(m.unit_id),
        display_name: m.display_name,
        function: OfficerFunction::parse(&m.function).unwrap_or(OfficerFunction::Other),
        active: m.active,
        user_id: m.user_id.map(UserId),
    }
}

pub(crate) fn course(m: courses::Model, prerequisite_ids: Vec<Uuid>) -> CourseRecord {
    CourseRecord {
        id: m.id,
        title: [m.title_fr, m.title_nl, m.title_en],
        description: [m.description_fr, m.description_nl, m.description_en],
        kind: CourseKind::parse(&m.kind).unwrap_or(CourseKind::Other),
        validity_months: m.validity_months.and_then(|v| u32::try_from(v).ok()),
        prerequisites: m.prerequisites,
        prerequisite_ids,
    }
}

fn session(m: sessions::Model, partner_ids: Vec<UnitId>) -> TrainingSessionRecord {
    TrainingSessionRecord {
        id: m.id,
        course_id: m.course_id,
        starts_at: m.starts_at,
        place: m.place,
        trainers: m.trainers,
        capacity: u32::try_from(m.capacity).unwrap_or(0),
        cancelled: m.cancelled,
        partner_ids,
    }
}

fn registration(m: regs::Model) -> RegistrationRecord {
    RegistrationRecord {
        session_id: m.session_id,
        officer_id: m.officer_id,
        status: AttendanceStatus::parse(&m.status).unwrap_or(AttendanceStatus::Registered),
        override_reason: m.override_reason,
    }
}

pub(crate) fn referent(m: referents::Model) -> ReferentRecord {
    ReferentRecord {
        id: m.id,
        unit_id: UnitId(m.unit_id),
        officer_id: m.officer_id,
        designated_on: m.designated_on,
        override_reason: m.override_reason,
        overridden_by: m.overridden_by.map(UserId),
        ended_on: m.ended_on,
    }
}

pub(crate) fn to_i32(v: u32) -> Result<i32, StoreError> {
    i32::try_from(v).map_err(|_| StoreError::Config("number out of range".into()))
}

pub(crate) async fn existing_unit(
    c: &impl ConnectionTrait,
    id: UnitId,
) -> Result<units::Model, StoreError> {
    units::Entity::find_by_id(id.0)
        .one(c)
        .await?
        .ok_or(StoreError::NotFound("unit"))
}

impl Store {
    /// Registers an officer in an existing unit.
    pub async fn create_officer(
        &self,
        new: OfficerRecord,
        audit: AuditEvent,
    ) -> Result<OfficerRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            existing_unit(txn, new.unit_id).await?;
            let m = officers::ActiveModel {
                id: Set(new.id),
                unit_id: Set(new.unit_id.0),
                display_name: Set(new.display_name),
                function: Set(new.function.code().to_owned()),
                active: Set(new.active),
                user_id: Set(new.user_id.map(|u| u.0)),
                created_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?;
            Ok(officer(m))
        })
        .await
    }

    /// Every officer, by name.
    pub async fn list_officers(&self) -> Result<Vec<OfficerRecord>, StoreError> {
        Ok(officers::Entity::find()
            .order_by_asc(officers::Column::DisplayName)
            .order_by_asc(officers::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(officer)
            .collect())
    }

    /// One officer.
    pub async fn officer(&self, id: Uuid) -> Result<OfficerRecord, StoreError> {
        officers::Entity::find_by_id(id)
            .one(&self.db)
            .await?
            .map(officer)
            .ok_or(StoreError::NotFound("officer"))
    }

    /// The officer linked to a staff account, if any.
    pub async fn officer_for_user(
        &self,
        user: UserId,
    ) -> Result<Option<OfficerRecord>, StoreError> {
        Ok(officers::Entity::find()
            .filter(officers::Column::UserId.eq(user.0))
            .order_by_asc(officers::Column::Id)
            .one(&self.db)
            .await?
            .map(officer))
    }

    /// Creates a course (rules already checked by `lumen_domain::training::check_course`).
    pub async fn create_course(
        &self,
        new: CourseRecord,
        audit: AuditEvent,
    ) -> Result<CourseRecord, StoreError> {
        let validity = new.validity_months.map(to_i32).transpose()?;
        let [title_fr, title_nl, title_en] = new.title;
        let [description_fr, description_nl, description_en] = new.description;
        self.write_audited(audit, async |txn| {
            let m = courses::ActiveModel {
                id: Set(new.id),
                title_fr: Set(title_fr),
                title_nl: Set(title_nl),
                title_en: Set(title_en),
                description_fr: Set(description_fr),
                description_nl: Set(description_nl),
                description_en: Set(description_en),
                kind: Set(new.kind.code().to_owned()),
                validity_months: Set(validity),
                prerequisites: Set(new.prerequisites),
                created_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?;
            let required =
                crate::training::prerequisites::set_prerequisites(txn, m.id, &new.prerequisite_ids)
                    .await?;
            Ok(course(m, required))
        })
        .await
    }

    /// Every course, in creation order.
    pub async fn list_courses(&self) -> Result<Vec<CourseRecord>, StoreError> {
        let edges = crate::training::prerequisites::prerequisite_edges(&self.db).await?;
        Ok(courses::Entity::find()
            .order_by_asc(courses::Column::CreatedAt)
            .order_by_asc(courses::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| {
                let required = edges
                    .iter()
                    .filter(|(c, _)| *c == m.id)
                    .map(|(_, p)| *p)
                    .collect();
                course(m, required)
            })
            .collect())
    }

    /// One course.
    pub async fn course(&self, id: Uuid) -> Result<CourseRecord, StoreError> {
        let m = load::<courses::Entity>(&self.db, id, "course").await?;
        let required = crate::training::prerequisites::prerequisite_edges(&self.db)
            .await?
            .into_iter()
            .filter(|(c, _)| *c == id)
            .map(|(_, p)| p)
            .collect();
        Ok(course(m, required))
    }

    /// Creates a session of an existing course with its partner associations, which must be
    /// units of kind partner (`Refused("not_a_partner")` otherwise). Dates are checked by the
    /// caller (`check_new_session`), so that demo data and imports may record past sessions.
    pub async fn create_training_session(
        &self,
        new: TrainingSessionRecord,
        audit: AuditEvent,
    ) -> Result<TrainingSessionRecord, StoreError> {
        let capacity = to_i32(new.capacity)?;
        self.write_audited(audit, async |txn| {
            load::<courses::Entity>(txn, new.course_id, "course").await?;
            let m = sessions::ActiveModel {
                id: Set(new.id),
                course_id: Set(new.course_id),
                starts_at: Set(new.starts_at),
                place: Set(new.place),
                trainers: Set(new.trainers),
                capacity: Set(capacity),
                cancelled: Set(false),
                created_at: Set(Utc::now()),
            }
            .insert(txn)
            .await?;
            let mut partner_ids = new.partner_ids;
            partner_ids.sort();
            partner_ids.dedup();
            for p in &partner_ids {
                if existing_unit(txn, *p).await?.kind != UnitKind::Partner.code() {
                    return Err(StoreError::Refused("not_a_partner"));
                }
                partners::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    session_id: Set(m.id),
                    unit_id: Set(p.0),
                }
                .insert(txn)
                .await?;
            }
            Ok(session(m, partner_ids))
        })
        .await
    }

    /// Every session, newest first, with its partners.
    pub async fn list_training_sessions(&self) -> Result<Vec<TrainingSessionRecord>, StoreError> {
        let all_partners = partners::Entity::find().all(&self.db).await?;
        Ok(sessions::Entity::find()
            .order_by_desc(sessions::Column::StartsAt)
            .order_by_asc(sessions::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(|m| {
                let mut ids: Vec<UnitId> = all_partners
                    .iter()
                    .filter(|p| p.session_id == m.id)
                    .map(|p| UnitId(p.unit_id))
                    .collect();
                ids.sort();
                session(m, ids)
            })
            .collect())
    }

    /// One session with its partners.
    pub async fn training_session(&self, id: Uuid) -> Result<TrainingSessionRecord, StoreError> {
        let m = load::<sessions::Entity>(&self.db, id, "training_session").await?;
        let mut ids: Vec<UnitId> = partners::Entity::find()
            .filter(partners::Column::SessionId.eq(id))
            .all(&self.db)
            .await?
            .into_iter()
            .map(|p| UnitId(p.unit_id))
            .collect();
        ids.sort();
        Ok(session(m, ids))
    }

    /// The registrations of one session, or of every session when `session` is `None`.
    pub async fn training_registrations(
        &self,
        session: Option<Uuid>,
    ) -> Result<Vec<RegistrationRecord>, StoreError> {
        let mut q = regs::Entity::find();
        if let Some(s) = session {
            q = q.filter(regs::Column::SessionId.eq(s));
        }
        Ok(q.order_by_asc(regs::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(registration)
            .collect())
    }

    /// Registers an officer in a session: refused when cancelled or full; a second
    /// registration of the same officer is a conflict. Prerequisites are checked by the caller.
    pub async fn register_officer(
        &self,
        session_id: Uuid,
        officer_id: Uuid,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.register_officer_overriding(session_id, officer_id, None, audit)
            .await
    }

    /// [`Store::register_officer`], recording the supervisor's reason and identity when a
    /// missing prerequisite was overridden.
    pub async fn register_officer_overriding(
        &self,
        session_id: Uuid,
        officer_id: Uuid,
        overridden: Option<(String, UserId)>,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_audited(audit, async |txn| {
            let mut q = sessions::Entity::find_by_id(session_id);
            if self.backend == Backend::Postgres {
                // Serialises registrations of one session, so capacity holds under concurrency.
                q = q.lock_exclusive();
            }
            let s = q
                .one(txn)
                .await?
                .ok_or(StoreError::NotFound("training_session"))?;
            load::<officers::Entity>(txn, officer_id, "officer").await?;
            let existing = regs::Entity::find().filter(regs::Column::SessionId.eq(session_id));
            if existing
                .clone()
                .filter(regs::Column::OfficerId.eq(officer_id))
                .one(txn)
                .await?
                .is_some()
            {
                return Err(StoreError::Conflict("registration"));
            }
            let count = u32::try_from(existing.count(txn).await?).unwrap_or(u32::MAX);
            check_registration(s.cancelled, count, u32::try_from(s.capacity).unwrap_or(0))
                .map_err(|e| StoreError::Refused(e.code()))?;
            regs::ActiveModel {
                id: Set(Uuid::now_v7()),
                session_id: Set(session_id),
                officer_id: Set(officer_id),
                status: Set(AttendanceStatus::Registered.code().to_owned()),
                updated_at: Set(Utc::now()),
                override_reason: Set(overridden.as_ref().map(|(r, _)| r.clone())),
                overridden_by: Set(overridden.map(|(_, u)| u.0)),
            }
            .insert(txn)
            .await?;
            Ok(())
        })
        .await
    }

    /// Records the attendance of a registered officer; refused for a cancelled session.
    pub async fn set_attendance(
        &self,
        session_id: Uuid,
        officer_id: Uuid,
        status: AttendanceStatus,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_audited(audit, async |txn| {
            let s = load::<sessions::Entity>(txn, session_id, "training_session").await?;
            if s.cancelled {
                return Err(StoreError::Refused("session_cancelled"));
            }
            let r = regs::Entity::find()
                .filter(regs::Column::SessionId.eq(session_id))
                .filter(regs::Column::OfficerId.eq(officer_id))
                .one(txn)
                .await?
                .ok_or(StoreError::NotFound("registration"))?;
            let mut am: regs::ActiveModel = r.into();
            am.status = Set(status.code().to_owned());
            am.updated_at = Set(Utc::now());
            am.update(txn).await?;
            Ok(())
        })
        .await
    }

    /// Cancels a session (its registrations stay, for the record).
    pub async fn cancel_training_session(
        &self,
        id: Uuid,
        audit: AuditEvent,
    ) -> Result<(), StoreError> {
        self.write_audited(audit, async |txn| {
            let s = load::<sessions::Entity>(txn, id, "training_session").await?;
            let mut am: sessions::ActiveModel = s.into();
            am.cancelled = Set(true);
            am.update(txn).await?;
            Ok(())
        })
        .await
    }

    /// Designates a referent of a unit (the rule is `lumen_domain::training::may_designate`);
    /// designating an officer who holds an open designation for the unit is a conflict.
    pub async fn designate_referent(
        &self,
        new: ReferentRecord,
        audit: AuditEvent,
    ) -> Result<ReferentRecord, StoreError> {
        self.write_audited(audit, async |txn| {
            existing_unit(txn, new.unit_id).await?;
            let exists = referents::Entity::find()
                .filter(referents::Column::UnitId.eq(new.unit_id.0))
                .filter(referents::Column::OfficerId.eq(new.officer_id))
                .filter(referents::Column::EndedOn.is_null())
                .one(txn)
                .await?;
            if exists.is_some() {
                return Err(StoreError::Conflict("referent"));
            }
            let m = referents::ActiveModel {
                id: Set(new.id),
                unit_id: Set(new.unit_id.0),
                officer_id: Set(new.officer_id),
                designated_on: Set(new.designated_on),
                override_reason: Set(new.override_reason),
                overridden_by: Set(new.overridden_by.map(|u| u.0)),
                ended_on: Set(None),
            }
            .insert(txn)
            .await?;
            Ok(referent(m))
        })
        .await
    }

    /// Every referent designation, oldest first.
    pub async fn list_referents(&self) -> Result<Vec<ReferentRecord>, StoreError> {
        Ok(referents::Entity::find()
            .order_by_asc(referents::Column::DesignatedOn)
            .order_by_asc(referents::Column::Id)
            .all(&self.db)
            .await?
            .into_iter()
            .map(referent)
            .collect())
    }
}
