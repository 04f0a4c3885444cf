//! Turning raw field values into compact prepared records for matching.

use crate::kind::FieldKind;
use crate::normalize::{self, DateParse, name_tokens, parse_address, parse_date};
use crate::similarity::phonetic_key;
use rustc_hash::FxHasher;
use std::hash::{Hash, Hasher};

/// Which column holds which kind of value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Schema {
    /// Kinds of the fields, in the order values are supplied.
    pub kinds: Vec<FieldKind>,
}

/// A record ready for comparison: normalised values, hashed identifiers and blocking keys.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Prepared {
    /// Normalised given name(s).
    pub given: Option<Box<str>>,
    /// Normalised surname.
    pub surname: Option<Box<str>>,
    /// Date of birth as `YYYYMMDD` and day number.
    pub birth: Option<(u32, i32)>,
    /// Hashes of contact identifiers (phones, e-mails, handles; a WhatsApp handle counts as its phone).
    pub contacts: Vec<u64>,
    /// Hashes of document identifiers (plates, IBANs, URLs, identity numbers).
    pub documents: Vec<u64>,
    /// Hash of the canonical street.
    pub street: Option<u64>,
    /// Hash of the house number.
    pub number: Option<u64>,
    /// Hash of postcode (or the commune, which gives it).
    pub postcode: Option<u64>,
    /// Hashes of free-text tokens.
    pub text: Vec<u64>,
    /// Normalised identifiers as `kind:value`, for the exact index and explanations.
    pub identifiers: Vec<String>,
    /// Count of impossible dates met while preparing.
    pub invalid_dates: u32,
}

/// Stable 64-bit hash of a value (FxHash, fixed seed: deterministic across runs).
pub fn hash_str(tag: u8, value: &str) -> u64 {
    let mut h = FxHasher::default();
    tag.hash(&mut h);
    value.hash(&mut h);
    h.finish()
}

fn push_unique(list: &mut Vec<u64>, value: u64) {
    if !list.contains(&value) {
        list.push(value);
    }
}

impl Prepared {
    /// Prepare a record from its raw values (one per schema field; empty strings are missing).
    pub fn from_values(schema: &Schema, values: &[&str]) -> Prepared {
        let mut p = Prepared::default();
        let mut full_name: Option<Vec<String>> = None;
        for (&kind, &raw) in schema.kinds.iter().zip(values) {
            if raw.trim().is_empty() {
                continue;
            }
            match kind {
                FieldKind::GivenName => {
                    p.given = normalize::normalize_name(raw)
                        .map(Into::into)
                        .or(p.given.take())
                }
                FieldKind::Surname => {
                    p.surname = normalize::normalize_name(raw)
                        .map(Into::into)
                        .or(p.surname.take())
                }
                FieldKind::FullName => full_name = Some(name_tokens(raw)),
                FieldKind::BirthDate => match parse_date(raw) {
                    DateParse::Valid(d) => p.birth = Some((d.compact(), d.day_number())),
                    DateParse::Invalid => p.invalid_dates += 1,
                    DateParse::Empty => {}
                },
                FieldKind::Address => {
                    if let Some(a) = parse_address(raw) {
                        p.street = a.street.as_deref().map(|s| hash_str(1, s)).or(p.street);
                        p.number = a.number.as_deref().map(|s| hash_str(2, s)).or(p.number);
                        p.postcode = a.postcode.as_deref().map(|s| hash_str(3, s)).or(p.postcode);
                    }
                }
                FieldKind::StreetNumber | FieldKind::City | FieldKind::Postcode => {
                    if let Some(v) = normalize::normalize(kind, raw) {
                        let (tag, slot) = match kind {
                            FieldKind::StreetNumber => (2, &mut p.number),
                            _ => (3, &mut p.postcode),
                        };
                        *slot = Some(hash_str(tag, &v));
                    }
                }
                FieldKind::Text => {
                    if let Some(v) = normalize::normalize(kind, raw) {
                        for token in v.split(' ') {
                            push_unique(&mut p.text, hash_str(9, token));
                        }
                    }
                }
                _ => {
                    if let Some(v) = normalize::normalize(kind, raw) {
                        // A WhatsApp or Signal handle is the phone number itself: same evidence.
                        let (kind_tag, value) = match v.split_once(':') {
                            Some(("whatsapp" | "signal", phone)) if kind == FieldKind::Handle => {
                                (FieldKind::Phone, phone.to_string())
                            }
                            _ => (kind, v),
                        };
                        let h = hash_str(20 + kind_tag as u8, &value);
                        if matches!(
                            kind_tag,
                            FieldKind::Phone | FieldKind::Email | FieldKind::Handle
                        ) {
                            push_unique(&mut p.contacts, h);
                        } else {
                            push_unique(&mut p.documents, h);
                        }
                        let label = format!("{kind_tag}:{value}");
                        if !p.identifiers.contains(&label) {
                            p.identifiers.push(label);
                        }
                    }
                }
            }
        }
        if let Some(tokens) = full_name
            && !tokens.is_empty()
            && (p.given.is_none() || p.surname.is_none())
        {
            let (first, rest) = tokens.split_at(1);
            if rest.is_empty() {
                p.surname = p.surname.take().or_else(|| Some(first[0].clone().into()));
            } else {
                p.given = p.given.take().or_else(|| Some(first.join(" ").into()));
                p.surname = p.surname.take().or_else(|| Some(rest.join(" ").into()));
            }
        }
        p.contacts.sort_unstable();
        p.documents.sort_unstable();
        p.text.sort_unstable();
        p
    }

