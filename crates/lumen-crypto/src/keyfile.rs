//! Section key files: the secret key either encrypted under a passphrase or in a plain file
//! readable by its owner only, and the public key in a separate file.
//!
//! File formats (one line of text each):
//!
//! ```text
//! public key:            lumen-pk-v1:<32 bytes, base64url>
//! plain secret key:      lumen-sk-v1:<32 bytes, base64url>                 (mode 0600)
//! encrypted secret key:  lumen-sk-enc-v1:argon2id:m=65536,t=3,p=1:<salt>:<ciphertext>   (mode 0600)
//! ```
//!
//! In the encrypted form the key is derived from the passphrase with Argon2id using the stored
//! salt (16 bytes) and parameters, and the ciphertext is the [`crate::symmetric`] format (XChaCha20-
//! Poly1305) of the 32 secret bytes, with everything before the last `:` as associated data, so
//! that altered parameters or salt are detected. Files are never overwritten.

use std::fs::OpenOptions;
use std::io::{ErrorKind, Write as _};
use std::path::{Path, PathBuf};

use secrecy::{ExposeSecret as _, SecretString};
use zeroize::Zeroizing;

use crate::encoding::{b64url, from_b64url};
use crate::error::{CryptoError, Result};
use crate::kdf::{KdfParams, SALT_LEN};
use crate::random::random_array;
use crate::sealed::{SECRET_KEY_PREFIX, SectionPublicKey, SectionSecretKey};

/// Prefix of a passphrase-protected secret key file.
pub const ENCRYPTED_SECRET_KEY_PREFIX: &str = "lumen-sk-enc-v1:argon2id:";

/// Writes the public key to a new file (mode 0644). Refuses to overwrite an existing file.
pub fn write_public_key_file(path: &Path, key: &SectionPublicKey) -> Result<()> {
    write_new_file(path, &format!("{}\n", key.to_text()), 0o644)
}

/// Reads a public key file written by [`write_public_key_file`].
pub fn read_public_key_file(path: &Path) -> Result<SectionPublicKey> {
    let text = read_text(path)?;
    SectionPublicKey::from_text(&text).map_err(|_| malformed(path))
}

/// Writes the secret key unencrypted to a new file readable by its owner only (mode 0600).
/// Refuses to overwrite an existing file.
pub fn write_secret_key_plain(path: &Path, key: &SectionSecretKey) -> Result<()> {
    let text = Zeroizing::new(format!("{}\n", key.to_text().as_str()));
    write_new_file(path, &text, 0o600)
}

/// Writes the secret key encrypted under `passphrase` with the [`KdfParams::KEY_FILE`]
/// parameters, to a new file (mode 0600). Refuses to overwrite an existing file.
pub fn write_secret_key_encrypted(
    path: &Path,
    key: &SectionSecretKey,
    passphrase: &SecretString,
) -> Result<()> {
    write_secret_key_encrypted_with_params(path, key, passphrase, KdfParams::KEY_FILE)
}

/// As [`write_secret_key_encrypted`], with explicit Argon2id parameters.
pub fn write_secret_key_encrypted_with_params(
    path: &Path,
    key: &SectionSecretKey,
    passphrase: &SecretString,
    params: KdfParams,
) -> Result<()> {
    let salt: [u8; SALT_LEN] = random_array();
    let header = format!(
        "{ENCRYPTED_SECRET_KEY_PREFIX}{}:{}",
        params.validate()?,
        b64url(&salt)
    );
    let wrapping_key = params.derive_key(passphrase.expose_secret().as_bytes(), &salt)?;
    let ciphertext = wrapping_key.encrypt(key.expose_bytes(), header.as_bytes())?;
    write_new_file(path, &format!("{header}:{}\n", b64url(&ciphertext)), 0o600)
}

/// Reads a secret key file in either form.
///
/// An encrypted file needs `passphrase` ([`CryptoError::PassphraseRequired`] otherwise, and
/// [`CryptoError::WrongPassphrase`] if it does not open the file). A plain file must not be
/// readable by group or others ([`CryptoError::KeyFilePermissions`]); a passphrase given for a
/// plain file is ignored.
pub fn read_secret_key_file(
    path: &Path,
    passphrase: Option<&SecretString>,
) -> Result<SectionSecretKey> {
    let text = read_text(path)?;
    let text = text.trim();
    if let Some(rest) = text.strip_prefix(ENCRYPTED_SECRET_KEY_PREFIX) {
        let passphrase = passphrase.ok_or(CryptoError::PassphraseRequired)?;
        return open_encrypted(path, text, rest, passphrase);
    }
    if text.starts_with(SECRET_KEY_PREFIX) {
        check_owner_only(path)?;
        return SectionSecretKey::from_text(text).map_err(|_| malformed(path));
    }
    Err(malformed(path))
}

