//! Envelope encryption of personal data: master key, wrapped data keys, field ciphertexts.

use std::os::unix::fs::PermissionsExt as _;

use lumen_crypto::field::WRAPPED_KEY_LEN;
use lumen_crypto::{CryptoError, DataKey, MasterKey, WrappedDataKey, field_aad, rewrap};
use proptest::prelude::*;

const RECORD: &str = "person:3b0e5f7a-8c1d-4e2f-9a0b-1c2d3e4f5a6b";

#[test]
fn wrapped_data_key_unwraps_and_decrypts_fields() {
    let master = MasterKey::generate();
    let data_key = DataKey::generate();
    let aad = field_aad("person", "3b0e5f7a", "last_name");
    let ciphertext = data_key.encrypt_field("Dupont".as_bytes(), &aad).unwrap();
    let wrapped = master.wrap(&data_key, RECORD).unwrap();
    assert_eq!(wrapped.as_bytes().len(), WRAPPED_KEY_LEN);
    assert_eq!(wrapped.key_id().unwrap(), master.id());

    let stored = WrappedDataKey::from_bytes(wrapped.as_bytes().to_vec()).unwrap();
    let unwrapped = master.unwrap(&stored, RECORD).unwrap();
    assert_eq!(
        unwrapped.decrypt_field(&ciphertext, &aad).unwrap(),
        b"Dupont"
    );
}

#[test]
fn field_moved_to_another_row_or_column_does_not_decrypt() {
    let data_key = DataKey::generate();
    let ciphertext = data_key
        .encrypt_field(b"1990-01-01", &field_aad("person", "a", "birth_date"))
        .unwrap();
    assert!(matches!(
        data_key.decrypt_field(&ciphertext, &field_aad("person", "b", "birth_date")),
        Err(CryptoError::DecryptionFailed)
    ));
    assert!(matches!(
        data_key.decrypt_field(&ciphertext, &field_aad("person", "a", "first_name")),
        Err(CryptoError::DecryptionFailed)
    ));
    assert!(matches!(
        DataKey::generate().decrypt_field(&ciphertext, &field_aad("person", "a", "birth_date")),
        Err(CryptoError::DecryptionFailed)
    ));
}

#[test]
fn wrapped_key_is_bound_to_its_record_and_master() {
    let master = MasterKey::generate();
    let wrapped = master.wrap(&DataKey::generate(), RECORD).unwrap();
    assert!(matches!(
        master.unwrap(&wrapped, "person:other"),
        Err(CryptoError::DecryptionFailed)
    ));
    let other = MasterKey::generate();
    let error = other.unwrap(&wrapped, RECORD).unwrap_err();
    assert!(
        matches!(error, CryptoError::MasterKeyMismatch { expected, found } if expected == other.id() && found == master.id())
    );
    assert_eq!(error.code(), "master_key_mismatch");
}

#[test]
fn every_altered_byte_of_a_wrapped_key_is_detected() {
    let master = MasterKey::generate();
    let wrapped = master.wrap(&DataKey::generate(), RECORD).unwrap();
    for position in 0..WRAPPED_KEY_LEN {
        let mut bytes = wrapped.as_bytes().to_vec();
        bytes[position] ^= 0x01;
        let result = WrappedDataKey::from_bytes(bytes).and_then(|w| master.unwrap(&w, RECORD));
        assert!(
            result.is_err(),
            "byte {position} altered but unwrap succeeded"
        );
    }
    assert!(matches!(
        WrappedDataKey::from_bytes(wrapped.as_bytes()[..40].to_vec()),
        Err(CryptoError::MalformedCiphertext)
    ));
}

#[test]
fn rotation_rewraps_without_touching_field_ciphertexts() {
    let old = MasterKey::generate();
    let new = MasterKey::generate();
    let data_key = DataKey::generate();
    let aad = field_aad("person", "1", "document_number");
    let ciphertext = data_key.encrypt_field(b"EM123456", &aad).unwrap();
    let wrapped = old.wrap(&data_key, RECORD).unwrap();

    let rewrapped = rewrap(&old, &new, &wrapped, RECORD).unwrap();
    assert_eq!(rewrapped.key_id().unwrap(), new.id());
    assert_ne!(old.id(), new.id());
    let recovered = new.unwrap(&rewrapped, RECORD).unwrap();
    assert_eq!(
        recovered.decrypt_field(&ciphertext, &aad).unwrap(),
        b"EM123456"
    );
    assert!(matches!(
        old.unwrap(&rewrapped, RECORD),
        Err(CryptoError::MasterKeyMismatch { .. })
    ));
    assert!(matches!(
        rewrap(&new, &old, &wrapped, RECORD),
        Err(CryptoError::MasterKeyMismatch { .. })
    ));
}

#[test]
fn master_key_from_environment_value_and_file() {
    let master = MasterKey::generate();
    let encoded = master.to_base64();
    let from_env = MasterKey::from_base64(&encoded).unwrap();
    assert_eq!(from_env.id(), master.id());
    let url_safe = encoded
        .replace('+', "-")
        .replace('/', "_")
        .trim_end_matches('=')
        .to_owned();
    assert_eq!(MasterKey::from_base64(&url_safe).unwrap().id(), master.id());

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("master.key");
    std::fs::write(&path, format!("{}\n", encoded.as_str())).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o600)).unwrap();
    assert_eq!(MasterKey::from_file(&path).unwrap().id(), master.id());
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o640)).unwrap();
    assert!(matches!(
        MasterKey::from_file(&path),
        Err(CryptoError::KeyFilePermissions { .. })
    ));
    for bad in [
        "",
        "not base64!",
        "c2hvcnQ=",
        &format!("{}AAAA", encoded.as_str()),
    ] {
        assert!(matches!(
            MasterKey::from_base64(bad),
            Err(CryptoError::InvalidKeyMaterial)
        ));
    }
}

#[test]
fn master_key_written_by_the_cli_reads_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("master.key");
    let master = MasterKey::generate();
    master.write_new_file(&path).unwrap();
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    assert_eq!(MasterKey::from_file(&path).unwrap().id(), master.id());
    assert!(matches!(
        MasterKey::generate().write_new_file(&path),
        Err(CryptoError::KeyFileExists { .. })
    ));
    assert!(matches!(
        MasterKey::from_file(&dir.path().join("absent.key")),
        Err(CryptoError::KeyFileNotFound { .. })
    ));
}

#[test]
fn key_id_is_stable_and_debug_hides_the_key() {
    let master = MasterKey::from_bytes([42; 32]);
    assert_eq!(master.id(), MasterKey::from_bytes([42; 32]).id());
    assert_ne!(master.id(), MasterKey::from_bytes([43; 32]).id());
    assert_eq!(master.id().to_hex().len(), 16);
    let printed = format!("{master:?} {:?}", DataKey::generate());
    assert!(printed.contains(&master.id().to_hex()));
    assert!(!printed.contains(master.to_base64().as_str()));
    assert!(printed.contains("<redacted>"));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn field_round_trip(value in ".{0,200}", row in "[a-f0-9-]{1,36}", column in "[a-z_]{1,20}") {
        let master = MasterKey::generate();
        let data_key = DataKey::generate();
        let aad = field_aad("person", &row, &column);
        let ciphertext = data_key.encrypt_field(value.as_bytes(), &aad).unwrap();
        let record = format!("person:{row}");
        let wrapped = master.wrap(&data_key, &record).unwrap();
        let recovered = master.unwrap(&wrapped, &record).unwrap();
        prop_assert_eq!(recovered.decrypt_field(&ciphertext, &aad).unwrap(), value.as_bytes());
    }
}
