//! The audit log's entries and hash chain. Entries never hold personal data: only who acted
//! (an account id and role), what was done, to which object (type and id), when, and the outcome.
//!
//! Entries are chained with HMAC-SHA-256 under the audit key, which lives in a file beside the
//! master key and never in the database: whoever can write to the database but lacks the key
//! cannot delete an entry and recompute the rest. Entries written before the key existed keep
//! their plain SHA-256 links and stay verifiable; once a keyed entry appears, a plain one after
//! it is a break.

use chrono::{DateTime, SubsecRound, Utc};
use hmac::{Hmac, KeyInit as _, Mac as _};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

mod action;
pub use action::AuditAction;

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
    /// A new event: `action` on the object `object_id` (of the action's object type).
    pub fn new(action: AuditAction, object_id: Option<String>) -> Self {
        Self {
            actor: None,
            actor_role: None,
            action: action.code().to_owned(),
            object_type: action.object_type().to_owned(),
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

/// The key that chains the audit log (32 bytes, from the audit key file).
#[derive(Clone)]
pub struct AuditKey([u8; 32]);

impl AuditKey {
    /// A key from its bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    pub(crate) fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }
}

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey([redacted])")
    }
}

/// The entry's fields, each length-prefixed so that no two different entries encode the same.
fn encode(prev_hash: &str, seq: i64, at: DateTime<Utc>, event: &AuditEvent) -> Vec<u8> {
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
    let mut out = Vec::new();
    for f in fields {
        out.extend_from_slice(&(f.len() as u64).to_be_bytes());
        out.extend_from_slice(f.as_bytes());
    }
    out
}

/// The plain SHA-256 (hex) of an entry, chained to the previous entry's hash: how entries were
/// linked before the audit key existed.
pub fn entry_hash(prev_hash: &str, seq: i64, at: DateTime<Utc>, event: &AuditEvent) -> String {
    hex::encode(Sha256::digest(encode(prev_hash, seq, at, event)))
}

/// The HMAC-SHA-256 (hex) of an entry under the audit key, chained to the previous entry.
pub fn entry_mac(
    key: &AuditKey,
    prev_hash: &str,
    seq: i64,
    at: DateTime<Utc>,
    event: &AuditEvent,
) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(&key.0).expect("HMAC takes any key length");
    mac.update(&encode(prev_hash, seq, at, event));
    hex::encode(mac.finalize().into_bytes())
}

/// How an entry's stored hash links it to the chain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Link {
    /// A plain SHA-256 link (written without the key).
    Plain,
    /// An HMAC link under the audit key.
    Keyed,
    /// Neither: the entry or its predecessor was changed.
    Broken,
}

/// Checks an entry's stored hash; without a key only plain links can be recognised.
pub fn check_link(
    key: Option<&AuditKey>,
    stored: &str,
    prev_hash: &str,
    seq: i64,
    at: DateTime<Utc>,
    event: &AuditEvent,
) -> Link {
    if let Some(key) = key
        && entry_mac(key, prev_hash, seq, at, event) == stored
    {
        return Link::Keyed;
    }
    if entry_hash(prev_hash, seq, at, event) == stored {
        Link::Plain
    } else {
        Link::Broken
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn any_field_change_changes_the_hash() {
        let at = entry_time(Utc::now());
        let e = AuditEvent::new(AuditAction::UserCreate, Some("42".into())).by("a", "admin");
        let base = entry_hash(GENESIS_HASH, 1, at, &e);
        assert_eq!(base, entry_hash(GENESIS_HASH, 1, at, &e));
        assert_ne!(base, entry_hash(GENESIS_HASH, 2, at, &e));
        assert_ne!(base, entry_hash(GENESIS_HASH, 1, at, &e.clone().failed()));
        let mut other = e.clone();
        other.object_id = Some("43".into());
        assert_ne!(base, entry_hash(GENESIS_HASH, 1, at, &other));
    }

    #[test]
    fn a_keyed_link_opens_only_under_its_key() {
        let at = entry_time(Utc::now());
        let e = AuditEvent::new(AuditAction::UserCreate, Some("42".into())).by("a", "admin");
        let key = AuditKey::from_bytes([7; 32]);
        let other = AuditKey::from_bytes([8; 32]);
        let mac = entry_mac(&key, GENESIS_HASH, 1, at, &e);
        assert_ne!(mac, entry_hash(GENESIS_HASH, 1, at, &e));
        assert_eq!(
            check_link(Some(&key), &mac, GENESIS_HASH, 1, at, &e),
            Link::Keyed
        );
        assert_eq!(
            check_link(Some(&other), &mac, GENESIS_HASH, 1, at, &e),
            Link::Broken
        );
        assert_eq!(
            check_link(None, &mac, GENESIS_HASH, 1, at, &e),
            Link::Broken
        );
        let plain = entry_hash(GENESIS_HASH, 1, at, &e);
        assert_eq!(
            check_link(Some(&key), &plain, GENESIS_HASH, 1, at, &e),
            Link::Plain
        );
    }
}