    /// True when the record carries nothing to compare.
    pub fn is_empty(&self) -> bool {
        self.given.is_none()
            && self.surname.is_none()
            && self.birth.is_none()
            && self.contacts.is_empty()
            && self.documents.is_empty()
            && self.street.is_none()
            && self.postcode.is_none()
    }

    /// Blocking keys of this record (hashed, tagged by rule). Records sharing a key are compared;
    /// the candidate pairs are the union over all keys.
    /// - names: sorted phonetic (given, surname) pair alone, with the birth year, and with the
    ///   street; the phonetic key of one name with the first three letters of the other; exact
    ///   normalised name pair (any order);
    /// - birth date: the date with the first two letters, or the phonetic key, of either name;
    /// - location: street with house number; postcode with the phonetic key of one name and the
    ///   initial of the other;
    /// - identifiers: every contact and document identifier.
    pub fn blocking_keys(&self) -> Vec<(BlockRule, u64)> {
        let mut keys = Vec::with_capacity(12 + self.contacts.len() + self.documents.len());
        let key = |value: &dyn Fn(&mut FxHasher)| {
            let mut h = FxHasher::default();
            value(&mut h);
            h.finish() & !PARTIAL_KEY
        };
        let partial = |value: &dyn Fn(&mut FxHasher)| key(value) | PARTIAL_KEY;
        let year = self.birth.map_or(0, |(compact, _)| compact / 10_000);
        let phonetic: Vec<String> = [&self.given, &self.surname]
            .into_iter()
            .flatten()
            .map(|n| phonetic_key(n.split(' ').next().unwrap_or(n)))
            .collect();
        if let (Some(given), Some(surname)) = (self.given.as_deref(), self.surname.as_deref()) {
            let (g, s) = (&phonetic[0], &phonetic[1]);
            let (lo, hi) = if g <= s { (g, s) } else { (s, g) };
            keys.push((BlockRule::NamesYear, key(&|h| (40u8, lo, hi, year).hash(h))));
            keys.push((BlockRule::Names, partial(&|h| (44u8, lo, hi).hash(h))));
            if let Some(street) = self.street {
                keys.push((
                    BlockRule::NamesStreet,
                    key(&|h| (43u8, lo, hi, street).hash(h)),
                ));
            }
            // One name misspelt past its phonetic key, the other intact: the intact name's key
            // with the first three letters of the misspelt one.
            let two = |n: &str| n.bytes().take(3).collect::<Vec<u8>>();
            keys.push((
                BlockRule::Names,
                partial(&|h| (49u8, g, two(surname)).hash(h)),
            ));
            keys.push((
                BlockRule::Names,
                partial(&|h| (50u8, s, two(given)).hash(h)),
            ));
            let (lo, hi) = if given <= surname {
                (given, surname)
            } else {
                (surname, given)
            };
            keys.push((BlockRule::Names, key(&|h| (41u8, lo, hi).hash(h))));
        }
        if let Some((compact, _)) = self.birth {
            for name in [&self.given, &self.surname].into_iter().flatten() {
                let b = name.as_bytes();
                let prefix = u64::from(b[0]) << 8 | u64::from(b.get(1).copied().unwrap_or(b'_'));
                keys.push((
                    BlockRule::BirthDate,
                    key(&|h| (42u8, compact, prefix).hash(h)),
                ));
            }
            for p in &phonetic {
                keys.push((BlockRule::BirthDate, key(&|h| (45u8, compact, p).hash(h))));
            }
        }
        if let (Some(street), Some(number)) = (self.street, self.number) {
            keys.push((
                BlockRule::Location,
                partial(&|h| (46u8, street, number).hash(h)),
            ));
        }
        if let (Some(postcode), Some(given), Some(surname)) = (
            self.postcode,
            self.given.as_deref(),
            self.surname.as_deref(),
        ) {
            // One name may be badly misspelt if the other keeps its initial.
            let (g, s) = (&phonetic[0], &phonetic[1]);
            let (gi, si) = (given.as_bytes()[0], surname.as_bytes()[0]);
            keys.push((
                BlockRule::Location,
                partial(&|h| (47u8, postcode, g, si).hash(h)),
            ));
            keys.push((
                BlockRule::Location,
                partial(&|h| (48u8, postcode, s, gi).hash(h)),
            ));
        }
        for &c in self.contacts.iter().chain(&self.documents) {
            keys.push((BlockRule::Identifier, c));
        }
        keys.sort_unstable();
        keys.dedup();
        keys
    }
}