fn open_encrypted(
    path: &Path,
    full: &str,
    rest: &str,
    passphrase: &SecretString,
) -> Result<SectionSecretKey> {
    let mut parts = rest.split(':');
    let (Some(params), Some(salt), Some(ciphertext), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return Err(malformed(path));
    };
    let params = KdfParams::from_text(params).map_err(|_| malformed(path))?;
    let salt = from_b64url(salt)
        .filter(|salt| salt.len() == SALT_LEN)
        .ok_or_else(|| malformed(path))?;
    let ciphertext = from_b64url(ciphertext).ok_or_else(|| malformed(path))?;
    let header_len = full.len() - rest.len() + rest.rfind(':').unwrap_or(rest.len());
    let header = &full[..header_len];
    let wrapping_key = params.derive_key(passphrase.expose_secret().as_bytes(), &salt)?;
    let secret = Zeroizing::new(
        wrapping_key
            .decrypt(&ciphertext, header.as_bytes())
            .map_err(|error| match error {
                CryptoError::DecryptionFailed => CryptoError::WrongPassphrase,
                _ => malformed(path),
            })?,
    );
    SectionSecretKey::from_bytes(&secret).map_err(|_| malformed(path))
}

/// Writes a secret in text form (for example a base64 master key or receipt secret) to a new
/// file readable by its owner only (mode 0600), followed by a newline. Refuses to overwrite an
/// existing file.
pub fn write_secret_text_file(path: &Path, secret: &str) -> Result<()> {
    let text = Zeroizing::new(format!("{secret}\n"));
    write_new_file(path, &text, 0o600)
}

/// Writes a fresh random 32-byte secret, base64-encoded, to a new owner-only file.
pub fn write_new_key32_file(path: &Path) -> Result<()> {
    let key = Zeroizing::new(random_array::<32>());
    write_secret_text_file(path, &crate::encoding::encode_key32(&key))
}

/// Reads a file holding one base64-encoded 32-byte secret; the file must not be readable by
/// group or others.
pub fn read_key32_file(path: &Path) -> Result<Zeroizing<[u8; 32]>> {
    check_owner_only(path)?;
    let text = read_text(path)?;
    crate::encoding::decode_key32(&text)
}

/// Reads a small text file holding key material, zeroizing the buffer on drop.
fn read_text(path: &Path) -> Result<Zeroizing<String>> {
    std::fs::read_to_string(path)
        .map(Zeroizing::new)
        .map_err(|source| io_error(path, source))
}

/// Refuses files readable or writable by group or others (Unix only).
fn check_owner_only(path: &Path) -> Result<()> {
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt as _;
        let metadata = std::fs::metadata(path).map_err(|source| io_error(path, source))?;
        let mode = metadata.permissions().mode() & 0o777;
        if mode & 0o077 != 0 {
            return Err(CryptoError::KeyFilePermissions {
                path: path.to_path_buf(),
                mode,
            });
        }
    }
    Ok(())
}

/// Creates `path` with `mode` and writes `content`; fails if the file already exists.
pub(crate) fn write_new_file(path: &Path, content: &str, mode: u32) -> Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt as _;
        options.mode(mode);
    }
    #[cfg(not(unix))]
    let _ = mode;
    let mut file = options
        .open(path)
        .map_err(|source| io_error(path, source))?;
    file.write_all(content.as_bytes())
        .and_then(|()| file.sync_all())
        .map_err(|source| io_error(path, source))
}

fn io_error(path: &Path, source: std::io::Error) -> CryptoError {
    let path: PathBuf = path.to_path_buf();
    match source.kind() {
        ErrorKind::NotFound => CryptoError::KeyFileNotFound { path },
        ErrorKind::AlreadyExists => CryptoError::KeyFileExists { path },
        _ => CryptoError::KeyFileIo { path, source },
    }
}

fn malformed(path: &Path) -> CryptoError {
    CryptoError::KeyFileMalformed {
        path: path.to_path_buf(),
    }
}
