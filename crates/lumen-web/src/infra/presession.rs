//! Pre-session CSRF tokens (staff area, before sign-in).

/// Pre-session CSRF tokens are made by the server: a random part and its keyed hash under a
/// key drawn at start, so a token the client picked is refused (and replaced). A restart
/// makes a pre-sign-in form ask for a reload, nothing more.
pub struct PresessionTokens {
    key: lumen_crypto::EphemeralKeyedHash,
}

impl Default for PresessionTokens {
    fn default() -> Self {
        Self {
            key: lumen_crypto::EphemeralKeyedHash::generate(),
        }
    }
}

impl PresessionTokens {
    const CONTEXT: &'static [u8] = b"lumen pre-session csrf v1";

    /// A fresh token.
    pub fn issue(&self) -> String {
        let random = lumen_crypto::random_token(24);
        let tag = hex::encode(self.key.hash16(Self::CONTEXT, random.as_bytes()));
        format!("{random}.{tag}")
    }

    /// Whether this process made `token`.
    pub fn is_genuine(&self, token: &str) -> bool {
        let Some((random, tag)) = token.split_once('.') else {
            return false;
        };
        let want = hex::encode(self.key.hash16(Self::CONTEXT, random.as_bytes()));
        lumen_crypto::constant_time_eq(tag.as_bytes(), want.as_bytes())
    }
}
