//! Section key files: plain with owner-only permissions, or encrypted under a passphrase.

use std::os::unix::fs::PermissionsExt as _;

use lumen_crypto::keyfile::write_secret_key_encrypted_with_params;
use lumen_crypto::{
    CryptoError, KdfParams, SecretString, generate_section_keys, read_public_key_file,
    read_secret_key_file, write_public_key_file, write_secret_key_encrypted,
    write_secret_key_plain,
};

/// Cheap parameters so tests stay fast; the real ones are exercised once below.
const TEST_PARAMS: KdfParams = KdfParams {
    m_cost_kib: 256,
    t_cost: 1,
    p_cost: 1,
};

fn passphrase(text: &str) -> SecretString {
    SecretString::from(text.to_owned())
}

#[test]
fn plain_secret_key_file_round_trips_with_mode_0600() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key");
    let keys = generate_section_keys();
    write_secret_key_plain(&path, &keys.secret).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let restored = read_secret_key_file(&path, None).unwrap();
    assert_eq!(restored.public_key(), keys.public);
}

#[test]
fn plain_secret_key_readable_by_others_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key");
    write_secret_key_plain(&path, &generate_section_keys().secret).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
    let error = read_secret_key_file(&path, None).unwrap_err();
    assert!(
        matches!(error, CryptoError::KeyFilePermissions { mode: 0o644, .. }),
        "{error:?}"
    );
    assert_eq!(error.code(), "key_file_permissions");
}

#[test]
fn encrypted_secret_key_file_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key.enc");
    let keys = generate_section_keys();
    write_secret_key_encrypted_with_params(
        &path,
        &keys.secret,
        &passphrase("correct horse"),
        TEST_PARAMS,
    )
    .unwrap();
    let content = std::fs::read_to_string(&path).unwrap();
    assert!(content.starts_with("lumen-sk-enc-v1:argon2id:m=256,t=1,p=1:"));
    assert!(!content.contains(keys.secret.to_text().trim_start_matches("lumen-sk-v1:")));
    let restored = read_secret_key_file(&path, Some(&passphrase("correct horse"))).unwrap();
    assert_eq!(restored.public_key(), keys.public);
}

#[test]
fn encrypted_file_with_default_parameters_round_trips() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key.enc");
    let keys = generate_section_keys();
    write_secret_key_encrypted(&path, &keys.secret, &passphrase("long passphrase")).unwrap();
    let content = std::fs::read_to_string(&path).unwrap();
    assert!(content.contains(":m=65536,t=3,p=1:"));
    let restored = read_secret_key_file(&path, Some(&passphrase("long passphrase"))).unwrap();
    assert_eq!(restored.public_key(), keys.public);
}

#[test]
fn wrong_or_missing_passphrase_gives_a_clear_error() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key.enc");
    write_secret_key_encrypted_with_params(
        &path,
        &generate_section_keys().secret,
        &passphrase("right"),
        TEST_PARAMS,
    )
    .unwrap();
    let wrong = read_secret_key_file(&path, Some(&passphrase("wrong"))).unwrap_err();
    assert!(matches!(wrong, CryptoError::WrongPassphrase));
    assert_eq!(wrong.code(), "wrong_passphrase");
    let missing = read_secret_key_file(&path, None).unwrap_err();
    assert!(matches!(missing, CryptoError::PassphraseRequired));
}

#[test]
fn altered_parameters_in_an_encrypted_file_are_detected() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key.enc");
    write_secret_key_encrypted_with_params(
        &path,
        &generate_section_keys().secret,
        &passphrase("right"),
        TEST_PARAMS,
    )
    .unwrap();
    let content = std::fs::read_to_string(&path).unwrap();
    let altered_path = dir.path().join("altered.key.enc");
    std::fs::write(&altered_path, content.replace("m=256,t=1", "m=128,t=1")).unwrap();
    assert!(read_secret_key_file(&altered_path, Some(&passphrase("right"))).is_err());
    let garbage_path = dir.path().join("garbage.key.enc");
    std::fs::write(
        &garbage_path,
        "lumen-sk-enc-v1:argon2id:m=256,t=1,p=1:abc\n",
    )
    .unwrap();
    assert!(matches!(
        read_secret_key_file(&garbage_path, Some(&passphrase("right"))),
        Err(CryptoError::KeyFileMalformed { .. })
    ));
}

#[test]
fn existing_files_are_never_overwritten() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key");
    let keys = generate_section_keys();
    write_secret_key_plain(&path, &keys.secret).unwrap();
    let error = write_secret_key_plain(&path, &generate_section_keys().secret).unwrap_err();
    assert!(matches!(error, CryptoError::KeyFileExists { .. }));
    assert_eq!(
        read_secret_key_file(&path, None).unwrap().public_key(),
        keys.public
    );
}

#[test]
fn public_key_file_round_trips_and_missing_file_is_reported() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.pub");
    let keys = generate_section_keys();
    write_public_key_file(&path, &keys.public).unwrap();
    assert_eq!(read_public_key_file(&path).unwrap(), keys.public);
    let missing = read_public_key_file(&dir.path().join("nope.pub")).unwrap_err();
    assert!(matches!(missing, CryptoError::KeyFileNotFound { .. }));
    assert_eq!(missing.code(), "key_file_not_found");
}

#[test]
fn unrecognised_content_is_malformed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("section.key");
    std::fs::write(&path, "not a key\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert!(matches!(
        read_secret_key_file(&path, None),
        Err(CryptoError::KeyFileMalformed { .. })
    ));
    assert!(matches!(
        read_public_key_file(&path),
        Err(CryptoError::KeyFileMalformed { .. })
    ));
}