/// Top bit of a blocking key marking a partial key (smaller block cap, see
/// [`crate::blocking::BlockingLimits::partial_block_size`]).
const PARTIAL_KEY: u64 = 1 << 63;

/// Whether a name, birth-date or location blocking key is a partial one.
pub fn is_partial_key(key: u64) -> bool {
    key & PARTIAL_KEY != 0
}

/// The blocking rule that produced a key.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum BlockRule {
    /// Names alone: phonetic pair, exact pair, one phonetic name with letters of the other.
    Names = 0,
    /// Birth date plus a name initial.
    BirthDate = 1,
    /// A shared exact identifier.
    Identifier = 2,
    /// Street and house number, or postcode with a phonetic name.
    Location = 3,
    /// Phonetic name pair with the birth year.
    NamesYear = 4,
    /// Phonetic name pair with the street.
    NamesStreet = 5,
}

/// Number of blocking rules (bits of a pair's rule set).
pub const BLOCK_RULES: usize = 6;

/// Bit set of the rules keyed on the names ([`BlockRule::Names`], [`BlockRule::NamesYear`],
/// [`BlockRule::NamesStreet`]).
pub const NAME_RULES: u8 = 1 << BlockRule::Names as u8
    | 1 << BlockRule::NamesYear as u8
    | 1 << BlockRule::NamesStreet as u8;

#[cfg(test)]
mod tests {
    use super::*;

    fn schema() -> Schema {
        Schema {
            kinds: vec![
                FieldKind::FullName,
                FieldKind::BirthDate,
                FieldKind::Phone,
                FieldKind::Handle,
            ],
        }
    }

    #[test]
    fn whatsapp_handle_is_the_phone() {
        let a = Prepared::from_values(
            &schema(),
            &["Ana Popescu", "1990-01-02", "0475 12 34 56", ""],
        );
        let b = Prepared::from_values(
            &schema(),
            &["Popescu Ana", "", "", "https://wa.me/32475123456"],
        );
        assert_eq!(a.contacts, b.contacts);
        assert!(b.identifiers.contains(&"phone:+32475123456".to_string()));
    }

    fn shares_key(a: &Prepared, b: &Prepared) -> bool {
        let keys = b.blocking_keys();
        a.blocking_keys().iter().any(|k| keys.contains(k))
    }

    #[test]
    fn blocking_survives_missing_dates_typos_and_moves() {
        let schema = Schema {
            kinds: vec![
                FieldKind::GivenName,
                FieldKind::Surname,
                FieldKind::BirthDate,
                FieldKind::Address,
            ],
        };
        let rec = |v: &[&str]| Prepared::from_values(&schema, v);
        let a = rec(&["Ana", "Popescu", "1990-01-02", "Rue Haute 12, 1000"]);
        // Birth date missing on one side: the phonetic name pair without the year.
        assert!(shares_key(&a, &rec(&["Ana", "Popescu", "", ""])));
        // Surname misspelt past its phonetic key, no date: phonetic given name + three letters.
        assert!(shares_key(&a, &rec(&["Ana", "Popestru", "", ""])));
        // Both names misspelt, same address: street and house number.
        assert!(shares_key(
            &a,
            &rec(&["Anna", "Pipescu", "", "Rue Haute 12, 1000"])
        ));
        // Nothing in common: no key.
        assert!(!shares_key(
            &a,
            &rec(&["Jan", "Peeters", "1971-05-06", "Rue Neuve 3, 1000"])
        ));
    }

    #[test]
    fn empty_values_are_missing_and_bad_dates_counted() {
        let p = Prepared::from_values(&schema(), &["", "31/02/1990", "  ", ""]);
        assert!(p.is_empty());
        assert_eq!(p.invalid_dates, 1);
        assert!(p.blocking_keys().is_empty());
    }
}
