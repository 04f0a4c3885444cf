//! Receipts: generation, tolerant parsing, keyed lookup hashes and the reply key.

use lumen_crypto::receipt::RECEIPT_DIGITS;
use lumen_crypto::{CryptoError, KdfParams, Receipt, ReceiptHasher, ReplyKeyParams};
use proptest::prelude::*;

const CHEAP: KdfParams = KdfParams {
    m_cost_kib: 64,
    t_cost: 1,
    p_cost: 1,
};

#[test]
fn generated_receipt_is_five_groups_of_four_digits() {
    let receipt = Receipt::generate();
    let shown = receipt.to_display_string();
    let groups: Vec<&str> = shown.split('-').collect();
    assert_eq!(groups.len(), 5);
    assert!(
        groups
            .iter()
            .all(|g| g.len() == 4 && g.chars().all(|c| c.is_ascii_digit()))
    );
    assert_eq!(receipt.expose_digits().len(), RECEIPT_DIGITS);
    assert_eq!(Receipt::parse(&shown).unwrap(), receipt);
}

#[test]
fn digits_are_uniformly_distributed() {
    // 2000 receipts give 40 000 digits; chi-square with 9 degrees of freedom.
    // The 1e-6 critical value is 45: a correct generator fails this about once in a million runs,
    // while a stuck digit or a skewed digit mapping fails it every time.
    let mut counts = [0u32; 10];
    for _ in 0..2000 {
        for b in Receipt::generate().expose_digits().bytes() {
            counts[usize::from(b - b'0')] += 1;
        }
    }
    let expected = 4000.0;
    let chi_square: f64 = counts
        .iter()
        .map(|&count| (f64::from(count) - expected).powi(2) / expected)
        .sum();
    assert!(
        chi_square < 45.0,
        "chi-square {chi_square} for counts {counts:?}"
    );
}

#[test]
fn groups_show_no_modulo_bias() {
    // Reducing a 16-bit draw modulo 10 000 without rejection would make 0000..=5535 seven
    // sixths as likely as the rest, so about 53.4 % of groups would fall below 5000 instead of
    // 50 %. With 100 000 groups one standard deviation is 0.16 %, so the ±1 % band is six
    // standard deviations wide for a correct generator and twenty away for a biased one.
    let mut below = 0u32;
    let mut total = 0u32;
    for _ in 0..20_000 {
        let receipt = Receipt::generate();
        for group in receipt.expose_digits().as_bytes().chunks(4) {
            let value: u32 = std::str::from_utf8(group).unwrap().parse().unwrap();
            below += u32::from(value < 5000);
            total += 1;
        }
    }
    let share = f64::from(below) / f64::from(total);
    assert!(
        (0.49..0.51).contains(&share),
        "share of groups below 5000: {share}"
    );
}

#[test]
fn receipts_do_not_repeat() {
    let receipts: std::collections::HashSet<String> = (0..1000)
        .map(|_| Receipt::generate().expose_digits().to_owned())
        .collect();
    assert_eq!(receipts.len(), 1000);
}

#[test]
fn parsing_tolerates_what_people_type() {
    let canonical = Receipt::parse("12345678901234567890").unwrap();
    for typed in [
        "1234-5678-9012-3456-7890",
        " 1234 5678 9012 3456 7890 ",
        "1234.5678.9012.3456.7890",
        "1234 – 5678 — 9012 3456_7890",
        "１２３４ ５６７８ ９０１２ ３４５６ ７８９０",
        "١٢٣٤-٥٦٧٨-٩٠١٢-٣٤٥٦-٧٨٩٠",
        "۱۲۳۴ ۵۶۷۸ ۹۰۱۲ ۳۴۵۶ ۷۸۹۰",
        "1234\u{00A0}5678\u{3000}9012\t3456\n7890",
    ] {
        assert_eq!(Receipt::parse(typed).unwrap(), canonical, "input {typed:?}");
    }
    assert_eq!(canonical.expose_digits(), "12345678901234567890");
}

#[test]
fn wrong_length_and_foreign_characters_are_errors() {
    assert!(matches!(
        Receipt::parse("1234-5678-9012-3456-789"),
        Err(CryptoError::ReceiptWrongLength {
            expected: 20,
            found: 19
        })
    ));
    assert!(matches!(
        Receipt::parse("1234-5678-9012-3456-7890-1"),
        Err(CryptoError::ReceiptWrongLength { found: 21, .. })
    ));
    assert!(matches!(
        Receipt::parse(""),
        Err(CryptoError::ReceiptWrongLength { found: 0, .. })
    ));
    assert!(matches!(
        Receipt::parse("1234-5678-9012-3456-789O"),
        Err(CryptoError::ReceiptInvalidCharacter)
    ));
    assert_eq!(
        Receipt::parse("12/34").unwrap_err().code(),
        "receipt_invalid_character"
    );
}

#[test]
fn receipt_is_never_debug_printed() {
    let receipt = Receipt::parse("12345678901234567890").unwrap();
    assert_eq!(format!("{receipt:?}"), "Receipt(<redacted>)");
}

