//! The batch pipeline: blocking → comparison → EM → scoring → clustering.

use crate::blocking::{BlockingLimits, Candidates, PairFilter, candidate_pairs, unpack};
use crate::cluster::{ClusterSettings, ClusterStats, Evidence, cluster_with_evidence};
use crate::compare::{COMPARISONS, Comparison, NAME_EXACT, compare, pattern_count};
use crate::error::LinkError;
use crate::model::{Model, NameFrequencies, probability};
use crate::prepare::{BLOCK_RULES, BlockRule, NAME_RULES, Prepared};
use crate::rng::Rng;
use rayon::prelude::*;

/// Settings of a linking run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LinkSettings {
    /// Pairs at or above this match probability are links. The default, 0.5, is the model's own
    /// decision rule: a pair links when its match weight, including the prior log-odds that two
    /// records match (estimated from the data by [`Model::estimate_prior`]), is at least zero,
    /// i.e. when a match is more likely than not.
    pub threshold: f64,
    /// Blocking limits.
    pub blocking: BlockingLimits,
    /// Clustering settings.
    pub clustering: ClusterSettings,
    /// Random pairs sampled to estimate u.
    pub random_pairs: usize,
    /// Maximum EM iterations.
    pub em_iterations: usize,
}

impl Default for LinkSettings {
    fn default() -> Self {
        LinkSettings {
            threshold: 0.5,
            blocking: BlockingLimits::default(),
            clustering: ClusterSettings::default(),
            random_pairs: 400_000,
            em_iterations: 200,
        }
    }
}

/// A scored pair of record indices.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ScoredPair {
    /// Smaller record index.
    pub a: u32,
    /// Larger record index.
    pub b: u32,
    /// Match probability.
    pub probability: f32,
}

/// Statistics of a linking run.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct LinkStats {
    /// Records linked.
    pub records: usize,
    /// Candidate pairs compared.
    pub candidate_pairs: usize,
    /// Blocks skipped for size.
    pub oversized_blocks: usize,
    /// Block cap applied to the partial keys (derived from the comparison budget unless given).
    pub partial_block_cap: usize,
    /// Estimated blocking recall (capture–recapture between name and non-name rules).
    pub blocking_recall_estimate: Option<f64>,
    /// Pairs at or above the threshold.
    pub matching_pairs: usize,
    /// Clusters with more than one record.
    pub multi_record_clusters: usize,
    /// Clustering refusals.
    pub cluster_stats: ClusterStats,
    /// Cumulative seconds at the end of each stage.
    pub timings: Vec<(&'static str, f64)>,
}

/// Result of a linking run.
#[derive(Debug, Clone)]
pub struct LinkResult {
    /// Cluster label of each record (smallest record index in its cluster).
    pub clusters: Vec<u32>,
    /// Pairs at or above the threshold, sorted by record indices.
    pub pairs: Vec<ScoredPair>,
    /// The estimated model.
    pub model: Model,
    /// The blocking limits as applied (the partial cap fixed to its derived value): an
    /// incremental index built with them proposes the same pairs as this run.
    pub blocking: BlockingLimits,
    /// Run statistics.
    pub stats: LinkStats,
}

/// Term frequencies of the given names and surnames of `records`.
pub fn name_frequencies(records: &[Prepared]) -> NameFrequencies {
    let mut freq = NameFrequencies::default();
    for r in records {
        for (column, name) in [&r.given, &r.surname].into_iter().enumerate() {
            if let Some(name) = name {
                freq.add(column, name);
            }
        }
    }
    freq
}

/// Frequencies of the name values behind a comparison of `a` with `b`, for the term-frequency
/// adjustment ([`Model::weight`]). On an exact agreement of the same column, the share of the
/// value among the values of that column; when the value agrees crosswise (given name of one,
/// surname of the other), the larger of its shares among given names and among surnames (a
/// common surname that one record gives as its given name is still a common name). On a near
/// agreement, the largest share of either value in either column: the agreement can be no
/// stronger evidence than an exact agreement on the more common value.
pub fn agreeing_frequencies(
    a: &Prepared,
    b: &Prepared,
    comparison: &Comparison,
    freq: &NameFrequencies,
) -> [Option<f64>; 2] {
    let both = |v: &str| freq.frequency(0, v).max(freq.frequency(1, v));
    let f = |x: &Option<Box<str>>, y: &Option<Box<str>>, column: usize| {
        let x = x.as_deref()?;
        match comparison.levels[column] {
            NAME_EXACT if y.as_deref() == Some(x) => Some(freq.frequency(column, x)),
            NAME_EXACT => Some(both(x)),
            1 | 2 => {
                let others = [&b.given, &b.surname];
                let fy = others
                    .into_iter()
                    .flatten()
                    .map(|v| both(v))
                    .fold(0.0, f64::max);
                Some(both(x).max(fy))
            }
            _ => None,
        }
    };
    [f(&a.given, &b.given, 0), f(&a.surname, &b.surname, 1)]
}

