//! Identifiers named in a public report (phone numbers, plates, websites and ads, social-media
//! handles, e-mail addresses): each line is normalised with the linking engine's normalisers.
//! A value that does not normalise is never refused: the reporter is asked once to check it,
//! and it is kept as typed. Raw and normalised values go into the sealed payload; the
//! normalised ones are also stored as blind indexes (keyed hashes), so that linking can match
//! reports without decrypting them.

use lumen_crypto::BlindIndexKey;
use lumen_domain::cases::persons::IdentifierType;
use lumen_linking::normalize::{
    normalize_email, normalize_handle, normalize_phone, normalize_plate, normalize_url,
};
use lumen_store::NewReportIdentifier;
use serde::{Deserialize, Serialize};

/// One kind of identifier field of the form.
pub struct IdentifierField {
    /// The form field (one value a line).
    pub field: &'static str,
    /// The stored kind.
    pub kind: &'static str,
    normalise: fn(&str) -> Option<String>,
}

/// The identifier fields, in the order of the form.
pub const FIELDS: [IdentifierField; 5] = [
    IdentifierField {
        field: "phones",
        kind: "phone",
        normalise: normalize_phone,
    },
    IdentifierField {
        field: "plates",
        kind: "plate",
        normalise: normalize_plate,
    },
    IdentifierField {
        field: "websites",
        kind: "website",
        normalise: normalize_url,
    },
    IdentifierField {
        field: "handles",
        kind: "handle",
        normalise: normalize_handle,
    },
    IdentifierField {
        field: "emails",
        kind: "email",
        normalise: normalize_email,
    },
];

/// One identifier as sealed in the payload.
#[derive(Debug, Clone, Default, Serialize, Deserialize, PartialEq, Eq)]
pub struct Identifier {
    /// `phone`, `plate`, `website`, `handle` or `email`.
    pub kind: String,
    /// As typed (trimmed).
    pub raw: String,
    /// The normalised value, when the value could be normalised.
    pub normalised: Option<String>,
}

/// The identifiers of one field's lines.
pub fn check(field: &IdentifierField, lines: &[String]) -> Vec<Identifier> {
    lines
        .iter()
        .map(|raw| Identifier {
            kind: field.kind.to_owned(),
            raw: raw.clone(),
            normalised: (field.normalise)(raw),
        })
        .collect()
}

/// The blind indexes of the identifiers that could be normalised.
pub fn blind_indexes(key: &BlindIndexKey, identifiers: &[Identifier]) -> Vec<NewReportIdentifier> {
    identifiers
        .iter()
        .filter_map(|i| {
            let kind = IdentifierType::parse(&i.kind)?;
            let value = i.normalised.as_deref()?;
            Some(NewReportIdentifier {
                kind: kind.code().to_owned(),
                blind_index: crate::identifiers::blind_index(key, kind, value),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn one(field: usize, raw: &str) -> Identifier {
        check(&FIELDS[field], &[raw.to_owned()]).remove(0)
    }

    #[test]
    fn belgian_phones_typed_differently_share_one_index() {
        let key = BlindIndexKey::new(&[3u8; 32]);
        let a = one(0, "0470 12 34 56");
        let b = one(0, "+32470123456");
        assert_eq!(a.normalised.as_deref(), Some("+32470123456"));
        assert_eq!(a.normalised, b.normalised);
        assert_eq!(a.raw, "0470 12 34 56", "the raw value is kept");
        assert_eq!(blind_indexes(&key, &[a]), blind_indexes(&key, &[b]));
    }

    #[test]
    fn values_that_do_not_normalise_are_kept_and_not_indexed() {
        let key = BlindIndexKey::new(&[3u8; 32]);
        let odd = one(0, "12");
        assert_eq!(odd.normalised, None);
        assert_eq!(odd.raw, "12");
        assert!(blind_indexes(&key, &[odd]).is_empty());
    }

    #[test]
    fn kinds_are_separate_domains() {
        let key = BlindIndexKey::new(&[3u8; 32]);
        let site = one(2, "https://www.example.be/ads/12?utm_source=x");
        assert_eq!(site.normalised.as_deref(), Some("example.be/ads/12"));
        let handle = one(3, "@quillbrook_jobs");
        let email = one(4, "Quill.Brook@Example.BE");
        let indexes = blind_indexes(&key, &[site, handle, email]);
        assert_eq!(indexes.len(), 3);
        assert_ne!(indexes[0].blind_index, indexes[1].blind_index);
        let plate = one(1, "1-qzx-742");
        assert_eq!(plate.normalised.as_deref(), Some("1QZX742"));
    }
}
