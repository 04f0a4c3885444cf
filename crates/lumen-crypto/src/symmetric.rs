//! Symmetric authenticated encryption: XChaCha20-Poly1305 with associated data.
//!
//! Ciphertext format (version 1), all lengths in bytes:
//!
//! ```text
//! 0x01 | nonce (24, random) | ciphertext (len of plaintext) | Poly1305 tag (16)
//! ```
//!
//! The 192-bit random nonce makes accidental nonce reuse negligible even for billions of
//! messages under one key. The associated data (for example `person:<uuid>:last_name`) is not
//! stored: the caller supplies it again to decrypt, which binds a ciphertext to its place.

use std::fmt;

use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::error::{CryptoError, Result};
use crate::random::{fill_random, random_array};
use crate::sealed::{SectionPublicKey, SectionSecretKey, open, seal};

/// Version byte of the symmetric ciphertext format.
pub const SYMMETRIC_VERSION: u8 = 1;
/// Nonce length of XChaCha20-Poly1305.
pub const NONCE_LEN: usize = 24;
/// Authentication tag length.
pub const TAG_LEN: usize = 16;
/// Bytes a symmetric ciphertext adds to its plaintext.
pub const SYMMETRIC_OVERHEAD: usize = 1 + NONCE_LEN + TAG_LEN;

/// A 256-bit key for XChaCha20-Poly1305. Zeroized on drop, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SymmetricKey([u8; 32]);

impl SymmetricKey {
    /// A fresh random key.
    pub fn generate() -> Self {
        Self(random_array())
    }

    /// Wraps existing key bytes (for example the output of a key derivation).
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        Self(bytes)
    }

    /// Builds a key from a slice that must be exactly 32 bytes long.
    pub fn from_slice(bytes: &[u8]) -> Result<Self> {
        let array: [u8; 32] = bytes
            .try_into()
            .map_err(|_| CryptoError::InvalidKeyMaterial)?;
        Ok(Self(array))
    }

    /// The raw key bytes. Handle with care: never log or store them unencrypted.
    pub fn expose_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Encrypts `plaintext`, authenticating `aad` with it. See the module docs for the format.
    pub fn encrypt(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
        let cipher = XChaCha20Poly1305::new((&self.0).into());
        let mut nonce = XNonce::default();
        fill_random(&mut nonce);
        let body = cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext,
                    aad,
                },
            )
            .map_err(|_| CryptoError::EncryptionFailed)?;
        let mut out = Vec::with_capacity(1 + NONCE_LEN + body.len());
        out.push(SYMMETRIC_VERSION);
        out.extend_from_slice(&nonce);
        out.extend_from_slice(&body);
        Ok(out)
    }

    /// Decrypts a ciphertext made by [`SymmetricKey::encrypt`] with the same key and `aad`.
    ///
    /// Fails with [`CryptoError::DecryptionFailed`] if the ciphertext was altered or the key or
    /// associated data differ.
    pub fn decrypt(&self, ciphertext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
        let (&version, rest) = ciphertext
            .split_first()
            .ok_or(CryptoError::MalformedCiphertext)?;
        if version != SYMMETRIC_VERSION {
            return Err(CryptoError::UnsupportedVersion { found: version });
        }
        if rest.len() < NONCE_LEN + TAG_LEN {
            return Err(CryptoError::MalformedCiphertext);
        }
        let (nonce, body) = rest.split_at(NONCE_LEN);
        let nonce = XNonce::try_from(nonce).map_err(|_| CryptoError::MalformedCiphertext)?;
        let cipher = XChaCha20Poly1305::new((&self.0).into());
        cipher
            .decrypt(&nonce, Payload { msg: body, aad })
            .map_err(|_| CryptoError::DecryptionFailed)
    }

    /// Seals a copy of this key to a section public key (see [`crate::sealed`]), so that the
    /// section can later recover it with [`SymmetricKey::open_sealed`].
    pub fn seal_to(&self, section: &SectionPublicKey, aad: &[u8]) -> Result<Vec<u8>> {
        seal(section, &self.0, aad)
    }

    /// Recovers a key sealed with [`SymmetricKey::seal_to`].
    pub fn open_sealed(section: &SectionSecretKey, sealed: &[u8], aad: &[u8]) -> Result<Self> {
        let bytes = Zeroizing::new(open(section, sealed, aad)?);
        Self::from_slice(&bytes).map_err(|_| CryptoError::MalformedCiphertext)
    }
}

impl fmt::Debug for SymmetricKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SymmetricKey(<redacted>)")
    }
}
