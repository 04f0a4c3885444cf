//! The training registry's rules: certificates derived from attendance, coverage of a unit on
//! a given day, who may be designated referent, and what a new course, session or registration
//! may not be. No I/O: the store loads the facts, these functions decide.
//!
//! **Validity boundary.** A certificate earned at a session on day `D` for a course valid `N`
//! months is valid from `D` (inclusive) until its expiry date `D + N months` (exclusive): on its
//! expiry date it is no longer valid, and that date is also the renewal due date. A course
//! without validity gives a certificate that never expires.

use chrono::{DateTime, Days, Months, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

/// How many days ahead a renewal counts as "due" on the coverage dashboard.
pub const RENEWAL_WINDOW_DAYS: u64 = 60;
/// The longest validity a course may declare, in months.
pub const MAX_VALIDITY_MONTHS: u32 = 120;

macro_rules! coded_enum {
    ($(#[$doc:meta])* $name:ident { $($(#[$vdoc:meta])* $variant:ident => $code:literal),* $(,)? }) => {
        $(#[$doc])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name { $($(#[$vdoc])* $variant),* }

        impl $name {
            /// Every value, in the order they are presented.
            pub const ALL: &'static [$name] = &[$($name::$variant),*];

            /// The stable code stored in the database.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),* }
            }

            /// Parses a stable code.
            pub fn parse(code: &str) -> Option<$name> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }
    };
}

coded_enum!(
    /// What an officer does.
    OfficerFunction {
        /// Intervention brigade.
        Intervention => "intervention",
        /// Neighbourhood officer.
        Neighbourhood => "neighbourhood",
        /// Reception desk.
        Reception => "reception",
        /// THB section.
        ThbSection => "thb_section",
        /// Anything else.
        Other => "other",
    }
);

coded_enum!(
    /// What a course is for.
    CourseKind {
        /// Basic THB awareness.
        Basic => "basic",
        /// Referent for sex work and THB.
        Referent => "referent",
        /// Information session with a partner association.
        InfoSession => "info_session",
        /// Refresher of the basic awareness.
        Refresher => "refresher",
        /// Anything else.
        Other => "other",
    }
);

coded_enum!(
    /// An officer's place in a session.
    AttendanceStatus {
        /// Registered, attendance not yet recorded.
        Registered => "registered",
        /// Attended: earns the course's certificate.
        Attended => "attended",
        /// Did not come.
        Absent => "absent",
        /// Excused in advance.
        Excused => "excused",
    }
);

/// What a certificate qualifies for on the dashboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Qualification {
    /// Basic THB awareness (a basic course or a refresher).
    Basic,
    /// Referent for sex work and THB.
    Referent,
}

impl CourseKind {
    /// The qualification attending a course of this kind gives, if any.
    pub fn qualification(self) -> Option<Qualification> {
        match self {
            CourseKind::Basic | CourseKind::Refresher => Some(Qualification::Basic),
            CourseKind::Referent => Some(Qualification::Referent),
            CourseKind::InfoSession | CourseKind::Other => None,
        }
    }
}

/// Why the registry refuses something. The code is the message key's suffix.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum TrainingError {
    /// A refresher must say how long it is valid.
    #[error("refresher_without_validity")]
    RefresherWithoutValidity,
    /// Validity outside 1..=120 months.
    #[error("validity_out_of_range")]
    ValidityOutOfRange,
    /// A new session may not start in the past.
    #[error("session_in_past")]
    SessionInPast,
    /// A session needs room for at least one officer.
    #[error("capacity_out_of_range")]
    CapacityOutOfRange,
    /// The session is full.
    #[error("over_capacity")]
    OverCapacity,
    /// The session was cancelled.
    #[error("session_cancelled")]
    SessionCancelled,
    /// The officer holds no valid referent certificate and no override was given.
    #[error("no_valid_referent_certificate")]
    NoValidReferentCertificate,
    /// Only a supervisor may override the certificate requirement.
    #[error("override_needs_supervisor")]
    OverrideNeedsSupervisor,
    /// The capacity may not go below the officers already registered.
    #[error("capacity_below_registrations")]
    CapacityBelowRegistrations,
    /// The local time does not exist (the hour skipped when summer time starts).
    #[error("local_time_skipped")]
    LocalTimeSkipped,
    /// A course cannot be its own prerequisite (directly or through others).
    #[error("prerequisite_cycle")]
    PrerequisiteCycle,
    /// A designation cannot end before it started.
    #[error("end_before_designation")]
    EndBeforeDesignation,
}

