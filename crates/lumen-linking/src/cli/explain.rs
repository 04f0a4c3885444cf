//! Writing pair and cluster explanations.

use super::{MatchOptions, create, csv_escape, io_err};
use crate::error::LinkError;
use crate::explain::{explain_cluster, explain_pair, render};
use crate::linker::{LinkResult, name_frequencies};
use crate::prepare::Prepared;
use std::io::Write;

/// Write the files asked for by `--explain` and `--explain-clusters`.
pub fn write(
    o: &MatchOptions,
    ids: &[String],
    records: &[Prepared],
    result: &LinkResult,
) -> Result<(), LinkError> {
    if o.explain.is_none() && o.explain_clusters.is_none() {
        return Ok(());
    }
    let names = name_frequencies(records);
    if let Some(path) = &o.explain {
        let mut out = create(path)?;
        writeln!(out, "left_id,right_id,probability,names_swapped,evidence")
            .map_err(io_err(path))?;
        for p in &result.pairs {
            let e = explain_pair(
                &records[p.a as usize],
                &records[p.b as usize],
                &result.model,
                &names,
            );
            writeln!(
                out,
                "{},{},{:.6},{},{}",
                csv_escape(&ids[p.a as usize]),
                csv_escape(&ids[p.b as usize]),
                p.probability,
                e.names_swapped,
                csv_escape(&render(&e.contributions))
            )
            .map_err(io_err(path))?;
        }
        out.flush().map_err(io_err(path))?;
    }
    if let Some(path) = &o.explain_clusters {
        let mut by_cluster: std::collections::BTreeMap<u32, Vec<crate::linker::ScoredPair>> =
            std::collections::BTreeMap::new();
        for p in &result.pairs {
            let c = result.clusters[p.a as usize];
            if c == result.clusters[p.b as usize] {
                by_cluster.entry(c).or_default().push(*p);
            }
        }
        let mut sizes = std::collections::HashMap::new();
        for &c in &result.clusters {
            *sizes.entry(c).or_insert(0usize) += 1;
        }
        let mut out = create(path)?;
        writeln!(out, "cluster_id,records,matching_pairs,evidence").map_err(io_err(path))?;
        for (cluster, pairs) in &by_cluster {
            let evidence = explain_cluster(records, pairs, &result.model, &names);
            let text: Vec<String> = evidence
                .iter()
                .filter(|e| e.compared > 0)
                .map(|e| {
                    let levels: Vec<String> =
                        e.levels.iter().map(|(l, n)| format!("{l} x{n}")).collect();
                    format!(
                        "{}: {} (mean {:+.1})",
                        e.comparison,
                        levels.join(", "),
                        e.mean_weight
                    )
                })
                .collect();
            writeln!(
                out,
                "{},{},{},{}",
                csv_escape(&ids[*cluster as usize]),
                sizes[cluster],
                pairs.len(),
                csv_escape(&text.join("; "))
            )
            .map_err(io_err(path))?;
        }
        out.flush().map_err(io_err(path))?;
    }
    Ok(())
}
