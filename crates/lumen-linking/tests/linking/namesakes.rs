//! Namesakes born in the same year are different people. When a name is so common that its
//! blocks are only usable with the birth year added, the pairs of those blocks agree on the year
//! by construction; the model must not learn from them that a match is often born in another
//! month of the same year.

use lumen_linking::blocking::{BlockingLimits, any_pair};
use lumen_linking::compare::COMPARISON_NAMES;
use lumen_linking::kind::FieldKind;
use lumen_linking::linker::{LinkSettings, link};
use lumen_linking::prepare::{Prepared, Schema};
use lumen_linking::rng::Rng;

const SYLLABLES: [&str; 16] = [
    "ka", "lo", "mi", "ra", "te", "su", "no", "vi", "da", "pe", "zo", "ri", "ba", "fu", "ge", "ty",
];

/// Index of the birth-date comparison.
const BIRTH_DATE: usize = 2;

fn rare_name(rng: &mut Rng) -> String {
    (0..3).map(|_| *rng.pick(&SYLLABLES)).collect()
}

#[test]
fn namesakes_born_the_same_year_do_not_teach_the_model_that_matches_change_birth_month() {
    let schema = Schema {
        kinds: vec![
            FieldKind::GivenName,
            FieldKind::Surname,
            FieldKind::BirthDate,
            FieldKind::Phone,
        ],
    };
    let mut rng = Rng::new(17);
    let (mut records, mut person) = (Vec::new(), Vec::new());
    for id in 0..3000usize {
        // A third of the people share one of two very common names; the others have rare names.
        let (given, surname) = if id % 3 == 0 {
            (["ana", "maria"][id % 2].to_string(), "popescu".to_string())
        } else {
            (rare_name(&mut rng), rare_name(&mut rng))
        };
        let (year, month, day) = (1950 + rng.below(40), 1 + rng.below(12), 1 + rng.below(28));
        let phone = format!("0475{id:06}");
        for _ in 0..2 + rng.below(2) {
            let date = if rng.chance(0.1) {
                String::new()
            } else {
                format!("{year}-{month:02}-{day:02}")
            };
            let p = if rng.chance(0.5) { phone.as_str() } else { "" };
            records.push(Prepared::from_values(
                &schema,
                &[&given, &surname, &date, p],
            ));
            person.push(id);
        }
    }
    // The common names' blocks without the year (about 1000 records each) are over the cap;
    // with the year (about 30) they are not.
    let settings = LinkSettings {
        blocking: BlockingLimits {
            max_block_size: 300,
            ..BlockingLimits::default()
        },
        ..LinkSettings::default()
    };
    let result = link(&records, &settings, any_pair, 0, None).ok();
    let Some(result) = result else {
        panic!("linking failed");
    };
    assert_eq!(COMPARISON_NAMES[BIRTH_DATE], "birth_date");
    // No record in this data has a wrong birth date: "within one year" is a namesake's level.
    let within_a_year = result.model.m[BIRTH_DATE][1];
    assert!(
        within_a_year < 0.05,
        "P(born within a year, other date | match) estimated {within_a_year:.3}"
    );
    // Namesakes born on the very same day cannot be told apart here; those born on other days
    // of the same year can.
    let wrong = result
        .pairs
        .iter()
        .filter(|p| person[p.a as usize] != person[p.b as usize])
        .filter(|p| {
            let (a, b) = (records[p.a as usize].birth, records[p.b as usize].birth);
            a.is_some() && b.is_some() && a != b
        })
        .count();
    assert!(
        wrong * 100 <= result.pairs.len(),
        "{wrong} of {} linked pairs join namesakes born on different days",
        result.pairs.len()
    );
}
