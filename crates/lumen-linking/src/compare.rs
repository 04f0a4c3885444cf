//! Comparison of two prepared records: one level per comparison.
//!
//! Correlated fields are grouped so their evidence counts once: phones, e-mails and messaging
//! handles form one `contact` comparison (a WhatsApp handle is its phone number); street, house
//! number, postcode and city form one `location` comparison.

use crate::prepare::Prepared;
use crate::similarity::{jaro_winkler, within_one_edit};

/// Number of comparisons.
pub const COMPARISONS: usize = 7;
/// Names of the comparisons, as shown in explanations.
pub const COMPARISON_NAMES: [&str; COMPARISONS] = [
    "given_name",
    "surname",
    "birth_date",
    "contact",
    "location",
    "documents",
    "text",
];
/// Number of (non-missing) levels of each comparison.
pub const LEVEL_COUNTS: [usize; COMPARISONS] = [4, 4, 4, 2, 4, 2, 3];
/// Level meaning a value is missing on one side (no evidence either way).
pub const MISSING: u8 = u8::MAX;
/// Index of the exact level of the name comparisons.
pub const NAME_EXACT: u8 = 3;

/// Human labels of the levels of each comparison.
pub fn level_label(comparison: usize, level: u8) -> &'static str {
    if level == MISSING {
        return "missing";
    }
    match (comparison, level) {
        (0 | 1, 3) => "exact",
        (0 | 1, 2) => "jaro_winkler>=0.92 or token subset",
        (0 | 1, 1) => "jaro_winkler>=0.80 or one edit",
        (2, 3) => "exact",
        (2, 2) => "one digit off, two digits transposed or day/month swapped",
        (2, 1) => "within one year",
        (3, 1) | (5, 1) => "shared identifier",
        (4, 3) => "same street and number",
        (4, 2) => "same street",
        (4, 1) => "same postcode",
        (6, 2) => "token overlap>=0.5",
        (6, 1) => "some tokens shared",
        _ => "different",
    }
}

/// The outcome of comparing two records.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Comparison {
    /// Level per comparison ([`MISSING`] when either side lacks the value).
    pub levels: [u8; COMPARISONS],
    /// Names were compared crosswise (given name of one against surname of the other).
    pub swapped: bool,
}

impl Comparison {
    /// Mixed-radix code of the levels (missing counts as one more level).
    pub fn pattern(&self) -> u32 {
        let mut code = 0u32;
        for (c, &level) in self.levels.iter().enumerate() {
            let radix = LEVEL_COUNTS[c] as u32 + 1;
            let digit = if level == MISSING {
                0
            } else {
                u32::from(level) + 1
            };
            code = code * radix + digit;
        }
        code
    }

    /// Inverse of [`Comparison::pattern`].
    pub fn from_pattern(mut code: u32) -> [u8; COMPARISONS] {
        let mut levels = [MISSING; COMPARISONS];
        for c in (0..COMPARISONS).rev() {
            let radix = LEVEL_COUNTS[c] as u32 + 1;
            let digit = code % radix;
            code /= radix;
            levels[c] = if digit == 0 {
                MISSING
            } else {
                (digit - 1) as u8
            };
        }
        levels
    }
}

/// Number of distinct patterns.
pub fn pattern_count() -> usize {
    LEVEL_COUNTS.iter().map(|l| l + 1).product()
}

fn name_level(a: Option<&str>, b: Option<&str>) -> u8 {
    let (Some(a), Some(b)) = (a, b) else {
        return MISSING;
    };
    if a == b {
        return 3;
    }
    let (x, y) = (a.as_bytes(), b.as_bytes());
    // Cheap filter before Jaro–Winkler: names whose first two letters share nothing, or whose
    // lengths differ by more than half, cannot reach the 0.80 band in practice.
    let related = x.len() >= 2
        && y.len() >= 2
        && (x[0] == y[0] || x[1] == y[1] || x[0] == y[1] || x[1] == y[0]);
    let (short, long) = if x.len() <= y.len() {
        (x.len(), y.len())
    } else {
        (y.len(), x.len())
    };
    let jw = if related && short * 2 >= long {
        jaro_winkler(a, b)
    } else {
        0.0
    };
    if jw >= 0.92 {
        return 2;
    }
    if a.contains(' ') || b.contains(' ') {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        if short.split(' ').all(|t| long.split(' ').any(|u| u == t)) {
            return 2;
        }
    }
    // Short names lose Jaro–Winkler quickly to one typo (`eva`/`ava`): one edit is a near agreement.
    if jw >= 0.80 || (short >= 3 && within_one_edit(x, y)) {
        1
    } else {
        0
    }
}

