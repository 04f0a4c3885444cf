//! Receipts: the code a reporter gets once, to come back, read replies and add information.
//!
//! A receipt is 20 decimal digits shown as five groups of four (`1234-5678-9012-3456-7890`),
//! about 66.4 bits of randomness. Each group is drawn uniformly from `0000..=9999` by rejection
//! sampling, so every receipt is equally likely. Parsing is tolerant of what people type or
//! paste: spaces, dashes, dots, underscores, full-width and Arabic-Indic digits.
//!
//! The server stores only [`ReceiptHasher::lookup_hash`] (HMAC-SHA256 under a server secret), and
//! derives the reply key from the receipt with Argon2id under a per-report salt
//! ([`ReplyKeyParams`]). A stolen database without the server secret gives nothing to search
//! offline; with the secret, finding one receipt still takes about 2^65 HMAC computations on
//! average, and the reply key adds an Argon2id computation per guess.

use std::fmt;

use hmac::{Hmac, KeyInit as _, Mac as _};
use sha2::Sha256;
use zeroize::{Zeroize, ZeroizeOnDrop};

use crate::encoding::{b64url, from_b64url};
use crate::error::{CryptoError, Result};
use crate::kdf::{KdfParams, SALT_LEN};
use crate::random::{random_array, uniform_below_u16};
use crate::symmetric::SymmetricKey;

/// Number of digits in a receipt.
pub const RECEIPT_DIGITS: usize = 20;
/// Digits per displayed group.
pub const RECEIPT_GROUP: usize = 4;
/// Domain separation for the lookup hash.
const LOOKUP_CONTEXT: &[u8] = b"lumen receipt lookup v1\0";
/// Context of the identifier index key derived from the receipt secret.
const IDENTIFIER_INDEX_CONTEXT: &[u8] = b"lumen report identifier index key v1";
/// Domain separation for the reply key derivation input.
const REPLY_KEY_CONTEXT: &[u8] = b"lumen receipt reply key v1\0";

/// A receipt code. Zeroized on drop; its `Debug` output never shows the digits, and it has no
/// `Display` so it cannot end up in a log by accident.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct Receipt([u8; RECEIPT_DIGITS]);

impl PartialEq for Receipt {
    /// Constant-time comparison.
    fn eq(&self, other: &Self) -> bool {
        crate::random::constant_time_eq(&self.0, &other.0)
    }
}

impl Eq for Receipt {}

impl Receipt {
    /// Draws a new uniformly random receipt.
    pub fn generate() -> Self {
        let mut digits = [b'0'; RECEIPT_DIGITS];
        for group in digits.chunks_exact_mut(RECEIPT_GROUP) {
            let mut value = uniform_below_u16(10_000);
            for digit in group.iter_mut().rev() {
                *digit = b'0' + u8::try_from(value % 10).unwrap_or(0);
                value /= 10;
            }
        }
        Self(digits)
    }

    /// Parses a receipt as typed by a person.
    ///
    /// Accepts ASCII, full-width (`０`–`９`), Arabic-Indic and Eastern Arabic-Indic digits;
    /// ignores whitespace, dashes, dots and underscores anywhere. Any other character gives
    /// [`CryptoError::ReceiptInvalidCharacter`]; a digit count other than 20 gives
    /// [`CryptoError::ReceiptWrongLength`].
    pub fn parse(input: &str) -> Result<Self> {
        let mut digits = [b'0'; RECEIPT_DIGITS];
        let mut count = 0usize;
        for c in input.chars() {
            if is_separator(c) {
                continue;
            }
            let digit = digit_value(c).ok_or(CryptoError::ReceiptInvalidCharacter)?;
            if let Some(slot) = digits.get_mut(count) {
                *slot = b'0' + digit;
            }
            count += 1;
        }
        if count != RECEIPT_DIGITS {
            digits.zeroize();
            return Err(CryptoError::ReceiptWrongLength {
                expected: RECEIPT_DIGITS,
                found: count,
            });
        }
        Ok(Self(digits))
    }

    /// The 20 digits without separators (the canonical form that is hashed).
    pub fn expose_digits(&self) -> &str {
        // Only ASCII digits are ever stored.
        std::str::from_utf8(&self.0).unwrap_or_default()
    }

    /// The form shown to the reporter once: `1234-5678-9012-3456-7890`. Zeroized when dropped.
    pub fn to_display_string(&self) -> zeroize::Zeroizing<String> {
        let groups: Vec<&str> = self
            .expose_digits()
            .as_bytes()
            .chunks(RECEIPT_GROUP)
            .map(|group| std::str::from_utf8(group).unwrap_or_default())
            .collect();
        zeroize::Zeroizing::new(groups.join("-"))
    }
}

impl fmt::Debug for Receipt {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Receipt(<redacted>)")
    }
}

fn is_separator(c: char) -> bool {
    c.is_whitespace()
        || matches!(
            c,
            '-' | '.' | '_' | '\u{2010}'
                ..='\u{2015}' | '\u{2212}' | '\u{FF0D}' | '\u{FF0E}' | '\u{30FC}'
        )
}

fn digit_value(c: char) -> Option<u8> {
    let zero = match c {
        '0'..='9' => '0',
        '\u{FF10}'..='\u{FF19}' => '\u{FF10}',
        '\u{0660}'..='\u{0669}' => '\u{0660}',
        '\u{06F0}'..='\u{06F9}' => '\u{06F0}',
        _ => return None,
    };
    u8::try_from(u32::from(c) - u32::from(zero)).ok()
}