#[test]
fn lookup_hash_is_keyed_and_formatting_independent() {
    let hasher = ReceiptHasher::new(&[7; 32]);
    let other_server = ReceiptHasher::new(&[8; 32]);
    let receipt = Receipt::parse("1234 5678 9012 3456 7890").unwrap();
    let retyped = Receipt::parse("1234-5678-9012-3456-7890").unwrap();
    let hash = hasher.lookup_hash(&receipt);
    assert_eq!(hash, hasher.lookup_hash(&retyped));
    assert_ne!(hash, other_server.lookup_hash(&receipt));
    assert_ne!(
        hash,
        hasher.lookup_hash(&Receipt::parse("12345678901234567891").unwrap())
    );
    assert!(hasher.verify(&retyped, &hash.0));
    assert!(!other_server.verify(&retyped, &hash.0));
    assert!(!hasher.verify(&retyped, &hash.0[..31]));
    assert_eq!(hash.to_hex().len(), 64);
}

#[test]
fn hasher_secret_from_base64() {
    let secret = ReceiptHasher::generate_secret_base64();
    let a = ReceiptHasher::from_base64(&secret).unwrap();
    let b = ReceiptHasher::from_base64(&format!("{}\n", secret.as_str())).unwrap();
    let receipt = Receipt::generate();
    assert_eq!(a.lookup_hash(&receipt), b.lookup_hash(&receipt));
    assert!(matches!(
        ReceiptHasher::from_base64("c2hvcnQ="),
        Err(CryptoError::InvalidKeyMaterial)
    ));

    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("receipt.secret");
    lumen_crypto::write_secret_text_file(&path, &secret).unwrap();
    let from_file = ReceiptHasher::from_file(&path).unwrap();
    assert_eq!(from_file.lookup_hash(&receipt), a.lookup_hash(&receipt));
}

#[test]
fn reply_key_is_reproducible_only_from_the_receipt() {
    let receipt = Receipt::generate();
    let params = ReplyKeyParams::with_kdf(CHEAP);
    let key = params.derive_reply_key(&receipt).unwrap();
    let message = key
        .encrypt(b"we have read your report", b"report:1:message:1")
        .unwrap();

    let stored = ReplyKeyParams::from_text(&params.to_text()).unwrap();
    let again = stored
        .derive_reply_key(&Receipt::parse(&receipt.to_display_string()).unwrap())
        .unwrap();
    assert_eq!(
        again.decrypt(&message, b"report:1:message:1").unwrap(),
        b"we have read your report"
    );

    let wrong_receipt = stored.derive_reply_key(&Receipt::generate()).unwrap();
    assert!(matches!(
        wrong_receipt.decrypt(&message, b"report:1:message:1"),
        Err(CryptoError::DecryptionFailed)
    ));
    let other_salt = ReplyKeyParams::with_kdf(CHEAP)
        .derive_reply_key(&receipt)
        .unwrap();
    assert!(other_salt.decrypt(&message, b"report:1:message:1").is_err());
}

#[test]
fn reply_key_with_default_parameters() {
    let params = ReplyKeyParams::generate();
    assert!(params.to_text().starts_with("argon2id:m=47104,t=2,p=1:"));
    let receipt = Receipt::generate();
    let key = params.derive_reply_key(&receipt).unwrap();
    let again = params.derive_reply_key(&receipt).unwrap();
    assert_eq!(key.expose_bytes(), again.expose_bytes());
}

#[test]
fn malformed_reply_key_parameters_are_refused() {
    for bad in [
        "",
        "argon2i:m=64,t=1,p=1:AAAAAAAAAAAAAAAAAAAAAA",
        "argon2id:m=64,t=1:AAAAAAAAAAAAAAAAAAAAAA",
        "argon2id:m=64,t=1,p=1:AAAA",
        "argon2id:m=99999999,t=1,p=1:AAAAAAAAAAAAAAAAAAAAAA",
        "argon2id:m=64,t=0,p=1:AAAAAAAAAAAAAAAAAAAAAA",
    ] {
        assert!(
            matches!(
                ReplyKeyParams::from_text(bad),
                Err(CryptoError::InvalidKdfParams)
            ),
            "{bad:?}"
        );
    }
}

#[test]
fn the_identifier_index_key_is_derived_per_secret_and_stable() {
    use lumen_crypto::{BlindIndexKey, IdentifierKind};
    let a = ReceiptHasher::new(&[1u8; 32]).derive_identifier_index_key();
    let again = ReceiptHasher::new(&[1u8; 32]).derive_identifier_index_key();
    let other = ReceiptHasher::new(&[2u8; 32]).derive_identifier_index_key();
    let phone = "+32470123456";
    assert_eq!(
        a.index(IdentifierKind::Phone, phone),
        again.index(IdentifierKind::Phone, phone)
    );
    assert_ne!(
        a.index(IdentifierKind::Phone, phone),
        other.index(IdentifierKind::Phone, phone)
    );
    // Not the secret itself used as an index key: the derivation has its own context.
    assert_ne!(
        a.index(IdentifierKind::Phone, phone),
        BlindIndexKey::new(&[1u8; 32]).index(IdentifierKind::Phone, phone)
    );
}

proptest! {
    #[test]
    fn display_then_parse_round_trips(digits in "[0-9]{20}") {
        let receipt = Receipt::parse(&digits).unwrap();
        prop_assert_eq!(receipt.expose_digits(), digits.as_str());
        prop_assert_eq!(Receipt::parse(&receipt.to_display_string()).unwrap(), receipt);
    }
}