/// Comparison patterns of all candidate pairs (computed once, in parallel).
pub fn candidate_patterns(records: &[Prepared], candidates: &Candidates) -> Vec<u32> {
    candidates
        .pairs
        .par_iter()
        .map(|&pair| {
            let (i, j) = unpack(pair);
            compare(&records[i as usize], &records[j as usize]).pattern()
        })
        .collect()
}

/// Estimate the model from the data: u from random pairs, m by EM sessions within the name and
/// birth-date blocking rules, the prior from the candidate pairs.
#[expect(
    clippy::needless_range_loop,
    reason = "(comparison, level) tables indexed in parallel"
)]
pub fn train(
    records: &[Prepared],
    candidates: &Candidates,
    patterns: &[u32],
    settings: &LinkSettings,
) -> Model {
    let mut model = Model::initial();
    let n = records.len();
    if n >= 2 {
        let mut rng = Rng::new(0x006c_756d_656e);
        let samples: Vec<(usize, usize)> = (0..settings.random_pairs)
            .map(|_| (rng.below(n), rng.below(n)))
            .filter(|(i, j)| i != j)
            .collect();
        let random: Vec<Comparison> = samples
            .par_iter()
            .map(|&(i, j)| compare(&records[i], &records[j]))
            .collect();
        model.estimate_u(&random);
    }
    let histogram = || vec![0u64; (BLOCK_RULES + 1) * pattern_count()];
    let counts = patterns
        .par_iter()
        .zip(candidates.rules.par_iter())
        .fold(histogram, |mut acc, (&p, &rules)| {
            let p = p as usize;
            acc[p] += 1;
            for bit in 0..BLOCK_RULES {
                if rules & (1 << bit) != 0 {
                    acc[(bit + 1) * pattern_count() + p] += 1;
                }
            }
            acc
        })
        .reduce(histogram, |mut a, b| {
            a.iter_mut().zip(b).for_each(|(x, y)| *x += y);
            a
        });
    let section = |k: usize| -> Vec<(u32, u64)> {
        counts[k * pattern_count()..(k + 1) * pattern_count()]
            .iter()
            .enumerate()
            .filter(|(_, c)| **c > 0)
            .map(|(p, &c)| (p as u32, c))
            .collect()
    };
    // One EM session per blocking rule on a person's own attributes, leaving out the
    // comparisons that rule blocked on: the names-alone rule (m of every other comparison) and
    // the birth-date rule (m of the names). The name pair with the birth year (or with the
    // street) is not a session: within its blocks, namesakes born the same year (or living in
    // the same street) agree on the year far more often than random pairs do, so EM, holding u
    // at the random-pair estimate, takes them for matches and learns that a match is often born
    // in another month of the same year. The rules on shared identifiers and addresses train
    // nothing: a household shares its phone, e-mail and address, so within those blocks
    // relatives (same surname, same address, other given name and birth date) look like one
    // person to EM, which then learns that a match often disagrees on birth date and given name.
    let sessions: [(BlockRule, &[usize]); 2] =
        [(BlockRule::Names, &[0, 1]), (BlockRule::BirthDate, &[2])];
    let mut sums = [[0.0f64; 4]; COMPARISONS];
    let mut weights = [0.0f64; COMPARISONS];
    for (rule, excluded) in sessions {
        let counts = section(rule as usize + 1);
        let pairs: u64 = counts.iter().map(|(_, c)| c).sum();
        if pairs == 0 {
            continue;
        }
        let (m, iterations) = model.em_session(&counts, excluded, settings.em_iterations);
        model.iterations += iterations;
        for c in (0..COMPARISONS).filter(|c| !excluded.contains(c)) {
            for l in 0..4 {
                sums[c][l] += m[c][l];
            }
            weights[c] += 1.0;
        }
    }
    for c in 0..COMPARISONS {
        if weights[c] > 0.0 {
            for l in 0..4 {
                model.m[c][l] = sums[c][l] / weights[c];
            }
        }
    }
    let all_pairs = n as f64 * (n as f64 - 1.0) / 2.0;
    model.estimate_prior(&section(0), all_pairs);
    model
}

