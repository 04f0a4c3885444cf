//! Synthetic person records with ground truth (`entity_id`), for benchmarks and evaluation.
//!
//! People of the origins met in Belgian THB cases; duplicates carry typos, swapped or missing
//! fields, transliteration variants (including Cyrillic script), nicknames, phone and date format
//! variants, moved addresses, and some phones shared by several people (as in controlled networks).

mod names;

use crate::normalize::address::STREETS_CSV;
use crate::rng::Rng;
use names::{NICKNAMES, ORIGINS, Origin, TRANSLITERATIONS};
use std::io::Write;

/// Header of generated files.
pub const HEADER: &str = "id,entity_id,given_name,surname,birth_date,phone,email,address,handle";

struct Person {
    given: String,
    surname: String,
    birth: (u16, u8, u8),
    phone: Option<String>,
    email: Option<String>,
    address: Option<String>,
    handle: Option<String>,
    origin: usize,
}

fn streets() -> Vec<(String, String, String)> {
    STREETS_CSV
        .lines()
        .skip(1)
        .filter_map(|l| {
            let mut p = l.split(',');
            Some((
                p.next()?.to_string(),
                p.next()?.to_string(),
                p.next()?.to_string(),
            ))
        })
        .collect()
}

fn pick_origin(rng: &mut Rng) -> usize {
    let total: u32 = ORIGINS.iter().map(|o| o.weight).sum();
    let mut x = rng.below(total as usize) as u32;
    for (i, o) in ORIGINS.iter().enumerate() {
        if x < o.weight {
            return i;
        }
        x -= o.weight;
    }
    0
}

fn surname(rng: &mut Rng, o: &Origin) -> String {
    if o.name == "chinese" || o.name == "vietnamese" {
        // Few family names, many given-name combinations: the surname stays in the short list.
        return if rng.chance(0.5) {
            rng.pick(o.roots).to_string()
        } else {
            rng.pick(o.syllables).to_string()
        };
    }
    if rng.chance(0.5) {
        return format!(
            "{}{}{}",
            rng.pick(o.prefixes),
            rng.pick(o.roots),
            rng.pick(o.suffixes)
        );
    }
    // A composed surname: two or three syllables of the origin, then its usual ending.
    let mut name = String::new();
    for _ in 0..2 + rng.below(2) {
        let syllable = rng.pick(o.syllables);
        if name.is_empty() {
            let mut chars = syllable.chars();
            name.extend(chars.next().into_iter().flat_map(char::to_uppercase));
            name.push_str(chars.as_str());
        } else {
            name.push_str(&syllable.to_lowercase());
        }
    }
    format!("{}{}{}", rng.pick(o.prefixes), name, rng.pick(o.suffixes))
}

fn given_name(rng: &mut Rng, o: &Origin) -> String {
    if (o.name == "chinese" || o.name == "vietnamese") && rng.chance(0.6) {
        // Two-syllable given names drawn from syllables.
        let a = rng.pick(o.syllables);
        let b = rng.pick(o.syllables).to_lowercase();
        return format!("{a} {b}");
    }
    rng.pick(o.given).to_string()
}

fn ascii_lower(s: &str) -> String {
    deunicode::deunicode(s)
        .to_ascii_lowercase()
        .chars()
        .filter(char::is_ascii_alphanumeric)
        .collect()
}

fn new_phone(rng: &mut Rng, o: &Origin) -> String {
    let calling_code = if o.calling_code == "32" || rng.chance(0.7) {
        "32"
    } else {
        o.calling_code
    };
    format!("+{calling_code}{}", mobile_number(rng, calling_code))
}

/// A mobile number of the country's own numbering plan (after its calling code): the
/// leading digits its operators use and the plan's length, so that a normaliser that
/// validates numbers accepts it as a phone of that country.
fn mobile_number(rng: &mut Rng, calling_code: &str) -> String {
    let (lead, span) = match calling_code {
        "32" => ("4", 6..10),
        "40" => ("7", 2..8),
        "359" => ("8", 7..10),
        "234" => ("80", 3..10),
        "84" => ("9", 1..2),
        "86" => ("13", 1..10),
        "55" => ("119", 7..10),
        "212" => ("6", 1..8),
        "233" => ("2", 4..5),
        "355" => ("6", 9..10),
        _ => ("", 7..10),
    };
    let digit = span.start + rng.below(span.len());
    let rest = rng.below(10_000_000);
    let tail = if calling_code == "86" {
        format!("{rest:08}")
    } else {
        format!("{rest:07}")
    };
    format!("{lead}{digit}{tail}")
}

