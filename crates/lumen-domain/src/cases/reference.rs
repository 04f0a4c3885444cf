//! A case's reference: a prefix from the configuration, the year it was opened and its number
//! in that year, e.g. `TEH-2026-0001`. Numbers run without gaps within a prefix and year.

use std::fmt;
use std::str::FromStr;

/// A case reference.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CaseReference {
    /// Letters and digits, 2 to 12, upper case (e.g. `TEH`).
    pub prefix: String,
    /// The year the case was opened.
    pub year: i32,
    /// Its number in that year, from 1.
    pub number: u32,
}

/// Why a text is not a case reference, or a prefix not usable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceError {
    /// The prefix is not 2 to 12 upper-case letters or digits.
    Prefix,
    /// The text is not `PREFIX-YYYY-NNNN`.
    Shape,
}

impl fmt::Display for ReferenceError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            ReferenceError::Prefix => "a case prefix is 2 to 12 upper-case letters or digits",
            ReferenceError::Shape => "a case reference reads PREFIX-YYYY-NNNN",
        })
    }
}

impl std::error::Error for ReferenceError {}

/// Checks a configured prefix.
pub fn check_prefix(prefix: &str) -> Result<(), ReferenceError> {
    let ok = (2..=12).contains(&prefix.len())
        && prefix
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit());
    ok.then_some(()).ok_or(ReferenceError::Prefix)
}

impl CaseReference {
    /// A reference with a checked prefix.
    pub fn new(prefix: &str, year: i32, number: u32) -> Result<Self, ReferenceError> {
        check_prefix(prefix)?;
        if !(1000..=9999).contains(&year) || number == 0 {
            return Err(ReferenceError::Shape);
        }
        Ok(Self {
            prefix: prefix.to_owned(),
            year,
            number,
        })
    }
}

impl fmt::Display for CaseReference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}-{:04}", self.prefix, self.year, self.number)
    }
}

impl FromStr for CaseReference {
    type Err = ReferenceError;

    /// Reads a reference as typed: case and surrounding spaces do not matter.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let s = s.trim().to_ascii_uppercase();
        let mut parts = s.rsplitn(3, '-');
        let (Some(number), Some(year), Some(prefix)) = (parts.next(), parts.next(), parts.next())
        else {
            return Err(ReferenceError::Shape);
        };
        let year = (year.len() == 4)
            .then(|| year.parse().ok())
            .flatten()
            .ok_or(ReferenceError::Shape)?;
        let number = (number.len() >= 4 && number.bytes().all(|b| b.is_ascii_digit()))
            .then(|| number.parse().ok())
            .flatten()
            .ok_or(ReferenceError::Shape)?;
        Self::new(prefix, year, number)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reference_reads_and_prints_the_same() {
        let r = CaseReference::new("TEH", 2026, 1).unwrap();
        assert_eq!(r.to_string(), "TEH-2026-0001");
        assert_eq!(" teh-2026-0001 ".parse::<CaseReference>(), Ok(r));
        assert_eq!(
            "MH-2027-12345".parse::<CaseReference>().unwrap().number,
            12345
        );
    }

    #[test]
    fn malformed_references_and_prefixes_are_refused() {
        for bad in [
            "",
            "TEH-2026",
            "TEH-26-0001",
            "TEH-2026-1",
            "TEH-2026-0000",
            "T-2026-0001",
            "TÉH-2026-0001",
            "TEH-2026-00x1",
        ] {
            assert!(bad.parse::<CaseReference>().is_err(), "{bad}");
        }
        assert_eq!(check_prefix("teh"), Err(ReferenceError::Prefix));
        assert_eq!(check_prefix("TEH2"), Ok(()));
    }
}
