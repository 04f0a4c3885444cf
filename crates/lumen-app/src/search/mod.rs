//! The staff process's search index, in memory only: persons' names (as the linking engine's
//! name tokens, transliterated, with their phonetic keys) and the words of case notes and of
//! reports. It is built from the store when the staff area starts and caught up before every
//! search (rows are read after a high-water mark: time-ordered ids, report numbers), so that
//! what another process wrote is found too. Nothing of it is ever written to disk.
//!
//! A search returns ids only; the caller filters them by what the reader may open.

use crate::AppError;
use crate::identifiers::readings;
use crate::reports::intake::ReportKeys;
use lumen_linking::normalize::name_tokens;
use lumen_linking::similarity::{jaro_winkler, phonetic_key};
use lumen_store::Store;
use std::collections::{HashMap, HashSet};
use uuid::Uuid;

/// How many rows are read at a time while catching up.
const BATCH: u64 = 2_000;
/// Jaro–Winkler similarity from which two name tokens are taken as the same name: the
/// customary threshold for person names (Winkler's), not fitted to any data set.
const NAME_SIMILARITY: f64 = 0.9;
/// The shortest word indexed in free text.
const WORD_MIN: usize = 3;

/// A document whose words are indexed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Doc {
    Report(Uuid),
    Note(Uuid),
}

#[derive(Default)]
struct Inner {
    /// Person ids, by their position.
    persons: Vec<Uuid>,
    /// Each distinct name token, with its phonetic key and the positions of the persons who
    /// bear it: a fuzzy search compares the query with each distinct token once.
    tokens: HashMap<String, (String, Vec<u32>)>,
    /// Word → documents, sorted (kept sorted after every catch-up).
    words: HashMap<String, Vec<Doc>>,
    last_person: Option<Uuid>,
    last_note: Option<Uuid>,
    last_report: i64,
}

/// What a search found, as ids (nothing filtered yet).
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Found {
    /// The case whose reference was searched.
    pub reference: Option<Uuid>,
    /// Persons whose name matches, or who hold the identifier searched.
    pub persons: Vec<Uuid>,
    /// Cases holding the identifier searched (through a person or an attached report).
    pub identifier_cases: Vec<Uuid>,
    /// Reports naming the identifier searched, or whose words match.
    pub reports: Vec<Uuid>,
    /// Cases whose notes match.
    pub note_cases: Vec<Uuid>,
}

/// Figures of the index, for benchmarks and the operator.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct IndexSize {
    /// Persons indexed.
    pub persons: usize,
    /// Distinct words.
    pub words: usize,
    /// Word occurrences.
    pub postings: usize,
}

/// The index; share one per process.
#[derive(Default)]
pub struct SearchIndex {
    inner: tokio::sync::Mutex<Inner>,
}

fn words(text: &str) -> impl Iterator<Item = String> + '_ {
    lumen_domain::search::fold(text)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() >= WORD_MIN)
        .map(str::to_owned)
        .collect::<Vec<_>>()
        .into_iter()
}

fn keyed(tokens: Vec<String>) -> Vec<(String, String)> {
    tokens
        .into_iter()
        .map(|t| {
            let key = phonetic_key(&t);
            (t, key)
        })
        .collect()
}

fn token_matches(query: &(String, String), token: &str, key: &str) -> bool {
    query.0 == token
        || (!query.1.is_empty() && query.1 == key)
        || (query.0.len() >= WORD_MIN
            && token.len() >= WORD_MIN
            && jaro_winkler(&query.0, token) >= NAME_SIMILARITY)
}

/// The documents in every one of `lists` (each sorted): the shortest list, filtered by a
/// binary search in the others.
fn intersect(mut lists: Vec<&[Doc]>) -> Vec<Doc> {
    lists.sort_by_key(|l| l.len());
    let Some((first, rest)) = lists.split_first() else {
        return Vec::new();
    };
    first
        .iter()
        .copied()
        .filter(|d| rest.iter().all(|l| l.binary_search(d).is_ok()))
        .collect()
}

impl Inner {
    fn add_words(&mut self, doc: Doc, text: &str, touched: &mut HashSet<String>) {
        let mut seen = HashSet::new();
        for w in words(text) {
            if seen.insert(w.clone()) {
                self.words.entry(w.clone()).or_default().push(doc);
                touched.insert(w);
            }
        }
    }

    /// Sorts the posting lists of the words just added to.
    fn settle(&mut self, touched: HashSet<String>) {
        for w in touched {
            if let Some(list) = self.words.get_mut(&w) {
                list.sort_unstable();
                list.dedup();
            }
        }
    }

    fn add_person(&mut self, id: Uuid, names: &[String]) {
        let position = u32::try_from(self.persons.len()).unwrap_or(u32::MAX);
        self.persons.push(id);
        for token in names.iter().flat_map(|n| name_tokens(n)) {
            let entry = self
                .tokens
                .entry(token.clone())
                .or_insert_with(|| (phonetic_key(&token), Vec::new()));
            if entry.1.last() != Some(&position) {
                entry.1.push(position);
            }
        }
    }

    fn text_hits(&self, query: &str) -> Vec<Doc> {
        let mut lists = Vec::new();
        for w in words(query) {
            match self.words.get(&w) {
                Some(docs) => lists.push(docs.as_slice()),
                None => return Vec::new(),
            }
        }
        intersect(lists)
    }