fn new_person(
    rng: &mut Rng,
    shared_phones: &[String],
    streets: &[(String, String, String)],
) -> Person {
    let origin = pick_origin(rng);
    let o = &ORIGINS[origin];
    let mut given = given_name(rng, o);
    if rng.chance(0.25) && !o.given.is_empty() {
        // A second given name widens the name space as in real populations.
        given = format!("{given} {}", rng.pick(o.given));
    }
    let surname = if rng.chance(0.2) {
        format!("{} {}", surname(rng, o), rng.pick(o.roots))
    } else {
        surname(rng, o)
    };
    let birth = (
        1955 + rng.below(52) as u16,
        1 + rng.below(12) as u8,
        1 + rng.below(28) as u8,
    );
    let phone = if rng.chance(0.03) && !shared_phones.is_empty() {
        Some(rng.pick(shared_phones).clone())
    } else {
        rng.chance(0.8).then(|| new_phone(rng, o))
    };
    let email = rng.chance(0.5).then(|| {
        let provider = rng.pick(&[
            "gmail.com",
            "hotmail.com",
            "yahoo.fr",
            "outlook.com",
            "skynet.be",
            "telenet.be",
        ]);
        format!(
            "{}.{}{}@{provider}",
            ascii_lower(&given),
            ascii_lower(&surname),
            rng.below(1000)
        )
    });
    let address = rng.chance(0.8).then(|| new_address(rng, streets));
    let handle = rng.chance(0.2).then(|| {
        let platform = rng.pick(&["instagram", "facebook", "telegram", "snapchat", "tiktok"]);
        format!(
            "{platform}:{}_{}{}",
            ascii_lower(&given),
            ascii_lower(&surname),
            rng.below(100)
        )
    });
    Person {
        given,
        surname,
        birth,
        phone,
        email,
        address,
        handle,
        origin,
    }
}

fn new_address(rng: &mut Rng, streets: &[(String, String, String)]) -> String {
    let (fr, _, pc) = rng.pick(streets);
    format!("{fr} {}, {pc}", 1 + rng.below(250))
}

/// Cyrillic spelling of a Latin name (the inverse of what a Bulgarian document shows).
fn to_cyrillic(name: &str) -> String {
    let lower = name.to_lowercase();
    let mut out = String::new();
    let chars: Vec<char> = lower.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let pair: String = chars[i..(i + 2).min(chars.len())].iter().collect();
        let (c, step) = match pair.as_str() {
            "zh" => ("ж", 2),
            "ch" => ("ч", 2),
            "sh" => ("ш", 2),
            "ts" => ("ц", 2),
            "yu" => ("ю", 2),
            "ya" => ("я", 2),
            _ => (
                match chars[i] {
                    'a' => "а",
                    'b' => "б",
                    'v' => "в",
                    'g' => "г",
                    'd' => "д",
                    'e' => "е",
                    'z' => "з",
                    'i' => "и",
                    'y' => "й",
                    'k' => "к",
                    'l' => "л",
                    'm' => "м",
                    'n' => "н",
                    'o' => "о",
                    'p' => "п",
                    'r' => "р",
                    's' => "с",
                    't' => "т",
                    'u' => "у",
                    'f' => "ф",
                    'h' => "х",
                    ' ' => " ",
                    _ => "",
                },
                1,
            ),
        };
        out.push_str(c);
        i += step;
    }
    let mut cs = out.chars();
    cs.next()
        .map(|f| f.to_uppercase().collect::<String>() + cs.as_str())
        .unwrap_or_default()
}

fn typo(rng: &mut Rng, s: &str) -> String {
    let mut chars: Vec<char> = s.chars().collect();
    if chars.len() < 3 {
        return s.to_string();
    }
    let i = 1 + rng.below(chars.len() - 1);
    match rng.below(4) {
        0 => chars[i] = *rng.pick(&['a', 'e', 'i', 'o', 'n', 'r', 's', 't']),
        1 => {
            chars.remove(i);
        }
        2 => chars.insert(i, chars[i - 1]),
        _ => chars.swap(i - 1, i),
    }
    chars.into_iter().collect()
}

fn format_phone(rng: &mut Rng, e164: &str) -> String {
    let digits = &e164[1..];
    match (digits.strip_prefix("32"), rng.below(5)) {
        (Some(national), 0) => format!(
            "0{} {} {} {}",
            &national[..3],
            &national[3..5],
            &national[5..7],
            &national[7..]
        ),
        (Some(national), 1) => format!(
            "0{}/{}.{}.{}",
            &national[..3],
            &national[3..5],
            &national[5..7],
            &national[7..]
        ),
        (Some(national), 2) => format!("+32 (0){national}"),
        (_, 3) => format!("00{digits}"),
        (_, 4) => format!("https://wa.me/{digits}"),
        _ => e164.to_string(),
    }
}

fn format_date(rng: &mut Rng, (y, m, d): (u16, u8, u8)) -> String {
    match rng.below(4) {
        0 => format!("{y:04}-{m:02}-{d:02}"),
        1 => format!("{d:02}/{m:02}/{y:04}"),
        2 => format!("{y:04}{m:02}{d:02}"),
        _ => format!("{d}.{m}.{y}"),
    }
}

fn variant_name(rng: &mut Rng, name: &str, origin: usize) -> String {
    let r = rng.below(10);
    if r < 3 {
        return typo(rng, name);
    }
    if r < 5
        && let Some((_, n)) = NICKNAMES
            .iter()
            .chain(TRANSLITERATIONS)
            .find(|(a, _)| *a == name)
    {
        return (*n).to_string();
    }
    if r < 6 && ORIGINS[origin].name == "bulgarian" {
        return to_cyrillic(name);
    }
    if r < 7 {
        return name.to_uppercase();
    }
    typo(rng, name)
}

