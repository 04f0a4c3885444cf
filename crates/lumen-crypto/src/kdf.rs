//! Passphrase and receipt based key derivation with Argon2id.
//!
//! Parameters are stored next to what they protect, in the text form `m=<KiB>,t=<passes>,p=<lanes>`,
//! so that they can be raised later without breaking existing data.

use std::fmt;

use argon2::{Algorithm, Argon2, Params, Version};
use zeroize::Zeroizing;

use crate::error::{CryptoError, Result};
use crate::symmetric::SymmetricKey;

/// Salt length used for every derivation in this crate.
pub const SALT_LEN: usize = 16;

/// Upper bounds accepted when reading stored parameters, so that a tampered or corrupted record
/// cannot make the server allocate gigabytes or spin for minutes.
const MAX_M_COST_KIB: u32 = 1024 * 1024;
const MAX_T_COST: u32 = 64;
const MAX_P_COST: u32 = 16;

/// Argon2id cost parameters.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct KdfParams {
    /// Memory in KiB.
    pub m_cost_kib: u32,
    /// Number of passes over memory.
    pub t_cost: u32,
    /// Degree of parallelism (lanes).
    pub p_cost: u32,
}

impl KdfParams {
    /// Parameters for the receipt-derived reply key: Argon2id, 46 MiB, 2 passes, 1 lane.
    /// Costs about 60–80 ms per derivation on the project's 2-core machines in release builds
    /// (measured with `cargo run --release -p lumen-crypto --example crypto-bench`): noticeable
    /// for nobody, but it multiplies the cost of every receipt guess against a stolen database.
    pub const REPLY_KEY: KdfParams = KdfParams {
        m_cost_kib: 46 * 1024,
        t_cost: 2,
        p_cost: 1,
    };

    /// Parameters for passphrase-protected key files: Argon2id, 64 MiB, 3 passes, 1 lane
    /// (RFC 9106's second recommended option). Opening a key file is rare, so it can afford more.
    pub const KEY_FILE: KdfParams = KdfParams {
        m_cost_kib: 64 * 1024,
        t_cost: 3,
        p_cost: 1,
    };

    /// Checks the parameters are within the accepted range.
    pub fn validate(self) -> Result<Self> {
        let in_range = (8..=MAX_M_COST_KIB).contains(&self.m_cost_kib)
            && (1..=MAX_T_COST).contains(&self.t_cost)
            && (1..=MAX_P_COST).contains(&self.p_cost)
            && self.m_cost_kib >= 8 * self.p_cost;
        if in_range {
            Ok(self)
        } else {
            Err(CryptoError::InvalidKdfParams)
        }
    }

    /// Text form `m=47104,t=2,p=1`.
    pub fn to_text(self) -> String {
        self.to_string()
    }

    /// Parses the text form made by [`KdfParams::to_text`] and validates the range.
    pub fn from_text(text: &str) -> Result<Self> {
        let mut fields = text.trim().split(',');
        let mut next = |name: &str| -> Result<u32> {
            fields
                .next()
                .and_then(|field| field.strip_prefix(name))
                .and_then(|field| field.strip_prefix('='))
                .and_then(|value| value.parse().ok())
                .ok_or(CryptoError::InvalidKdfParams)
        };
        let params = KdfParams {
            m_cost_kib: next("m")?,
            t_cost: next("t")?,
            p_cost: next("p")?,
        };
        if fields.next().is_some() {
            return Err(CryptoError::InvalidKdfParams);
        }
        params.validate()
    }

    /// Derives a 256-bit key from `secret` and `salt` with Argon2id (version 0x13).
    pub fn derive_key(self, secret: &[u8], salt: &[u8]) -> Result<SymmetricKey> {
        let params = self.validate()?;
        let argon2_params = Params::new(params.m_cost_kib, params.t_cost, params.p_cost, Some(32))
            .map_err(|_| CryptoError::InvalidKdfParams)?;
        let argon2 = Argon2::new(Algorithm::Argon2id, Version::V0x13, argon2_params);
        let mut out = Zeroizing::new([0u8; 32]);
        argon2
            .hash_password_into(secret, salt, out.as_mut())
            .map_err(|_| CryptoError::KeyDerivation)?;
        Ok(SymmetricKey::from_bytes(*out))
    }
}

impl fmt::Display for KdfParams {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "m={},t={},p={}",
            self.m_cost_kib, self.t_cost, self.p_cost
        )
    }
}