impl TrainingError {
    /// The stable snake_case code.
    pub fn code(self) -> &'static str {
        match self {
            Self::RefresherWithoutValidity => "refresher_without_validity",
            Self::ValidityOutOfRange => "validity_out_of_range",
            Self::SessionInPast => "session_in_past",
            Self::CapacityOutOfRange => "capacity_out_of_range",
            Self::OverCapacity => "over_capacity",
            Self::SessionCancelled => "session_cancelled",
            Self::NoValidReferentCertificate => "no_valid_referent_certificate",
            Self::OverrideNeedsSupervisor => "override_needs_supervisor",
            Self::CapacityBelowRegistrations => "capacity_below_registrations",
            Self::LocalTimeSkipped => "local_time_skipped",
            Self::PrerequisiteCycle => "prerequisite_cycle",
            Self::EndBeforeDesignation => "end_before_designation",
        }
    }
}

/// A certificate earned by attending a session.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Certificate {
    /// What it qualifies for.
    pub qualification: Qualification,
    /// The session's date: first valid day.
    pub valid_from: NaiveDate,
    /// First day it is no longer valid (also the renewal due date); `None`: never expires.
    pub expires_on: Option<NaiveDate>,
}

impl Certificate {
    /// The certificate earned by attending a course of `kind`, valid `validity_months`, at a
    /// session on `session_date`; `None` when the course qualifies for nothing.
    pub fn earned(
        kind: CourseKind,
        validity_months: Option<u32>,
        session_date: NaiveDate,
    ) -> Option<Certificate> {
        let qualification = kind.qualification()?;
        Some(Certificate {
            qualification,
            valid_from: session_date,
            expires_on: validity_months
                .and_then(|m| session_date.checked_add_months(Months::new(m))),
        })
    }

    /// Whether it is valid on `day` (see the module documentation for the boundary).
    pub fn valid_on(&self, day: NaiveDate) -> bool {
        self.valid_from <= day && self.expires_on.is_none_or(|e| day < e)
    }
}

/// Among `certs`, the one for `q` valid on `day` that lasts longest (never-expiring first).
pub fn best_valid(certs: &[Certificate], q: Qualification, day: NaiveDate) -> Option<Certificate> {
    certs
        .iter()
        .filter(|c| c.qualification == q && c.valid_on(day))
        .max_by_key(|c| c.expires_on.unwrap_or(NaiveDate::MAX))
        .copied()
}

/// What the coverage of a unit needs to know about one of its officers.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OfficerFacts {
    /// Whether the officer is active (inactive officers are not counted at all).
    pub active: bool,
    /// Every certificate the officer earned.
    pub certificates: Vec<Certificate>,
    /// Whether the officer is a designated referent of the unit.
    pub designated_referent: bool,
}

/// A unit's training coverage on one day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize)]
pub struct Coverage {
    /// Active officers.
    pub active_officers: u32,
    /// Active officers with a valid basic certificate.
    pub basic_valid: u32,
    /// Designated referents with a valid referent certificate.
    pub referents_valid: u32,
    /// Designated referents without one (flagged).
    pub referents_lapsed: u32,
    /// Valid certificates (basic or referent, the best per officer) whose renewal falls within
    /// the next [`RENEWAL_WINDOW_DAYS`] days: `day < expiry <= day + 60`.
    pub renewals_due: u32,
    /// Sessions not cancelled, starting on or after the day, with an officer of the unit.
    pub sessions_planned: u32,
}

impl Coverage {
    /// The share of active officers with valid basic training, in whole percent rounded down;
    /// `None` without active officers.
    pub fn basic_percent(&self) -> Option<u32> {
        (self.active_officers > 0).then(|| self.basic_valid * 100 / self.active_officers)
    }
}

/// The coverage of a unit on `day`, given its officers and its planned sessions.
pub fn coverage(officers: &[OfficerFacts], sessions_planned: u32, day: NaiveDate) -> Coverage {
    let horizon = day
        .checked_add_days(Days::new(RENEWAL_WINDOW_DAYS))
        .unwrap_or(NaiveDate::MAX);
    let mut c = Coverage {
        sessions_planned,
        ..Coverage::default()
    };
    for o in officers.iter().filter(|o| o.active) {
        c.active_officers += 1;
        let basic = best_valid(&o.certificates, Qualification::Basic, day);
        let referent = best_valid(&o.certificates, Qualification::Referent, day);
        c.basic_valid += u32::from(basic.is_some());
        if o.designated_referent {
            if referent.is_some() {
                c.referents_valid += 1;
            } else {
                c.referents_lapsed += 1;
            }
        }
        let due = |cert: Option<Certificate>| {
            cert.and_then(|c| c.expires_on)
                .is_some_and(|e| e <= horizon)
        };
        c.renewals_due += u32::from(due(basic)) + u32::from(due(referent));
    }
    c
}

/// Checks a course's kind against its validity.
pub fn check_course(kind: CourseKind, validity_months: Option<u32>) -> Result<(), TrainingError> {
    match validity_months {
        None if kind == CourseKind::Refresher => Err(TrainingError::RefresherWithoutValidity),
        Some(m) if m == 0 || m > MAX_VALIDITY_MONTHS => Err(TrainingError::ValidityOutOfRange),
        _ => Ok(()),
    }
}

