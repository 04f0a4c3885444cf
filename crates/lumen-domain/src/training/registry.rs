//! The whole training registry loaded at once, and what is derived from it: certificates per
//! officer and coverage per unit, and the prerequisites an officer still lacks. A zone has hundreds of
//! officers and a few hundred sessions a year, so one load per page is cheap.

use crate::UnitKind;
use crate::training::records::{
    CourseRecord, OfficerRecord, ReferentRecord, RegistrationRecord, TrainingSessionRecord,
};
use crate::training::time::local_day;
use crate::training::{
    AttendanceStatus, Certificate, Coverage, OfficerFacts, course_certificate_valid_on, coverage,
    designation_active,
};
use crate::unit::UnitRecord;
use chrono::NaiveDate;
use uuid::Uuid;

/// Everything in the training registry.
#[derive(Debug, Clone)]
pub struct TrainingRegistry {
    /// Every unit.
    pub units: Vec<UnitRecord>,
    /// Every officer.
    pub officers: Vec<OfficerRecord>,
    /// Every course.
    pub courses: Vec<CourseRecord>,
    /// Every session, newest first.
    pub sessions: Vec<TrainingSessionRecord>,
    /// Every registration.
    pub registrations: Vec<RegistrationRecord>,
    /// Every referent designation.
    pub referents: Vec<ReferentRecord>,
}

/// A certificate with the session and course it comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EarnedCertificate {
    /// The certificate.
    pub certificate: Certificate,
    /// The session attended.
    pub session_id: Uuid,
    /// Its course.
    pub course_id: Uuid,
}

/// One row of the coverage dashboard.
#[derive(Debug, Clone)]
pub struct UnitCoverage {
    /// The unit.
    pub unit: UnitRecord,
    /// Its figures.
    pub coverage: Coverage,
}

impl TrainingRegistry {
    /// A course by id.
    pub fn course(&self, id: Uuid) -> Option<&CourseRecord> {
        self.courses.iter().find(|c| c.id == id)
    }

    /// A unit by id.
    pub fn unit(&self, id: crate::UnitId) -> Option<&UnitRecord> {
        self.units.iter().find(|u| u.id == id)
    }

    /// The certificates an officer earned: attended, not cancelled sessions of courses that
    /// qualify for something. Session days are Brussels days.
    pub fn certificates_of(&self, officer_id: Uuid) -> Vec<EarnedCertificate> {
        self.registrations
            .iter()
            .filter(|r| r.officer_id == officer_id && r.status == AttendanceStatus::Attended)
            .filter_map(|r| {
                let s = self.sessions.iter().find(|s| s.id == r.session_id)?;
                if s.cancelled {
                    return None;
                }
                let c = self.course(s.course_id)?;
                let certificate =
                    Certificate::earned(c.kind, c.validity_months, local_day(s.starts_at))?;
                Some(EarnedCertificate {
                    certificate,
                    session_id: s.id,
                    course_id: c.id,
                })
            })
            .collect()
    }

    /// Whether an officer is a designated referent of a unit on `day` (designated on or
    /// before it, not ended on or before it).
    pub fn is_referent(&self, unit: crate::UnitId, officer_id: Uuid, day: NaiveDate) -> bool {
        self.referents.iter().any(|r| {
            r.unit_id == unit
                && r.officer_id == officer_id
                && designation_active(r.designated_on, r.ended_on, day)
        })
    }

    /// The prerequisites of `course` for which `officer_id` holds no certificate valid on
    /// `day`: an attended, not cancelled session of that course, valid for its validity.
    pub fn missing_prerequisites(
        &self,
        officer_id: Uuid,
        course: &CourseRecord,
        day: NaiveDate,
    ) -> Vec<&CourseRecord> {
        course
            .prerequisite_ids
            .iter()
            .filter_map(|id| self.course(*id))
            .filter(|required| {
                !self.registrations.iter().any(|r| {
                    r.officer_id == officer_id
                        && r.status == AttendanceStatus::Attended
                        && self.sessions.iter().any(|s| {
                            s.id == r.session_id
                                && !s.cancelled
                                && s.course_id == required.id
                                && course_certificate_valid_on(
                                    required.validity_months,
                                    local_day(s.starts_at),
                                    day,
                                )
                        })
                })
            })
            .collect()
    }

    /// The sessions not cancelled, starting on or after `day`, with a registered officer of
    /// `unit`.
    pub fn sessions_planned(&self, unit: crate::UnitId, day: NaiveDate) -> u32 {
        let count = self
            .sessions
            .iter()
            .filter(|s| !s.cancelled && local_day(s.starts_at) >= day)
            .filter(|s| {
                self.registrations.iter().any(|r| {
                    r.session_id == s.id
                        && self
                            .officers
                            .iter()
                            .any(|o| o.id == r.officer_id && o.unit_id == unit)
                })
            })
            .count();
        u32::try_from(count).unwrap_or(u32::MAX)
    }

    /// The coverage of one unit on `day`.
    pub fn unit_coverage(&self, unit: crate::UnitId, day: NaiveDate) -> Coverage {
        let facts: Vec<OfficerFacts> = self
            .officers
            .iter()
            .filter(|o| o.unit_id == unit)
            .map(|o| OfficerFacts {
                active: o.active,
                certificates: self
                    .certificates_of(o.id)
                    .into_iter()
                    .map(|e| e.certificate)
                    .collect(),
                designated_referent: self.is_referent(unit, o.id, day),
            })
            .collect();
        coverage(&facts, self.sessions_planned(unit, day), day)
    }

    /// The coverage of every active police unit (partners excluded) on `day`, by unit name.
    pub fn coverage_on(&self, day: NaiveDate) -> Vec<UnitCoverage> {
        self.units
            .iter()
            .filter(|u| u.active && u.kind != UnitKind::Partner)
            .map(|u| UnitCoverage {
                unit: u.clone(),
                coverage: self.unit_coverage(u.id, day),
            })
            .collect()
    }
}

#[cfg(test)]
#[path = "registry_tests.rs"]
mod tests;
