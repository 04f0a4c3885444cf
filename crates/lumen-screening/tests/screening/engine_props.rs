//! Properties of the screening engine over the shipped catalogues.

use lumen_screening::{
    AssessError, AssessRequest, Catalogue, Facts, Strength, StrengthCounts, evaluate_dimension,
};
use proptest::prelude::*;
use std::sync::OnceLock;

fn cat() -> &'static Catalogue {
    static CAT: OnceLock<Catalogue> = OnceLock::new();
    CAT.get_or_init(|| Catalogue::builtin().expect("valid catalogues"))
}

/// The ILO dimension rule, written independently of the catalogue data.
fn ilo_rule(s: u32, m: u32, w: u32) -> bool {
    s >= 2 || (s >= 1 && m + w >= 1) || m >= 3 || (m >= 2 && w >= 1)
}

const SETS: [&str; 4] = [
    "adult-labour",
    "adult-sexual",
    "child-labour",
    "child-sexual",
];

fn request(set: &str, ids: Vec<String>, facts: Facts) -> AssessRequest {
    AssessRequest {
        set: set.into(),
        indicators: ids,
        facts,
        date: Some("2026-11-28".into()),
    }
}

/// A set index and a random subset (as a bit mask) of its indicators.
fn set_and_subset() -> impl Strategy<Value = (usize, Vec<bool>)> {
    (0..SETS.len()).prop_flat_map(|i| {
        let n = cat().sets()[i].indicators.len();
        (Just(i), proptest::collection::vec(any::<bool>(), n))
    })
}

fn ids_of(set: usize, mask: &[bool]) -> Vec<String> {
    cat().sets()[set]
        .indicators
        .iter()
        .zip(mask)
        .filter(|(_, on)| **on)
        .map(|(i, _)| i.id.clone())
        .collect()
}

proptest! {
    #[test]
    fn dimension_rule_matches_ilo_rule_on_every_count(s in 0u32..6, m in 0u32..6, w in 0u32..6) {
        let counts = StrengthCounts { strong: s, medium: m, weak: w };
        prop_assert_eq!(evaluate_dimension(cat().rule_clauses(), counts).is_some(), ilo_rule(s, m, w));
    }

    #[test]
    fn each_dimension_result_equals_the_rule_on_its_counts((set, mask) in set_and_subset()) {
        let ids = ids_of(set, &mask);
        let a = cat().assess(&request(SETS[set], ids.clone(), Facts::default())).unwrap();
        for d in &a.dimensions {
            let strengths: Vec<Strength> = d.counted.iter()
                .map(|id| cat().sets()[set].indicator(id).unwrap().strength).collect();
            let count = |x| strengths.iter().filter(|s| **s == x).count() as u32;
            prop_assert_eq!(d.positive, ilo_rule(count(Strength::Strong), count(Strength::Medium), count(Strength::Weak)));
            prop_assert_eq!(d.positive, d.clause.is_some());
        }
        let counted: usize = a.dimensions.iter().map(|d| d.counted.len()).sum();
        prop_assert_eq!(counted, ids.len());
    }

    #[test]
    fn adding_an_indicator_never_turns_a_positive_negative((set, mask) in set_and_subset(), extra in any::<prop::sample::Index>()) {
        let before = cat().assess(&request(SETS[set], ids_of(set, &mask), Facts::default())).unwrap();
        let mut more = mask.clone();
        more[extra.index(mask.len())] = true;
        let after = cat().assess(&request(SETS[set], ids_of(set, &more), Facts::default())).unwrap();
        for (b, a) in before.dimensions.iter().zip(&after.dimensions) {
            prop_assert!(!b.positive || a.positive, "{} turned negative", b.dimension);
        }
        prop_assert!(!before.ilo_positive || after.ilo_positive);
    }

    #[test]
    fn children_rule_needs_no_means_dimension(child in prop::bool::ANY, picks in proptest::collection::vec(any::<bool>(), 8)) {
        // Only exploitation (D4) indicators: no means dimension can be positive.
        let set = if child { 2 } else { 3 };
        let d4: Vec<String> = cat().sets()[set].indicators.iter()
            .filter(|i| i.dimension == "D4").zip(picks.iter().chain(std::iter::repeat(&false)))
            .filter(|(_, on)| **on).map(|(i, _)| i.id.clone()).collect();
        let facts = Facts { act_established: true, ..Facts::default() };
        let a = cat().assess(&request(SETS[set], d4, facts)).unwrap();
        let d4_positive = a.dimensions.iter().any(|d| d.dimension == "D4" && d.positive);
        prop_assert!(a.dimensions.iter().filter(|d| d.dimension != "D4").all(|d| !d.positive));
        prop_assert_eq!(a.ilo_positive, d4_positive);
    }
}

