//! Checkpoints of the audit log: the head of the chain (sequence number and link hash) at a
//! moment, signed with HMAC-SHA-256 under the audit key and kept outside the database (printed
//! by `lumen audit checkpoint`). A chain checked against a checkpoint must still hold that
//! entry with that hash: cutting the log's tail, or rewriting it up to that entry, is seen even
//! by someone who could recompute every link, because they cannot sign a new checkpoint.
//!
//! Text form, one line:
//!
//! ```text
//! lumen-audit-checkpoint-v1 seq=<n> hash=<64 hex> at=<RFC 3339 UTC, seconds> mac=<64 hex>
//! ```

use chrono::{DateTime, SecondsFormat, SubsecRound, Utc};
use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha256;

use crate::audit::AuditKey;

const PREFIX: &str = "lumen-audit-checkpoint-v1";
const CONTEXT: &[u8] = b"lumen audit checkpoint v1\0";

/// A signed head of the audit chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Checkpoint {
    /// Sequence number of the newest entry at the time (0 for an empty log).
    pub seq: i64,
    /// That entry's link hash.
    pub hash: String,
    /// When the checkpoint was made (seconds).
    pub at: DateTime<Utc>,
    /// HMAC-SHA-256 (hex) over the three fields above under the audit key.
    pub mac: String,
}

/// Why a checkpoint's text was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CheckpointError {
    /// Not a checkpoint line, or a field is missing or malformed.
    #[error("not an audit checkpoint (expected a line starting with {PREFIX})")]
    Malformed,
    /// Well formed, but not signed by this audit key (forged, altered or another log's).
    #[error("the checkpoint's signature does not match this audit key")]
    BadSignature,
}

fn mac(key: &AuditKey, seq: i64, hash: &str, at: DateTime<Utc>) -> String {
    let mut m = Hmac::<Sha256>::new_from_slice(key.as_bytes()).expect("HMAC takes any key length");
    m.update(CONTEXT);
    for field in [seq.to_string(), hash.to_owned(), stamp(at)] {
        m.update(&(field.len() as u64).to_be_bytes());
        m.update(field.as_bytes());
    }
    hex::encode(m.finalize().into_bytes())
}

fn stamp(at: DateTime<Utc>) -> String {
    at.to_rfc3339_opts(SecondsFormat::Secs, true)
}

impl Checkpoint {
    /// Signs the head `(seq, hash)` at `at`.
    pub fn sign(key: &AuditKey, seq: i64, hash: &str, at: DateTime<Utc>) -> Self {
        let at = at.trunc_subsecs(0);
        Self {
            seq,
            hash: hash.to_owned(),
            at,
            mac: mac(key, seq, hash, at),
        }
    }

    /// The one-line text form.
    pub fn to_line(&self) -> String {
        format!(
            "{PREFIX} seq={} hash={} at={} mac={}",
            self.seq,
            self.hash,
            stamp(self.at),
            self.mac
        )
    }

    /// Parses the text form (surrounding blank space ignored) and checks its signature.
    pub fn parse(text: &str, key: &AuditKey) -> Result<Self, CheckpointError> {
        let mut parts = text.split_whitespace();
        if parts.next() != Some(PREFIX) {
            return Err(CheckpointError::Malformed);
        }
        let mut field = |name: &str| {
            parts
                .next()
                .and_then(|p| p.strip_prefix(name))
                .and_then(|p| p.strip_prefix('='))
                .map(str::to_owned)
                .ok_or(CheckpointError::Malformed)
        };
        let seq = field("seq")?
            .parse::<i64>()
            .map_err(|_| CheckpointError::Malformed)?;
        let hash = field("hash")?;
        let at = DateTime::parse_from_rfc3339(&field("at")?)
            .map_err(|_| CheckpointError::Malformed)?
            .with_timezone(&Utc);
        let signature = field("mac")?;
        if parts.next().is_some() || seq < 0 {
            return Err(CheckpointError::Malformed);
        }
        let expected = mac(key, seq, &hash, at);
        if !subtle_eq(expected.as_bytes(), signature.as_bytes()) {
            return Err(CheckpointError::BadSignature);
        }
        Ok(Self {
            seq,
            hash,
            at,
            mac: signature,
        })
    }
}

/// Compares two byte strings in time that depends only on their lengths.
fn subtle_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> AuditKey {
        AuditKey::from_bytes([b; 32])
    }

    #[test]
    fn a_checkpoint_reads_back_under_its_key_only() {
        let cp = Checkpoint::sign(&key(1), 42, &"ab".repeat(32), Utc::now());
        let line = cp.to_line();
        assert_eq!(Checkpoint::parse(&format!("{line}\n"), &key(1)), Ok(cp));
        assert_eq!(
            Checkpoint::parse(&line, &key(2)),
            Err(CheckpointError::BadSignature)
        );
    }

    #[test]
    fn an_altered_field_breaks_the_signature() {
        let line = Checkpoint::sign(&key(1), 42, &"ab".repeat(32), Utc::now()).to_line();
        let altered = line.replace("seq=42", "seq=41");
        assert_eq!(
            Checkpoint::parse(&altered, &key(1)),
            Err(CheckpointError::BadSignature)
        );
        assert_eq!(
            Checkpoint::parse("seq=42", &key(1)),
            Err(CheckpointError::Malformed)
        );
        assert_eq!(
            Checkpoint::parse(&format!("{line} extra"), &key(1)),
            Err(CheckpointError::Malformed)
        );
    }
}
