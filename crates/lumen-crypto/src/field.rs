//! Envelope encryption of personal data at rest.
//!
//! Each record (a person, an address, ...) gets its own random [`DataKey`]; its fields are
//! encrypted with XChaCha20-Poly1305 (the [`crate::symmetric`] format) with associated data that
//! names the row and column ([`field_aad`]), so a ciphertext moved to another row or column no
//! longer decrypts. The data key is stored *wrapped* by the [`MasterKey`], which is read from a
//! file or an environment variable and never from the database.
//!
//! Wrapped key format (version 1, 81 bytes):
//!
//! ```text
//! 0x01 | master key id (8) | nonce (24) | encrypted data key (32) | tag (16)
//! ```
//!
//! The first 9 bytes (version and key id) are authenticated together with the caller's record
//! reference (for example `person:<uuid>`). The key id lets a rotation find what each master key
//! wrapped.

use std::fmt;
use std::path::Path;

use sha2::{Digest as _, Sha256};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::encoding::{decode_key32, encode_key32};
use crate::error::{CryptoError, Result};
use crate::keyfile::{read_key32_file, write_secret_text_file};
use crate::random::random_array;
use crate::symmetric::{SYMMETRIC_OVERHEAD, SymmetricKey};

/// Version byte of the wrapped key format.
pub const WRAPPED_KEY_VERSION: u8 = 1;
pub use crate::key_id::{KEY_ID_LEN, KeyId};
/// Length of a wrapped data key.
pub const WRAPPED_KEY_LEN: usize = 1 + KEY_ID_LEN + SYMMETRIC_OVERHEAD - 1 + 32;

const KEY_ID_CONTEXT: &[u8] = b"lumen master key id v1\0";
const WRAP_CONTEXT: &[u8] = b"lumen wrapped data key v1\0";

/// The associated data binding a field ciphertext to its table, row and column:
/// `<table>:<row id>:<column>`.
pub fn field_aad(table: &str, row_id: &str, column: &str) -> Vec<u8> {
    format!("{table}:{row_id}:{column}").into_bytes()
}

/// The 32-byte master key that wraps every data key. Zeroized on drop, never printed.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct MasterKey {
    key: SymmetricKey,
    #[zeroize(skip)]
    id: KeyId,
}

impl MasterKey {
    /// Builds a master key from its 32 bytes.
    pub fn from_bytes(bytes: [u8; 32]) -> Self {
        let mut hasher = Sha256::new();
        hasher.update(KEY_ID_CONTEXT);
        hasher.update(bytes);
        let digest = hasher.finalize();
        let mut id = [0u8; KEY_ID_LEN];
        id.copy_from_slice(&digest[..KEY_ID_LEN]);
        Self {
            key: SymmetricKey::from_bytes(bytes),
            id: KeyId(id),
        }
    }

    /// A new random master key.
    pub fn generate() -> Self {
        Self::from_bytes(*Zeroizing::new(random_array()))
    }

    /// Parses the key from base64 (standard or url-safe, padding optional), as given in an
    /// environment variable.
    pub fn from_base64(text: &str) -> Result<Self> {
        Ok(Self::from_bytes(*decode_key32(text)?))
    }

    /// Reads the key from a file holding its base64 form. The file must not be readable by
    /// group or others.
    pub fn from_file(path: &Path) -> Result<Self> {
        Ok(Self::from_bytes(*read_key32_file(path)?))
    }

    /// Writes the key in base64 to a new file readable by its owner only (mode 0600).
    pub fn write_new_file(&self, path: &Path) -> Result<()> {
        write_secret_text_file(path, &self.to_base64())
    }

    /// The key in padded base64, for the operator to store at generation time.
    pub fn to_base64(&self) -> Zeroizing<String> {
        Zeroizing::new(encode_key32(self.key.expose_bytes()))
    }

    pub(crate) fn expose_bytes(&self) -> &[u8; 32] {
        self.key.expose_bytes()
    }

    /// This key's id.
    pub fn id(&self) -> KeyId {
        self.id
    }

    /// Wraps `data_key` for the record named by `record_ref` (for example `person:<uuid>`).
    pub fn wrap(&self, data_key: &DataKey, record_ref: &str) -> Result<WrappedDataKey> {
        let header = self.header();
        let body = self
            .key
            .encrypt(data_key.0.expose_bytes(), &wrap_aad(&header, record_ref))?;
        let mut bytes = Vec::with_capacity(WRAPPED_KEY_LEN);
        bytes.extend_from_slice(&header);
        // `body` starts with the symmetric format's own version byte, which the header replaces.
        bytes.extend_from_slice(&body[1..]);
        Ok(WrappedDataKey(bytes))
    }