#[test]
fn adults_need_means_where_children_do_not() {
    let d4 = ["d4.excessive_hours", "d4.low_or_no_salary"];
    let facts = Facts {
        act_established: true,
        ..Facts::default()
    };
    let adult = cat()
        .assess(&request(
            "adult-labour",
            d4.iter().map(|k| format!("al.{k}")).collect(),
            facts.clone(),
        ))
        .unwrap();
    assert!(adult.dimensions[3].positive);
    assert!(!adult.ilo_positive, "D4 alone is not the adult combination");
    let child = cat()
        .assess(&request(
            "child-labour",
            d4.iter().map(|k| format!("cl.{k}")).collect(),
            facts,
        ))
        .unwrap();
    assert!(child.ilo_positive);
    assert!(child.actions.iter().any(|a| a.id == "minor_protection"));
    assert!(child.actions.iter().any(|a| a.id == "inform_magistrate"));
}

#[test]
fn unknown_and_foreign_ids_are_refused() {
    let err = cat()
        .assess(&request(
            "adult-labour",
            vec!["al.d9.nothing".into()],
            Facts::default(),
        ))
        .unwrap_err();
    assert!(matches!(&err, AssessError::UnknownIndicator { valid, .. } if valid.len() == 67));
    assert!(err.to_string().contains("al.d1.nature_of_job"));
    let err = cat()
        .assess(&request(
            "adult-labour",
            vec!["cs.d5.isolation".into()],
            Facts::default(),
        ))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "indicator `cs.d5.isolation` belongs to set child-sexual, not to adult-labour; use the adult-labour indicators (prefix `al.`)"
    );
    let err = cat()
        .assess(&request("adults", vec![], Facts::default()))
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "unknown set `adults`; valid sets: adult-labour, adult-sexual, child-labour, child-sexual"
    );
    // No social protection is not in the children-labour list.
    let err = cat()
        .assess(&request(
            "child-labour",
            vec!["cl.d4.no_social_protection".into()],
            Facts::default(),
        ))
        .unwrap_err();
    assert_eq!(err.code(), "screening_unknown_indicator");
}

#[test]
fn belgian_view_needs_act_and_purpose_and_lists_aggravating() {
    let ids = vec![
        "as.d4.low_or_no_salary".into(),
        "as.d4.bad_living_conditions".into(),
        "as.d4.very_bad_working_conditions".into(),
        "as.d5.violence_on_victim".into(),
    ];
    let without_act = cat()
        .assess(&request("adult-sexual", ids.clone(), Facts::default()))
        .unwrap();
    assert!(!without_act.belgian_law_view.elements_indicated);
    let facts = Facts {
        act_established: true,
        age: Some(17),
        ..Facts::default()
    };
    let a = cat().assess(&request("adult-sexual", ids, facts)).unwrap();
    let b = &a.belgian_law_view;
    assert!(b.elements_indicated && !b.means_required);
    assert_eq!(b.purpose.as_deref(), Some("sexual_exploitation"));
    assert!(b.aggravating.contains(&"minor".to_string()));
    assert!(
        b.aggravating
            .contains(&"fraud_violence_threats_coercion".to_string())
    );
    assert_eq!(a.warnings, ["minor_with_adult_set"]);
}

#[test]
fn purposes_follow_the_law_version_in_force() {
    let forced_marriage = Facts {
        purpose: Some("forced_marriage".into()),
        ..Facts::default()
    };
    let mut req = request("adult-labour", vec![], forced_marriage);
    req.date = Some("2026-01-01".into());
    assert_eq!(
        cat().assess(&req).unwrap_err().code(),
        "screening_unknown_purpose"
    );
    req.date = Some("2026-04-09".into());
    assert_eq!(
        cat().assess(&req).unwrap().belgian_law_view.law_version,
        "cp-2024-book-ii"
    );
}

#[test]
fn no_sign_gives_no_referral_and_danger_comes_first() {
    let a = cat()
        .assess(&request("adult-labour", vec![], Facts::default()))
        .unwrap();
    assert_eq!(a.outcome, "no_signs");
    assert_eq!(
        a.actions.iter().map(|x| x.id.as_str()).collect::<Vec<_>>(),
        ["ask_referent"]
    );
    let danger = Facts {
        immediate_danger: true,
        ..Facts::default()
    };
    let a = cat()
        .assess(&request(
            "adult-labour",
            vec!["al.d5.violence_on_victim".into()],
            danger,
        ))
        .unwrap();
    assert_eq!(a.actions[0].id, "emergency");
    assert!(
        a.actions
            .iter()
            .any(|x| x.id == "refer_specialised_centre" && x.verify)
    );
}

#[test]
fn every_set_has_every_theme_question_in_three_languages() {
    for set in cat().sets() {
        let groups = cat().indicators_by_theme(&set.id).unwrap();
        assert_eq!(
            groups.iter().map(|g| g.indicators.len()).sum::<usize>(),
            set.indicators.len()
        );
        for ind in &set.indicators {
            for lang in lumen_screening::Lang::ALL {
                assert!(!ind.question.get(lang).is_empty(), "{} {lang:?}", ind.id);
            }
        }
    }
    let docs = cat()
        .indicators_for_sign("adult-labour", "documents_taken")
        .unwrap();
    assert_eq!(
        docs.iter().map(|i| i.id.as_str()).collect::<Vec<_>>(),
        [
            "al.d2.confiscation_of_documents",
            "al.d5.confiscation_of_documents"
        ]
    );
}
