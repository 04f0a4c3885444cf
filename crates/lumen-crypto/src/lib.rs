#![forbid(unsafe_code)]
//! Cryptography for Lumen: sealed intake of public reports, receipts, envelope encryption of
//! personal data, blind indexes, key files and staff password hashing.
//!
//! # Threat model
//!
//! - **Stolen public server.** The internet-facing area holds only the THB section's *public*
//!   key, the receipt lookup secret and ciphertexts. Every report is sealed to the section at
//!   arrival ([`sealed::seal`], HPKE with a fresh ephemeral key), so the server cannot read back
//!   what it received: an attacker who takes it learns nothing already received, only what
//!   arrives while they control it. The reply thread is encrypted under a key derived from the
//!   receipt ([`receipt::ReplyKeyParams`]), which the server sees only while a reporter presents
//!   it and must not keep beyond that request.
//! - **Stolen database.** Personal data is encrypted per record ([`field`]) under data keys
//!   wrapped by a master key that is read from a file or the environment, never from the
//!   database. Receipts are stored only as HMACs ([`receipt::ReceiptHasher`]); identifiers only
//!   as keyed blind indexes ([`blind_index`]); passwords only as Argon2id hashes ([`password`]).
//! - **Moved or swapped ciphertexts.** Every ciphertext is bound to its row and column by
//!   associated data: a value copied elsewhere no longer decrypts.
//! - **Out of scope.** A compromised staff machine holding the section secret key or the master
//!   key can read what those keys protect; key files are protected by file permissions or a
//!   passphrase.
//!
//! Secrets are zeroized on drop and their `Debug` output is redacted. Errors carry stable codes
//! ([`CryptoError::code`]) and never contain secret material.

pub mod blind_index;
mod encoding;
pub mod ephemeral;
pub mod error;
pub mod field;
pub mod kdf;
mod key_id;
pub mod keyfile;
pub mod password;
pub mod random;
pub mod receipt;
pub mod sealed;
pub mod symmetric;

pub use blind_index::{BlindIndex, BlindIndexKey, IdentifierKind};
pub use ephemeral::EphemeralKeyedHash;
pub use error::{CryptoError, Result};
pub use field::{DataKey, KeyId, MasterKey, WrappedDataKey, field_aad, rewrap};
pub use kdf::KdfParams;
pub use keyfile::{
    read_key32_file, read_public_key_file, read_secret_key_file, write_new_key32_file,
    write_public_key_file, write_secret_key_encrypted, write_secret_key_plain,
    write_secret_text_file,
};
pub use password::{dummy_verify, hash_password, needs_rehash, verify_password};
pub use random::{constant_time_eq, random_token};
pub use receipt::{Receipt, ReceiptHasher, ReceiptLookupHash, ReplyKeyParams};
pub use sealed::{
    SectionKeyPair, SectionPublicKey, SectionSecretKey, generate_section_keys, open, seal,
};
pub use secrecy::SecretString;
pub use symmetric::SymmetricKey;