    fn name_hits(&self, query: &str) -> Vec<Uuid> {
        let wanted = keyed(name_tokens(query));
        if wanted.is_empty() {
            return Vec::new();
        }
        let mut result: Option<HashSet<u32>> = None;
        for q in &wanted {
            let bearers: HashSet<u32> = self
                .tokens
                .iter()
                .filter(|(t, (key, _))| token_matches(q, t, key))
                .flat_map(|(_, (_, people))| people.iter().copied())
                .collect();
            result = Some(match result {
                None => bearers,
                Some(r) => r.intersection(&bearers).copied().collect(),
            });
        }
        let mut found: Vec<Uuid> = result
            .unwrap_or_default()
            .into_iter()
            .filter_map(|p| self.persons.get(p as usize).copied())
            .collect();
        found.sort_unstable();
        found
    }
}

impl SearchIndex {
    /// An empty index.
    pub fn new() -> Self {
        Self::default()
    }

    /// Reads what was written since the last call (everything, the first time). Reports are
    /// indexed only when `keys` can open them.
    pub async fn refresh(&self, store: &Store, keys: Option<&ReportKeys>) -> Result<(), AppError> {
        let mut inner = self.inner.lock().await;
        let mut touched = HashSet::new();
        loop {
            let batch = store.persons_after(inner.last_person, BATCH).await?;
            let Some(last) = batch.last().map(|p| p.id) else {
                break;
            };
            for p in batch {
                inner.add_person(p.id, &p.names);
            }
            inner.last_person = Some(last);
        }
        loop {
            let batch = store.notes_after(inner.last_note, BATCH).await?;
            let Some(last) = batch.last().map(|n| n.id) else {
                break;
            };
            for n in batch {
                inner.add_words(Doc::Note(n.case_id), &n.text, &mut touched);
            }
            inner.last_note = Some(last);
        }
        if let Some(keys) = keys.filter(|k| k.can_open()) {
            loop {
                let batch = store.reports_after(inner.last_report, BATCH).await?;
                let Some(last) = batch.last().map(|r| r.number) else {
                    break;
                };
                for (id, text) in open_all(keys, &batch)? {
                    inner.add_words(Doc::Report(id), &text, &mut touched);
                }
                inner.last_report = last;
            }
        }
        inner.settle(touched);
        Ok(())
    }

    /// How large the index is.
    pub async fn size(&self) -> IndexSize {
        let inner = self.inner.lock().await;
        IndexSize {
            persons: inner.persons.len(),
            words: inner.words.len(),
            postings: inner.words.values().map(Vec::len).sum(),
        }
    }

    /// Searches `query` as a case reference, an identifier (exact, on the blind indexes), a
    /// person's name (fuzzy, transliterated) and words of notes and reports, after catching up.
    pub async fn search(
        &self,
        store: &Store,
        keys: &ReportKeys,
        query: &str,
    ) -> Result<Found, AppError> {
        self.refresh(store, Some(keys)).await?;
        let query = query.trim();
        let mut found = Found {
            reference: store.case_by_reference(query).await?,
            ..Found::default()
        };
        for (kind, index) in readings(keys.identifier_key(), query) {
            found
                .persons
                .extend(store.persons_with_identifier(kind.code(), &index).await?);
            found
                .reports
                .extend(store.reports_with_identifier(kind.code(), &index).await?);
            found
                .identifier_cases
                .extend(store.cases_with_identifier_ids(kind.code(), &index).await?);
        }
        let inner = self.inner.lock().await;
        found.persons.extend(inner.name_hits(query));
        for doc in inner.text_hits(query) {
            match doc {
                Doc::Report(id) => found.reports.push(id),
                Doc::Note(case) => found.note_cases.push(case),
            }
        }
        drop(inner);
        for list in [
            &mut found.persons,
            &mut found.identifier_cases,
            &mut found.reports,
            &mut found.note_cases,
        ] {
            list.sort_unstable();
            list.dedup();
        }
        Ok(found)
    }
}

/// The words of each report of `batch`, opened on every core.
fn open_all(
    keys: &ReportKeys,
    batch: &[lumen_store::ReportRecord],
) -> Result<Vec<(Uuid, String)>, AppError> {
    let threads = std::thread::available_parallelism().map_or(1, |n| n.get());
    let chunk = batch.len().div_ceil(threads).max(1);
    std::thread::scope(|scope| {
        let workers: Vec<_> = batch
            .chunks(chunk)
            .map(|part| {
                scope.spawn(move || {
                    part.iter()
                        .map(|r| {
                            let p = keys.open_payload(r)?;
                            Ok((
                                r.id,
                                format!("{} {} {} {}", p.text, p.place, p.people, p.when),
                            ))
                        })
                        .collect::<Result<Vec<_>, AppError>>()
                })
            })
            .collect();
        let mut out = Vec::with_capacity(batch.len());
        for w in workers {
            out.extend(w.join().map_err(|_| AppError::Internal)??);
        }
        Ok(out)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_match_across_scripts_and_small_misspellings() {
        let mut inner = Inner::default();
        let id = Uuid::now_v7();
        inner.add_person(id, &["Ионела Попеску".to_owned()]);
        inner.add_person(Uuid::now_v7(), &["Ionela Marinescu".to_owned()]);
        assert_eq!(inner.name_hits("Ionela Popescu"), vec![id]);
        assert_eq!(inner.name_hits("popesku"), vec![id]);
        assert!(inner.name_hits("Marius Ionescu").is_empty());
    }

    #[test]
    fn free_text_needs_every_word() {
        let mut inner = Inner::default();
        let a = Uuid::now_v7();
        let b = Uuid::now_v7();
        let mut touched = HashSet::new();
        inner.add_words(
            Doc::Note(a),
            "Rencontre au car wash de la chaussée d'Anvers",
            &mut touched,
        );
        inner.add_words(Doc::Note(b), "Car wash fermé", &mut touched);
        inner.settle(touched);
        assert_eq!(inner.text_hits("chaussee wash").len(), 1);
        assert_eq!(inner.text_hits("WASH").len(), 2);
        assert!(inner.text_hits("inconnu").is_empty());
    }
}
