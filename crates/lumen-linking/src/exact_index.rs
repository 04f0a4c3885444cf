//! Exact-identifier index: any normalised identifier → the records that carry it, in O(1).
//! Values carried by more records than a cap (a hotel switchboard, a shared Wi-Fi handle) are
//! reported as over-shared instead of linking everybody together.

use crate::kind::FieldKind;
use crate::normalize::normalize;
use rustc_hash::FxHashMap;

/// Result of looking an identifier up.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lookup<'a> {
    /// No record carries the value.
    Absent,
    /// The records carrying it (at most the cap).
    Records(&'a [u32]),
    /// More records than the cap carry it: it links nothing.
    OverShared {
        /// How many records carry it.
        count: usize,
    },
}

/// The index.
#[derive(Debug, Clone, Default)]
pub struct ExactIndex {
    map: FxHashMap<String, Vec<u32>>,
    cap: usize,
}

impl ExactIndex {
    /// An empty index; values on more than `cap` records are over-shared.
    pub fn new(cap: usize) -> ExactIndex {
        ExactIndex {
            map: FxHashMap::default(),
            cap,
        }
    }

    /// Add a record with its normalised identifiers (`kind:value`, as in [`crate::prepare::Prepared::identifiers`]).
    pub fn insert(&mut self, record: u32, identifiers: &[String]) {
        for id in identifiers {
            let list = self.map.entry(id.clone()).or_default();
            if !list.contains(&record) {
                list.push(record);
            }
        }
    }

    /// Remove a record from the entries of its identifiers.
    pub fn remove(&mut self, record: u32, identifiers: &[String]) {
        for id in identifiers {
            if let Some(list) = self.map.get_mut(id) {
                list.retain(|&r| r != record);
                if list.is_empty() {
                    self.map.remove(id);
                }
            }
        }
    }

    /// Look up a normalised identifier (`phone:+32475123456`).
    pub fn lookup(&self, identifier: &str) -> Lookup<'_> {
        match self.map.get(identifier) {
            None => Lookup::Absent,
            Some(list) if list.len() > self.cap => Lookup::OverShared { count: list.len() },
            Some(list) => Lookup::Records(list),
        }
    }

    /// Normalise a raw value of `kind` and look it up (`Absent` when it does not normalise).
    pub fn lookup_raw(&self, kind: FieldKind, raw: &str) -> Lookup<'_> {
        match normalize(kind, raw) {
            Some(value) => self.lookup(&format!("{kind}:{value}")),
            None => Lookup::Absent,
        }
    }

    /// Identifiers shared by two to `cap` records, with their records, sorted by identifier.
    pub fn links(&self) -> Vec<(&str, &[u32])> {
        let mut out: Vec<(&str, &[u32])> = self
            .map
            .iter()
            .filter(|(_, l)| l.len() >= 2 && l.len() <= self.cap)
            .map(|(k, l)| (k.as_str(), l.as_slice()))
            .collect();
        out.sort_unstable_by_key(|(k, _)| *k);
        out
    }

    /// Over-shared identifiers with their counts, most shared first.
    pub fn over_shared(&self) -> Vec<(&str, usize)> {
        let mut out: Vec<(&str, usize)> = self
            .map
            .iter()
            .filter(|(_, l)| l.len() > self.cap)
            .map(|(k, l)| (k.as_str(), l.len()))
            .collect();
        out.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::prepare::{Prepared, Schema};

    #[test]
    fn finds_records_by_any_form_and_caps_switchboards() {
        let schema = Schema {
            kinds: vec![FieldKind::Phone, FieldKind::Plate],
        };
        let mut index = ExactIndex::new(3);
        let rows = [
            ["0475 12 34 56", "1-ABC-234"],
            ["+32475123456", ""],
            ["02 555 00 00", "1abc234"],
        ];
        for (i, row) in rows.iter().enumerate() {
            index.insert(i as u32, &Prepared::from_values(&schema, row).identifiers);
        }
        assert_eq!(
            index.lookup_raw(FieldKind::Phone, "https://wa.me/32475123456"),
            Lookup::Records(&[0, 1])
        );
        assert_eq!(
            index.lookup_raw(FieldKind::Plate, "B 1.ABC.234"),
            Lookup::Records(&[0, 2])
        );
        assert_eq!(
            index.lookup_raw(FieldKind::Phone, "0475 00 00 00"),
            Lookup::Absent
        );
        // A hotel switchboard shared by many guests.
        for guest in 10..20 {
            index.insert(
                guest,
                &Prepared::from_values(&schema, &["02 555 00 00", ""]).identifiers,
            );
        }
        assert_eq!(
            index.lookup("phone:+3225550000"),
            Lookup::OverShared { count: 11 }
        );
        assert_eq!(index.over_shared(), vec![("phone:+3225550000", 11)]);
        assert_eq!(index.links().len(), 2);
        index.remove(1, &["phone:+32475123456".to_string()]);
        assert_eq!(index.lookup("phone:+32475123456"), Lookup::Records(&[0]));
    }
}
