//! The audit log's entries and hash chain. Entries never hold personal data: only who acted
//! (an account id and role), what was done, to which object (type and id), when, and the outcome.

use chrono::{DateTime, SubsecRound, Utc};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The hash that precedes the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// Whether the audited action succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Outcome {
    /// It was done.
    Success,
    /// It was refused or failed.
    Failure,
}

impl Outcome {
    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            Outcome::Success => "success",
            Outcome::Failure => "failure",
        }
    }
}

/// An entry about to be appended: everything but its place in the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditEvent {
    /// The account that acted, if any (none for anonymous or system actions).
    pub actor: Option<String>,
    /// The actor's role at the time.
    pub actor_role: Option<String>,
    /// A stable snake_case action code, e.g. `user.create`.
    pub action: String,
    /// The type of object acted upon, e.g. `user`.
    pub object_type: String,
    /// The object's identifier, never a name.
    pub object_id: Option<String>,
    /// Success or failure.
    pub outcome: Outcome,
}

impl AuditEvent {
    /// A new event by `actor` (an account id) on an object.
    pub fn new(action: &str, object_type: &str, object_id: Option<String>) -> Self {
        Self {
            actor: None,
            actor_role: None,
            action: action.to_owned(),
            object_type: object_type.to_owned(),
            object_id,
            outcome: Outcome::Success,
        }
    }

    /// Sets who acted.
    pub fn by(mut self, actor: impl ToString, role: impl ToString) -> Self {
        self.actor = Some(actor.to_string());
        self.actor_role = Some(role.to_string());
        self
    }

    /// Marks the event as failed.
    pub fn failed(mut self) -> Self {
        self.outcome = Outcome::Failure;
        self
    }
}

/// The time an entry carries: microsecond precision, which both databases keep exactly.
pub fn entry_time(now: DateTime<Utc>) -> DateTime<Utc> {
    now.trunc_subsecs(6)
}

/// The SHA-256 (hex) of an entry, chained to the previous entry's hash. Fields are length-
/// prefixed so that no two different entries hash the same.
pub fn entry_hash(prev_hash: &str, seq: i64, at: DateTime<Utc>, event: &AuditEvent) -> String {
    let mut h = Sha256::new();
    let at = at.format("%Y-%m-%dT%H:%M:%S%.6fZ").to_string();
    let seq = seq.to_string();
    let fields: [&str; 9] = [
        prev_hash,
        &seq,
        &at,
        event.actor.as_deref().unwrap_or(""),
        event.actor_role.as_deref().unwrap_or(""),
        &event.action,
        &event.object_type,
        event.object_id.as_deref().unwrap_or(""),
        event.outcome.code(),
    ];
    for f in fields {
        h.update((f.len() as u64).to_be_bytes());
        h.update(f.as_bytes());
    }
    hex::encode(h.finalize())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_field_change_changes_the_hash() {
        let at = entry_time(Utc::now());
        let e = AuditEvent::new("user.create", "user", Some("42".into())).by("a", "admin");
        let base = entry_hash(GENESIS_HASH, 1, at, &e);
        assert_eq!(base, entry_hash(GENESIS_HASH, 1, at, &e));
        assert_ne!(base, entry_hash(GENESIS_HASH, 2, at, &e));
        assert_ne!(base, entry_hash(GENESIS_HASH, 1, at, &e.clone().failed()));
        let mut other = e.clone();
        other.object_id = Some("43".into());
        assert_ne!(base, entry_hash(GENESIS_HASH, 1, at, &other));
    }
}
