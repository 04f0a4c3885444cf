//! IBAN bank account numbers, checksum validated.

/// Expected IBAN length per country for the countries met most often; others use the generic bounds.
const LENGTHS: &[(&str, usize)] = &[
    ("BE", 16),
    ("NL", 18),
    ("FR", 27),
    ("DE", 22),
    ("LU", 20),
    ("ES", 24),
    ("IT", 27),
    ("PT", 25),
    ("RO", 24),
    ("BG", 22),
    ("AL", 28),
    ("GB", 22),
    ("IE", 22),
    ("PL", 28),
    ("CH", 21),
    ("AT", 20),
    ("MA", 28),
    ("LT", 20),
    ("HU", 28),
    ("CZ", 24),
    ("SK", 24),
    ("GR", 27),
    ("TR", 26),
    ("UA", 29),
];

/// Normalise an IBAN: compact upper-case form, `IBAN` prefix and separators dropped, length and
/// ISO 7064 mod-97 checksum verified. `None` when invalid.
pub fn normalize_iban(input: &str) -> Option<String> {
    let mut text = input.trim();
    if text
        .get(..4)
        .is_some_and(|p| p.eq_ignore_ascii_case("iban"))
    {
        text = text
            .get(4..)
            .unwrap_or_default()
            .trim_start_matches([':', ' ']);
    }
    let mut out = String::with_capacity(34);
    for c in text.chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(c.to_ascii_uppercase()),
            ' ' | '-' | '.' | '\u{a0}' => {}
            _ => return None,
        }
        if out.len() > 34 {
            return None;
        }
    }
    let b = out.as_bytes();
    if b.len() < 15
        || !b[0].is_ascii_uppercase()
        || !b[1].is_ascii_uppercase()
        || !b[2].is_ascii_digit()
        || !b[3].is_ascii_digit()
    {
        return None;
    }
    if let Some((_, len)) = LENGTHS.iter().find(|(cc, _)| cc.as_bytes() == &b[..2])
        && *len != b.len()
    {
        return None;
    }
    let mut remainder: u32 = 0;
    for &c in b[4..].iter().chain(&b[..4]) {
        let value = if c.is_ascii_digit() {
            u32::from(c - b'0')
        } else {
            u32::from(c - b'A') + 10
        };
        remainder = if value >= 10 {
            (remainder * 100 + value) % 97
        } else {
            (remainder * 10 + value) % 97
        };
    }
    (remainder == 1).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::normalize_iban as i;

    #[test]
    fn valid_forms() {
        for form in [
            "BE68 5390 0754 7034",
            "be68539007547034",
            "IBAN: BE68-5390-0754-7034",
        ] {
            assert_eq!(i(form), Some("BE68539007547034".into()), "{form}");
        }
        assert_eq!(
            i("NL91 ABNA 0417 1643 00"),
            Some("NL91ABNA0417164300".into())
        );
        assert_eq!(
            i("GB82 WEST 1234 5698 7654 32"),
            Some("GB82WEST12345698765432".into())
        );
    }

    #[test]
    fn checksum_and_length() {
        assert_eq!(i("BE68 5390 0754 7035"), None);
        assert_eq!(i("BE68 5390 0754 703"), None);
        assert_eq!(i("hello"), None);
    }
}
