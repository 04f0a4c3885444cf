//! Blocking: which record pairs are compared at all. Records sharing a blocking key (phonetic name
//! pair, birth date with a name initial, any exact identifier) become candidate pairs. Blocks larger
//! than a cap are skipped and reported, and the total number of pairs is bounded, so that any input
//! finishes in bounded memory or stops with a clear message.

use crate::error::LinkError;
use crate::prepare::{BlockRule, Prepared};
use rayon::prelude::*;

/// Limits of the blocking step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BlockingLimits {
    /// Name and birth-date blocks with more records than this are skipped.
    pub max_block_size: usize,
    /// Identifiers shared by more records than this are over-shared (a hotel switchboard) and not used.
    pub identifier_cap: usize,
    /// Blocks of the partial keys (a phonetic name with a few letters or a postcode, names
    /// without the year, street and house number) with more records than this are skipped: such
    /// a key stops telling people apart long before the full keys do. `None`: derived from the
    /// data by [`partial_cap`] (the comparison budget rule).
    pub partial_block_size: Option<usize>,
    /// Stop with an error rather than generate more candidate pairs than this.
    pub max_pairs: usize,
}

impl Default for BlockingLimits {
    fn default() -> Self {
        BlockingLimits {
            max_block_size: 1000,
            identifier_cap: 50,
            partial_block_size: None,
            max_pairs: 300_000_000,
        }
    }
}

impl BlockingLimits {
    /// Largest block allowed for a key of `rule` (as its `u8`).
    pub fn cap(&self, rule: u8, key: u64) -> usize {
        if rule == BlockRule::Identifier as u8 {
            self.identifier_cap
        } else if crate::prepare::is_partial_key(key) {
            self.partial_block_size
                .unwrap_or(self.max_block_size)
                .min(self.max_block_size)
        } else {
            self.max_block_size
        }
    }
}

/// Candidate pairs with the rules that proposed each.
#[derive(Debug, Clone, Default)]
pub struct Candidates {
    /// Pairs `(i << 32) | j` with `i < j`, sorted, unique.
    pub pairs: Vec<u64>,
    /// Bit set of [`BlockRule`]s that proposed each pair.
    pub rules: Vec<u8>,
    /// Blocks skipped because they exceeded their cap.
    pub oversized_blocks: usize,
    /// Records in the skipped blocks (with repetitions).
    pub oversized_records: usize,
    /// Block cap applied to the partial keys (given, or derived by [`partial_cap`]).
    pub partial_cap: usize,
}

/// The comparison budget rule for partial keys: they may add at most as many comparisons as the
/// full keys made (or, when the full keys made fewer, one per record). Partial blocks are taken
/// from the smallest up; the cap is the largest block size whose blocks, with all smaller ones,
/// still fit in that budget. `partial_sizes` holds the size of every partial block of two or more
/// records. The rule looks only at block sizes, never at any truth: the keys that are shared by
/// the fewest records carry the most evidence and are enumerated first.
pub fn partial_cap(partial_sizes: &mut [usize], full_pairs: usize, records: usize) -> usize {
    let budget = full_pairs.max(records);
    partial_sizes.sort_unstable();
    let mut spent = 0usize;
    let mut cap = 1;
    let mut k = 0;
    while k < partial_sizes.len() {
        let size = partial_sizes[k];
        let mut cost = 0;
        while k < partial_sizes.len() && partial_sizes[k] == size {
            cost += size * (size - 1) / 2;
            k += 1;
        }
        if spent + cost > budget {
            break;
        }
        spent += cost;
        cap = size;
    }
    cap
}

/// Whether a pair may be produced (for linking two files: only pairs across them).
pub type PairFilter = fn(u32, u32, usize) -> bool;

/// Keep every pair.
pub fn any_pair(_: u32, _: u32, _: usize) -> bool {
    true
}

/// Keep pairs with one record before `split` and one at or after it.
pub fn cross_pair(i: u32, j: u32, split: usize) -> bool {
    (i as usize) < split && (j as usize) >= split
}

