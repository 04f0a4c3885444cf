//! Error codes are stable, unique and snake_case.

use std::path::PathBuf;

use lumen_crypto::{CryptoError, KeyId};

#[test]
fn codes_are_unique_snake_case_and_messages_hold_no_secrets() {
    let path = PathBuf::from("/etc/lumen/section.key");
    let errors = vec![
        CryptoError::DecryptionFailed,
        CryptoError::EncryptionFailed,
        CryptoError::UnsupportedVersion { found: 2 },
        CryptoError::MalformedCiphertext,
        CryptoError::InvalidPublicKey,
        CryptoError::InvalidSecretKey,
        CryptoError::InvalidKeyMaterial,
        CryptoError::WrongPassphrase,
        CryptoError::PassphraseRequired,
        CryptoError::KeyFileMalformed { path: path.clone() },
        CryptoError::KeyFileExists { path: path.clone() },
        CryptoError::KeyFileNotFound { path: path.clone() },
        CryptoError::KeyFilePermissions {
            path: path.clone(),
            mode: 0o644,
        },
        CryptoError::KeyFileIo {
            path,
            source: std::io::Error::other("disk"),
        },
        CryptoError::ReceiptWrongLength {
            expected: 20,
            found: 3,
        },
        CryptoError::ReceiptInvalidCharacter,
        CryptoError::MasterKeyMismatch {
            expected: KeyId([1; 8]),
            found: KeyId([2; 8]),
        },
        CryptoError::InvalidKdfParams,
        CryptoError::KeyDerivation,
        CryptoError::PasswordHashing,
    ];
    let codes: std::collections::HashSet<&str> = errors.iter().map(CryptoError::code).collect();
    assert_eq!(codes.len(), errors.len(), "codes must be unique");
    for code in codes {
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase() || c == '_'),
            "{code}"
        );
    }
    let permissions = CryptoError::KeyFilePermissions {
        path: "/k".into(),
        mode: 0o644,
    };
    assert!(permissions.to_string().contains("644"));
    let mismatch = CryptoError::MasterKeyMismatch {
        expected: KeyId([1; 8]),
        found: KeyId([2; 8]),
    };
    assert!(mismatch.to_string().contains("0101010101010101"));
}
