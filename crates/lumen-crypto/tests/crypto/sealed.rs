//! Sealed boxes to the section key.

use lumen_crypto::sealed::{SEALED_OVERHEAD, SEALED_VERSION};
use lumen_crypto::{
    CryptoError, SectionPublicKey, SectionSecretKey, generate_section_keys, open, seal,
};
use proptest::prelude::*;

const AAD: &[u8] = b"report:7f1c0d8e-2b8a-4c55-9a61-0f3c2d1e4b5a:body";

#[test]
fn sealed_report_opens_with_section_key() {
    let keys = generate_section_keys();
    let sealed = seal(&keys.public, b"a report in plain words", AAD).unwrap();
    assert_eq!(sealed[0], SEALED_VERSION);
    assert_eq!(
        sealed.len(),
        b"a report in plain words".len() + SEALED_OVERHEAD
    );
    assert_eq!(
        open(&keys.secret, &sealed, AAD).unwrap(),
        b"a report in plain words"
    );
}

#[test]
fn each_seal_uses_a_fresh_ephemeral_key() {
    let keys = generate_section_keys();
    let first = seal(&keys.public, b"same text", AAD).unwrap();
    let second = seal(&keys.public, b"same text", AAD).unwrap();
    assert_ne!(first[1..33], second[1..33], "ephemeral keys must differ");
    assert_ne!(first, second);
}

#[test]
fn every_altered_byte_is_detected() {
    let keys = generate_section_keys();
    let sealed = seal(&keys.public, b"tamper with me", AAD).unwrap();
    for position in 1..sealed.len() {
        let mut altered = sealed.clone();
        altered[position] ^= 0x01;
        let result = open(&keys.secret, &altered, AAD);
        assert!(
            matches!(result, Err(CryptoError::DecryptionFailed)),
            "byte {position} altered but got {result:?}"
        );
    }
}

#[test]
fn unknown_version_and_truncation_are_refused() {
    let keys = generate_section_keys();
    let mut sealed = seal(&keys.public, b"x", AAD).unwrap();
    assert!(matches!(
        open(&keys.secret, &sealed[..20], AAD),
        Err(CryptoError::MalformedCiphertext)
    ));
    assert!(matches!(
        open(&keys.secret, &[], AAD),
        Err(CryptoError::MalformedCiphertext)
    ));
    sealed[0] = 9;
    assert!(matches!(
        open(&keys.secret, &sealed, AAD),
        Err(CryptoError::UnsupportedVersion { found: 9 })
    ));
}

#[test]
fn wrong_associated_data_is_refused() {
    let keys = generate_section_keys();
    let sealed = seal(&keys.public, b"bound to its row", AAD).unwrap();
    let other_row = b"report:00000000-0000-0000-0000-000000000000:body";
    assert!(matches!(
        open(&keys.secret, &sealed, other_row),
        Err(CryptoError::DecryptionFailed)
    ));
}

#[test]
fn wrong_secret_key_is_refused() {
    let keys = generate_section_keys();
    let other = generate_section_keys();
    let sealed = seal(&keys.public, b"for the section only", AAD).unwrap();
    assert!(matches!(
        open(&other.secret, &sealed, AAD),
        Err(CryptoError::DecryptionFailed)
    ));
}

#[test]
fn public_key_text_round_trips_and_rejects_garbage() {
    let keys = generate_section_keys();
    let text = keys.public.to_text();
    assert!(text.starts_with("lumen-pk-v1:"));
    assert_eq!(
        SectionPublicKey::from_text(&format!("  {text}\n")).unwrap(),
        keys.public
    );
    assert_eq!(text.parse::<SectionPublicKey>().unwrap(), keys.public);
    for bad in [
        "",
        "lumen-pk-v1:",
        "lumen-pk-v2:AAAA",
        &text[..text.len() - 2],
        &text.replace("lumen-pk-v1:", "lumen-sk-v1:"),
    ] {
        assert!(matches!(
            SectionPublicKey::from_text(bad),
            Err(CryptoError::InvalidPublicKey)
        ));
    }
}

#[test]
fn fingerprint_identifies_the_key() {
    let keys = generate_section_keys();
    let fingerprint = keys.public.fingerprint();
    assert_eq!(fingerprint.len(), 16);
    assert_eq!(fingerprint, keys.secret.public_key().fingerprint());
    assert_ne!(fingerprint, generate_section_keys().public.fingerprint());
}

#[test]
fn secret_key_text_round_trips_to_the_same_public_key() {
    let keys = generate_section_keys();
    let restored = SectionSecretKey::from_text(&keys.secret.to_text()).unwrap();
    assert_eq!(restored.public_key(), keys.public);
    let sealed = seal(&keys.public, b"still readable", AAD).unwrap();
    assert_eq!(open(&restored, &sealed, AAD).unwrap(), b"still readable");
}

#[test]
fn secret_key_is_never_debug_printed() {
    let keys = generate_section_keys();
    let printed = format!("{keys:?}");
    let secret_text = keys.secret.to_text();
    let secret_b64 = secret_text.trim_start_matches("lumen-sk-v1:");
    assert!(!printed.contains(secret_b64));
    assert!(printed.contains("<redacted>"));
}

#[test]
fn degenerate_public_key_is_refused_at_seal() {
    // The all-zero point gives an all-zero shared secret, which HPKE refuses.
    let zero = SectionPublicKey::from_text(&format!("lumen-pk-v1:{}", "A".repeat(43))).unwrap();
    assert!(matches!(
        seal(&zero, b"x", AAD),
        Err(CryptoError::InvalidPublicKey)
    ));
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]
    #[test]
    fn seal_open_round_trip(plaintext in proptest::collection::vec(any::<u8>(), 0..2048),
                            aad in proptest::collection::vec(any::<u8>(), 0..64)) {
        let keys = generate_section_keys();
        let sealed = seal(&keys.public, &plaintext, &aad).unwrap();
        prop_assert_eq!(open(&keys.secret, &sealed, &aad).unwrap(), plaintext);
    }
}
