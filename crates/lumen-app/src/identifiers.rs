//! Identifiers as every feature indexes them: normalised with the linking engine's normalisers,
//! then hashed into a blind index in the kind's own domain. Reports and persons use these same
//! functions, so a phone number in a report and in a case share one index.

use lumen_crypto::{BlindIndexKey, IdentifierKind};
use lumen_domain::cases::persons::IdentifierType;
use lumen_linking::normalize::{
    normalize_address, normalize_email, normalize_handle, normalize_iban, normalize_phone,
    normalize_plate, normalize_url,
};

/// The normalised value of `raw` as an identifier of `kind`, when it reads as one.
pub fn normalise(kind: IdentifierType, raw: &str) -> Option<String> {
    match kind {
        IdentifierType::Phone => normalize_phone(raw),
        IdentifierType::Email => normalize_email(raw),
        IdentifierType::Plate => normalize_plate(raw),
        IdentifierType::Iban => normalize_iban(raw),
        IdentifierType::Handle => normalize_handle(raw),
        IdentifierType::Website => normalize_url(raw),
        IdentifierType::Address => normalize_address(raw),
    }
}

/// The blind index of a normalised identifier of `kind`. Websites and addresses have no
/// domain of their own in the index: they are hashed under "other" with their kind as prefix.
pub fn blind_index(key: &BlindIndexKey, kind: IdentifierType, normalised: &str) -> Vec<u8> {
    let index = match kind {
        IdentifierType::Phone => key.index(IdentifierKind::Phone, normalised),
        IdentifierType::Email => key.index(IdentifierKind::Email, normalised),
        IdentifierType::Plate => key.index(IdentifierKind::Plate, normalised),
        IdentifierType::Iban => key.index(IdentifierKind::Iban, normalised),
        IdentifierType::Handle => key.index(IdentifierKind::Handle, normalised),
        IdentifierType::Website | IdentifierType::Address => key.index(
            IdentifierKind::Other,
            &format!("{}:{normalised}", kind.code()),
        ),
    };
    index.0.to_vec()
}

/// Every reading of a searched text as an identifier: `(kind, blind index)` for each kind it
/// normalises as. A phone number typed in any usual way finds the phone number stored.
pub fn readings(key: &BlindIndexKey, text: &str) -> Vec<(IdentifierType, Vec<u8>)> {
    IdentifierType::ALL
        .iter()
        .filter_map(|k| normalise(*k, text).map(|n| (*k, blind_index(key, *k, &n))))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_phone_typed_two_ways_has_one_index_and_kinds_differ() {
        let key = BlindIndexKey::new(&[5u8; 32]);
        let a = normalise(IdentifierType::Phone, "0470 12 34 56").unwrap();
        let b = normalise(IdentifierType::Phone, "+32 470 12 34 56").unwrap();
        assert_eq!(
            blind_index(&key, IdentifierType::Phone, &a),
            blind_index(&key, IdentifierType::Phone, &b)
        );
        assert_ne!(
            blind_index(&key, IdentifierType::Website, "x"),
            blind_index(&key, IdentifierType::Address, "x")
        );
        let found = readings(&key, "0470/12.34.56");
        assert!(found.iter().any(|(k, _)| *k == IdentifierType::Phone));
        assert!(normalise(IdentifierType::Iban, "BE71 0961 2345 6769").is_some());
    }
}