    /// Unwraps a data key wrapped by this master key for the same `record_ref`.
    ///
    /// Gives [`CryptoError::MasterKeyMismatch`] if another master key wrapped it, and
    /// [`CryptoError::DecryptionFailed`] if it was altered or belongs to another record.
    pub fn unwrap(&self, wrapped: &WrappedDataKey, record_ref: &str) -> Result<DataKey> {
        let found = wrapped.key_id()?;
        if found != self.id {
            return Err(CryptoError::MasterKeyMismatch {
                expected: self.id,
                found,
            });
        }
        let (header, body) = wrapped.0.split_at(1 + KEY_ID_LEN);
        let mut ciphertext = Vec::with_capacity(1 + body.len());
        ciphertext.push(crate::symmetric::SYMMETRIC_VERSION);
        ciphertext.extend_from_slice(body);
        let bytes = Zeroizing::new(
            self.key
                .decrypt(&ciphertext, &wrap_aad(header, record_ref))?,
        );
        Ok(DataKey(SymmetricKey::from_slice(&bytes)?))
    }

    fn header(&self) -> [u8; 1 + KEY_ID_LEN] {
        let mut header = [0u8; 1 + KEY_ID_LEN];
        header[0] = WRAPPED_KEY_VERSION;
        header[1..].copy_from_slice(&self.id.0);
        header
    }
}

impl fmt::Debug for MasterKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "MasterKey(id={}, <redacted>)", self.id)
    }
}

fn wrap_aad(header: &[u8], record_ref: &str) -> Vec<u8> {
    let mut aad = Vec::with_capacity(WRAP_CONTEXT.len() + header.len() + record_ref.len());
    aad.extend_from_slice(WRAP_CONTEXT);
    aad.extend_from_slice(header);
    aad.extend_from_slice(record_ref.as_bytes());
    aad
}

/// Re-wraps a data key from `old` to `new` master key, for key rotation. The data key itself,
/// and so every field encrypted under it, stays the same.
pub fn rewrap(
    old: &MasterKey,
    new: &MasterKey,
    wrapped: &WrappedDataKey,
    record_ref: &str,
) -> Result<WrappedDataKey> {
    let data_key = old.unwrap(wrapped, record_ref)?;
    new.wrap(&data_key, record_ref)
}

/// A data key wrapped by a master key, as stored in the database (81 bytes).
#[derive(Clone, PartialEq, Eq)]
pub struct WrappedDataKey(Vec<u8>);

impl WrappedDataKey {
    /// Accepts stored bytes after checking version and length.
    pub fn from_bytes(bytes: Vec<u8>) -> Result<Self> {
        match bytes.first() {
            None => Err(CryptoError::MalformedCiphertext),
            Some(&WRAPPED_KEY_VERSION) if bytes.len() == WRAPPED_KEY_LEN => Ok(Self(bytes)),
            Some(&WRAPPED_KEY_VERSION) => Err(CryptoError::MalformedCiphertext),
            Some(&found) => Err(CryptoError::UnsupportedVersion { found }),
        }
    }

    /// The bytes to store.
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Id of the master key that wrapped this key.
    pub fn key_id(&self) -> Result<KeyId> {
        let id = self
            .0
            .get(1..1 + KEY_ID_LEN)
            .and_then(|id| <[u8; KEY_ID_LEN]>::try_from(id).ok())
            .ok_or(CryptoError::MalformedCiphertext)?;
        Ok(KeyId(id))
    }
}

impl fmt::Debug for WrappedDataKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.key_id() {
            Ok(id) => write!(f, "WrappedDataKey(master={id})"),
            Err(_) => f.write_str("WrappedDataKey(malformed)"),
        }
    }
}

/// A per-record data key. Zeroized on drop, never printed.
#[derive(Clone, Debug)]
pub struct DataKey(SymmetricKey);

impl DataKey {
    /// A new random data key, for a new record.
    pub fn generate() -> Self {
        Self(SymmetricKey::generate())
    }

    /// Encrypts one field; `aad` should come from [`field_aad`].
    pub fn encrypt_field(&self, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
        self.0.encrypt(plaintext, aad)
    }

    /// Decrypts one field encrypted with [`DataKey::encrypt_field`] and the same `aad`.
    pub fn decrypt_field(&self, ciphertext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
        self.0.decrypt(ciphertext, aad)
    }
}
