//! Cases of the THB section: their reference, the status workflow and who may read them.
//!
//! A case is a compartment: its team and the section's supervisors read it, nobody else. The
//! rules here hold no I/O; the store applies them to what it loads.

use crate::role::{Permission, Role};
use serde::{Deserialize, Serialize};
use std::fmt;

pub mod events;
pub mod persons;
mod reference;

pub use reference::{CaseReference, ReferenceError, check_prefix};

/// Where a case stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CaseStatus {
    /// Opened, not yet investigated.
    Open,
    /// Under investigation by its team.
    Investigation,
    /// Passed to the magistrate (the prosecutor's office or an investigating judge).
    WithMagistrate,
    /// Closed with a reason.
    Closed,
}

impl CaseStatus {
    /// Every status, in the order of the workflow.
    pub const ALL: [CaseStatus; 4] = [
        CaseStatus::Open,
        CaseStatus::Investigation,
        CaseStatus::WithMagistrate,
        CaseStatus::Closed,
    ];

    /// The stable code stored and used in forms.
    pub fn code(self) -> &'static str {
        match self {
            CaseStatus::Open => "open",
            CaseStatus::Investigation => "investigation",
            CaseStatus::WithMagistrate => "with_magistrate",
            CaseStatus::Closed => "closed",
        }
    }

    /// Parses a stable code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.code() == code)
    }

    /// The statuses a case may move to from this one. Closing and reopening are among them,
    /// but they go through a second person's approval ([`CaseStatus::needs_approval`]).
    pub fn next(self) -> &'static [CaseStatus] {
        use CaseStatus::*;
        match self {
            Open => &[Investigation, Closed],
            Investigation => &[WithMagistrate, Closed],
            WithMagistrate => &[Investigation, Closed],
            Closed => &[Open],
        }
    }

    /// Whether a case may move from this status to `to`.
    pub fn may_move_to(self, to: CaseStatus) -> bool {
        self.next().contains(&to)
    }

    /// Whether the move needs a supervisor's approval (four eyes): closing and reopening.
    pub fn needs_approval(self, to: CaseStatus) -> bool {
        to == CaseStatus::Closed || self == CaseStatus::Closed
    }
}

impl fmt::Display for CaseStatus {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A member's place in a case's team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TeamRole {
    /// Leads the case; one per case.
    Owner,
    /// Works on the case.
    Member,
}

impl TeamRole {
    /// The stable code stored.
    pub fn code(self) -> &'static str {
        match self {
            TeamRole::Owner => "owner",
            TeamRole::Member => "member",
        }
    }

    /// Parses a stable code.
    pub fn parse(code: &str) -> Option<Self> {
        [TeamRole::Owner, TeamRole::Member]
            .into_iter()
            .find(|r| r.code() == code)
    }
}

/// What a line of a case's journal records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum JournalKind {
    /// The case was opened.
    Opened,
    /// Its status changed (detail `from>to`).
    Status,
    /// A member joined its team (detail: the account id).
    Member,
    /// An internal note of the team (its text sealed); never shown to a reporter or partner.
    Note,
    /// A move that takes four eyes was asked for (detail: the status asked; the reason given
    /// sealed as the line's text).
    ApprovalAsked,
    /// A supervisor approved it (detail: the status; their comment, if any, sealed).
    Approved,
    /// A supervisor refused it (detail: the status; their comment sealed).
    Refused,
    /// A task was added (detail: the task).
    TaskAdded,
    /// A task was done (detail: the task).
    TaskDone,
    /// A person was added (detail: `role:person id`).
    PersonAdded,
    /// An arrival was attached (detail: `report:id` or `screening:id`).
    Attached,
    /// Someone outside the team asked for access (detail: the account; the reason sealed).
    AccessAsked,
    /// A supervisor granted it (detail: the account).
    AccessGranted,
    /// A supervisor refused it (detail: the account; the comment sealed).
    AccessRefused,
    /// The magistrate's or official-report reference changed (the values are sealed in the
    /// case, not in the journal).
    References,
    /// A historic event (HTCDS): detail `kind:day`, its place and text sealed as the line's text.
    Event,
}

impl JournalKind {
    /// Every kind.
    pub const ALL: [JournalKind; 16] = [
        JournalKind::Opened,
        JournalKind::Status,
        JournalKind::Member,
        JournalKind::Note,
        JournalKind::ApprovalAsked,
        JournalKind::Approved,
        JournalKind::Refused,
        JournalKind::TaskAdded,
        JournalKind::TaskDone,
        JournalKind::PersonAdded,
        JournalKind::Attached,
        JournalKind::AccessAsked,
        JournalKind::AccessGranted,
        JournalKind::AccessRefused,
        JournalKind::References,
        JournalKind::Event,
    ];

    /// The stable code stored.
    pub fn code(self) -> &'static str {
        match self {
            JournalKind::Opened => "opened",
            JournalKind::Status => "status",
            JournalKind::Member => "member",
            JournalKind::Note => "note",
            JournalKind::ApprovalAsked => "approval_asked",
            JournalKind::Approved => "approved",
            JournalKind::Refused => "refused",
            JournalKind::TaskAdded => "task_added",
            JournalKind::TaskDone => "task_done",
            JournalKind::PersonAdded => "person_added",
            JournalKind::Attached => "attached",
            JournalKind::AccessAsked => "access_asked",
            JournalKind::AccessGranted => "access_granted",
            JournalKind::AccessRefused => "access_refused",
            JournalKind::References => "references",
            JournalKind::Event => "event",
        }
    }

    /// Parses a stable code.
    pub fn parse(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Whether an account with `role`, in the case's team or not, may read the case.
pub fn may_read(role: Role, in_team: bool) -> bool {
    role.has(Permission::SuperviseCases) || (in_team && role.has(Permission::WorkCases))
}

/// Whether an account with `role` may join a case's team.
pub fn may_join(role: Role) -> bool {
    role.has(Permission::WorkCases)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for s in CaseStatus::ALL {
            assert_eq!(CaseStatus::parse(s.code()), Some(s));
        }
        assert_eq!(CaseStatus::parse("archived"), None);
        for r in [TeamRole::Owner, TeamRole::Member] {
            assert_eq!(TeamRole::parse(r.code()), Some(r));
        }
    }

    #[test]
    fn the_workflow_goes_forward_and_closing_or_reopening_takes_four_eyes() {
        use CaseStatus::*;
        assert!(Open.may_move_to(Investigation));
        assert!(Investigation.may_move_to(WithMagistrate));
        assert!(
            WithMagistrate.may_move_to(Investigation),
            "the magistrate sends it back"
        );
        assert!(
            !Open.may_move_to(WithMagistrate),
            "not before an investigation"
        );
        assert!(
            !Closed.may_move_to(Investigation),
            "a closed case is reopened first"
        );
        for s in [Open, Investigation, WithMagistrate] {
            assert!(s.may_move_to(Closed) && s.needs_approval(Closed));
        }
        assert!(Closed.needs_approval(Open));
        assert!(!Open.needs_approval(Investigation));
    }

    #[test]
    fn a_case_is_read_by_its_team_and_the_supervisors_only() {
        assert!(may_read(Role::Investigator, true));
        assert!(!may_read(Role::Investigator, false));
        assert!(may_read(Role::Supervisor, false));
        for r in [
            Role::Partner,
            Role::Frontline,
            Role::Referent,
            Role::Analyst,
            Role::Admin,
        ] {
            assert!(!may_read(r, true), "{r} never reads a case, even if listed");
            assert!(!may_join(r));
        }
    }
}