fn birth_level(a: Option<(u32, i32)>, b: Option<(u32, i32)>) -> u8 {
    let (Some((ca, da)), Some((cb, db))) = (a, b) else {
        return MISSING;
    };
    if ca == cb {
        return 3;
    }
    let swapped = ca / 10_000 == cb / 10_000
        && (ca % 100 == (cb / 100) % 100)
        && ((ca / 100) % 100 == cb % 100);
    let (mut x, mut y, mut differing) = (ca, cb, 0);
    while x > 0 || y > 0 {
        differing += u32::from(x % 10 != y % 10);
        x /= 10;
        y /= 10;
    }
    if swapped || differing <= 1 || adjacent_transposition(ca, cb) {
        return 2;
    }
    if (da - db).abs() <= 365 { 1 } else { 0 }
}

/// Two eight-digit dates that differ by one swap of neighbouring digits (19650409 / 19560409).
fn adjacent_transposition(a: u32, b: u32) -> bool {
    let (x, y) = (format!("{a:08}"), format!("{b:08}"));
    let (x, y) = (x.as_bytes(), y.as_bytes());
    let differing: Vec<usize> = (0..x.len().min(y.len()))
        .filter(|&k| x[k] != y[k])
        .collect();
    matches!(differing.as_slice(), [k, l] if *l == k + 1 && x[*k] == y[*l] && x[*l] == y[*k])
}

fn shares(a: &[u64], b: &[u64]) -> u8 {
    if a.is_empty() || b.is_empty() {
        return MISSING;
    }
    let (mut i, mut j) = (0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Equal => return 1,
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
        }
    }
    0
}

fn location_level(a: &Prepared, b: &Prepared) -> u8 {
    let has = |p: &Prepared| p.street.is_some() || p.postcode.is_some();
    if !has(a) || !has(b) {
        return MISSING;
    }
    if a.street.is_some() && a.street == b.street {
        return if a.number.is_some() && a.number == b.number {
            3
        } else {
            2
        };
    }
    if a.postcode.is_some() && a.postcode == b.postcode {
        1
    } else {
        0
    }
}

fn text_level(a: &[u64], b: &[u64]) -> u8 {
    if a.is_empty() || b.is_empty() {
        return MISSING;
    }
    let shared = a.iter().filter(|t| b.binary_search(t).is_ok()).count();
    let union = a.len() + b.len() - shared;
    if shared * 2 >= union {
        2
    } else if shared > 0 {
        1
    } else {
        0
    }
}

