//! Fellegi–Sunter model: m and u probabilities per comparison level, estimated without labels
//! (u from random record pairs, m and the match prior by expectation–maximisation over the
//! candidate pairs), with term-frequency adjustment of exact name agreements.

// Parameters are tables indexed by (comparison, level) in parallel; index loops read best.
#![expect(
    clippy::needless_range_loop,
    reason = "m and u tables are indexed by comparison and level together"
)]

use crate::compare::{
    COMPARISON_NAMES, COMPARISONS, Comparison, LEVEL_COUNTS, MISSING, NAME_EXACT, level_label,
};
use rustc_hash::FxHashMap;

/// Maximum number of levels of any comparison.
const MAX_LEVELS: usize = 4;

/// Estimated model parameters.
#[derive(Debug, Clone, PartialEq)]
pub struct Model {
    /// P(level | match) per comparison and level.
    pub m: [[f64; MAX_LEVELS]; COMPARISONS],
    /// P(level | non-match) among candidate pairs, per comparison and level.
    pub u: [[f64; MAX_LEVELS]; COMPARISONS],
    /// P(level | non-match) among random record pairs (the population), the base of the
    /// term-frequency adjustment.
    pub u_random: [[f64; MAX_LEVELS]; COMPARISONS],
    /// Prior probability that a candidate pair is a match.
    pub lambda: f64,
    /// EM iterations run.
    pub iterations: usize,
}

/// How one comparison contributed to a pair's score.
#[derive(Debug, Clone, PartialEq)]
pub struct Contribution {
    /// Comparison name (`given_name`, `contact`, …).
    pub comparison: &'static str,
    /// Level reached, as a label (`exact`, `jaro_winkler>=0.92`, …).
    pub level: &'static str,
    /// Weight in bits (log2 of the likelihood ratio), term-frequency adjusted.
    pub weight: f64,
}

/// Term frequencies of names, given names and surnames counted apart (column 0 and 1), for the
/// exact-agreement adjustment: the chance that another record has the same given name is the
/// value's share among given names, not among all names.
#[derive(Debug, Clone, Default)]
pub struct NameFrequencies {
    counts: FxHashMap<u64, u32>,
    totals: [u64; 2],
}

fn name_key(column: usize, name: &str) -> u64 {
    crate::prepare::hash_str(60 + (column.min(1) as u8), name)
}

impl NameFrequencies {
    /// Empty frequencies sized for about `names` distinct values.
    pub fn with_capacity(names: usize) -> NameFrequencies {
        NameFrequencies {
            counts: FxHashMap::with_capacity_and_hasher(names, Default::default()),
            totals: [0; 2],
        }
    }

    /// Count one occurrence of a name value in `column` (0 given name, 1 surname).
    pub fn add(&mut self, column: usize, name: &str) {
        *self.counts.entry(name_key(column, name)).or_insert(0) += 1;
        self.totals[column.min(1)] += 1;
    }

    /// Forget one occurrence of a name value in `column`.
    pub fn remove(&mut self, column: usize, name: &str) {
        let key = name_key(column, name);
        if let Some(c) = self.counts.get_mut(&key) {
            *c -= 1;
            self.totals[column.min(1)] -= 1;
            if *c == 0 {
                self.counts.remove(&key);
            }
        }
    }

    /// Relative frequency of a name value among the values of `column` (at least one
    /// occurrence assumed).
    pub fn frequency(&self, column: usize, name: &str) -> f64 {
        let count = self
            .counts
            .get(&name_key(column, name))
            .copied()
            .unwrap_or(0)
            .max(1);
        f64::from(count) / (self.totals[column.min(1)].max(1) as f64)
    }
}

impl Model {
    /// Starting values before estimation.
    pub fn initial() -> Model {
        let mut m = [[0.0; MAX_LEVELS]; COMPARISONS];
        let mut u = [[0.0; MAX_LEVELS]; COMPARISONS];
        for c in 0..COMPARISONS {
            let n = LEVEL_COUNTS[c];
            for l in 0..n {
                // Matches concentrate on the top level, non-matches on the bottom one.
                m[c][l] = if l == n - 1 {
                    0.7
                } else {
                    0.3 / (n - 1) as f64
                };
                u[c][l] = if l == 0 { 0.9 } else { 0.1 / (n - 1) as f64 };
            }
        }
        Model {
            m,
            u,
            u_random: u,
            lambda: 0.3,
            iterations: 0,
        }
    }

