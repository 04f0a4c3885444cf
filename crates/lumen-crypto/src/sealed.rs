//! Sealed boxes to the THB section: anyone holding the section's public key can encrypt, only the
//! holder of the secret key can decrypt.
//!
//! Construction: RFC 9180 HPKE in base mode, single shot, with the suite
//! DHKEM(X25519, HKDF-SHA256) + HKDF-SHA256 + ChaCha20-Poly1305, implemented by the `hpke` crate.
//! A fresh ephemeral X25519 key is drawn for every ciphertext, so the sender (the public web
//! server) keeps nothing that would let it decrypt what it sealed. HPKE is a standard, formally
//! analysed construction that binds the ephemeral and recipient keys into the key schedule and
//! authenticates associated data, which hand-made "X25519 + KDF + AEAD" combinations often get
//! subtly wrong.
//!
//! Ciphertext format (version 1), lengths in bytes:
//!
//! ```text
//! 0x01 | ephemeral X25519 public key, HPKE "enc" (32) | ChaCha20-Poly1305 ciphertext | tag (16)
//! ```
//!
//! The HPKE `info` is the fixed string [`SEALED_INFO`]; the caller's associated data (for example
//! `report:<uuid>:body`) is the HPKE `aad` and binds the ciphertext to its row.

use std::fmt;

use hpke::aead::ChaCha20Poly1305;
use hpke::kdf::HkdfSha256;
use hpke::kem::X25519HkdfSha256;
use hpke::{Deserializable, Kem as _, OpModeR, OpModeS, Serializable};
use zeroize::{Zeroize, ZeroizeOnDrop, Zeroizing};

use crate::encoding::{b64url, from_b64url};
use crate::error::{CryptoError, Result};

type Kem = X25519HkdfSha256;
type HpkePublicKey = <Kem as hpke::Kem>::PublicKey;
type HpkePrivateKey = <Kem as hpke::Kem>::PrivateKey;
type EncappedKey = <Kem as hpke::Kem>::EncappedKey;

/// Version byte of the sealed ciphertext format.
pub const SEALED_VERSION: u8 = 1;
/// Length of the ephemeral public key carried in a sealed ciphertext.
pub const EPHEMERAL_KEY_LEN: usize = 32;
/// Bytes a sealed ciphertext adds to its plaintext.
pub const SEALED_OVERHEAD: usize = 1 + EPHEMERAL_KEY_LEN + 16;
/// HPKE `info` string: separates Lumen's sealed boxes from any other use of the same key.
pub const SEALED_INFO: &[u8] = b"lumen sealed box v1";
/// Text prefix of an encoded section public key.
pub const PUBLIC_KEY_PREFIX: &str = "lumen-pk-v1:";
/// Text prefix of an encoded (unencrypted) section secret key.
pub const SECRET_KEY_PREFIX: &str = "lumen-sk-v1:";

/// The THB section's public key: safe to publish and to give to the internet-facing server.
#[derive(Clone, PartialEq, Eq)]
pub struct SectionPublicKey([u8; 32]);

impl SectionPublicKey {
    /// The raw 32 bytes of the X25519 public key.
    pub fn as_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// Text form: `lumen-pk-v1:` followed by the key in unpadded base64url.
    pub fn to_text(&self) -> String {
        format!("{PUBLIC_KEY_PREFIX}{}", b64url(&self.0))
    }

    /// Parses the text form made by [`SectionPublicKey::to_text`]; surrounding whitespace is
    /// ignored.
    pub fn from_text(text: &str) -> Result<Self> {
        let bytes = text
            .trim()
            .strip_prefix(PUBLIC_KEY_PREFIX)
            .and_then(from_b64url)
            .ok_or(CryptoError::InvalidPublicKey)?;
        let array: [u8; 32] = bytes
            .try_into()
            .map_err(|_| CryptoError::InvalidPublicKey)?;
        Ok(Self(array))
    }

    /// A short fingerprint (first 8 bytes of SHA-256 of the key, in hex) for operators to check
    /// that the public server and the staff side use matching keys.
    pub fn fingerprint(&self) -> String {
        use sha2::Digest as _;
        let digest = sha2::Sha256::digest(self.0);
        crate::encoding::hex(&digest[..8])
    }

    fn to_hpke(&self) -> Result<HpkePublicKey> {
        HpkePublicKey::from_bytes(&self.0).map_err(|_| CryptoError::InvalidPublicKey)
    }
}

impl fmt::Debug for SectionPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("SectionPublicKey")
            .field(&self.to_text())
            .finish()
    }
}

impl fmt::Display for SectionPublicKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_text())
    }
}

impl std::str::FromStr for SectionPublicKey {
    type Err = CryptoError;

    fn from_str(s: &str) -> Result<Self> {
        Self::from_text(s)
    }
}

