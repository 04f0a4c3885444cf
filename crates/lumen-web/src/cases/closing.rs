//! The reasons a case may be closed for, and an item in triage, from versioned catalogue files
//! (`catalogues/cases/closing-reasons.toml`, `catalogues/triage/closing-reasons.toml`), checked
//! when Lumen starts.

use serde::Deserialize;
use std::sync::OnceLock;

const BUILTIN: &str = include_str!("../../../../catalogues/cases/closing-reasons.toml");
const TRIAGE: &str = include_str!("../../../../catalogues/triage/closing-reasons.toml");

/// One reason.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ClosingReason {
    /// Stable code; its label is `case-closing-<code>` with `_` as `-`.
    pub code: String,
    /// Whether the requester must say more (which case it duplicates, what else).
    #[serde(default)]
    pub needs_detail: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    kind: String,
    #[expect(
        dead_code,
        reason = "the file must declare its version; it is not read"
    )]
    version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    catalogue: Header,
    reasons: Vec<ClosingReason>,
}

/// The reasons, in the order offered.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClosingReasons(pub Vec<ClosingReason>);

impl ClosingReasons {
    /// Reads and checks a catalogue: its kind, at least one reason, codes unique and in
    /// `snake_case`.
    pub fn from_source(src: &str) -> Result<Self, String> {
        Self::of_kind(src, "case_closing_reasons")
    }

    fn of_kind(src: &str, kind: &str) -> Result<Self, String> {
        let raw: Raw = toml::from_str(src).map_err(|e| e.to_string())?;
        if raw.catalogue.kind != kind {
            return Err(format!("catalogue.kind must be {kind}"));
        }
        if raw.reasons.is_empty() {
            return Err("no reason".into());
        }
        for (i, r) in raw.reasons.iter().enumerate() {
            let ok =
                !r.code.is_empty() && r.code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
            if !ok || raw.reasons[..i].iter().any(|o| o.code == r.code) {
                return Err(format!("reason code {:?} is malformed or repeated", r.code));
            }
        }
        Ok(Self(raw.reasons))
    }

    /// The catalogue shipped with Lumen.
    ///
    /// # Panics
    /// If the built-in file does not validate, which this module's tests rule out.
    pub fn builtin() -> &'static ClosingReasons {
        static REASONS: OnceLock<ClosingReasons> = OnceLock::new();
        REASONS.get_or_init(|| {
            ClosingReasons::from_source(BUILTIN).expect("the built-in closing reasons are valid")
        })
    }

    /// The triage catalogue shipped with Lumen.
    ///
    /// # Panics
    /// If the built-in file does not validate, which this module's tests rule out.
    pub fn triage() -> &'static ClosingReasons {
        static REASONS: OnceLock<ClosingReasons> = OnceLock::new();
        REASONS.get_or_init(|| {
            ClosingReasons::of_kind(TRIAGE, "triage_closing_reasons")
                .expect("the built-in triage reasons are valid")
        })
    }

    /// The reason with this code.
    pub fn get(&self, code: &str) -> Option<&ClosingReason> {
        self.0.iter().find(|r| r.code == code)
    }
}

/// The label key of a reason.
pub fn label_key(code: &str) -> String {
    format!("case-closing-{}", code.replace('_', "-"))
}

/// The label key of a triage reason.
pub fn triage_label_key(code: &str) -> String {
    format!("triage-closing-{}", code.replace('_', "-"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_builtin_catalogue_reads_and_every_reason_has_a_label() {
        let reasons = ClosingReasons::builtin();
        assert!(reasons.get("duplicate").is_some_and(|r| r.needs_detail));
        for lang in ["fr", "nl", "en"] {
            let l = crate::infra::i18n::Lang::staff(lang).unwrap();
            for r in &reasons.0 {
                assert!(l.has(&label_key(&r.code)), "{lang}: {}", r.code);
            }
            for r in &ClosingReasons::triage().0 {
                assert!(l.has(&triage_label_key(&r.code)), "{lang}: {}", r.code);
            }
        }
    }

    #[test]
    fn a_malformed_catalogue_is_refused() {
        let head = "[catalogue]\nkind = \"case_closing_reasons\"\nversion = \"1\"\n";
        assert!(
            ClosingReasons::from_source(&format!("{head}[[reasons]]\ncode = \"Dup\"\n")).is_err()
        );
        assert!(
            ClosingReasons::from_source(&format!(
                "{head}[[reasons]]\ncode = \"a\"\n[[reasons]]\ncode = \"a\"\n"
            ))
            .is_err()
        );
        assert!(ClosingReasons::from_source(head).is_err(), "no reason");
    }
}
