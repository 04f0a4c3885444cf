//! The training registry's records: officers, courses, sessions, registrations and referent
//! designations, as the store keeps them and the rules read them.

use crate::training::{AttendanceStatus, CourseKind, OfficerFunction};
use crate::{UnitId, UserId};
use chrono::{DateTime, NaiveDate, Utc};
use uuid::Uuid;

/// An officer of the registry (with or without a staff account).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficerRecord {
    /// Identifier, chosen by the caller.
    pub id: Uuid,
    /// Unit.
    pub unit_id: UnitId,
    /// Display name.
    pub display_name: String,
    /// Function.
    pub function: OfficerFunction,
    /// Whether the officer counts for coverage.
    pub active: bool,
    /// The officer's staff account, if any.
    pub user_id: Option<UserId>,
}

/// A course; also what `create_course` takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CourseRecord {
    /// Identifier, chosen by the caller.
    pub id: Uuid,
    /// Titles in French, Dutch and English.
    pub title: [String; 3],
    /// Descriptions in French, Dutch and English.
    pub description: [String; 3],
    /// Kind.
    pub kind: CourseKind,
    /// Validity in months; `None`: never expires.
    pub validity_months: Option<u32>,
    /// Notes on prerequisites, free text (the first version's prerequisites field).
    pub prerequisites: Option<String>,
    /// Courses whose valid certificate a registration requires.
    pub prerequisite_ids: Vec<Uuid>,
}

impl CourseRecord {
    /// The title in `lang` (`fr`, `nl`, anything else: English).
    pub fn title_in(&self, lang: &str) -> &str {
        &self.title[lang_index(lang)]
    }

    /// The description in `lang`.
    pub fn description_in(&self, lang: &str) -> &str {
        &self.description[lang_index(lang)]
    }
}

fn lang_index(lang: &str) -> usize {
    match lang {
        "fr" => 0,
        "nl" => 1,
        _ => 2,
    }
}

/// A training session; also what `create_training_session` takes (`cancelled` ignored).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TrainingSessionRecord {
    /// Identifier, chosen by the caller.
    pub id: Uuid,
    /// Course.
    pub course_id: Uuid,
    /// Start.
    pub starts_at: DateTime<Utc>,
    /// Place.
    pub place: String,
    /// Trainers, free text.
    pub trainers: String,
    /// Places.
    pub capacity: u32,
    /// Whether it was cancelled.
    pub cancelled: bool,
    /// Partner associations taking part (units of kind partner).
    pub partner_ids: Vec<UnitId>,
}

/// An officer's registration in a session.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RegistrationRecord {
    /// Session.
    pub session_id: Uuid,
    /// Officer.
    pub officer_id: Uuid,
    /// Status.
    pub status: AttendanceStatus,
    /// Why a missing prerequisite was overridden, if it was.
    pub override_reason: Option<String>,
}

/// A referent designation; also what `designate_referent` takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReferentRecord {
    /// Identifier, chosen by the caller.
    pub id: Uuid,
    /// Unit.
    pub unit_id: UnitId,
    /// Officer.
    pub officer_id: Uuid,
    /// Designation day.
    pub designated_on: NaiveDate,
    /// Why the certificate requirement was overridden, if it was.
    pub override_reason: Option<String>,
    /// The supervisor who overrode it.
    pub overridden_by: Option<UserId>,
    /// First day the officer is no longer referent, once the designation ended.
    pub ended_on: Option<NaiveDate>,
}
