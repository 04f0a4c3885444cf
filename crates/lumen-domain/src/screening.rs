//! What a screening stores besides its indicators and the engine's result: one type, written
//! when the screening is filed and read back when it is shown.

use serde::{Deserialize, Serialize};

/// The facts stored with a screening (JSON in the `facts` column).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreeningFacts {
    /// `adult`, `child` or `unknown`, as chosen by the officer.
    pub who: String,
    /// Age in years.
    pub age: Option<u32>,
    /// An act is established.
    pub act_established: bool,
    /// Purpose stated by the officer.
    pub purpose: Option<String>,
    /// Immediate danger.
    pub immediate_danger: bool,
    /// The questions answered, `(indicator id, answer code)`, in the order asked; "not asked"
    /// is not listed. Empty for screenings filed as a checklist of signs.
    #[serde(default)]
    pub answers: Vec<(String, String)>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn facts_read_back_as_written_and_a_changed_record_is_refused() {
        let facts = ScreeningFacts {
            who: "adult".into(),
            age: Some(24),
            act_established: true,
            purpose: None,
            immediate_danger: false,
            answers: vec![("al.d5.isolation".into(), "no".into())],
        };
        let json = serde_json::to_string(&facts).unwrap();
        assert_eq!(
            serde_json::from_str::<ScreeningFacts>(&json).unwrap(),
            facts
        );
        assert!(serde_json::from_str::<ScreeningFacts>(r#"{"who":"adult"}"#).is_err());
    }
}
