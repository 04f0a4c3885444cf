//! Addresses: street, house number, postcode. Brussels streets in French and Dutch agree through
//! the shipped table `data/streets-brussels.csv`.

use std::collections::HashMap;
use std::sync::OnceLock;

/// The Brussels streets table (`fr,nl,postcode`), shipped with the crate.
pub const STREETS_CSV: &str = include_str!("../../data/streets-brussels.csv");

/// Words that name the kind of street (dropped from the street key) in French and Dutch.
const STREET_WORDS: &[&str] = &[
    "rue",
    "r",
    "avenue",
    "av",
    "ave",
    "chaussee",
    "chee",
    "ch",
    "boulevard",
    "bd",
    "bld",
    "blvd",
    "place",
    "pl",
    "square",
    "sq",
    "impasse",
    "allee",
    "quai",
    "clos",
    "parvis",
    "galerie",
    "straat",
    "str",
    "laan",
    "ln",
    "steenweg",
    "stwg",
    "plein",
    "pln",
    "kaai",
    "dreef",
    "gang",
    "de",
    "du",
    "des",
    "la",
    "le",
    "l",
    "d",
    "van",
    "der",
    "den",
    "het",
    "t",
];
/// Dutch suffixes glued to the street name.
const SUFFIXES: &[&str] = &[
    "steenweg", "straat", "plein", "square", "laan", "kaai", "dreef", "str",
];
/// Words that introduce a box number, dropped with the token that follows.
const BOX_WORDS: &[&str] = &["bus", "bte", "boite", "box", "bt", "b"];
/// Commune names in both languages to their postcode.
const COMMUNES: &[(&str, &str)] = &[
    ("schaerbeek", "1030"),
    ("schaarbeek", "1030"),
    ("evere", "1140"),
    ("saintjossetennoode", "1210"),
    ("sintjoosttennode", "1210"),
    ("saintjosse", "1210"),
    ("sintjoost", "1210"),
    ("bruxelles", "1000"),
    ("brussel", "1000"),
    ("brussels", "1000"),
    ("laeken", "1020"),
    ("laken", "1020"),
    ("etterbeek", "1040"),
    ("ixelles", "1050"),
    ("elsene", "1050"),
    ("anderlecht", "1070"),
    ("molenbeek", "1080"),
    ("molenbeeksaintjean", "1080"),
    ("sintjansmolenbeek", "1080"),
    ("woluwesaintlambert", "1200"),
    ("sintlambrechtswoluwe", "1200"),
    ("haren", "1130"),
    ("neder-over-heembeek", "1120"),
];

/// Fold text to lower-case ASCII alphanumeric tokens (diacritics and punctuation dropped).
fn fold_tokens(input: &str) -> Vec<String> {
    let folded = if input.is_ascii() {
        std::borrow::Cow::Borrowed(input)
    } else {
        std::borrow::Cow::Owned(deunicode::deunicode(input))
    };
    folded
        .split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|t| !t.is_empty())
        .map(str::to_ascii_lowercase)
        .collect()
}

/// Street key without street-type words, particles and Dutch suffixes: `Rue Gallait` and
/// `Gallaitstraat` both give `gallait`.
pub fn street_key(street: &str) -> String {
    let folded = fold_lower(street);
    let tokens: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
    street_key_of_tokens(&tokens)
}

/// Lower-case ASCII with every other character turned into a space (one allocation).
fn fold_lower(input: &str) -> String {
    let transliterated;
    let text: &str = if input.is_ascii() {
        input
    } else {
        transliterated = deunicode::deunicode(input);
        &transliterated
    };
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() {
                b.to_ascii_lowercase() as char
            } else {
                ' '
            }
        })
        .collect()
}

/// [`street_key`] of already folded tokens.
fn street_key_of_tokens(tokens: &[&str]) -> String {
    let mut key: String = tokens
        .iter()
        .filter(|t| !STREET_WORDS.contains(t))
        .copied()
        .collect();
    while let Some(suffix) = SUFFIXES
        .iter()
        .find(|s| key.len() > s.len() + 1 && key.ends_with(*s))
    {
        key.truncate(key.len() - suffix.len());
    }
    key
}

fn street_table() -> &'static HashMap<String, String> {
    static TABLE: OnceLock<HashMap<String, String>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut map = HashMap::new();
        let rows: Vec<(String, String)> = STREETS_CSV
            .lines()
            .skip(1)
            .filter_map(|line| {
                let mut parts = line.split(',');
                Some((street_key(parts.next()?), street_key(parts.next()?)))
            })
            .collect();
        for (fr, _) in &rows {
            map.entry(fr.clone()).or_insert_with(|| fr.clone());
        }
        for (fr, nl) in &rows {
            let canonical = map.get(fr).cloned().unwrap_or_else(|| fr.clone());
            map.entry(nl.clone()).or_insert(canonical);
        }
        map
    })
}

/// Canonical street identifier: the French key of a Brussels street whatever the language of the
/// input, or the generic street key elsewhere.
pub fn canonical_street(street: &str) -> Option<String> {
    let key = street_key(street);
    if key.is_empty() {
        return None;
    }
    Some(street_table().get(&key).cloned().unwrap_or(key))
}