/// A 32-byte HMAC-SHA256 lookup hash of a receipt: what the database stores and indexes.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct ReceiptLookupHash(pub [u8; 32]);

impl ReceiptLookupHash {
    /// Lowercase hex (64 characters).
    pub fn to_hex(&self) -> String {
        crate::encoding::hex(&self.0)
    }
}

impl fmt::Debug for ReceiptLookupHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "ReceiptLookupHash({})", self.to_hex())
    }
}

/// Computes keyed lookup hashes of receipts with a server secret.
///
/// The secret is 32 bytes kept out of the database (file or environment), shared by the public
/// and staff areas.
#[derive(Clone)]
pub struct ReceiptHasher {
    mac: Hmac<Sha256>,
}

impl ReceiptHasher {
    /// Builds a hasher from 32 secret bytes.
    pub fn new(secret: &[u8; 32]) -> Self {
        let mac = Hmac::<Sha256>::new_from_slice(secret)
            .unwrap_or_else(|_| unreachable!("HMAC accepts keys of any length"));
        Self { mac }
    }

    /// Builds a hasher from the secret in base64 (for example an environment variable's value).
    pub fn from_base64(text: &str) -> Result<Self> {
        Ok(Self::new(&*crate::encoding::decode_key32(text)?))
    }

    /// Reads the secret from a file holding its base64 form; the file must not be readable by
    /// group or others.
    pub fn from_file(path: &std::path::Path) -> Result<Self> {
        Ok(Self::new(&*crate::keyfile::read_key32_file(path)?))
    }

    /// Generates a fresh random secret, returned as base64 for the operator to store.
    pub fn generate_secret_base64() -> zeroize::Zeroizing<String> {
        let secret = zeroize::Zeroizing::new(random_array::<32>());
        zeroize::Zeroizing::new(crate::encoding::encode_key32(&secret))
    }

    /// The lookup hash of `receipt`.
    pub fn lookup_hash(&self, receipt: &Receipt) -> ReceiptLookupHash {
        let mut mac = self.mac.clone();
        mac.update(LOOKUP_CONTEXT);
        mac.update(receipt.expose_digits().as_bytes());
        ReceiptLookupHash(mac.finalize().into_bytes().into())
    }

    /// The key of the blind indexes of identifiers given in public reports, derived from the
    /// receipt secret with its own context: `HMAC-SHA256(secret, "lumen report identifier
    /// index key v1")`. The public side must compute these indexes at arrival, and the receipt
    /// secret is the one secret it already holds; the distinct context keeps the two uses apart.
    pub fn derive_identifier_index_key(&self) -> crate::BlindIndexKey {
        let mut mac = self.mac.clone();
        mac.update(IDENTIFIER_INDEX_CONTEXT);
        let derived = zeroize::Zeroizing::new(<[u8; 32]>::from(mac.finalize().into_bytes()));
        crate::BlindIndexKey::new(&derived)
    }

    /// Whether `receipt` matches a stored hash, compared in constant time.
    pub fn verify(&self, receipt: &Receipt, stored: &[u8]) -> bool {
        crate::random::constant_time_eq(&self.lookup_hash(receipt).0, stored)
    }
}

impl fmt::Debug for ReceiptHasher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("ReceiptHasher(<redacted>)")
    }
}

/// Per-report parameters of the reply key derivation: a random salt and the Argon2id costs.
/// Stored next to the report (they are not secret).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReplyKeyParams {
    /// Random salt, unique per report.
    pub salt: [u8; SALT_LEN],
    /// Argon2id cost parameters.
    pub kdf: KdfParams,
}

impl ReplyKeyParams {
    /// Fresh parameters with a random salt and [`KdfParams::REPLY_KEY`] costs.
    pub fn generate() -> Self {
        Self::with_kdf(KdfParams::REPLY_KEY)
    }

    /// Fresh parameters with a random salt and the given costs.
    pub fn with_kdf(kdf: KdfParams) -> Self {
        Self {
            salt: random_array(),
            kdf,
        }
    }

    /// Text form `argon2id:m=47104,t=2,p=1:<salt base64url>`.
    pub fn to_text(&self) -> String {
        format!("argon2id:{}:{}", self.kdf, b64url(&self.salt))
    }

    /// Parses the text form made by [`ReplyKeyParams::to_text`].
    pub fn from_text(text: &str) -> Result<Self> {
        let mut parts = text.trim().split(':');
        let (Some("argon2id"), Some(kdf), Some(salt), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(CryptoError::InvalidKdfParams);
        };
        let kdf = KdfParams::from_text(kdf)?;
        let salt = from_b64url(salt)
            .and_then(|salt| <[u8; SALT_LEN]>::try_from(salt).ok())
            .ok_or(CryptoError::InvalidKdfParams)?;
        Ok(Self { salt, kdf })
    }

    /// Derives the reply key of the report from its receipt (Argon2id, about 60–80 ms with the default parameters).
    ///
    /// Messages of the thread are encrypted with [`SymmetricKey::encrypt`] under this key; the
    /// section receives a sealed copy of the key ([`SymmetricKey::seal_to`]) at intake.
    pub fn derive_reply_key(&self, receipt: &Receipt) -> Result<SymmetricKey> {
        let mut input = zeroize::Zeroizing::new(Vec::with_capacity(64));
        input.extend_from_slice(REPLY_KEY_CONTEXT);
        input.extend_from_slice(receipt.expose_digits().as_bytes());
        self.kdf.derive_key(&input, &self.salt)
    }
}
