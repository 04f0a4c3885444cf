//! Vehicle registration plates.

/// Normalise a registration plate: upper-case letters and digits only, separators dropped, a
/// leading Belgian country code (`B`, `BE`) removed when the rest is a Belgian format
/// (current `1-ABC-234`, older `ABC-123` and `123-ABC`). Foreign plates keep their characters.
pub fn normalize_plate(input: &str) -> Option<String> {
    let mut out = String::with_capacity(12);
    for c in input.trim().chars() {
        match c {
            'a'..='z' | 'A'..='Z' | '0'..='9' => out.push(c.to_ascii_uppercase()),
            ' ' | '-' | '.' | '·' | '_' | '/' | '\u{a0}' => {}
            _ => return None,
        }
    }
    for prefix in ["BE", "B"] {
        if out.len() > prefix.len() && out.starts_with(prefix) && is_belgian(&out[prefix.len()..]) {
            out.drain(..prefix.len());
            break;
        }
    }
    if out.len() < 2 || out.len() > 12 || !out.bytes().any(|b| b.is_ascii_digit()) {
        return None;
    }
    Some(out)
}

/// True for the Belgian formats `1ABC234`, `ABC123` and `123ABC` (separators already removed).
pub fn is_belgian(plate: &str) -> bool {
    let b = plate.as_bytes();
    let pattern: String = b
        .iter()
        .map(|c| if c.is_ascii_digit() { '9' } else { 'A' })
        .collect();
    matches!(pattern.as_str(), "9AAA999" | "AAA999" | "999AAA")
}

#[cfg(test)]
mod tests {
    use super::normalize_plate as p;

    #[test]
    fn belgian_forms() {
        for form in [
            "1-ABC-234",
            "1 abc 234",
            "1.ABC.234",
            "B 1-ABC-234",
            "1ABC234",
            "BE-1-ABC-234",
        ] {
            assert_eq!(p(form), Some("1ABC234".into()), "{form}");
        }
        assert_eq!(p("ABC-123"), Some("ABC123".into()));
        assert_eq!(p("123-ABC"), Some("123ABC".into()));
    }

    #[test]
    fn foreign_and_bad() {
        assert_eq!(p("AB-123-CD"), Some("AB123CD".into()));
        assert_eq!(p("B-MW 1234"), Some("BMW1234".into()));
        assert_eq!(p("ABCDEF"), None);
        assert_eq!(p("1-ABC-234!"), None);
        assert_eq!(p(""), None);
    }
}