/// The THB section's secret key: opens sealed reports. Zeroized on drop, never printed.
///
/// It lives only on the staff side (or offline); the public server never holds it.
#[derive(Clone, Zeroize, ZeroizeOnDrop)]
pub struct SectionSecretKey([u8; 32]);

impl SectionSecretKey {
    /// Builds a secret key from its 32 raw bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<Self> {
        let key = HpkePrivateKey::from_bytes(bytes).map_err(|_| CryptoError::InvalidSecretKey)?;
        Ok(Self(key.to_bytes().into()))
    }

    /// The raw secret bytes. Handle with care: never log them.
    pub fn expose_bytes(&self) -> &[u8; 32] {
        &self.0
    }

    /// The matching public key.
    pub fn public_key(&self) -> SectionPublicKey {
        let public = Kem::sk_to_pk(&self.to_hpke());
        SectionPublicKey(public.to_bytes().into())
    }

    /// Text form: `lumen-sk-v1:` followed by the key in unpadded base64url. The returned string
    /// holds the secret and is zeroized when dropped.
    pub fn to_text(&self) -> Zeroizing<String> {
        Zeroizing::new(format!("{SECRET_KEY_PREFIX}{}", b64url(&self.0)))
    }

    /// Parses the text form made by [`SectionSecretKey::to_text`].
    pub fn from_text(text: &str) -> Result<Self> {
        let bytes = Zeroizing::new(
            text.trim()
                .strip_prefix(SECRET_KEY_PREFIX)
                .and_then(from_b64url)
                .ok_or(CryptoError::InvalidSecretKey)?,
        );
        Self::from_bytes(&bytes)
    }

    fn to_hpke(&self) -> HpkePrivateKey {
        // The stored bytes always come from a valid HPKE private key, see `from_bytes`.
        HpkePrivateKey::from_bytes(&self.0).unwrap_or_else(|_| unreachable!("32-byte X25519 key"))
    }
}

impl fmt::Debug for SectionSecretKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("SectionSecretKey(<redacted>)")
    }
}

/// A freshly generated section key pair.
#[derive(Debug, Clone)]
pub struct SectionKeyPair {
    /// The secret half: keep it off the public server.
    pub secret: SectionSecretKey,
    /// The public half: give it to the public server.
    pub public: SectionPublicKey,
}

/// Generates a new random section key pair.
pub fn generate_section_keys() -> SectionKeyPair {
    let (secret, public) = Kem::gen_keypair();
    SectionKeyPair {
        secret: SectionSecretKey(secret.to_bytes().into()),
        public: SectionPublicKey(public.to_bytes().into()),
    }
}

/// Encrypts `plaintext` to the section so that only the secret key holder can read it.
/// `aad` binds the ciphertext to its place (for example `report:<uuid>:body`) and must be given
/// again to [`open`].
pub fn seal(section: &SectionPublicKey, plaintext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
    let recipient = section.to_hpke()?;
    let (encapped, body) = hpke::single_shot_seal::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeS::Base,
        &recipient,
        SEALED_INFO,
        plaintext,
        aad,
    )
    // With a 32-byte key the only failure is a degenerate (low-order) public key.
    .map_err(|_| CryptoError::InvalidPublicKey)?;
    let mut out = Vec::with_capacity(SEALED_OVERHEAD + plaintext.len());
    out.push(SEALED_VERSION);
    out.extend_from_slice(&encapped.to_bytes());
    out.extend_from_slice(&body);
    Ok(out)
}

/// Decrypts a ciphertext made by [`seal`] with the section's secret key and the same `aad`.
///
/// Fails with [`CryptoError::DecryptionFailed`] if the ciphertext was altered, or the key or
/// associated data are wrong.
pub fn open(section: &SectionSecretKey, ciphertext: &[u8], aad: &[u8]) -> Result<Vec<u8>> {
    let (&version, rest) = ciphertext
        .split_first()
        .ok_or(CryptoError::MalformedCiphertext)?;
    if version != SEALED_VERSION {
        return Err(CryptoError::UnsupportedVersion { found: version });
    }
    if rest.len() < EPHEMERAL_KEY_LEN + 16 {
        return Err(CryptoError::MalformedCiphertext);
    }
    let (encapped, body) = rest.split_at(EPHEMERAL_KEY_LEN);
    let encapped =
        EncappedKey::from_bytes(encapped).map_err(|_| CryptoError::MalformedCiphertext)?;
    hpke::single_shot_open::<ChaCha20Poly1305, HkdfSha256, Kem>(
        &OpModeR::Base,
        &section.to_hpke(),
        &encapped,
        SEALED_INFO,
        body,
        aad,
    )
    .map_err(|_| CryptoError::DecryptionFailed)
}
