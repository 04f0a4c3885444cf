//! The one error type of this crate, with stable snake_case codes.
//!
//! Codes are part of the public contract: the web crate translates them and the CLI prints them.
//! Messages never contain key material, plaintext, receipts or passphrases.

use std::path::PathBuf;

use crate::key_id::KeyId;

/// Every failure this crate can report.
///
/// Decryption failures deliberately do not say *why* they failed (tampered ciphertext, wrong key
/// and wrong associated data are indistinguishable to an authenticated cipher, and telling them
/// apart would help an attacker).
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum CryptoError {
    /// Authentication failed: the ciphertext was altered, or the key or associated data is wrong.
    #[error("decryption failed: the data was altered, or the key or context is wrong")]
    DecryptionFailed,
    /// Encryption could not be performed.
    #[error("encryption failed")]
    EncryptionFailed,
    /// The ciphertext starts with a format version this build does not know.
    #[error("unsupported format version {found}")]
    UnsupportedVersion {
        /// The version byte found.
        found: u8,
    },
    /// The ciphertext is too short or otherwise structurally invalid.
    #[error("malformed ciphertext")]
    MalformedCiphertext,
    /// A section public key could not be decoded.
    #[error("invalid section public key")]
    InvalidPublicKey,
    /// A section secret key could not be decoded.
    #[error("invalid section secret key")]
    InvalidSecretKey,
    /// Symmetric key material (master key, receipt secret, blind index key) is not valid base64 of
    /// exactly 32 bytes.
    #[error("invalid key material: expected 32 bytes in base64")]
    InvalidKeyMaterial,
    /// The passphrase does not open the encrypted key file.
    #[error("wrong passphrase, or the key file is damaged")]
    WrongPassphrase,
    /// The key file is encrypted and no passphrase was given.
    #[error("this key file is protected by a passphrase; none was given")]
    PassphraseRequired,
    /// The key file content is not in a format this build understands.
    #[error("key file {path} is malformed")]
    KeyFileMalformed {
        /// The file concerned.
        path: PathBuf,
    },
    /// Refused to overwrite an existing key file.
    #[error("key file {path} already exists; refusing to overwrite it")]
    KeyFileExists {
        /// The file concerned.
        path: PathBuf,
    },
    /// The key file does not exist.
    #[error("key file {path} not found")]
    KeyFileNotFound {
        /// The file concerned.
        path: PathBuf,
    },
    /// A plain (unencrypted) secret key file is readable by group or others.
    #[error(
        "key file {path} has mode {mode:o}; it must not be readable by group or others (chmod 600)"
    )]
    KeyFilePermissions {
        /// The file concerned.
        path: PathBuf,
        /// The permission bits found.
        mode: u32,
    },
    /// Any other input/output failure on a key file.
    #[error("cannot access key file {path}: {source}")]
    KeyFileIo {
        /// The file concerned.
        path: PathBuf,
        /// The underlying error.
        source: std::io::Error,
    },
    /// A receipt does not have the expected number of digits.
    #[error("a receipt has {expected} digits, {found} were given")]
    ReceiptWrongLength {
        /// Digits a receipt has.
        expected: usize,
        /// Digits found in the input.
        found: usize,
    },
    /// A receipt contains a character that is neither a digit nor a separator.
    #[error("a receipt contains only digits, spaces, dashes and dots")]
    ReceiptInvalidCharacter,
    /// The wrapped key was wrapped by a different master key.
    #[error("wrapped by master key {found}, but master key {expected} was given")]
    MasterKeyMismatch {
        /// Id of the master key that was given.
        expected: KeyId,
        /// Id stored with the wrapped key.
        found: KeyId,
    },
    /// Stored key derivation parameters are malformed or out of range.
    #[error("invalid key derivation parameters")]
    InvalidKdfParams,
    /// Argon2 failed to derive a key.
    #[error("key derivation failed")]
    KeyDerivation,
    /// Argon2 failed to hash a password.
    #[error("password hashing failed")]
    PasswordHashing,
}

impl CryptoError {
    /// A stable snake_case code for this error, suitable for translation keys and logs.
    pub fn code(&self) -> &'static str {
        match self {
            CryptoError::DecryptionFailed => "decryption_failed",
            CryptoError::EncryptionFailed => "encryption_failed",
            CryptoError::UnsupportedVersion { .. } => "unsupported_version",
            CryptoError::MalformedCiphertext => "malformed_ciphertext",
            CryptoError::InvalidPublicKey => "invalid_public_key",
            CryptoError::InvalidSecretKey => "invalid_secret_key",
            CryptoError::InvalidKeyMaterial => "invalid_key_material",
            CryptoError::WrongPassphrase => "wrong_passphrase",
            CryptoError::PassphraseRequired => "passphrase_required",
            CryptoError::KeyFileMalformed { .. } => "key_file_malformed",
            CryptoError::KeyFileExists { .. } => "key_file_exists",
            CryptoError::KeyFileNotFound { .. } => "key_file_not_found",
            CryptoError::KeyFilePermissions { .. } => "key_file_permissions",
            CryptoError::KeyFileIo { .. } => "key_file_io",
            CryptoError::ReceiptWrongLength { .. } => "receipt_wrong_length",
            CryptoError::ReceiptInvalidCharacter => "receipt_invalid_character",
            CryptoError::MasterKeyMismatch { .. } => "master_key_mismatch",
            CryptoError::InvalidKdfParams => "invalid_kdf_params",
            CryptoError::KeyDerivation => "key_derivation_failed",
            CryptoError::PasswordHashing => "password_hashing_failed",
        }
    }
}

/// Shorthand for results of this crate.
pub type Result<T, E = CryptoError> = std::result::Result<T, E>;
