//! The breakdown tells where a run went wrong: true pairs never compared (and whether they would
//! have linked), and records of different people put in one cluster.

use lumen_linking::blocking::{BlockingLimits, any_pair, candidate_pairs};
use lumen_linking::breakdown::breakdown;
use lumen_linking::kind::FieldKind;
use lumen_linking::linker::{LinkSettings, link};
use lumen_linking::prepare::{Prepared, Schema};

#[test]
fn namesakes_sharing_everything_are_reported_as_false_pairs() {
    let schema = Schema {
        kinds: vec![
            FieldKind::GivenName,
            FieldKind::Surname,
            FieldKind::BirthDate,
            FieldKind::Phone,
        ],
    };
    let mut records = Vec::new();
    let mut truth = Vec::new();
    // 200 people with their own names and phones, two records each.
    for id in 0..200u64 {
        let (given, surname) = (format!("given{id}"), format!("surname{id}"));
        let phone = format!("0475{id:06}");
        for _ in 0..2 {
            records.push(Prepared::from_values(
                &schema,
                &[&given, &surname, "1980-01-01", &phone],
            ));
            truth.push(id);
        }
    }
    // Two different people with the same name, birth date and phone: indistinguishable.
    for id in [1000u64, 1001] {
        records.push(Prepared::from_values(
            &schema,
            &["ana", "popescu", "1975-05-05", "0470000000"],
        ));
        truth.push(id);
    }
    let settings = LinkSettings::default();
    let Ok(result) = link(&records, &settings, any_pair, 0, None) else {
        panic!("linking failed");
    };
    let limits = BlockingLimits {
        partial_block_size: Some(result.stats.partial_block_cap),
        ..settings.blocking
    };
    let Ok(candidates) = candidate_pairs(&records, limits, any_pair, 0) else {
        panic!("blocking failed");
    };
    let b = breakdown(
        &records,
        &truth,
        &candidates,
        &result,
        settings.threshold,
        any_pair,
        0,
    );
    assert_eq!(b.true_pairs, 200);
    assert_eq!(b.found, 200);
    assert_eq!(b.false_pairs, 1);
    assert_eq!(b.mixed_clusters, 1);
    assert_eq!(b.false_links.values().sum::<usize>(), 1);
    assert!(
        b.report(5)
            .contains("false pairs (different entities, one cluster): 1")
    );
}
