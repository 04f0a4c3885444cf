//! Small text encodings shared by the key types.

use base64::Engine as _;
use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use zeroize::Zeroizing;

use crate::error::{CryptoError, Result};

/// Encodes bytes as unpadded base64url.
pub(crate) fn b64url(bytes: &[u8]) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes unpadded base64url.
pub(crate) fn from_b64url(text: &str) -> Option<Vec<u8>> {
    URL_SAFE_NO_PAD.decode(text.as_bytes()).ok()
}

/// Decodes exactly 32 bytes of key material given as base64 (standard or url-safe alphabet,
/// padded or not, surrounding whitespace ignored). The decoded buffer is zeroized on drop.
pub(crate) fn decode_key32(text: &str) -> Result<Zeroizing<[u8; 32]>> {
    let text = text.trim();
    let decoded = [&STANDARD, &STANDARD_NO_PAD, &URL_SAFE, &URL_SAFE_NO_PAD]
        .iter()
        .find_map(|engine| engine.decode(text.as_bytes()).ok())
        .map(Zeroizing::new)
        .ok_or(CryptoError::InvalidKeyMaterial)?;
    let mut key = Zeroizing::new([0u8; 32]);
    if decoded.len() != key.len() {
        return Err(CryptoError::InvalidKeyMaterial);
    }
    key.copy_from_slice(&decoded);
    Ok(key)
}

/// Encodes 32 bytes of key material as padded standard base64 (the form `openssl rand -base64 32`
/// prints).
pub(crate) fn encode_key32(key: &[u8; 32]) -> String {
    STANDARD.encode(key)
}

/// Lowercase hex encoding.
pub(crate) fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write as _;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, byte| {
            let _ = write!(out, "{byte:02x}");
            out
        })
}