/// Postcode of a commune name in French or Dutch (`Schaarbeek` → `1030`), or a 4-digit postcode as is.
pub fn normalize_city(input: &str) -> Option<String> {
    let key: String = fold_tokens(input).concat();
    if key.len() == 4 && key.bytes().all(|b| b.is_ascii_digit()) {
        return Some(key);
    }
    COMMUNES
        .iter()
        .find(|(name, _)| *name == key)
        .map(|(_, pc)| (*pc).to_string())
        .or((!key.is_empty()).then_some(key))
}

/// A parsed address.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Address {
    /// Canonical street key.
    pub street: Option<String>,
    /// House number (box numbers dropped).
    pub number: Option<String>,
    /// Postcode.
    pub postcode: Option<String>,
}

impl Address {
    /// The normalised text form `street|number|postcode`.
    pub fn to_key(&self) -> String {
        let part = |p: &Option<String>| p.clone().unwrap_or_default();
        format!(
            "{}|{}|{}",
            part(&self.street),
            part(&self.number),
            part(&self.postcode)
        )
    }
}

/// Parse an address such as `Rue d'Aerschot 12 bte 3, 1030 Schaerbeek` or `12 Aarschotstraat`.
pub fn parse_address(input: &str) -> Option<Address> {
    let parts: Vec<&str> = input.split('|').collect();
    if let [street, number, postcode] = parts.as_slice() {
        let address = Address {
            street: if !street.is_empty()
                && street
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
            {
                Some(
                    street_table()
                        .get(*street)
                        .cloned()
                        .unwrap_or_else(|| (*street).to_string()),
                )
            } else {
                canonical_street(street)
            },
            number: fold_tokens(number).into_iter().next(),
            postcode: fold_tokens(postcode).into_iter().next(),
        };
        return (address != Address::default()).then_some(address);
    }
    let folded = fold_lower(input);
    let tokens: Vec<&str> = folded.split(' ').filter(|t| !t.is_empty()).collect();
    let is_postcode =
        |t: &str| t.len() == 4 && t.bytes().all(|b| b.is_ascii_digit()) && t.as_bytes()[0] != b'0';
    let postcode_at = tokens.iter().rposition(|t| is_postcode(t)).filter(|&i| {
        // A 4-digit token is the postcode only if another number precedes it or a city follows it.
        i + 1 < tokens.len() || tokens[..i].iter().any(|t| t.as_bytes()[0].is_ascii_digit())
    });
    let mut city_postcode = None;
    let end = postcode_at.unwrap_or(tokens.len());
    if postcode_at.is_none() {
        // "…, Schaerbeek" without postcode: a trailing commune name gives it.
        if let Some(last) = tokens.last() {
            city_postcode = COMMUNES
                .iter()
                .find(|(n, _)| n == last)
                .map(|(_, pc)| (*pc).to_string());
        }
    }
    let mut street_tokens: Vec<&str> = Vec::new();
    let mut number = None;
    let mut skip_next = false;
    let limit = if city_postcode.is_some() {
        end.saturating_sub(1)
    } else {
        end
    };
    for token in &tokens[..limit] {
        if skip_next {
            skip_next = false;
            continue;
        }
        if number.is_some() && BOX_WORDS.contains(token) {
            skip_next = true;
            continue;
        }
        if token.as_bytes()[0].is_ascii_digit() && token.len() <= 6 {
            if number.is_none() {
                number = Some((*token).to_string());
            }
            continue;
        }
        street_tokens.push(token);
    }
    let key = street_key_of_tokens(&street_tokens);
    let street = (!key.is_empty()).then(|| street_table().get(&key).cloned().unwrap_or(key));
    let address = Address {
        street,
        number,
        postcode: postcode_at.map(|i| tokens[i].to_string()).or(city_postcode),
    };
    (address != Address::default()).then_some(address)
}

/// Normalise an address to `street|number|postcode`.
pub fn normalize_address(input: &str) -> Option<String> {
    parse_address(input).map(|a| a.to_key())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn french_and_dutch_agree() {
        let fr = normalize_address("Rue d'Aerschot 12, 1030 Schaerbeek");
        assert_eq!(fr, Some("aerschot|12|1030".into()));
        assert_eq!(
            normalize_address("Aarschotstraat 12 bus 3, 1030 Schaarbeek"),
            fr
        );
        assert_eq!(normalize_address("12 rue d’Aerschot 1030"), fr);
        assert_eq!(
            normalize_address("Chaussée de Haecht 560, 1030 Schaerbeek"),
            normalize_address("Haachtsesteenweg 560 1030 Schaarbeek")
        );
        assert_eq!(
            normalize_address("Rue Royale 200 1210"),
            normalize_address("Koningsstraat 200, 1210 Sint-Joost-ten-Node")
        );
        assert_eq!(
            canonical_street("Gallaitstraat"),
            canonical_street("rue Gallait")
        );
        assert_ne!(
            canonical_street("Rue Royale"),
            canonical_street("Rue de Brabant")
        );
    }

    #[test]
    fn table_is_large_enough() {
        assert!(STREETS_CSV.lines().count() > 200);
        assert!(
            STREETS_CSV
                .lines()
                .skip(1)
                .all(|l| l.split(',').count() == 3)
        );
    }

    #[test]
    fn cities() {
        assert_eq!(normalize_city("Schaarbeek"), Some("1030".into()));
        assert_eq!(normalize_city("Saint-Josse-ten-Noode"), Some("1210".into()));
        assert_eq!(normalize_city("1140"), Some("1140".into()));
        assert_eq!(normalize_city(" - "), None);
    }
}
