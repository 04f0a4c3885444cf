//! Randomness, tokens and constant-time comparison.
//!
//! All randomness comes from [`rand::rng`], a ChaCha-based generator seeded and periodically
//! reseeded from the operating system: it is a cryptographically secure generator.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use rand::Rng as _;
use subtle::ConstantTimeEq as _;

/// Fills `buf` with cryptographically secure random bytes.
pub fn fill_random(buf: &mut [u8]) {
    rand::rng().fill_bytes(buf);
}

/// Returns an array of cryptographically secure random bytes.
pub fn random_array<const N: usize>() -> [u8; N] {
    let mut out = [0u8; N];
    fill_random(&mut out);
    out
}

/// A random token of `n_bytes` random bytes, encoded as unpadded base64url.
///
/// Use at least 16 bytes for CSRF tokens and 32 bytes for session identifiers.
pub fn random_token(n_bytes: usize) -> String {
    let mut bytes = vec![0u8; n_bytes];
    fill_random(&mut bytes);
    URL_SAFE_NO_PAD.encode(&bytes)
}

/// Compares two byte strings in time that depends only on their lengths, never on their content.
///
/// Use it to compare CSRF tokens, MACs and other secrets.
pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.ct_eq(b).into()
}

/// Draws a uniform integer in `0..bound` by rejection sampling on 16-bit draws, so that no value
/// is more likely than another (no modulo bias).
///
/// `bound` must be between 1 and 65536.
pub(crate) fn uniform_below_u16(bound: u32) -> u16 {
    debug_assert!((1..=65_536).contains(&bound));
    // Largest multiple of `bound` not above 2^16: draws at or above it are rejected.
    let zone = 65_536 - (65_536 % bound);
    let mut rng = rand::rng();
    loop {
        let draw = rng.next_u32() & 0xFFFF;
        if draw < zone {
            // `draw % bound` < bound <= 65536 and draw < 65536, so the value fits in 16 bits.
            return u16::try_from(draw % bound).unwrap_or(u16::MAX);
        }
    }
}
