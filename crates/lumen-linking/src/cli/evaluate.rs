//! `lumen link evaluate`, and the breakdown of missed true pairs by stage (also printed by
//! `dedupe` and `pair` with `--breakdown-truth`).

use super::{EvaluateArgs, MatchOptions, load};
use crate::blocking::{any_pair, cross_pair};
use crate::csvio::{FieldSpec, load_pairs};
use crate::error::LinkError;
use crate::evaluate::evaluate;
use crate::linker::{LinkResult, LinkSettings, link};

/// With `--breakdown-truth`, trace the missed true pairs through the stages and print the report.
pub(super) fn print_breakdown(
    o: &MatchOptions,
    settings: &LinkSettings,
    ids: &[String],
    records: &[crate::prepare::Prepared],
    result: &LinkResult,
    filter: crate::blocking::PairFilter,
    split: usize,
) -> Result<(), LinkError> {
    let Some(path) = &o.breakdown_truth else {
        return Ok(());
    };
    breakdown_report(
        path,
        &o.id,
        &o.breakdown_truth_column,
        settings,
        ids,
        records,
        result,
        filter,
        split,
    )
}

/// Trace the true pairs of `truth_path` through a finished run and print the report.
#[expect(
    clippy::too_many_arguments,
    reason = "one argument per figure of the printed report"
)]
fn breakdown_report(
    truth_path: &str,
    truth_id: &str,
    truth_column: &str,
    settings: &LinkSettings,
    ids: &[String],
    records: &[crate::prepare::Prepared],
    result: &LinkResult,
    filter: crate::blocking::PairFilter,
    split: usize,
) -> Result<(), LinkError> {
    let truth = load_pairs(truth_path, truth_id, truth_column)?;
    let labels: std::collections::HashMap<&str, u64> = truth
        .iter()
        .map(|(id, e)| (id.as_str(), crate::prepare::hash_str(0, e)))
        .collect();
    // Records without truth get a label of their own (they have no true pair).
    let truth: Vec<u64> = ids
        .iter()
        .enumerate()
        .map(|(i, id)| labels.get(id.as_str()).copied().unwrap_or(!(i as u64)))
        .collect();
    let candidates = crate::blocking::candidate_pairs(records, settings.blocking, filter, split)?;
    let b = crate::breakdown::breakdown(
        records,
        &truth,
        &candidates,
        result,
        settings.threshold,
        filter,
        split,
    );
    println!("{}", b.report(12));
    Ok(())
}

pub(super) fn evaluate_cmd(args: &EvaluateArgs) -> Result<(), LinkError> {
    let clusters = load_pairs(&args.clusters, "id", "cluster_id")?;
    let truth = load_pairs(&args.truth, &args.truth_id, &args.truth_column)?;
    let truth_map: std::collections::HashMap<&str, &str> = truth
        .iter()
        .map(|(a, b)| (a.as_str(), b.as_str()))
        .collect();
    let mut interner: std::collections::HashMap<String, u64> = std::collections::HashMap::new();
    let (mut predicted, mut expected) = (Vec::new(), Vec::new());
    let mut missing = 0usize;
    for (id, cluster) in &clusters {
        let Some(entity) = truth_map.get(id.as_str()) else {
            missing += 1;
            continue;
        };
        let next = interner.len() as u64;
        predicted.push(*interner.entry(format!("c:{cluster}")).or_insert(next));
        let next = interner.len() as u64;
        expected.push(*interner.entry(format!("t:{entity}")).or_insert(next));
    }
    let (pw, b3) = evaluate(&predicted, &expected);
    println!(
        "records evaluated:   {} ({} without truth ignored)",
        predicted.len(),
        missing
    );
    println!("pairwise precision:  {:.4}", pw.precision);
    println!("pairwise recall:     {:.4}", pw.recall);
    println!("pairwise F1:         {:.4}", pw.f1);
    println!("B-cubed precision:   {:.4}", b3.precision);
    println!("B-cubed recall:      {:.4}", b3.recall);
    println!("B-cubed F1:          {:.4}", b3.f1);
    if args.inputs.is_empty() {
        return Ok(());
    }
    let specs: Vec<FieldSpec> = args
        .fields
        .iter()
        .map(|f| f.parse())
        .collect::<Result<_, _>>()?;
    let settings = LinkSettings {
        threshold: args.threshold,
        ..LinkSettings::default()
    };
    let mut ids = Vec::new();
    let mut records = Vec::new();
    let mut split = 0;
    for input in &args.inputs {
        split = ids.len();
        let loaded = load(input, &args.id, &specs)?;
        ids.extend(loaded.ids);
        records.extend(loaded.records);
    }
    let filter: crate::blocking::PairFilter = if args.inputs.len() == 2 {
        cross_pair
    } else {
        any_pair
    };
    let result = link(&records, &settings, filter, split, None)?;
    println!();
    println!("where the engine's missed true pairs were lost (re-run on --input):");
    breakdown_report(
        &args.truth,
        &args.truth_id,
        &args.truth_column,
        &settings,
        &ids,
        &records,
        &result,
        filter,
        split,
    )
}
