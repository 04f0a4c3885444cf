//! Blind indexes: keyed hashes of normalised identifiers, so that encrypted identifiers (phone
//! numbers, e-mail addresses, number plates, IBANs, ...) stay matchable without being readable.
//!
//! `index = HMAC-SHA256(key, "lumen blind index v1" 0x00 kind 0x00 canonical value)`, 32 bytes,
//! stored as bytes or 64 hex characters. The kind separates domains, so a phone number and an
//! identity number with the same digits never collide. The key is dedicated
//! ([`BlindIndexKey::from_base64`]) or derived from the master key
//! ([`BlindIndexKey::derive_from_master`]); a dedicated key is preferred, because rotating the
//! master key then leaves every index valid.

use std::fmt;

use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha256;

use crate::encoding::{decode_key32, hex};
use crate::error::Result;
use crate::field::MasterKey;

const INDEX_CONTEXT: &[u8] = b"lumen blind index v1\0";
const DERIVE_CONTEXT: &[u8] = b"lumen blind index key v1";

/// The kind of identifier hashed, used as a domain separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentifierKind {
    /// Telephone number, ideally in E.164 form (`+32470123456`).
    Phone,
    /// E-mail address.
    Email,
    /// Vehicle number plate.
    Plate,
    /// Bank account number.
    Iban,
    /// National register number or other national identity number.
    NationalNumber,
    /// Passport or identity document number.
    DocumentNumber,
    /// Online handle (social network, messaging, advertisement site).
    Handle,
    /// Any other identifier, compared after trimming and lower-casing.
    Other,
}

impl IdentifierKind {
    /// Stable name, also the domain separator.
    pub fn as_str(self) -> &'static str {
        match self {
            IdentifierKind::Phone => "phone",
            IdentifierKind::Email => "email",
            IdentifierKind::Plate => "plate",
            IdentifierKind::Iban => "iban",
            IdentifierKind::NationalNumber => "national_number",
            IdentifierKind::DocumentNumber => "document_number",
            IdentifierKind::Handle => "handle",
            IdentifierKind::Other => "other",
        }
    }

    /// Canonical form hashed for this kind. Callers should pass values already normalised by the
    /// linking crate; this final step makes trivially different spellings (case, spaces,
    /// punctuation) hash the same, and is idempotent.
    pub fn canonicalise(self, value: &str) -> String {
        let value = value.trim();
        match self {
            IdentifierKind::Phone => {
                let digits: String = value.chars().filter(char::is_ascii_digit).collect();
                if value.starts_with('+') {
                    format!("+{digits}")
                } else if let Some(rest) = digits.strip_prefix("00") {
                    format!("+{rest}")
                } else {
                    digits
                }
            }
            IdentifierKind::Email | IdentifierKind::Handle => value
                .trim_start_matches('@')
                .chars()
                .filter(|c| !c.is_whitespace())
                .flat_map(char::to_lowercase)
                .collect(),
            IdentifierKind::Plate
            | IdentifierKind::Iban
            | IdentifierKind::NationalNumber
            | IdentifierKind::DocumentNumber => value
                .chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_uppercase)
                .collect(),
            IdentifierKind::Other => value
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase(),
        }
    }
}

/// A blind index value: 32 bytes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct BlindIndex(pub [u8; 32]);

impl BlindIndex {
    /// Lowercase hex, 64 characters.
    pub fn to_hex(&self) -> String {
        hex(&self.0)
    }
}

impl fmt::Debug for BlindIndex {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "BlindIndex({})", self.to_hex())
    }
}

/// The HMAC key for blind indexes. Never printed.
#[derive(Clone)]
pub struct BlindIndexKey {
    mac: Hmac<Sha256>,
}

impl BlindIndexKey {
    /// Builds the key from 32 secret bytes.
    pub fn new(secret: &[u8; 32]) -> Self {
        let mac = Hmac::<Sha256>::new_from_slice(secret)
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        Self { mac }
    }

    /// Builds a dedicated key from its base64 form (file content or environment variable).
    pub fn from_base64(text: &str) -> Result<Self> {
        Ok(Self::new(&*decode_key32(text)?))
    }

    /// Reads a dedicated key from a file holding its base64 form; the file must not be readable
    /// by group or others.
    pub fn from_file(path: &std::path::Path) -> Result<Self> {
        Ok(Self::new(&*crate::keyfile::read_key32_file(path)?))
    }

    /// Generates a fresh random dedicated key, returned as base64 for the operator to store.
    pub fn generate_base64() -> zeroize::Zeroizing<String> {
        let secret = zeroize::Zeroizing::new(crate::random::random_array::<32>());
        zeroize::Zeroizing::new(crate::encoding::encode_key32(&secret))
    }

    /// Derives the key from the master key: `HMAC-SHA256(master, "lumen blind index key v1")`.
    /// Note that indexes must then be recomputed when the master key is rotated.
    pub fn derive_from_master(master: &MasterKey) -> Self {
        let mut mac = Hmac::<Sha256>::new_from_slice(master.expose_bytes())
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        mac.update(DERIVE_CONTEXT);
        let derived = zeroize::Zeroizing::new(<[u8; 32]>::from(mac.finalize().into_bytes()));
        Self::new(&derived)
    }

    /// The blind index of `value` of the given kind, after [`IdentifierKind::canonicalise`].
    pub fn index(&self, kind: IdentifierKind, value: &str) -> BlindIndex {
        let canonical = zeroize::Zeroizing::new(kind.canonicalise(value));
        let mut mac = self.mac.clone();
        mac.update(INDEX_CONTEXT);
        mac.update(kind.as_str().as_bytes());
        mac.update(b"\0");
        mac.update(canonical.as_bytes());
        BlindIndex(mac.finalize().into_bytes().into())
    }
}

impl fmt::Debug for BlindIndexKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("BlindIndexKey(<redacted>)")
    }
}
