//! Who may hold which role where, and which changes need a supervisor's approval.
//!
//! Administrators manage accounts but never read case content. A role that reads case data
//! (reports, screenings of others, partner caseloads) is therefore granted only when a
//! supervisor approves the administrator's request (four eyes), and nobody changes their own
//! role or unit.

use crate::{Role, UnitKind, UserId};

/// Why a role and unit do not go together, or a change is not allowed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum RoleChangeRefused {
    /// A partner account must belong to a partner organisation.
    #[error("partner_needs_partner_unit")]
    PartnerNeedsPartnerUnit,
    /// Police roles cannot sit in a partner organisation.
    #[error("staff_role_in_partner_unit")]
    StaffRoleInPartnerUnit,
    /// Nobody changes their own role or unit.
    #[error("own_account")]
    OwnAccount,
}

impl RoleChangeRefused {
    /// The translation key of the message shown to the administrator.
    pub fn message_key(self) -> &'static str {
        match self {
            Self::PartnerNeedsPartnerUnit => "role-change-partner-needs-partner-unit",
            Self::StaffRoleInPartnerUnit => "role-change-staff-in-partner-unit",
            Self::OwnAccount => "role-change-own-account",
        }
    }
}

impl Role {
    /// Whether the role reads case data: sealed reports, others' screenings, a partner
    /// organisation's caseload.
    pub fn reads_case_data(self) -> bool {
        matches!(
            self,
            Role::Investigator | Role::Supervisor | Role::Referent | Role::Partner
        )
    }
}

/// Checks that `role` may sit in a unit of `unit_kind` (`None`: no unit).
pub fn check_fit(role: Role, unit_kind: Option<UnitKind>) -> Result<(), RoleChangeRefused> {
    match (role, unit_kind) {
        (Role::Partner, Some(UnitKind::Partner)) => Ok(()),
        (Role::Partner, _) => Err(RoleChangeRefused::PartnerNeedsPartnerUnit),
        (_, Some(UnitKind::Partner)) => Err(RoleChangeRefused::StaffRoleInPartnerUnit),
        _ => Ok(()),
    }
}

/// What an administrator's change of an account's role and unit becomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RoleChange {
    /// Nothing changes.
    Unchanged,
    /// Applied at once: the new role reads no case data.
    Immediate,
    /// Waits for a supervisor's approval.
    NeedsApproval,
}

/// Decides an administrator's change of `target`'s role and unit.
pub fn decide_change<U: PartialEq>(
    actor: UserId,
    target: UserId,
    current: (Role, Option<U>),
    wanted: (Role, Option<U>),
    wanted_unit_kind: Option<UnitKind>,
) -> Result<RoleChange, RoleChangeRefused> {
    if actor == target {
        return Err(RoleChangeRefused::OwnAccount);
    }
    check_fit(wanted.0, wanted_unit_kind)?;
    if current == wanted {
        return Ok(RoleChange::Unchanged);
    }
    Ok(if wanted.0.reads_case_data() {
        RoleChange::NeedsApproval
    } else {
        RoleChange::Immediate
    })
}

/// Whether a new account with `role` waits for a supervisor before it can be used.
pub fn creation_needs_approval(role: Role) -> bool {
    role.reads_case_data()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids() -> (UserId, UserId) {
        (UserId::new(), UserId::new())
    }

    #[test]
    fn roles_and_units_must_fit() {
        assert_eq!(check_fit(Role::Partner, Some(UnitKind::Partner)), Ok(()));
        assert_eq!(
            check_fit(Role::Partner, None),
            Err(RoleChangeRefused::PartnerNeedsPartnerUnit)
        );
        assert_eq!(
            check_fit(Role::Partner, Some(UnitKind::ThbSection)),
            Err(RoleChangeRefused::PartnerNeedsPartnerUnit)
        );
        for r in Role::ALL.into_iter().filter(|r| *r != Role::Partner) {
            assert_eq!(
                check_fit(r, Some(UnitKind::Partner)),
                Err(RoleChangeRefused::StaffRoleInPartnerUnit)
            );
            assert_eq!(check_fit(r, Some(UnitKind::Intervention)), Ok(()));
            assert_eq!(check_fit(r, None), Ok(()));
        }
    }

    #[test]
    fn nobody_changes_their_own_role() {
        let (a, _) = ids();
        assert_eq!(
            decide_change(
                a,
                a,
                (Role::Admin, None::<u8>),
                (Role::Supervisor, None),
                None
            ),
            Err(RoleChangeRefused::OwnAccount)
        );
        assert_eq!(
            decide_change(a, a, (Role::Admin, None::<u8>), (Role::Admin, None), None),
            Err(RoleChangeRefused::OwnAccount)
        );
    }

    #[test]
    fn roles_reading_case_data_wait_for_approval_and_others_apply_at_once() {
        let (a, b) = ids();
        for r in Role::ALL {
            if r == Role::Partner {
                continue;
            }
            let got = decide_change(a, b, (Role::Analyst, Some(1)), (r, Some(2)), None).unwrap();
            let want = if r.reads_case_data() {
                RoleChange::NeedsApproval
            } else {
                RoleChange::Immediate
            };
            assert_eq!(got, want, "{r}");
        }
        // A partner moving to another organisation sees another caseload: approval.
        assert_eq!(
            decide_change(
                a,
                b,
                (Role::Partner, Some(1)),
                (Role::Partner, Some(2)),
                Some(UnitKind::Partner)
            ),
            Ok(RoleChange::NeedsApproval)
        );
        assert_eq!(
            decide_change(
                a,
                b,
                (Role::Investigator, Some(1)),
                (Role::Investigator, Some(1)),
                None
            ),
            Ok(RoleChange::Unchanged)
        );
        assert!(creation_needs_approval(Role::Investigator));
        assert!(!creation_needs_approval(Role::Frontline));
    }
}
