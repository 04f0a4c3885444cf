//! The incremental index gives the same matches as a batch run on the same data, model and threshold.

use lumen_linking::blocking::any_pair;
use lumen_linking::csvio::{FieldSpec, load};
use lumen_linking::incremental::IncrementalIndex;
use lumen_linking::linker::{LinkSettings, link};
use lumen_linking::prepare::Prepared;
use proptest::prelude::*;
use std::collections::BTreeSet;

fn records(n: usize, seed: u64) -> Vec<Prepared> {
    let dir = tempfile::tempdir().ok();
    let path = dir
        .as_ref()
        .map(|d| d.path().join("g.csv"))
        .unwrap_or_default();
    let mut file = std::fs::File::create(&path).ok();
    if let Some(f) = file.as_mut() {
        lumen_linking::generate::generate(n, seed, f).ok();
    }
    let fields: Vec<FieldSpec> = [
        "given_name=given_name",
        "surname=surname",
        "birth_date=birth_date",
        "phone=phone",
        "email=email",
        "address=address",
        "handle=handle",
    ]
    .iter()
    .filter_map(|f| f.parse().ok())
    .collect();
    load(&path.to_string_lossy(), "id", &fields)
        .map(|l| l.records)
        .unwrap_or_default()
}

fn batch_pairs(
    records: &[Prepared],
    settings: &LinkSettings,
    model: &lumen_linking::model::Model,
) -> BTreeSet<(u32, u32)> {
    link(records, settings, any_pair, 0, Some(model.clone()))
        .map(|r| r.pairs.iter().map(|p| (p.a, p.b)).collect())
        .unwrap_or_default()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(12))]
    #[test]
    fn incremental_equals_batch(seed in 0u64..1000, removed in 0usize..400) {
        let data = records(400, seed);
        let settings = LinkSettings { random_pairs: 20_000, ..LinkSettings::default() };
        let trained = link(&data, &settings, any_pair, 0, None).ok();
        // The index keeps the blocking limits the batch run derived (its partial-key cap).
        let settings = LinkSettings { blocking: trained.as_ref().map_or(settings.blocking, |r| r.blocking), ..settings };
        let model = trained.map(|r| r.model);
        let model = model.unwrap_or_else(lumen_linking::model::Model::initial);
        let mut index = IncrementalIndex::new(model.clone(), settings.blocking);
        for r in &data {
            index.insert(r.clone());
        }
        let query_all = |index: &IncrementalIndex, n: usize| -> BTreeSet<(u32, u32)> {
            (0..n as u32)
                .flat_map(|slot| index.matches_of(slot, settings.threshold).into_iter().map(move |m| (slot.min(m.slot), slot.max(m.slot))))
                .collect()
        };
        let batch = batch_pairs(&data, &settings, &model);
        prop_assert!(!batch.is_empty());
        // Every match can say why, with the same probability as the query.
        if let Some(&(a, b)) = batch.iter().next() {
            let explained = index.explain(a, b).map(|e| e.probability).unwrap_or_default();
            let queried = index.matches_of(a, settings.threshold).iter().find(|m| m.slot == b).map(|m| m.probability).unwrap_or_default();
            prop_assert!((explained - queried).abs() < 1e-9, "{} vs {}", explained, queried);
        }
        prop_assert_eq!(&query_all(&index, data.len()), &batch);

        // Remove one record: same as a batch run without it (slots above it shift down by one).
        let removed = removed % data.len();
        index.remove(removed as u32);
        let mut rest = data.clone();
        rest.remove(removed);
        let shift = |s: u32| if s as usize > removed { s - 1 } else { s };
        let after: BTreeSet<(u32, u32)> = query_all(&index, data.len()).into_iter().map(|(a, b)| (shift(a), shift(b))).collect();
        prop_assert_eq!(after, batch_pairs(&rest, &settings, &model));

        // Put it back with an update: identical to the first batch.
        prop_assert!(index.update(removed as u32, data[removed].clone()));
        prop_assert_eq!(query_all(&index, data.len()), batch);
    }
}