fn duplicate(rng: &mut Rng, p: &Person, streets: &[(String, String, String)]) -> [String; 7] {
    let mut given = p.given.clone();
    let mut surname = p.surname.clone();
    if rng.chance(0.3) {
        given = variant_name(rng, &given, p.origin);
    }
    if rng.chance(0.3) {
        surname = variant_name(rng, &surname, p.origin);
    }
    if rng.chance(0.05) {
        std::mem::swap(&mut given, &mut surname);
    }
    let mut birth = p.birth;
    if rng.chance(0.06) {
        birth = if rng.chance(0.5) && birth.2 <= 12 {
            (birth.0, birth.2, birth.1)
        } else {
            (birth.0, birth.1, 1 + rng.below(28) as u8)
        };
    }
    let birth = if rng.chance(0.1) {
        String::new()
    } else {
        format_date(rng, birth)
    };
    let phone = match &p.phone {
        Some(ph) if !rng.chance(0.35) => format_phone(rng, ph),
        _ if rng.chance(0.2) => {
            let fresh = new_phone(rng, &ORIGINS[p.origin]);
            format_phone(rng, &fresh)
        }
        _ => String::new(),
    };
    let email = p
        .email
        .clone()
        .filter(|_| rng.chance(0.5))
        .map(|e| if rng.chance(0.3) { e.to_uppercase() } else { e })
        .unwrap_or_default();
    let address = if rng.chance(0.15) {
        new_address(rng, streets)
    } else {
        p.address
            .clone()
            .filter(|_| rng.chance(0.7))
            .unwrap_or_default()
    };
    let address = translate_street(rng, &address, streets);
    let handle = p
        .handle
        .clone()
        .filter(|_| rng.chance(0.4))
        .unwrap_or_default();
    [given, surname, birth, phone, email, address, handle]
}

/// Write a Dutch form of a Brussels street half of the time.
fn translate_street(rng: &mut Rng, address: &str, streets: &[(String, String, String)]) -> String {
    if address.is_empty() || rng.chance(0.5) {
        return address.to_string();
    }
    for (fr, nl, _) in streets {
        if let Some(rest) = address.strip_prefix(fr.as_str()) {
            return format!("{nl}{rest}");
        }
    }
    address.to_string()
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Generate `records` person records from `seed` into `out` as CSV with [`HEADER`].
/// About half the people have one record, the others two to five.
pub fn generate(records: usize, seed: u64, out: &mut impl Write) -> std::io::Result<()> {
    let mut rng = Rng::new(seed);
    let streets = streets();
    let shared_phones: Vec<String> = (0..(records / 300).max(1))
        .map(|_| new_phone(&mut rng, &ORIGINS[0]))
        .collect();
    writeln!(out, "{HEADER}")?;
    let mut written = 0usize;
    let mut entity = 0usize;
    while written < records {
        let person = new_person(&mut rng, &shared_phones, &streets);
        let copies = if rng.chance(0.5) { 1 } else { 2 + rng.below(4) };
        for copy in 0..copies.min(records - written) {
            let fields = if copy == 0 {
                [
                    person.given.clone(),
                    person.surname.clone(),
                    format_date(&mut rng, person.birth),
                    person
                        .phone
                        .as_deref()
                        .map(|p| format_phone(&mut rng, p))
                        .unwrap_or_default(),
                    person.email.clone().unwrap_or_default(),
                    translate_street(
                        &mut rng,
                        person.address.as_deref().unwrap_or_default(),
                        &streets,
                    ),
                    person.handle.clone().unwrap_or_default(),
                ]
            } else {
                duplicate(&mut rng, &person, &streets)
            };
            let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
            writeln!(out, "r{written},e{entity},{}", line.join(","))?;
            written += 1;
        }
        entity += 1;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deterministic_and_well_formed() {
        let mut a = Vec::new();
        let mut b = Vec::new();
        generate(500, 7, &mut a).ok();
        generate(500, 7, &mut b).ok();
        assert_eq!(a, b);
        let text = String::from_utf8(a).unwrap_or_default();
        assert_eq!(text.lines().count(), 501);
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        assert!(reader.records().all(|r| r.is_ok_and(|r| r.len() == 9)));
        assert!(
            text.chars().any(|c| ('\u{400}'..='\u{4ff}').contains(&c)) || text.contains("wa.me")
        );
    }

    #[test]
    fn every_origin_gets_phones_of_its_own_numbering_plan() {
        let mut rng = Rng::new(11);
        let mut refused = Vec::new();
        for o in ORIGINS.iter() {
            for _ in 0..300 {
                let number = mobile_number(&mut rng, o.calling_code);
                let phone = format!("+{}{number}", o.calling_code);
                if crate::normalize::phone::normalize_phone(&phone).as_deref() != Some(&phone) {
                    refused.push(phone);
                }
            }
        }
        refused.sort();
        refused.dedup_by(|a, b| a[..6] == b[..6]);
        assert!(
            refused.is_empty(),
            "not numbers of their country: {refused:?}"
        );
    }
}