/// Checks a new session: not in the past, room for 1 to 500 officers.
pub fn check_new_session(
    starts_at: DateTime<Utc>,
    capacity: u32,
    now: DateTime<Utc>,
) -> Result<(), TrainingError> {
    if starts_at < now {
        return Err(TrainingError::SessionInPast);
    }
    if capacity == 0 || capacity > 500 {
        return Err(TrainingError::CapacityOutOfRange);
    }
    Ok(())
}

/// Checks one more registration in a session holding `registered` of `capacity` places.
pub fn check_registration(
    cancelled: bool,
    registered: u32,
    capacity: u32,
) -> Result<(), TrainingError> {
    if cancelled {
        return Err(TrainingError::SessionCancelled);
    }
    if registered >= capacity {
        return Err(TrainingError::OverCapacity);
    }
    Ok(())
}

/// On what ground a referent is designated.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DesignationGround {
    /// The officer holds a valid referent certificate.
    Certified,
    /// A supervisor overrode the requirement, for this reason.
    Override(String),
}

/// Whether an officer may be designated referent: with a valid referent certificate, or with
/// a non-empty override reason given by a supervisor.
pub fn may_designate(
    holds_valid_referent_certificate: bool,
    override_reason: Option<&str>,
    actor_is_supervisor: bool,
) -> Result<DesignationGround, TrainingError> {
    if holds_valid_referent_certificate {
        return Ok(DesignationGround::Certified);
    }
    match override_reason.map(str::trim).filter(|r| !r.is_empty()) {
        None => Err(TrainingError::NoValidReferentCertificate),
        Some(_) if !actor_is_supervisor => Err(TrainingError::OverrideNeedsSupervisor),
        Some(r) => Ok(DesignationGround::Override(r.to_owned())),
    }
}

/// Checks a change to an existing session: a new start may not be in the past (an unchanged
/// start may), and the capacity stays within 1..=500 and not below the registrations.
pub fn check_session_change(
    old_start: DateTime<Utc>,
    new_start: DateTime<Utc>,
    capacity: u32,
    registered: u32,
    now: DateTime<Utc>,
) -> Result<(), TrainingError> {
    if new_start != old_start && new_start < now {
        return Err(TrainingError::SessionInPast);
    }
    if capacity == 0 || capacity > 500 {
        return Err(TrainingError::CapacityOutOfRange);
    }
    if capacity < registered {
        return Err(TrainingError::CapacityBelowRegistrations);
    }
    Ok(())
}

/// Whether a designation made on `designated_on` and ended on `ended_on` (exclusive: the
/// officer is no longer referent from that day) counts on `day`.
pub fn designation_active(
    designated_on: NaiveDate,
    ended_on: Option<NaiveDate>,
    day: NaiveDate,
) -> bool {
    designated_on <= day && ended_on.is_none_or(|e| day < e)
}

/// Checks the end day of a designation: not before its start.
pub fn check_designation_end(
    designated_on: NaiveDate,
    ended_on: NaiveDate,
) -> Result<(), TrainingError> {
    if ended_on < designated_on {
        return Err(TrainingError::EndBeforeDesignation);
    }
    Ok(())
}

/// A certificate of one course: the course's own validity, whatever it qualifies for (used for
/// prerequisites, which name courses).
pub fn course_certificate_valid_on(
    validity_months: Option<u32>,
    session_date: NaiveDate,
    day: NaiveDate,
) -> bool {
    let expires = validity_months.and_then(|m| session_date.checked_add_months(Months::new(m)));
    session_date <= day && expires.is_none_or(|e| day < e)
}

/// Checks that giving `course` the prerequisites `prerequisites` creates no cycle, `edges`
/// being every course's current prerequisites `(course, prerequisite)`.
pub fn check_prerequisites(
    course: uuid::Uuid,
    prerequisites: &[uuid::Uuid],
    edges: &[(uuid::Uuid, uuid::Uuid)],
) -> Result<(), TrainingError> {
    let mut stack: Vec<uuid::Uuid> = prerequisites.to_vec();
    let mut seen = std::collections::HashSet::new();
    while let Some(c) = stack.pop() {
        if c == course {
            return Err(TrainingError::PrerequisiteCycle);
        }
        if seen.insert(c) {
            stack.extend(
                edges
                    .iter()
                    .filter(|(from, _)| *from == c)
                    .map(|(_, to)| *to),
            );
        }
    }
    Ok(())
}

pub mod records;
pub mod registry;
/// The zone's local time, which training sessions are entered in.
pub use crate::time;

impl From<time::LocalTimeSkipped> for TrainingError {
    fn from(_: time::LocalTimeSkipped) -> Self {
        TrainingError::LocalTimeSkipped
    }
}

pub mod import;

#[cfg(test)]
mod tests;