/// Score candidate pairs (with their precomputed patterns) with a model; keep those at or above
/// the threshold. Returns the kept pairs and the rules that proposed each.
pub fn score_pairs(
    records: &[Prepared],
    candidates: &Candidates,
    patterns: &[u32],
    model: &Model,
    freq: &NameFrequencies,
    threshold: f64,
) -> (Vec<ScoredPair>, Vec<u8>, Vec<f32>) {
    let weights = model.pattern_weights();
    let all: Vec<f32> = candidates
        .pairs
        .par_iter()
        .zip(patterns.par_iter())
        .map(|(&pair, &pattern)| {
            let (i, j) = unpack(pair);
            let (a, b) = (&records[i as usize], &records[j as usize]);
            let c = Comparison {
                levels: Comparison::from_pattern(pattern),
                swapped: false,
            };
            pair_weight(&weights, model, &c, agreeing_frequencies(a, b, &c, freq)) as f32
        })
        .collect();
    let (pairs, rules) = candidates
        .pairs
        .iter()
        .zip(&candidates.rules)
        .zip(&all)
        .filter_map(|((&pair, &rules), &w)| {
            let p = probability(f64::from(w));
            let (a, b) = unpack(pair);
            (p >= threshold).then_some((
                ScoredPair {
                    a,
                    b,
                    probability: p as f32,
                },
                rules,
            ))
        })
        .unzip();
    (pairs, rules, all)
}

/// Match probability of a comparison from the per-pattern weight table
/// ([`Model::pattern_weights`]) and the term-frequency adjustment of the name agreements.
pub fn pair_probability(
    weights: &[f64],
    model: &Model,
    c: &Comparison,
    tf: [Option<f64>; 2],
) -> f64 {
    probability(pair_weight(weights, model, c, tf))
}

/// Match weight in bits (log2 of the posterior odds) of a comparison; see [`pair_probability`].
pub fn pair_weight(weights: &[f64], model: &Model, c: &Comparison, tf: [Option<f64>; 2]) -> f64 {
    let mut log_ratio = weights[c.pattern() as usize];
    for (k, f) in tf.into_iter().enumerate() {
        if f.is_some() {
            log_ratio += model.weight(k, c.levels[k], f) - model.weight(k, c.levels[k], None);
        }
    }
    log_ratio
}

/// Lincoln–Petersen estimate of blocking recall from the rules that found each matching pair.
pub fn recall_estimate(rules: &[u8]) -> Option<f64> {
    let names = |r: u8| r & NAME_RULES != 0;
    let others = |r: u8| r & !NAME_RULES != 0;
    let by_names = rules.iter().filter(|&&r| names(r)).count() as f64;
    let by_others = rules.iter().filter(|&&r| others(r)).count() as f64;
    let both = rules.iter().filter(|&&r| names(r) && others(r)).count() as f64;
    (both > 0.0).then(|| (rules.len() as f64 / (by_names * by_others / both)).min(1.0))
}

/// Deduplicate (or, with [`crate::blocking::cross_pair`] and `split`, link two sets of) records.
pub fn link(
    records: &[Prepared],
    settings: &LinkSettings,
    filter: PairFilter,
    split: usize,
    model: Option<Model>,
) -> Result<LinkResult, LinkError> {
    let mut timings = Vec::new();
    let clock = std::time::Instant::now();
    let candidates = candidate_pairs(records, settings.blocking, filter, split)?;
    timings.push(("blocking", clock.elapsed().as_secs_f64()));
    let patterns = candidate_patterns(records, &candidates);
    timings.push(("comparison", clock.elapsed().as_secs_f64()));
    let model = model.unwrap_or_else(|| train(records, &candidates, &patterns, settings));
    timings.push(("training", clock.elapsed().as_secs_f64()));
    let freq = name_frequencies(records);
    let (pairs, rules, all_weights) = score_pairs(
        records,
        &candidates,
        &patterns,
        &model,
        &freq,
        settings.threshold,
    );
    drop(patterns);
    timings.push(("scoring", clock.elapsed().as_secs_f64()));
    let edges: Vec<(u32, u32, f32)> = pairs.iter().map(|p| (p.a, p.b, p.probability)).collect();
    let threshold_weight = (settings.threshold / (1.0 - settings.threshold)).log2();
    let evidence = Evidence {
        pairs: &candidates.pairs,
        weights: &all_weights,
        threshold: threshold_weight,
    };
    let (clusters, cluster_stats) =
        cluster_with_evidence(records.len(), &edges, settings.clustering, Some(evidence));
    drop(all_weights);
    timings.push(("clustering", clock.elapsed().as_secs_f64()));
    let mut sizes = rustc_hash::FxHashMap::default();
    for &c in &clusters {
        *sizes.entry(c).or_insert(0u32) += 1;
    }
    let stats = LinkStats {
        records: records.len(),
        candidate_pairs: candidates.pairs.len(),
        oversized_blocks: candidates.oversized_blocks,
        partial_block_cap: candidates.partial_cap,
        blocking_recall_estimate: recall_estimate(&rules),
        matching_pairs: pairs.len(),
        multi_record_clusters: sizes.values().filter(|&&s| s > 1).count(),
        cluster_stats,
        timings,
    };
    let blocking = BlockingLimits {
        partial_block_size: Some(stats.partial_block_cap),
        ..settings.blocking
    };
    Ok(LinkResult {
        clusters,
        pairs,
        model,
        blocking,
        stats,
    })
}
