//! Incremental index: insert, update and remove one record and ask "which records match this one"
//! without rebuilding. With the same model, the same data and the same threshold it gives the
//! same pairs as a batch run (same blocking keys and caps, same term frequencies).

use crate::blocking::BlockingLimits;
use crate::compare::compare;
use crate::linker::{agreeing_frequencies, pair_probability};
use crate::model::{Model, NameFrequencies};
use crate::prepare::Prepared;
use rustc_hash::FxHashMap;

/// A match found by a query.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Match {
    /// Slot of the matching record.
    pub slot: u32,
    /// Match probability.
    pub probability: f64,
}

/// The incremental index.
#[derive(Debug, Clone)]
pub struct IncrementalIndex {
    model: Model,
    limits: BlockingLimits,
    records: Vec<Option<Prepared>>,
    blocks: FxHashMap<(u8, u64), Vec<u32>>,
    names: NameFrequencies,
    weights: Vec<f64>,
}

impl IncrementalIndex {
    /// An empty index scoring with `model`. To propose the same pairs as a batch run, pass the
    /// limits that run applied ([`crate::linker::LinkResult::blocking`], whose partial-key cap is
    /// fixed to the value the batch derived); with `partial_block_size: None` partial blocks are
    /// only bounded by `max_block_size`.
    pub fn new(model: Model, limits: BlockingLimits) -> IncrementalIndex {
        IncrementalIndex::with_capacity(model, limits, 0)
    }

    /// An empty index sized for `records` records, so that inserts up to that size never pause
    /// to grow its tables.
    pub fn with_capacity(model: Model, limits: BlockingLimits, records: usize) -> IncrementalIndex {
        let weights = model.pattern_weights();
        IncrementalIndex {
            model,
            limits,
            records: Vec::with_capacity(records),
            blocks: FxHashMap::with_capacity_and_hasher(records * 6, Default::default()),
            names: NameFrequencies::with_capacity(records),
            weights,
        }
    }

    /// Number of live records.
    pub fn len(&self) -> usize {
        self.records.iter().filter(|r| r.is_some()).count()
    }

    /// True when no record is live.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Insert a record; returns its slot.
    pub fn insert(&mut self, record: Prepared) -> u32 {
        let slot = self.records.len() as u32;
        self.attach(slot, &record);
        self.records.push(Some(record));
        slot
    }

    fn attach(&mut self, slot: u32, record: &Prepared) {
        for (rule, key) in record.blocking_keys() {
            self.blocks.entry((rule as u8, key)).or_default().push(slot);
        }
        for (column, name) in [&record.given, &record.surname].into_iter().enumerate() {
            if let Some(name) = name {
                self.names.add(column, name);
            }
        }
    }

    /// Remove the record in `slot`; returns it.
    pub fn remove(&mut self, slot: u32) -> Option<Prepared> {
        let record = self.records.get_mut(slot as usize)?.take()?;
        for (rule, key) in record.blocking_keys() {
            if let Some(list) = self.blocks.get_mut(&(rule as u8, key)) {
                list.retain(|&s| s != slot);
                if list.is_empty() {
                    self.blocks.remove(&(rule as u8, key));
                }
            }
        }
        for (column, name) in [&record.given, &record.surname].into_iter().enumerate() {
            if let Some(name) = name {
                self.names.remove(column, name);
            }
        }
        Some(record)
    }

    /// Replace the record in `slot` (or put one back into a removed slot). False when the slot
    /// was never allocated.
    pub fn update(&mut self, slot: u32, record: Prepared) -> bool {
        if slot as usize >= self.records.len() {
            return false;
        }
        self.remove(slot);
        self.attach(slot, &record);
        self.records[slot as usize] = Some(record);
        true
    }

    /// Records matching the record in `slot` at or above `threshold`, sorted by slot.
    pub fn matches_of(&self, slot: u32, threshold: f64) -> Vec<Match> {
        match self.records.get(slot as usize) {
            Some(Some(record)) => self.query_inner(record, Some(slot), threshold, 0),
            _ => Vec::new(),
        }
    }

    /// Records matching a new record (not inserted) at or above `threshold`, sorted by slot.
    /// Block sizes count the new record, as if it had been inserted.
    pub fn query(&self, record: &Prepared, threshold: f64) -> Vec<Match> {
        self.query_inner(record, None, threshold, 1)
    }

    /// Explain why the records in two slots match or not (`None` if either slot is empty).
    pub fn explain(&self, a: u32, b: u32) -> Option<crate::explain::PairExplanation> {
        let (lo, hi) = (a.min(b), a.max(b));
        let first = self.records.get(lo as usize)?.as_ref()?;
        let second = self.records.get(hi as usize)?.as_ref()?;
        Some(crate::explain::explain_pair(
            first,
            second,
            &self.model,
            &self.names,
        ))
    }

    fn query_inner(
        &self,
        record: &Prepared,
        own: Option<u32>,
        threshold: f64,
        extra: usize,
    ) -> Vec<Match> {
        let mut candidates: Vec<u32> = Vec::new();
        for (rule, key) in record.blocking_keys() {
            let Some(list) = self.blocks.get(&(rule as u8, key)) else {
                continue;
            };
            let cap = self.limits.cap(rule as u8, key);
            if list.len() + extra > cap {
                continue;
            }
            candidates.extend(list.iter().copied().filter(|&s| Some(s) != own));
        }
        candidates.sort_unstable();
        candidates.dedup();
        candidates
            .into_iter()
            .filter_map(|slot| {
                let other = self.records[slot as usize].as_ref()?;
                // Score in the same orientation as the batch run (lower index first).
                let (a, b) = match own {
                    Some(o) if o > slot => (other, record),
                    Some(_) => (record, other),
                    None => (other, record),
                };
                let c = compare(a, b);
                let p = pair_probability(
                    &self.weights,
                    &self.model,
                    &c,
                    agreeing_frequencies(a, b, &c, &self.names),
                );
                (p >= threshold).then_some(Match {
                    slot,
                    probability: p,
                })
            })
            .collect()
    }
}
