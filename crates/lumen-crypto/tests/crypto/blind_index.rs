//! Blind indexes of identifiers.

use lumen_crypto::{BlindIndexKey, IdentifierKind, MasterKey};

#[test]
fn same_identifier_spelled_differently_gets_the_same_index() {
    let key = BlindIndexKey::new(&[1; 32]);
    let pairs = [
        (IdentifierKind::Phone, "+32 470 12 34 56", "+32470123456"),
        (IdentifierKind::Phone, "0032 470/12.34.56", "+32470123456"),
        (
            IdentifierKind::Email,
            " Jan.Peeters@Example.BE ",
            "jan.peeters@example.be",
        ),
        (IdentifierKind::Plate, "1-abc-123", "1ABC123"),
        (
            IdentifierKind::Iban,
            "be68 5390 0754 7034",
            "BE68539007547034",
        ),
        (IdentifierKind::Handle, "@Some_User", "some_user"),
        (IdentifierKind::Other, "  Rue  de la Loi ", "rue de la loi"),
    ];
    for (kind, typed, canonical) in pairs {
        assert_eq!(
            key.index(kind, typed),
            key.index(kind, canonical),
            "{kind:?} {typed:?}"
        );
        assert_eq!(kind.canonicalise(typed), canonical);
        assert_eq!(
            kind.canonicalise(canonical),
            canonical,
            "canonicalise is idempotent"
        );
    }
}

#[test]
fn kinds_and_keys_separate_domains() {
    let key = BlindIndexKey::new(&[1; 32]);
    let phone = key.index(IdentifierKind::Phone, "12345678");
    assert_ne!(phone, key.index(IdentifierKind::NationalNumber, "12345678"));
    assert_ne!(phone, key.index(IdentifierKind::DocumentNumber, "12345678"));
    assert_ne!(
        phone,
        BlindIndexKey::new(&[2; 32]).index(IdentifierKind::Phone, "12345678")
    );
    assert_ne!(phone, key.index(IdentifierKind::Phone, "12345679"));
    assert_eq!(phone.to_hex().len(), 64);
    assert!(
        phone
            .to_hex()
            .chars()
            .all(|c| c.is_ascii_hexdigit() && !c.is_ascii_uppercase())
    );
}

#[test]
fn key_derived_from_master_is_deterministic_and_distinct() {
    let master = MasterKey::from_bytes([9; 32]);
    let derived = BlindIndexKey::derive_from_master(&master);
    let again = BlindIndexKey::derive_from_master(&MasterKey::from_bytes([9; 32]));
    let value = "jan@example.be";
    assert_eq!(
        derived.index(IdentifierKind::Email, value),
        again.index(IdentifierKind::Email, value)
    );
    assert_ne!(
        derived.index(IdentifierKind::Email, value),
        BlindIndexKey::new(&[9; 32]).index(IdentifierKind::Email, value),
        "the derived key is not the master key itself"
    );
    assert_eq!(format!("{derived:?}"), "BlindIndexKey(<redacted>)");
}

#[test]
fn dedicated_key_from_base64() {
    // 32 bytes of 0x01, padded standard and unpadded url-safe base64.
    let padded =
        BlindIndexKey::from_base64("AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE=").unwrap();
    let unpadded =
        BlindIndexKey::from_base64("AQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQEBAQE").unwrap();
    let raw = BlindIndexKey::new(&[1; 32]);
    let index = raw.index(IdentifierKind::Plate, "1ABC123");
    assert_eq!(padded.index(IdentifierKind::Plate, "1ABC123"), index);
    assert_eq!(unpadded.index(IdentifierKind::Plate, "1ABC123"), index);
    assert!(BlindIndexKey::from_base64("too short").is_err());

    let generated = BlindIndexKey::generate_base64();
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("blind.key");
    lumen_crypto::write_secret_text_file(&path, &generated).unwrap();
    let from_file = BlindIndexKey::from_file(&path).unwrap();
    let from_text = BlindIndexKey::from_base64(&generated).unwrap();
    assert_eq!(
        from_file.index(IdentifierKind::Email, "a@b.be"),
        from_text.index(IdentifierKind::Email, "a@b.be")
    );
    assert_ne!(from_file.index(IdentifierKind::Email, "a@b.be"), index);
}
