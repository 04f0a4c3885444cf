//! Odd inputs finish in bounded memory or stop with a clear message.

use lumen_linking::FieldKind;
use lumen_linking::blocking::{BlockingLimits, any_pair};
use lumen_linking::linker::{LinkSettings, link};
use lumen_linking::prepare::{Prepared, Schema};

fn identical(n: usize) -> Vec<Prepared> {
    let schema = Schema {
        kinds: vec![
            FieldKind::GivenName,
            FieldKind::Surname,
            FieldKind::BirthDate,
            FieldKind::Phone,
        ],
    };
    (0..n)
        .map(|_| {
            Prepared::from_values(
                &schema,
                &["Mohamed", "El Amrani", "1990-01-01", "02 555 00 00"],
            )
        })
        .collect()
}

#[test]
fn one_giant_block_of_identical_names_is_skipped_and_reported() {
    let records = identical(20_000);
    let result = link(&records, &LinkSettings::default(), any_pair, 0, None);
    let result = result.unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(result.stats.candidate_pairs, 0);
    assert!(result.stats.oversized_blocks >= 3, "{:?}", result.stats);
    assert!(
        result
            .clusters
            .iter()
            .enumerate()
            .all(|(i, &c)| c as usize == i)
    );
}

#[test]
fn too_many_pairs_stops_with_a_clear_message() {
    let records = identical(3_000);
    let settings = LinkSettings {
        blocking: BlockingLimits {
            max_block_size: 5_000,
            identifier_cap: 5_000,
            partial_block_size: Some(5_000),
            max_pairs: 1_000_000,
        },
        ..LinkSettings::default()
    };
    let err = link(&records, &settings, any_pair, 0, None)
        .err()
        .map(|e| (e.code(), e.to_string()));
    let (code, message) = err.unwrap_or_default();
    assert_eq!(code, "too_large");
    assert!(message.contains("candidate pairs"), "{message}");
}

#[test]
fn empty_values_never_match() {
    let schema = Schema {
        kinds: vec![FieldKind::GivenName, FieldKind::Surname, FieldKind::Phone],
    };
    let records: Vec<Prepared> = (0..500)
        .map(|_| Prepared::from_values(&schema, &["", " ", ""]))
        .collect();
    let result = link(&records, &LinkSettings::default(), any_pair, 0, None)
        .unwrap_or_else(|e| panic!("{e}"));
    assert_eq!(result.stats.candidate_pairs, 0);
    assert!(result.pairs.is_empty());
}
