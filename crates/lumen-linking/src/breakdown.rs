//! Where recall is lost: every true pair a run did not put in one cluster is traced through the
//! stages (blocking, scoring against the threshold, clustering), with the comparisons that
//! disagreed on it, and the share of true pairs each blocking rule proposed.

use crate::blocking::{Candidates, PairFilter};
use crate::compare::{COMPARISON_NAMES, COMPARISONS, LEVEL_COUNTS, MISSING, compare, level_label};
use crate::linker::{LinkResult, agreeing_frequencies, name_frequencies, pair_probability};
use crate::prepare::{BLOCK_RULES, BlockRule, Prepared};
use rustc_hash::FxHashMap;
use std::fmt::Write;

/// Stage at which a true pair was lost.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Stage {
    /// No blocking rule proposed the pair: never compared (and would not have reached the
    /// threshold if it had been).
    Blocking,
    /// Never compared, but its comparison would have reached the threshold.
    BlockingLinkable,
    /// Compared, but its match probability stayed below the threshold.
    Threshold,
    /// Above the threshold, but clustering kept the two records apart.
    Clustering,
}

/// The breakdown of a run's missed true pairs.
#[derive(Debug, Clone, Default)]
pub struct Breakdown {
    /// True pairs (within the pair filter; entities larger than the cap are skipped).
    pub true_pairs: usize,
    /// True pairs put in one cluster.
    pub found: usize,
    /// True pairs proposed by each blocking rule ([`BlockRule`] order) and by any rule.
    pub proposed_by_rule: [usize; BLOCK_RULES],
    /// True pairs proposed by at least one rule.
    pub proposed: usize,
    /// Missed pairs per stage and disagreement signature (comparisons below their top level).
    pub missed: FxHashMap<(Stage, String), usize>,
    /// Record pairs of different entities put in one cluster.
    pub false_pairs: usize,
    /// Of those, pairs that were themselves links (at or above the threshold), by the levels of
    /// every compared field; the rest were joined only through other records.
    pub false_links: FxHashMap<String, usize>,
    /// Size of the largest cluster and the number of clusters holding several entities.
    pub largest_cluster: usize,
    /// Clusters holding records of more than one entity.
    pub mixed_clusters: usize,
}

/// Levels of every compared field: `name=level` joined by `, ` (what a false link agreed on).
fn levels_signature(levels: &[u8; COMPARISONS]) -> String {
    (0..COMPARISONS)
        .filter(|&c| levels[c] != MISSING)
        .map(|c| format!("{}={}", COMPARISON_NAMES[c], level_label(c, levels[c])))
        .collect::<Vec<_>>()
        .join(", ")
}

/// Entities with more records than this are left out (their pairs are too many to trace).
const MAX_ENTITY: usize = 500;

/// Signature of the comparisons that did not agree fully: `name=level` joined by `, `.
fn signature(levels: &[u8; COMPARISONS]) -> String {
    let parts: Vec<String> = (0..COMPARISONS)
        .filter(|&c| levels[c] == MISSING || (levels[c] as usize) + 1 < LEVEL_COUNTS[c])
        .filter(|&c| levels[c] != MISSING || c <= 4)
        .map(|c| format!("{}={}", COMPARISON_NAMES[c], level_label(c, levels[c])))
        .collect();
    if parts.is_empty() {
        "all agree".into()
    } else {
        parts.join(", ")
    }
}

