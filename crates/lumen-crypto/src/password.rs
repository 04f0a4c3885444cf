//! Password hashing for staff accounts.
//!
//! Argon2id, version 0x13, m = 19 MiB (19456 KiB), t = 2, p = 1: the first of OWASP's
//! recommended Argon2id configurations (Password Storage Cheat Sheet), stored as a PHC string
//! (`$argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>`) with a 16-byte random salt.

use std::sync::OnceLock;

use argon2::password_hash::{PasswordHasher as _, PasswordVerifier as _};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::error::{CryptoError, Result};

/// Memory cost in KiB (OWASP: 19 MiB).
pub const PASSWORD_M_COST_KIB: u32 = 19 * 1024;
/// Number of passes (OWASP: 2).
pub const PASSWORD_T_COST: u32 = 2;
/// Parallelism (OWASP: 1).
pub const PASSWORD_P_COST: u32 = 1;

fn hasher() -> Result<Argon2<'static>> {
    let params = Params::new(PASSWORD_M_COST_KIB, PASSWORD_T_COST, PASSWORD_P_COST, None)
        .map_err(|_| CryptoError::PasswordHashing)?;
    Ok(Argon2::new(Algorithm::Argon2id, Version::V0x13, params))
}

/// Hashes a password into an Argon2id PHC string with a fresh random salt.
pub fn hash_password(password: &str) -> Result<String> {
    let hash = hasher()?
        .hash_password(password.as_bytes())
        .map_err(|_| CryptoError::PasswordHashing)?;
    Ok(hash.to_string())
}

/// Whether `password` matches the PHC string `phc`. A malformed `phc` gives `false`.
///
/// The parameters stored in `phc` are used, so hashes made with older parameters still verify;
/// use [`needs_rehash`] to upgrade them after a successful login.
pub fn verify_password(password: &str, phc: &str) -> bool {
    hasher()
        .map(|argon2| argon2.verify_password(password.as_bytes(), phc).is_ok())
        .unwrap_or(false)
}

/// Whether a stored PHC string uses other parameters than the current ones.
pub fn needs_rehash(phc: &str) -> bool {
    let current =
        format!("$argon2id$v=19$m={PASSWORD_M_COST_KIB},t={PASSWORD_T_COST},p={PASSWORD_P_COST}$");
    !phc.starts_with(&current)
}

/// Performs a password verification that always fails but costs the same as a real one, so
/// that "unknown account" and "wrong password" take the same time.
///
/// The first call also computes the dummy hash it verifies against; call it once at startup so
/// that no request pays for that.
pub fn dummy_verify() {
    static DUMMY_HASH: OnceLock<Option<String>> = OnceLock::new();
    let dummy = DUMMY_HASH.get_or_init(|| hash_password("lumen dummy password").ok());
    if let Some(dummy) = dummy {
        // The outcome is irrelevant: the point is the time spent.
        let _ = std::hint::black_box(verify_password("not the dummy password", dummy));
    }
}