/// Compare two prepared records. Names are compared straight and crosswise; the better
/// orientation is kept (records with given name and surname swapped still agree).
pub fn compare(a: &Prepared, b: &Prepared) -> Comparison {
    let straight = [
        name_level(a.given.as_deref(), b.given.as_deref()),
        name_level(a.surname.as_deref(), b.surname.as_deref()),
    ];
    let mut levels = [MISSING; COMPARISONS];
    let score = |l: [u8; 2]| {
        l.iter()
            .map(|&x| if x == MISSING { 0 } else { u32::from(x) + 1 })
            .sum::<u32>()
    };
    let mut swapped = false;
    let names = if straight == [NAME_EXACT, NAME_EXACT] {
        straight
    } else {
        let cross = [
            name_level(a.given.as_deref(), b.surname.as_deref()),
            name_level(a.surname.as_deref(), b.given.as_deref()),
        ];
        if score(cross) > score(straight) + 1 {
            swapped = true;
            cross
        } else {
            straight
        }
    };
    levels[0] = names[0];
    levels[1] = names[1];
    levels[2] = birth_level(a.birth, b.birth);
    levels[3] = shares(&a.contacts, &b.contacts);
    levels[4] = location_level(a, b);
    levels[5] = shares(&a.documents, &b.documents);
    levels[6] = text_level(&a.text, &b.text);
    Comparison { levels, swapped }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::FieldKind;
    use crate::prepare::Schema;

    fn rec(values: &[&str]) -> Prepared {
        let schema = Schema {
            kinds: vec![
                FieldKind::GivenName,
                FieldKind::Surname,
                FieldKind::BirthDate,
                FieldKind::Phone,
                FieldKind::Address,
            ],
        };
        Prepared::from_values(&schema, values)
    }

    #[test]
    fn levels_for_typical_pairs() {
        let a = rec(&[
            "Chinedu",
            "Okafor",
            "1991-04-12",
            "0475123456",
            "Rue d'Aerschot 12, 1030 Schaerbeek",
        ]);
        let b = rec(&[
            "Okafor",
            "Chinedu",
            "12/04/1991",
            "+32 475 12 34 56",
            "Aarschotstraat 12 1030",
        ]);
        let c = comparison_of(&a, &b);
        assert!(c.swapped);
        assert_eq!(c.levels[..5], [3, 3, 3, 1, 3]);
        let d = rec(&["Chinedu", "Okafr", "1991-12-04", "", ""]);
        let c = comparison_of(&a, &d);
        assert_eq!(c.levels[..4], [3, 2, 2, MISSING]);
    }

    fn comparison_of(a: &Prepared, b: &Prepared) -> Comparison {
        compare(a, b)
    }

    #[test]
    fn correlated_fields_count_once() {
        let schema = Schema {
            kinds: vec![
                FieldKind::Phone,
                FieldKind::Handle,
                FieldKind::Postcode,
                FieldKind::City,
            ],
        };
        let a = Prepared::from_values(
            &schema,
            &["0475 12 34 56", "wa.me/32475123456", "1030", "Schaerbeek"],
        );
        let b = Prepared::from_values(
            &schema,
            &[
                "+32475123456",
                "whatsapp: +32 475 12 34 56",
                "1030",
                "Schaarbeek",
            ],
        );
        // Phone and WhatsApp handle are one identifier; postcode and commune one location.
        assert_eq!(a.contacts.len(), 1);
        let c = compare(&a, &b);
        assert_eq!(c.levels[3], 1);
        assert_eq!(c.levels[4], 1);
        assert_eq!(c.levels.iter().filter(|&&l| l != MISSING).count(), 2);
    }

    #[test]
    fn short_names_one_edit_apart_are_near() {
        assert_eq!(name_level(Some("eva"), Some("ava")), 1);
        assert_eq!(name_level(Some("eva"), Some("eva")), NAME_EXACT);
        assert_eq!(name_level(Some("eva"), Some("bob")), 0);
        assert_eq!(name_level(Some("eva"), None), MISSING);
    }

    #[test]
    fn date_typos_are_near_agreements() {
        let day = |c: u32| Some((c, 0));
        // Neighbouring digits transposed in the year, in the day; one digit off.
        assert_eq!(birth_level(day(19650409), day(19560409)), 2);
        assert_eq!(birth_level(day(19560419), day(19560491)), 2);
        assert_eq!(birth_level(day(19560409), day(19560408)), 2);
        // Two unrelated digits changed: not a near agreement.
        assert_eq!(birth_level(Some((19560409, 0)), Some((19570419, 400))), 0);
        assert!(adjacent_transposition(19650409, 19560409));
        assert!(!adjacent_transposition(19650409, 19650409));
        assert_eq!(birth_level(None, day(19560409)), MISSING);
    }

    #[test]
    fn pattern_round_trip() {
        let c = Comparison {
            levels: [3, MISSING, 0, 1, 2, MISSING, 1],
            swapped: false,
        };
        assert_eq!(Comparison::from_pattern(c.pattern()), c.levels);
        assert!((c.pattern() as usize) < pattern_count());
    }
}
