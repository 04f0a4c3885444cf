//! Organisational units are data; only their kind is a closed list.

use crate::UnitId;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

/// What kind of organisation a unit is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum UnitKind {
    /// The trafficking in human beings section (investigators).
    ThbSection,
    /// Intervention brigades.
    Intervention,
    /// Neighbourhood officers.
    Neighbourhood,
    /// A police station's reception desk.
    Reception,
    /// Management, statistics, administration.
    Management,
    /// A partner organisation (specialised centre, association).
    Partner,
    /// Any other service.
    Other,
}

impl UnitKind {
    /// Every kind.
    pub const ALL: [UnitKind; 7] = [
        UnitKind::ThbSection,
        UnitKind::Intervention,
        UnitKind::Neighbourhood,
        UnitKind::Reception,
        UnitKind::Management,
        UnitKind::Partner,
        UnitKind::Other,
    ];

    /// The stable code stored in the database.
    pub fn code(self) -> &'static str {
        match self {
            UnitKind::ThbSection => "thb_section",
            UnitKind::Intervention => "intervention",
            UnitKind::Neighbourhood => "neighbourhood",
            UnitKind::Reception => "reception",
            UnitKind::Management => "management",
            UnitKind::Partner => "partner",
            UnitKind::Other => "other",
        }
    }

    /// Parses a stable code.
    pub fn parse(code: &str) -> Option<UnitKind> {
        UnitKind::ALL.into_iter().find(|k| k.code() == code)
    }
}

/// Why a unit code is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid_unit_code")]
pub struct InvalidUnitCode;

/// Checks a unit's short code: 2 to 32 characters among `a-z 0-9 - _`.
pub fn parse_unit_code(raw: &str) -> Result<String, InvalidUnitCode> {
    let s = raw.trim().to_lowercase();
    let ok = (2..=32).contains(&s.len())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if ok { Ok(s) } else { Err(InvalidUnitCode) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn unit_codes() {
        assert_eq!(parse_unit_code(" THB ").unwrap(), "thb");
        assert!(parse_unit_code("a").is_err());
        assert!(parse_unit_code("thb section").is_err());
        for k in UnitKind::ALL {
            assert_eq!(UnitKind::parse(k.code()), Some(k));
        }
    }
}

/// A unit: its code, name and kind, and whether it is in use.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UnitRecord {
    /// Identifier.
    pub id: UnitId,
    /// Short code, unique.
    pub code: String,
    /// Display name.
    pub name: String,
    /// Kind.
    pub kind: UnitKind,
    /// Whether it is in use.
    pub active: bool,
    /// When it was created.
    pub created_at: DateTime<Utc>,
}
