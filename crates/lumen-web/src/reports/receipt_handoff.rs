//! The receipt page after `POST /report` is reached by a redirect (POST–redirect–GET), so a
//! reload or Back never files the report twice. The redirect carries a short-lived token in
//! the URL that shows the receipt (never the report) for [`HANDOFF_TTL`], in any language, in
//! the browser tab that filed it, without a cookie.
//!
//! The server keeps only the receipt encrypted under a key that exists only in the token
//! (`id || key`, hex): what it holds in memory opens nothing without the URL. Entries
//! expire and are capped; a server restart forgets them, which only ends the hand-off early.

use lumen_crypto::SymmetricKey;
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// How long the receipt page can be reached again after filing.
pub const HANDOFF_TTL: Duration = Duration::from_secs(10 * 60);
/// The most receipts held at once; the oldest goes first when full.
const CAPACITY: usize = 10_000;
const AAD: &[u8] = b"lumen:receipt-handoff";

struct Entry {
    sealed: Vec<u8>,
    expires: Instant,
}

/// Receipts waiting to be shown, each under its token's key.
#[derive(Default)]
pub struct ReceiptHandoff {
    entries: Mutex<HashMap<[u8; 16], Entry>>,
}

impl ReceiptHandoff {
    /// Keeps `receipt` for [`HANDOFF_TTL`]; returns the token that shows it, or `None` if it
    /// could not be encrypted (the caller then shows the receipt at once).
    pub fn put(&self, receipt: &str) -> Option<String> {
        self.put_at(receipt, Instant::now())
    }

    fn put_at(&self, receipt: &str, now: Instant) -> Option<String> {
        let id: [u8; 16] = lumen_crypto::random::random_array();
        let key = SymmetricKey::generate();
        let sealed = key.encrypt(receipt.as_bytes(), AAD).ok()?;
        let mut entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        entries.retain(|_, e| e.expires > now);
        if entries.len() >= CAPACITY
            && let Some(oldest) = entries
                .iter()
                .min_by_key(|(_, e)| e.expires)
                .map(|(k, _)| *k)
        {
            entries.remove(&oldest);
        }
        entries.insert(
            id,
            Entry {
                sealed,
                expires: now + HANDOFF_TTL,
            },
        );
        let mut token = id.to_vec();
        token.extend_from_slice(key.expose_bytes());
        Some(hex::encode(&token))
    }

    /// The receipt behind `token`, while it has not expired.
    pub fn get(&self, token: &str) -> Option<String> {
        self.get_at(token, Instant::now())
    }

    fn get_at(&self, token: &str, now: Instant) -> Option<String> {
        let raw = hex::decode(token).ok()?;
        if raw.len() != 48 {
            return None;
        }
        let id: [u8; 16] = raw[..16].try_into().ok()?;
        let key = SymmetricKey::from_slice(&raw[16..]).ok()?;
        let entries = self.entries.lock().unwrap_or_else(|e| e.into_inner());
        let entry = entries.get(&id).filter(|e| e.expires > now)?;
        let clear = key.decrypt(&entry.sealed, AAD).ok()?;
        String::from_utf8(clear).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_shows_its_receipt_until_it_expires_and_nothing_else_does() {
        let h = ReceiptHandoff::default();
        let t0 = Instant::now();
        let token = h.put_at("1234-5678", t0).unwrap();
        assert_eq!(h.get_at(&token, t0).as_deref(), Some("1234-5678"));
        assert_eq!(
            h.get_at(&token, t0 + HANDOFF_TTL - Duration::from_secs(1))
                .as_deref(),
            Some("1234-5678"),
            "reachable again for a few minutes"
        );
        assert_eq!(h.get_at(&token, t0 + HANDOFF_TTL), None, "then gone");

        let other = h.put_at("9999-0000", t0).unwrap();
        let mut forged = hex::decode(&other).unwrap();
        forged[20] ^= 1;
        assert_eq!(h.get_at(&hex::encode(&forged), t0), None);
        assert_eq!(h.get_at("not a token", t0), None);
    }

    #[test]
    fn the_server_holds_no_receipt_in_clear() {
        let h = ReceiptHandoff::default();
        h.put("4821-0937-5521-8830-1274");
        let entries = h.entries.lock().unwrap();
        let sealed = &entries.values().next().unwrap().sealed;
        assert!(!sealed.windows(4).any(|w| w == b"4821"));
    }
}