    /// Estimate u from comparisons of random record pairs (almost all non-matches).
    pub fn estimate_u(&mut self, random_pairs: &[Comparison]) {
        for c in 0..COMPARISONS {
            let mut counts = [1.0f64; MAX_LEVELS];
            for pair in random_pairs {
                let level = pair.levels[c];
                if level != MISSING {
                    counts[level as usize] += 1.0;
                }
            }
            let n = LEVEL_COUNTS[c];
            let total: f64 = counts[..n].iter().sum();
            for l in 0..n {
                self.u[c][l] = counts[l] / total;
                self.u_random[c][l] = counts[l] / total;
            }
        }
    }

    /// Estimate m by EM within one blocking rule's candidate pairs (Splink's training sessions):
    /// comparisons in `excluded` (those the rule blocked on, biased within it) are left out of the
    /// likelihood; u stays at the random-pair estimate. Returns the session's m estimates.
    pub fn em_session(
        &self,
        pattern_counts: &[(u32, u64)],
        excluded: &[usize],
        max_iterations: usize,
    ) -> ([[f64; MAX_LEVELS]; COMPARISONS], usize) {
        let patterns: Vec<([u8; COMPARISONS], f64)> = pattern_counts
            .iter()
            .map(|&(p, n)| (Comparison::from_pattern(p), n as f64))
            .collect();
        let total: f64 = patterns.iter().map(|(_, n)| n).sum();
        let mut session = self.clone();
        session.lambda = 0.5;
        let mut iterations = 0;
        if total == 0.0 {
            return (session.m, 0);
        }
        for iteration in 0..max_iterations {
            let mut m_counts = [[0.5f64; MAX_LEVELS]; COMPARISONS];
            let mut matched = 0.0;
            for (levels, n) in &patterns {
                let mut masked = *levels;
                for &c in excluded {
                    masked[c] = MISSING;
                }
                let posterior = session.posterior_of_levels(&masked);
                matched += posterior * n;
                for c in 0..COMPARISONS {
                    if masked[c] != MISSING {
                        m_counts[c][masked[c] as usize] += posterior * n;
                    }
                }
            }
            let mut change: f64 = 0.0;
            for c in (0..COMPARISONS).filter(|c| !excluded.contains(c)) {
                let n = LEVEL_COUNTS[c];
                let sum: f64 = m_counts[c][..n].iter().sum();
                for l in 0..n {
                    let m = m_counts[c][l] / sum;
                    change = change.max((m - session.m[c][l]).abs());
                    session.m[c][l] = m;
                }
            }
            session.lambda = (matched / total).clamp(1e-6, 1.0 - 1e-6);
            iterations = iteration + 1;
            if change < 1e-5 {
                break;
            }
        }
        (session.m, iterations)
    }

    /// Estimate the prior that two random records match, given the candidate pattern counts and
    /// the number of all record pairs (pairs outside the candidates are taken as non-matches).
    pub fn estimate_prior(&mut self, pattern_counts: &[(u32, u64)], all_pairs: f64) {
        let patterns: Vec<([u8; COMPARISONS], f64)> = pattern_counts
            .iter()
            .map(|&(p, n)| (Comparison::from_pattern(p), n as f64))
            .collect();
        let candidates: f64 = patterns.iter().map(|(_, n)| n).sum();
        if candidates == 0.0 || all_pairs <= 0.0 {
            return;
        }
        self.lambda = (0.5 * candidates / all_pairs).clamp(1e-12, 0.5);
        for _ in 0..50 {
            let expected: f64 = patterns
                .iter()
                .map(|(levels, n)| self.posterior_of_levels(levels) * n)
                .sum();
            let next = (expected / all_pairs).clamp(1e-12, 0.5);
            let done = (next - self.lambda).abs() < self.lambda * 1e-4;
            self.lambda = next;
            if done {
                break;
            }
        }
    }

    fn posterior_of_levels(&self, levels: &[u8; COMPARISONS]) -> f64 {
        let mut log_ratio = (self.lambda / (1.0 - self.lambda)).log2();
        for c in 0..COMPARISONS {
            if levels[c] != MISSING {
                let l = levels[c] as usize;
                log_ratio += (self.m[c][l] / self.u[c][l]).log2();
            }
        }
        probability(log_ratio)
    }

