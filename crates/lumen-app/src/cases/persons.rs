//! The identifiers of a person added to a case: every identifier line is normalised with the linking engine and
//! turned into a blind index under the identifiers' key; the value as typed is sealed by the
//! store. A line that does not read as its kind is refused with its field, nothing stored.

use crate::identifiers::{blind_index, normalise};
use lumen_crypto::BlindIndexKey;
use lumen_domain::cases::persons::IdentifierType;
use lumen_store::NewIdentifier;

/// The most identifiers of one kind a person may be given at once.
pub const LINES_MAX: usize = 20;

/// Why identifier lines were refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IdentifierProblem {
    /// This line does not read as an identifier of its kind.
    Unreadable(IdentifierType, String),
    /// Too many lines of this kind.
    TooMany(IdentifierType),
}

/// The identifiers of `lines` (one kind, one value a line), normalised and indexed.
pub fn identifiers(
    key: &BlindIndexKey,
    kind: IdentifierType,
    lines: &str,
) -> Result<Vec<NewIdentifier>, IdentifierProblem> {
    let values: Vec<&str> = lines
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect();
    if values.len() > LINES_MAX {
        return Err(IdentifierProblem::TooMany(kind));
    }
    let mut out: Vec<NewIdentifier> = Vec::with_capacity(values.len());
    for raw in values {
        let normalised = normalise(kind, raw)
            .ok_or_else(|| IdentifierProblem::Unreadable(kind, raw.to_owned()))?;
        let index = blind_index(key, kind, &normalised);
        if out.iter().all(|o| o.blind_index != index) {
            out.push(NewIdentifier {
                kind,
                value: raw.to_owned(),
                blind_index: index,
            });
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_are_normalised_deduplicated_and_refused_when_unreadable() {
        let key = BlindIndexKey::new(&[9u8; 32]);
        let ok = identifiers(
            &key,
            IdentifierType::Phone,
            "0470 12 34 56\n\n+32470123456\n0471 00 00 00",
        )
        .unwrap();
        assert_eq!(ok.len(), 2, "the same number twice is kept once");
        assert_eq!(ok[0].value, "0470 12 34 56");
        assert_eq!(
            identifiers(&key, IdentifierType::Email, "not an address"),
            Err(IdentifierProblem::Unreadable(
                IdentifierType::Email,
                "not an address".into()
            ))
        );
    }
}
