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

/// A screening being filled in: everything entered so far, kept between the steps of the form
/// (sealed whole in the store) until it is filed or discarded.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ScreeningDraft {
    /// `adult`, `child` or `unknown`, as chosen by the officer.
    pub who: String,
    /// The questions answered, `(indicator id, answer code)`; "not asked" is not listed.
    pub answers: Vec<(String, String)>,
    /// Age in years.
    pub age: Option<u32>,
    /// An act is established.
    pub act_established: bool,
    /// Purpose stated by the officer.
    pub purpose: Option<String>,
    /// Immediate danger.
    pub immediate_danger: bool,
    /// Reference of a related report.
    pub report_ref: Option<String>,
    /// Anonymous description of the person.
    pub person_description: Option<String>,
    /// The furthest step saved (1 for the first), so the steps up to it can be revisited.
    pub reached: u32,
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
