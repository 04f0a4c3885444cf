//! Symmetric encryption with associated data, and sealing a symmetric key to the section.

use lumen_crypto::symmetric::{SYMMETRIC_OVERHEAD, SYMMETRIC_VERSION};
use lumen_crypto::{CryptoError, SymmetricKey, generate_section_keys};
use proptest::prelude::*;

const AAD: &[u8] = b"report:1:message:3";

#[test]
fn round_trip_and_format() {
    let key = SymmetricKey::generate();
    let ciphertext = key.encrypt(b"hello", AAD).unwrap();
    assert_eq!(ciphertext[0], SYMMETRIC_VERSION);
    assert_eq!(ciphertext.len(), 5 + SYMMETRIC_OVERHEAD);
    assert_eq!(key.decrypt(&ciphertext, AAD).unwrap(), b"hello");
}

#[test]
fn tampering_wrong_aad_and_wrong_key_are_refused() {
    let key = SymmetricKey::generate();
    let ciphertext = key.encrypt(b"hello", AAD).unwrap();
    for position in 1..ciphertext.len() {
        let mut altered = ciphertext.clone();
        altered[position] ^= 0x80;
        assert!(matches!(
            key.decrypt(&altered, AAD),
            Err(CryptoError::DecryptionFailed)
        ));
    }
    assert!(matches!(
        key.decrypt(&ciphertext, b"report:2:message:3"),
        Err(CryptoError::DecryptionFailed)
    ));
    assert!(matches!(
        SymmetricKey::generate().decrypt(&ciphertext, AAD),
        Err(CryptoError::DecryptionFailed)
    ));
    assert!(matches!(
        key.decrypt(&ciphertext[..30], AAD),
        Err(CryptoError::MalformedCiphertext)
    ));
}

#[test]
fn sealed_copy_of_a_key_opens_only_for_the_section() {
    let section = generate_section_keys();
    let key = SymmetricKey::generate();
    let sealed = key.seal_to(&section.public, b"report:1:reply_key").unwrap();
    let recovered =
        SymmetricKey::open_sealed(&section.secret, &sealed, b"report:1:reply_key").unwrap();
    let message = key.encrypt(b"reply", AAD).unwrap();
    assert_eq!(recovered.decrypt(&message, AAD).unwrap(), b"reply");
    assert!(SymmetricKey::open_sealed(&section.secret, &sealed, b"report:2:reply_key").is_err());
    assert!(
        SymmetricKey::open_sealed(
            &generate_section_keys().secret,
            &sealed,
            b"report:1:reply_key"
        )
        .is_err()
    );
}

#[test]
fn debug_is_redacted() {
    let key = SymmetricKey::from_bytes([0xAB; 32]);
    let printed = format!("{key:?}");
    assert!(!printed.to_lowercase().contains("ab, ") && !printed.contains("171"));
    assert_eq!(printed, "SymmetricKey(<redacted>)");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]
    #[test]
    fn encrypt_decrypt_round_trip(plaintext in proptest::collection::vec(any::<u8>(), 0..4096),
                                  aad in proptest::collection::vec(any::<u8>(), 0..64)) {
        let key = SymmetricKey::generate();
        let ciphertext = key.encrypt(&plaintext, &aad).unwrap();
        prop_assert_eq!(key.decrypt(&ciphertext, &aad).unwrap(), plaintext);
    }
}