/// Trace the true pairs (`truth` gives an entity label per record) through a finished run.
pub fn breakdown(
    records: &[Prepared],
    truth: &[u64],
    candidates: &Candidates,
    result: &LinkResult,
    threshold: f64,
    filter: PairFilter,
    split: usize,
) -> Breakdown {
    let mut entities: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
    for (i, &t) in truth.iter().enumerate() {
        entities.entry(t).or_default().push(i as u32);
    }
    let freq = name_frequencies(records);
    let weights = result.model.pattern_weights();
    let mut b = Breakdown::default();
    for members in entities.values().filter(|m| m.len() <= MAX_ENTITY) {
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (i, j) = (i.min(j), i.max(j));
                if !filter(i, j, split) {
                    continue;
                }
                b.true_pairs += 1;
                let code = (u64::from(i) << 32) | u64::from(j);
                let rules = candidates
                    .pairs
                    .binary_search(&code)
                    .ok()
                    .map(|k| candidates.rules[k]);
                if let Some(r) = rules {
                    b.proposed += 1;
                    for (bit, slot) in b.proposed_by_rule.iter_mut().enumerate() {
                        *slot += usize::from(r & (1 << bit) != 0);
                    }
                }
                if result.clusters[i as usize] == result.clusters[j as usize] {
                    b.found += 1;
                    continue;
                }
                let (a, other) = (&records[i as usize], &records[j as usize]);
                let c = compare(a, other);
                let tf = agreeing_frequencies(a, other, &c, &freq);
                let above = pair_probability(&weights, &result.model, &c, tf) >= threshold;
                let stage = match (rules, above) {
                    (None, false) => Stage::Blocking,
                    (None, true) => Stage::BlockingLinkable,
                    (Some(_), false) => Stage::Threshold,
                    (Some(_), true) => Stage::Clustering,
                };
                *b.missed.entry((stage, signature(&c.levels))).or_default() += 1;
            }
        }
    }
    let mut clusters: FxHashMap<u32, Vec<u32>> = FxHashMap::default();
    for (i, &c) in result.clusters.iter().enumerate() {
        clusters.entry(c).or_default().push(i as u32);
    }
    let linked: rustc_hash::FxHashSet<(u32, u32)> =
        result.pairs.iter().map(|p| (p.a, p.b)).collect();
    for members in clusters.values() {
        b.largest_cluster = b.largest_cluster.max(members.len());
        let first = truth[members[0] as usize];
        b.mixed_clusters += usize::from(members.iter().any(|&m| truth[m as usize] != first));
        for (x, &i) in members.iter().enumerate() {
            for &j in &members[x + 1..] {
                let (i, j) = (i.min(j), i.max(j));
                if truth[i as usize] == truth[j as usize] || !filter(i, j, split) {
                    continue;
                }
                b.false_pairs += 1;
                if linked.contains(&(i, j)) {
                    let c = compare(&records[i as usize], &records[j as usize]);
                    *b.false_links
                        .entry(levels_signature(&c.levels))
                        .or_default() += 1;
                }
            }
        }
    }
    b
}

impl Breakdown {
    /// Human-readable report: recall per blocking rule, then missed pairs per stage with their
    /// most frequent disagreement signatures.
    pub fn report(&self, top: usize) -> String {
        let mut s = String::new();
        let share = |n: usize| n as f64 / self.true_pairs.max(1) as f64;
        let _ = writeln!(s, "true pairs:              {}", self.true_pairs);
        let _ = writeln!(
            s,
            "found (same cluster):    {} (recall {:.4})",
            self.found,
            share(self.found)
        );
        let rules = [
            (BlockRule::Names, "names"),
            (BlockRule::NamesYear, "names + birth year"),
            (BlockRule::NamesStreet, "names + street"),
            (BlockRule::BirthDate, "birth date + name prefix"),
            (BlockRule::Identifier, "shared identifier"),
            (BlockRule::Location, "address or postcode + name"),
        ];
        let _ = writeln!(s, "blocking recall per rule (true pairs proposed):");
        for (rule, label) in rules {
            let n = self.proposed_by_rule[rule as usize];
            let _ = writeln!(s, "  {label:<26} {n:>9} ({:.4})", share(n));
        }
        let _ = writeln!(
            s,
            "  {:<26} {:>9} ({:.4})",
            "union",
            self.proposed,
            share(self.proposed)
        );
        for (stage, label) in [
            (
                Stage::BlockingLinkable,
                "never compared (blocking), would have reached the threshold",
            ),
            (
                Stage::Blocking,
                "never compared (blocking), would not have reached the threshold either",
            ),
            (
                Stage::Threshold,
                "below the threshold (levels/weights/threshold)",
            ),
            (
                Stage::Clustering,
                "above the threshold, split by clustering",
            ),
        ] {
            let mut rows: Vec<(&String, &usize)> = self
                .missed
                .iter()
                .filter(|((st, _), _)| *st == stage)
                .map(|((_, sig), n)| (sig, n))
                .collect();
            let total: usize = rows.iter().map(|(_, n)| **n).sum();
            let _ = writeln!(s, "missed, {label}: {total} ({:.4})", share(total));
            rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
            for (sig, n) in rows.into_iter().take(top) {
                let _ = writeln!(s, "  {n:>8}  {sig}");
            }
        }
        let links: usize = self.false_links.values().sum();
        let _ = writeln!(
            s,
            "false pairs (different entities, one cluster): {} ({} linked directly, {} through other records); {} clusters mix entities, largest cluster {}",
            self.false_pairs,
            links,
            self.false_pairs - links,
            self.mixed_clusters,
            self.largest_cluster
        );
        let mut rows: Vec<(&String, &usize)> = self.false_links.iter().collect();
        rows.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
        for (sig, n) in rows.into_iter().take(top) {
            let _ = writeln!(s, "  {n:>8}  {sig}");
        }
        s
    }
}
