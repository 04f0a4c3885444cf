//! A keyed hash whose key lives only in memory: drawn at random when built, never written,
//! zeroized when dropped. For identifiers that must be told apart for a while but never
//! recovered, such as the sources counted by a rate limiter.

use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha256;

/// HMAC-SHA-256 under a random key that exists only in this process.
#[derive(Clone)]
pub struct EphemeralKeyedHash {
    mac: Hmac<Sha256>,
}

impl EphemeralKeyedHash {
    /// A hasher with a fresh random key.
    pub fn generate() -> Self {
        let key = zeroize::Zeroizing::new(crate::random::random_array::<32>());
        let mac = Hmac::<Sha256>::new_from_slice(key.as_ref())
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        Self { mac }
    }

    /// The keyed hash of `data` in `context` (domain separation), cut to 16 bytes.
    pub fn hash16(&self, context: &[u8], data: &[u8]) -> [u8; 16] {
        let mut mac = self.mac.clone();
        mac.update(&(context.len() as u64).to_be_bytes());
        mac.update(context);
        mac.update(data);
        let full: [u8; 32] = mac.finalize().into_bytes().into();
        let mut out = [0u8; 16];
        out.copy_from_slice(&full[..16]);
        out
    }
}

impl std::fmt::Debug for EphemeralKeyedHash {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("EphemeralKeyedHash(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn same_key_same_hash_new_key_new_hash_and_contexts_separate() {
        let a = EphemeralKeyedHash::generate();
        let b = EphemeralKeyedHash::generate();
        assert_eq!(a.hash16(b"x", b"192.0.2.1"), a.hash16(b"x", b"192.0.2.1"));
        assert_ne!(a.hash16(b"x", b"192.0.2.1"), b.hash16(b"x", b"192.0.2.1"));
        assert_ne!(a.hash16(b"x", b"192.0.2.1"), a.hash16(b"y", b"192.0.2.1"));
        assert_ne!(a.hash16(b"x", b"192.0.2.1"), a.hash16(b"x", b"192.0.2.2"));
    }
}
