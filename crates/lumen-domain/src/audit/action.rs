//! Every action the audit log records, with the stable code stored in each entry and the type
//! of object it acts on. Codes never change once written: the chain hashes them, and
//! supervisors filter the log by them.

macro_rules! actions {
    ($($variant:ident => $code:literal on $object:literal,)*) => {
        /// What was done, as the audit log names it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum AuditAction {
            $(
                #[doc = concat!("`", $code, "` on a `", $object, "`.")]
                $variant,
            )*
        }

        impl AuditAction {
            /// Every action, in code order.
            pub const ALL: &[AuditAction] = &[$(AuditAction::$variant),*];

            /// The stable code stored in the entry, e.g. `user.create`.
            pub fn code(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $code,)*
                }
            }

            /// The action of a stable code, e.g. `user.create`.
            pub fn parse(code: &str) -> Option<AuditAction> {
                Self::ALL.iter().copied().find(|a| a.code() == code)
            }

            /// The type of object the action is on, e.g. `user`.
            pub fn object_type(self) -> &'static str {
                match self {
                    $(AuditAction::$variant => $object,)*
                }
            }
        }
    };
}

actions! {
    AccessDenied => "access.denied" on "route",
    AuditList => "audit.list" on "audit_log",
    AuthEnrolmentCode => "auth.enrolment_code" on "user",
    AuthPasswordAccepted => "auth.password_accepted" on "user",
    AuthSecondFactor => "auth.second_factor" on "user",
    AuthSignIn => "auth.sign_in" on "user",
    AuthSignOut => "auth.sign_out" on "user",
    CaseAccessAsk => "case.access_ask" on "case",
    CaseAccessDecide => "case.access_decide" on "case",
    CaseApprovalAsk => "case.approval_ask" on "case",
    CaseApprovalDecide => "case.approval_decide" on "case",
    CaseEventAdd => "case.event_add" on "case",
    CaseList => "case.list" on "case",
    CaseMemberAdd => "case.member_add" on "case",
    CaseNoteAdd => "case.note_add" on "case",
    CaseOpen => "case.open" on "case",
    CasePersonAdd => "case.person_add" on "case",
    CaseRead => "case.read" on "case",
    CaseReferences => "case.references" on "case",
    CaseStatus => "case.status" on "case",
    CaseTaskAdd => "case.task_add" on "case",
    CaseTaskDone => "case.task_done" on "case",
    PersonRead => "person.read" on "person",
    KeysMasterRotated => "keys.master_rotated" on "master_key",
    PartnerArea => "partner.area" on "user",
    ReportImageRead => "report.image.read" on "report",
    ReportList => "report.list" on "report",
    ReportPartnerFile => "report.partner_file" on "report",
    ReportPartnerList => "report.partner_list" on "unit",
    ReportPartnerMessage => "report.partner_message" on "report",
    ReportPartnerRead => "report.partner_read" on "report",
    ReportRead => "report.read" on "report",
    ReportReply => "report.reply" on "report",
    ReportStatus => "report.status" on "report",
    ScreeningSend => "screening.send" on "screening",
    SearchRun => "search.run" on "search",
    ScreeningCreate => "screening.create" on "screening",
    ScreeningList => "screening.list" on "screening",
    ScreeningRead => "screening.read" on "screening",
    TriageAttach => "triage.attach" on "triage_item",
    TriageClose => "triage.close" on "triage_item",
    TriageList => "triage.list" on "triage_item",
    TrainingCourseCreate => "training.course.create" on "training_course",
    TrainingCourseUpdate => "training.course.update" on "training_course",
    TrainingCoverageExport => "training.coverage.export" on "training_coverage",
    TrainingOfficerCreate => "training.officer.create" on "training_officer",
    TrainingOfficerImport => "training.officer.import" on "training_officer_import",
    TrainingOfficerList => "training.officer.list" on "training_officer",
    TrainingOfficerUpdate => "training.officer.update" on "training_officer",
    TrainingReferentDesignate => "training.referent.designate" on "training_referent",
    TrainingReferentDesignateOverride => "training.referent.designate_override" on "training_referent",
    TrainingReferentEnd => "training.referent.end" on "training_referent",
    TrainingSessionAttendance => "training.session.attendance" on "training_session",
    TrainingSessionCancel => "training.session.cancel" on "training_session",
    TrainingSessionCreate => "training.session.create" on "training_session",
    TrainingSessionRegister => "training.session.register" on "training_session",
    TrainingSessionRegisterOverride => "training.session.register_override" on "training_session",
    TrainingSessionUpdate => "training.session.update" on "training_session",
    UnitCreate => "unit.create" on "unit",
    UnitUpdate => "unit.update" on "unit",
    UserActivate => "user.activate" on "user",
    UserCreate => "user.create" on "user",
    UserDeactivate => "user.deactivate" on "user",
    UserEnrolled => "user.enrolled" on "user",
    UserLanguage => "user.language" on "user",
    UserList => "user.list" on "user",
    UserPasswordChanged => "user.password_changed" on "user",
    UserRecoveryCodesRegenerated => "user.recovery_codes_regenerated" on "user",
    UserRoleApprove => "user.role_approve" on "role_request",
    UserRoleRefuse => "user.role_refuse" on "role_request",
    UserRoleRequest => "user.role_request" on "user",
    UserRoleRequestsList => "user.role_requests.list" on "role_request",
    UserRoleUnit => "user.role_unit" on "user",
    UserTotpEnrolled => "user.totp_enrolled" on "user",
    UserTotpEnrolmentStarted => "user.totp_enrolment_started" on "user",
    UserTotpReset => "user.totp_reset" on "user",
}

impl std::fmt::Display for AuditAction {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::AuditAction;
    use std::collections::HashSet;

    #[test]
    fn codes_are_unique_dotted_snake_case() {
        let mut seen = HashSet::new();
        for a in AuditAction::ALL {
            let code = a.code();
            assert!(seen.insert(code), "{code} twice");
            assert!(code.contains('.'), "{code} has no feature prefix");
            assert!(
                code.chars()
                    .all(|c| c.is_ascii_lowercase() || c == '.' || c == '_'),
                "{code} is not snake_case"
            );
            assert!(!a.object_type().is_empty());
            assert_eq!(AuditAction::parse(code), Some(*a));
        }
        assert_eq!(AuditAction::parse("user"), None);
    }
}
