//! Session lifetime rules.

use chrono::{DateTime, Duration, Utc};
use serde::{Deserialize, Serialize};

/// How long a staff session lives.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields, default)]
pub struct SessionPolicy {
    /// Minutes without a request after which the session ends.
    pub idle_minutes: u32,
    /// Hours after sign-in after which the session ends whatever happens.
    pub absolute_hours: u32,
}

impl Default for SessionPolicy {
    fn default() -> Self {
        Self {
            idle_minutes: 30,
            absolute_hours: 12,
        }
    }
}

impl SessionPolicy {
    /// Whether a session created at `created` and last used at `last_seen` is still valid at `now`.
    pub fn is_alive(
        &self,
        created: DateTime<Utc>,
        last_seen: DateTime<Utc>,
        now: DateTime<Utc>,
    ) -> bool {
        now - last_seen < Duration::minutes(i64::from(self.idle_minutes))
            && now - created < Duration::hours(i64::from(self.absolute_hours))
    }
}

/// How far a sign-in has gone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SessionStage {
    /// Password accepted; the second factor is still due.
    AwaitingTotp,
    /// Password accepted; the account must enrol a second factor before anything else.
    MustEnrolTotp,
    /// Fully signed in.
    Complete,
}

impl SessionStage {
    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Self::AwaitingTotp => "awaiting_totp",
            Self::MustEnrolTotp => "must_enrol_totp",
            Self::Complete => "complete",
        }
    }

    /// Parses a stable code.
    pub fn parse(code: &str) -> Option<Self> {
        [Self::AwaitingTotp, Self::MustEnrolTotp, Self::Complete]
            .into_iter()
            .find(|s| s.code() == code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn idle_and_absolute_expiry() {
        let p = SessionPolicy::default();
        let t0 = Utc::now();
        assert!(p.is_alive(t0, t0, t0 + Duration::minutes(29)));
        assert!(!p.is_alive(t0, t0, t0 + Duration::minutes(30)));
        let late = t0 + Duration::hours(12);
        assert!(!p.is_alive(t0, late - Duration::minutes(1), late));
    }
}
