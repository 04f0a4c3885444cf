//! The id of a master key, kept apart from the key itself so that errors can name it.

use std::fmt;

/// Length of a master key id.
pub const KEY_ID_LEN: usize = 8;

/// Identifier of a master key: the first 8 bytes of SHA-256 over a context string and the key.
/// Reveals nothing useful about the key; lets rotation tell master keys apart.
#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct KeyId(pub [u8; KEY_ID_LEN]);

impl KeyId {
    /// Lowercase hex (16 characters), for storage in a column or display in the CLI.
    pub fn to_hex(&self) -> String {
        self.0.iter().map(|b| format!("{b:02x}")).collect()
    }
}

impl fmt::Display for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.to_hex())
    }
}

impl fmt::Debug for KeyId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "KeyId({})", self.to_hex())
    }
}
