//! Roles and permissions. Every route declares one [`Permission`]; a role grants a fixed set.
//! Deny by default: a permission no role lists is granted to nobody.

use serde::{Deserialize, Serialize};
use std::fmt;

/// The staff roles of Lumen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// A worker of a partner organisation (PAG-ASA, Payoke, Sürya, Espace P, UTSOPI).
    Partner,
    /// An intervention, neighbourhood or reception officer.
    Frontline,
    /// A trained frontline officer who advises colleagues.
    Referent,
    /// A member of the THB section.
    Investigator,
    /// The head of the THB section.
    Supervisor,
    /// Management and statistics: aggregated figures only.
    Analyst,
    /// Functional administrator: users, units, catalogues; no case content.
    Admin,
}

impl Role {
    /// Every role, in the order they are presented.
    pub const ALL: [Role; 7] = [
        Role::Partner,
        Role::Frontline,
        Role::Referent,
        Role::Investigator,
        Role::Supervisor,
        Role::Analyst,
        Role::Admin,
    ];

    /// The stable code stored in the database and used on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Role::Partner => "partner",
            Role::Frontline => "frontline",
            Role::Referent => "referent",
            Role::Investigator => "investigator",
            Role::Supervisor => "supervisor",
            Role::Analyst => "analyst",
            Role::Admin => "admin",
        }
    }

    /// Parses a stable code.
    pub fn parse(code: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.code() == code)
    }

    /// The permissions this role grants.
    pub fn permissions(self) -> &'static [Permission] {
        use Permission::*;
        match self {
            Role::Partner => &[ViewHome, ManageOwnAccount, FilePartnerReports],
            Role::Frontline => &[ViewHome, ManageOwnAccount, RunScreening, ViewOwnTraining],
            Role::Referent => &[
                ViewHome,
                ManageOwnAccount,
                RunScreening,
                ViewUnitScreenings,
                ViewOwnTraining,
                ViewUnitTraining,
            ],
            Role::Investigator => &[
                ViewHome,
                ManageOwnAccount,
                RunScreening,
                ViewAllScreenings,
                TriageReports,
                ViewOwnTraining,
                WorkCases,
            ],
            Role::Supervisor => &[
                ViewHome,
                ManageOwnAccount,
                ViewAudit,
                ApproveRoleChanges,
                RunScreening,
                ViewAllScreenings,
                TriageReports,
                ViewOwnTraining,
                ViewUnitTraining,
                ViewAllTrainingCoverage,
                ManageTraining,
                WorkCases,
                SuperviseCases,
            ],
            Role::Analyst => &[
                ViewHome,
                ManageOwnAccount,
                ViewOwnTraining,
                ViewUnitTraining,
                ViewAllTrainingCoverage,
            ],
            Role::Admin => &[
                ViewHome,
                ManageOwnAccount,
                ManageUsers,
                ManageUnits,
                ManageCatalogues,
                ViewOwnTraining,
                ViewUnitTraining,
                ViewAllTrainingCoverage,
                ManageTraining,
            ],
        }
    }

    /// Whether this role grants `permission`.
    pub fn has(self, permission: Permission) -> bool {
        self.permissions().contains(&permission)
    }
}

impl fmt::Display for Role {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// What a route needs. Routes reachable without signing in declare no permission.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Permission {
    /// See one's own home page.
    ViewHome,
    /// Change one's own password, second factor and language.
    ManageOwnAccount,
    /// Create, change and deactivate staff accounts.
    ManageUsers,
    /// Create and change organisational units.
    ManageUnits,
    /// Read the audit log.
    ViewAudit,
    /// Review the versioned catalogues (screening indicators and their sources).
    ManageCatalogues,
    /// Run a frontline screening and read one's own screenings.
    RunScreening,
    /// Read the screenings of one's own unit (referents).
    ViewUnitScreenings,
    /// Read every screening (THB section).
    ViewAllScreenings,
    /// Read the public reports, reply to reporters and set a report's public status (THB
    /// section).
    TriageReports,
    /// Read one's own training record and upcoming sessions (every officer with an account).
    ViewOwnTraining,
    /// Read the training coverage of one's own unit (referents); with [`ManageTraining`], of
    /// every unit.
    ///
    /// [`ManageTraining`]: Permission::ManageTraining
    ViewUnitTraining,
    /// Read the coverage figures of every unit (no officer names): managers and analysts.
    ViewAllTrainingCoverage,
    /// Manage officers, courses, sessions, attendance and referent designations.
    ManageTraining,
    /// File a report on someone's behalf (with their consent) and follow the status and
    /// messages of one's own organisation's submissions (partner organisations only).
    FilePartnerReports,
    /// Approve or refuse role changes asked for by an administrator.
    ApproveRoleChanges,
    /// Open cases and work in the cases whose team one is in (THB section).
    WorkCases,
    /// Read every case, whatever its team, and decide the four-eyes approvals of cases.
    SuperviseCases,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.code()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }

    #[test]
    fn only_supervisors_read_the_audit_log_and_admins_manage_users() {
        for r in Role::ALL {
            assert_eq!(r.has(Permission::ViewAudit), r == Role::Supervisor);
            assert_eq!(r.has(Permission::ManageUsers), r == Role::Admin);
            assert_eq!(
                r.has(Permission::TriageReports),
                matches!(r, Role::Investigator | Role::Supervisor)
            );
        }
    }

    #[test]
    fn training_is_managed_by_admins_and_supervisors_and_seen_by_officers() {
        for r in Role::ALL {
            let manager = matches!(r, Role::Admin | Role::Supervisor);
            assert_eq!(r.has(Permission::ManageTraining), manager);
            assert_eq!(
                r.has(Permission::ViewUnitTraining),
                manager || r == Role::Referent || r == Role::Analyst
            );
            assert_eq!(
                r.has(Permission::ViewAllTrainingCoverage),
                manager || r == Role::Analyst
            );
            assert_eq!(r.has(Permission::ViewOwnTraining), r != Role::Partner);
        }
    }

    #[test]
    fn only_partners_file_reports_on_someone_s_behalf() {
        for r in Role::ALL {
            assert_eq!(r.has(Permission::FilePartnerReports), r == Role::Partner);
        }
        assert!(!Role::Partner.has(Permission::TriageReports));
    }
}
