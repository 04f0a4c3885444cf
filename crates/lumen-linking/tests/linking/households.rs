//! Relatives who share a household (surname, address) are different people: the model must not
//! learn from them that a match may disagree on given name and birth date.

use lumen_linking::blocking::any_pair;
use lumen_linking::kind::FieldKind;
use lumen_linking::linker::{LinkSettings, link};
use lumen_linking::prepare::{Prepared, Schema};
use lumen_linking::rng::Rng;

const GIVEN: [&str; 24] = [
    "ana", "ion", "maria", "elena", "andrei", "mihai", "ioana", "vlad", "sofia", "lars", "jan",
    "eva", "piet", "lotte", "karim", "amina", "yusuf", "leila", "omar", "nadia", "tomas", "zofia",
    "marek", "ewa",
];
const SURNAME: [&str; 12] = [
    "popescu", "ionescu", "peeters", "janssens", "maes", "jacobs", "benali", "elamrani", "nowak",
    "kowalski", "dumitru", "claes",
];

fn typo(rng: &mut Rng, name: &str) -> String {
    let mut b: Vec<u8> = name.bytes().collect();
    let k = 1 + rng.below(b.len() - 1);
    b[k] = b"aeiourstln"[rng.below(10)];
    String::from_utf8(b).unwrap_or_default()
}

#[test]
fn relatives_sharing_surname_and_address_are_not_linked() {
    let schema = Schema {
        kinds: vec![
            FieldKind::GivenName,
            FieldKind::Surname,
            FieldKind::BirthDate,
            FieldKind::Phone,
            FieldKind::Address,
        ],
    };
    let mut rng = Rng::new(5);
    let (mut records, mut person) = (Vec::new(), Vec::new());
    let mut next_person = 0usize;
    for household in 0..1500usize {
        let surname = *rng.pick(&SURNAME);
        let address = format!("Rue Haute {}, 10{:02}", household, household % 90 + 10);
        let mut givens: Vec<&str> = Vec::new();
        for _ in 0..1 + rng.below(3) {
            let mut given = *rng.pick(&GIVEN);
            while givens.contains(&given) {
                given = *rng.pick(&GIVEN);
            }
            givens.push(given);
            let phone = format!("0475{next_person:06}");
            let date = format!(
                "{}-{:02}-{:02}",
                1940 + rng.below(60),
                1 + rng.below(12),
                1 + rng.below(28)
            );
            // Each person appears two or three times, with typos and missing values.
            for copy in 0..2 + rng.below(2) {
                let g = if copy > 0 && rng.chance(0.3) {
                    typo(&mut rng, given)
                } else {
                    given.to_string()
                };
                let d = if rng.chance(0.2) {
                    String::new()
                } else {
                    date.clone()
                };
                let p = if rng.chance(0.3) {
                    String::new()
                } else {
                    phone.clone()
                };
                let a = if rng.chance(0.3) {
                    String::new()
                } else {
                    address.clone()
                };
                records.push(Prepared::from_values(&schema, &[&g, surname, &d, &p, &a]));
                person.push(next_person);
            }
            next_person += 1;
        }
    }
    let result = link(&records, &LinkSettings::default(), any_pair, 0, None);
    let pairs = result.map(|r| r.pairs).unwrap_or_default();
    let wrong = pairs
        .iter()
        .filter(|p| person[p.a as usize] != person[p.b as usize])
        .count();
    let right = pairs.len() - wrong;
    let true_pairs: usize = (0..next_person)
        .map(|k| person.iter().filter(|&&p| p == k).count())
        .map(|n| n * (n - 1) / 2)
        .sum();
    assert!(
        wrong * 100 <= pairs.len(),
        "{wrong} of {} linked pairs join two relatives",
        pairs.len()
    );
    assert!(
        right * 10 >= true_pairs * 9,
        "{right} of {true_pairs} true pairs linked"
    );
}
