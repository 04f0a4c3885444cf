//! Every indicator's question counts its sign only for the answer the catalogue calls adverse:
//! an officer who records the true answers gets the ILO reading those answers mean.

use lumen_screening::{Adverse, Answer, AssessRequest, Catalogue, Facts};

fn assess_one(cat: &Catalogue, set: &str, id: &str, answer: Answer) -> Vec<String> {
    let signs = cat
        .signs_from_answers(set, &[(id.to_owned(), answer)])
        .unwrap();
    let assessment = cat
        .assess(&AssessRequest {
            set: set.into(),
            indicators: signs.clone(),
            facts: Facts::default(),
            date: None,
        })
        .unwrap();
    let counted: Vec<String> = assessment
        .dimensions
        .iter()
        .flat_map(|d| d.counted.iter().cloned())
        .collect();
    assert_eq!(
        counted, signs,
        "{id}: the engine counts what the answers select"
    );
    counted
}

#[test]
fn each_question_of_the_four_sets_counts_only_its_adverse_answer() {
    let cat = Catalogue::builtin().unwrap();
    let mut walked = 0;
    for set in cat.sets() {
        for ind in &set.indicators {
            let sign = ind.adverse.answer();
            let other = match ind.adverse {
                Adverse::Yes => Answer::No,
                Adverse::No => Answer::Yes,
            };
            assert_eq!(
                assess_one(&cat, &set.id, &ind.id, sign),
                vec![ind.id.clone()]
            );
            for a in [other, Answer::DontKnow, Answer::NotAsked] {
                assert!(
                    assess_one(&cat, &set.id, &ind.id, a).is_empty(),
                    "{}: {a:?} is not the sign",
                    ind.id
                );
            }
            walked += 1;
        }
    }
    assert_eq!(walked, 67 + 67 + 65 + 65);
}

/// A question about a freedom or an entitlement ("Can you…", "Could you…", "Do you know…",
/// "Are you paid…", "Do you have a contract…", "Is the agreement… respected?", "Did you know…")
/// is a sign when the answer is no; every other question is a sign when it is yes.
#[test]
fn questions_about_a_freedom_are_signs_when_answered_no() {
    let cat = Catalogue::builtin().unwrap();
    let freedom = [
        "Can you",
        "Could you",
        "Do you know",
        "Did you know",
        "Are you paid",
        "Do you have a contract",
        "Is the agreement",
    ];
    for set in cat.sets() {
        for ind in &set.indicators {
            let en = ind.question.get(lumen_screening::Lang::En);
            let expected = if freedom.iter().any(|f| en.starts_with(f)) {
                Adverse::No
            } else {
                Adverse::Yes
            };
            assert_eq!(ind.adverse, expected, "{}: {en}", ind.id);
            assert!(
                !en.starts_with("How ") && !en.starts_with("Who ") && !en.starts_with("Where "),
                "{}: an open question has no yes or no: {en}",
                ind.id
            );
        }
    }
}

#[test]
fn an_answer_to_an_indicator_of_another_set_is_refused() {
    let cat = Catalogue::builtin().unwrap();
    assert!(
        cat.signs_from_answers("adult-labour", &[("as.d5.isolation".into(), Answer::No)])
            .is_err()
    );
}