/// Generate the candidate pairs of `records`.
pub fn candidate_pairs(
    records: &[Prepared],
    limits: BlockingLimits,
    filter: PairFilter,
    split: usize,
) -> Result<Candidates, LinkError> {
    if records.len() >= (1usize << 28) {
        return Err(LinkError::TooLarge(format!(
            "{} records exceed the 2^28 supported",
            records.len()
        )));
    }
    let mut entries: Vec<(u64, u32, u8)> = records
        .par_iter()
        .enumerate()
        .flat_map_iter(|(i, r)| {
            r.blocking_keys()
                .into_iter()
                .map(move |(rule, key)| (key, i as u32, rule as u8))
        })
        .collect();
    entries.par_sort_unstable();
    // Runs of equal (key, rule): the blocks, with their caps before the partial rule.
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    while start < entries.len() {
        let mut end = start + 1;
        while end < entries.len()
            && entries[end].0 == entries[start].0
            && entries[end].2 == entries[start].2
        {
            end += 1;
        }
        runs.push((start, end));
        start = end;
    }
    let is_partial = |s: usize| {
        entries[s].2 != BlockRule::Identifier as u8 && crate::prepare::is_partial_key(entries[s].0)
    };
    let mut candidates = Candidates::default();
    let partial_limit = match limits.partial_block_size {
        Some(cap) => cap.min(limits.max_block_size),
        None => {
            let (mut full_pairs, mut sizes) = (0usize, Vec::new());
            for &(s, e) in &runs {
                let size = e - s;
                if size < 2 || size > limits.max_block_size {
                    continue;
                }
                if is_partial(s) {
                    sizes.push(size);
                } else if entries[s].2 != BlockRule::Identifier as u8
                    || size <= limits.identifier_cap
                {
                    full_pairs += size * (size - 1) / 2;
                }
            }
            partial_cap(&mut sizes, full_pairs, records.len()).min(limits.max_block_size)
        }
    };
    candidates.partial_cap = partial_limit;
    let limits = BlockingLimits {
        partial_block_size: Some(partial_limit),
        ..limits
    };
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut total_pairs: usize = 0;
    for (start, end) in runs {
        let size = end - start;
        let cap = limits.cap(entries[start].2, entries[start].0);
        if size > cap {
            candidates.oversized_blocks += 1;
            candidates.oversized_records += size;
        } else if size > 1 {
            total_pairs += size * (size - 1) / 2;
            if total_pairs > limits.max_pairs {
                return Err(LinkError::TooLarge(format!(
                    "more than {} candidate pairs; lower --max-block-size, add more distinguishing fields, or raise --max-pairs if memory allows",
                    limits.max_pairs
                )));
            }
            blocks.push((start, end));
        }
    }
    let mut encoded: Vec<u64> = blocks
        .par_iter()
        .flat_map_iter(|&(s, e)| {
            let block = &entries[s..e];
            let rule_bit = 1u64 << block[0].2;
            block.iter().enumerate().flat_map(move |(x, a)| {
                block[x + 1..].iter().filter_map(move |b| {
                    let (i, j) = if a.1 < b.1 { (a.1, b.1) } else { (b.1, a.1) };
                    (i != j && filter(i, j, split))
                        .then_some((u64::from(i) << 36) | (u64::from(j) << 8) | rule_bit)
                })
            })
        })
        .collect();
    drop(entries);
    encoded.par_sort_unstable();
    let mut last = u64::MAX;
    for code in encoded {
        // i < 2^28 in bits 36.., j < 2^28 in bits 8..36, the rule bit set in the low byte.
        let pair = ((code >> 36) << 32) | ((code >> 8) & 0x0FFF_FFFF);
        let rule = (code & 0xFF) as u8;
        if pair == last {
            if let Some(r) = candidates.rules.last_mut() {
                *r |= rule;
            }
        } else {
            candidates.pairs.push(pair);
            candidates.rules.push(rule);
            last = pair;
        }
    }
    Ok(candidates)
}

/// Split a pair code into its two record indices.
pub fn unpack(pair: u64) -> (u32, u32) {
    ((pair >> 32) as u32, (pair & 0xFFFF_FFFF) as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_cap_spends_the_budget_on_the_smallest_blocks() {
        // 100 blocks of 2 (100 pairs), 10 of 5 (100 pairs), one of 50 (1225 pairs).
        let mut sizes: Vec<usize> = [vec![2; 100], vec![5; 10], vec![50]].concat();
        assert_eq!(partial_cap(&mut sizes.clone(), 250, 10), 5);
        assert_eq!(partial_cap(&mut sizes.clone(), 150, 10), 2);
        assert_eq!(partial_cap(&mut sizes, 10_000, 10), 50);
        // Fewer full-key comparisons than records: one comparison per record.
        assert_eq!(partial_cap(&mut [2, 2, 3], 0, 4), 2);
    }
}