    /// Weight in bits of one comparison level, term-frequency adjusted on the names:
    /// `name_frequency` is the relative frequency of the agreeing value (for a near agreement, of
    /// the more common of the two values). An exact agreement weighs log2(m / frequency) instead
    /// of log2(m / u); a near agreement weighs no more than an exact one on that value would.
    pub fn weight(&self, comparison: usize, level: u8, name_frequency: Option<f64>) -> f64 {
        if level == MISSING {
            return 0.0;
        }
        let l = level as usize;
        let base = (self.m[comparison][l] / self.u[comparison][l]).log2();
        match name_frequency {
            Some(f) if comparison <= 1 && (1..=NAME_EXACT).contains(&level) => {
                let e = NAME_EXACT as usize;
                let exact = (self.m[comparison][e] / self.u[comparison][e]).log2()
                    + (self.u_random[comparison][e] / f.max(1e-9)).log2();
                if level == NAME_EXACT {
                    exact
                } else {
                    base.min(exact)
                }
            }
            _ => base,
        }
    }

    /// Per-pattern total weight including the prior, without term-frequency adjustment.
    pub fn pattern_weights(&self) -> Vec<f64> {
        (0..crate::compare::pattern_count() as u32)
            .map(|p| {
                let levels = Comparison::from_pattern(p);
                let prior = (self.lambda / (1.0 - self.lambda)).log2();
                prior
                    + (0..COMPARISONS)
                        .map(|c| self.weight(c, levels[c], None))
                        .sum::<f64>()
            })
            .collect()
    }

    /// Match probability of a comparison given the frequencies of the agreeing name values.
    pub fn score(&self, comparison: &Comparison, name_frequencies: [Option<f64>; 2]) -> f64 {
        let prior = (self.lambda / (1.0 - self.lambda)).log2();
        let total: f64 = (0..COMPARISONS)
            .map(|c| {
                self.weight(
                    c,
                    comparison.levels[c],
                    if c <= 1 { name_frequencies[c] } else { None },
                )
            })
            .sum();
        probability(prior + total)
    }

    /// Explanation of a pair: every comparison with its level and weight.
    pub fn explain(
        &self,
        comparison: &Comparison,
        name_frequencies: [Option<f64>; 2],
    ) -> Vec<Contribution> {
        (0..COMPARISONS)
            .map(|c| Contribution {
                comparison: COMPARISON_NAMES[c],
                level: level_label(c, comparison.levels[c]),
                weight: self.weight(
                    c,
                    comparison.levels[c],
                    if c <= 1 { name_frequencies[c] } else { None },
                ),
            })
            .collect()
    }
}

/// Probability from a log2 likelihood ratio.
pub fn probability(log2_ratio: f64) -> f64 {
    1.0 / (1.0 + (-log2_ratio).exp2())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn comparison(levels: [u8; COMPARISONS]) -> Comparison {
        Comparison {
            levels,
            swapped: false,
        }
    }

    #[test]
    fn em_separates_agreeing_from_disagreeing_patterns() {
        let mut model = Model::initial();
        let random: Vec<Comparison> = (0..1000)
            .map(|i| {
                comparison([
                    u8::from(i % 50 == 0) * 3,
                    0,
                    0,
                    MISSING,
                    0,
                    MISSING,
                    MISSING,
                ])
            })
            .collect();
        model.estimate_u(&random);
        let agree = comparison([3, 3, 3, 1, 3, MISSING, MISSING]).pattern();
        let disagree = comparison([0, 0, 0, 0, 0, MISSING, MISSING]).pattern();
        let counts = [(agree, 300), (disagree, 700)];
        let (m, _) = model.em_session(&counts, &[], 50);
        model.m = m;
        assert!(model.m[2][3] > 0.9, "m exact birth date {}", model.m[2][3]);
        model.estimate_prior(&counts, 1_000_000.0);
        assert!(
            (model.lambda - 300.0 / 1_000_000.0).abs() < 1e-4,
            "lambda {}",
            model.lambda
        );
        assert!(model.score(&comparison([3, 3, 3, 1, 3, MISSING, MISSING]), [None, None]) > 0.99);
        assert!(model.score(&comparison([0, 0, 0, 0, 0, MISSING, MISSING]), [None, None]) < 0.1);
    }

    #[test]
    fn common_names_weigh_less() {
        let model = Model::initial();
        let rare = model.weight(1, NAME_EXACT, Some(1e-6));
        let common = model.weight(1, NAME_EXACT, Some(0.02));
        assert!(rare > common + 5.0);
    }

    #[test]
    fn a_near_agreement_on_a_common_name_weighs_no_more_than_its_exact_agreement() {
        let model = Model::initial();
        let near_common = model.weight(0, 2, Some(0.5));
        let exact_common = model.weight(0, NAME_EXACT, Some(0.5));
        assert!(near_common <= exact_common + 1e-12);
        assert!(near_common < model.weight(0, 2, None));
        // A rare name keeps the near level's own weight.
        assert_eq!(model.weight(0, 2, Some(1e-6)), model.weight(0, 2, None));
    }
}
