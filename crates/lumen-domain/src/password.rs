//! The password policy for staff accounts.

use std::collections::HashSet;
use std::sync::OnceLock;

/// The shortest password accepted.
pub const MIN_LENGTH: usize = 12;
/// The longest password accepted (hashing cost stays bounded).
pub const MAX_LENGTH: usize = 256;

static COMMON: OnceLock<HashSet<&'static str>> = OnceLock::new();

fn common_passwords() -> &'static HashSet<&'static str> {
    COMMON.get_or_init(|| {
        include_str!("../data/common-passwords.txt")
            .lines()
            .collect()
    })
}

/// Why a password is refused; the code is translated by the interface.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum PasswordRejection {
    /// Fewer than [`MIN_LENGTH`] characters.
    #[error("password_too_short")]
    TooShort,
    /// More than [`MAX_LENGTH`] characters.
    #[error("password_too_long")]
    TooLong,
    /// Found in the list of common passwords, or a single repeated character.
    #[error("password_too_common")]
    TooCommon,
}

impl PasswordRejection {
    /// The stable message code.
    pub fn code(self) -> &'static str {
        match self {
            Self::TooShort => "password_too_short",
            Self::TooLong => "password_too_long",
            Self::TooCommon => "password_too_common",
        }
    }
}

/// Checks a new password against the policy: at least 12 characters (counted as Unicode
/// scalar values), at most 256, not a common password, not one character repeated.
pub fn check_password(candidate: &str) -> Result<(), PasswordRejection> {
    let len = candidate.chars().count();
    if len < MIN_LENGTH {
        return Err(PasswordRejection::TooShort);
    }
    if len > MAX_LENGTH {
        return Err(PasswordRejection::TooLong);
    }
    let lower = candidate.to_lowercase();
    let mut chars = lower.chars();
    let first = chars.next();
    if chars.all(|c| Some(c) == first) || common_passwords().contains(lower.as_str()) {
        return Err(PasswordRejection::TooCommon);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn length_rule_counts_characters_not_bytes() {
        assert_eq!(check_password("short"), Err(PasswordRejection::TooShort));
        assert_eq!(
            check_password("ééééééééééé"),
            Err(PasswordRejection::TooShort)
        );
        assert!(check_password("Gare-du-Nord 2026 !").is_ok());
        assert_eq!(
            check_password(&"ab".repeat(200)),
            Err(PasswordRejection::TooLong)
        );
    }

    #[test]
    fn common_passwords_are_refused_whatever_their_case() {
        assert_eq!(
            check_password("123456789012"),
            Err(PasswordRejection::TooCommon)
        );
        assert_eq!(
            check_password("QwertyUiop123"),
            Err(PasswordRejection::TooCommon)
        );
        assert_eq!(
            check_password("aaaaaaaaaaaaaa"),
            Err(PasswordRejection::TooCommon)
        );
    }
}
