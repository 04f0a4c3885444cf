//! Normalisers: each turns a messy real-world value into one canonical text form, or `None` when the
//! value is not usable. Every normaliser is idempotent and never panics (property tested).

pub mod address;
pub mod date;
pub mod email;
pub mod handle;
pub mod iban;
pub mod name;
pub mod phone;
pub mod plate;
pub mod url;

pub use address::{Address, canonical_street, normalize_address, normalize_city, parse_address};
pub use date::{Date, DateParse, normalize_date, parse_date};
pub use email::normalize_email;
pub use handle::normalize_handle;
pub use iban::normalize_iban;
pub use name::{name_tokens, normalize_full_name, normalize_name};
pub use phone::normalize_phone;
pub use plate::normalize_plate;
pub use url::normalize_url;

use crate::kind::FieldKind;

/// Normalise a value of the given kind. Free text and identity numbers are trimmed, case-folded and
/// have their separators removed (identity numbers) or are split into sorted unique tokens (text).
pub fn normalize(kind: FieldKind, input: &str) -> Option<String> {
    if input.trim().is_empty() {
        return None;
    }
    match kind {
        FieldKind::GivenName | FieldKind::Surname => normalize_name(input),
        FieldKind::FullName => normalize_full_name(input),
        FieldKind::BirthDate => normalize_date(input),
        FieldKind::Phone => normalize_phone(input),
        FieldKind::Email => normalize_email(input),
        FieldKind::Address => normalize_address(input),
        FieldKind::StreetNumber => {
            let token: String = input
                .trim()
                .chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
                .to_ascii_lowercase();
            (!token.is_empty() && token.len() <= 10).then_some(token)
        }
        FieldKind::City => normalize_city(input),
        FieldKind::Postcode => {
            let digits: String = input.chars().filter(char::is_ascii_digit).collect();
            (digits.len() == 4).then_some(digits)
        }
        FieldKind::Plate => normalize_plate(input),
        FieldKind::Iban => normalize_iban(input),
        FieldKind::Handle => normalize_handle(input),
        FieldKind::Url => normalize_url(input),
        FieldKind::IdNumber => {
            let id: String = input
                .chars()
                .filter(char::is_ascii_alphanumeric)
                .map(|c| c.to_ascii_uppercase())
                .collect();
            (id.len() >= 3).then_some(id)
        }
        FieldKind::Text => {
            let mut tokens = name_tokens(input);
            tokens.sort_unstable();
            tokens.dedup();
            (!tokens.is_empty()).then(|| tokens.join(" "))
        }
    }
}
