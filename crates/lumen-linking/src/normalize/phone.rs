//! Phone numbers to E.164, with Belgium as the default region.
//!
//! Hand-written rather than a full numbering-plan library: it runs at several million numbers per
//! second per core, validates Belgian numbers by length (8 digits for fixed lines, 9 for mobiles
//! starting with 4) and accepts other countries by the generic E.164 length bounds (8 to 15 digits).

/// Maximum digits of an E.164 number.
const MAX_DIGITS: usize = 15;

/// Normalise a phone number to E.164 (`+32475123456`). Returns `None` when the text is not a
/// plausible phone number.
///
/// Accepted forms: `+32 475 12 34 56`, `0032475123456`, `0475/12.34.56`, `(02) 123 45 67`,
/// `+32 (0)475 123456`, `tel:+32…`, `https://wa.me/32475123456`, numbers followed by `ext. 12`.
pub fn normalize_phone(input: &str) -> Option<String> {
    let mut text = input.trim();
    let mut wa_link = false;
    for prefix in ["https://", "http://"] {
        if let Some(rest) = strip_prefix_ci(text, prefix) {
            text = rest;
        }
    }
    for prefix in [
        "api.whatsapp.com/send?phone=",
        "www.wa.me/",
        "wa.me/",
        "whatsapp:",
        "tel:",
        "callto:",
    ] {
        if let Some(rest) = strip_prefix_ci(text, prefix) {
            text = rest;
            wa_link = prefix.contains("wa");
            break;
        }
    }
    let bytes = text.as_bytes();
    let mut digits = [0u8; 24];
    let mut n = 0usize;
    let mut plus = false;
    let mut seen_digit = false;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        match b {
            b'0'..=b'9' => {
                if n == digits.len() {
                    return None;
                }
                digits[n] = b;
                n += 1;
                seen_digit = true;
            }
            b'+' if !seen_digit && !plus => plus = true,
            b'(' => {
                // "+32 (0)475": a bracketed trunk zero after a country code is dropped.
                if plus
                    && seen_digit
                    && bytes.get(i + 1) == Some(&b'0')
                    && bytes.get(i + 2) == Some(&b')')
                {
                    i += 3;
                    continue;
                }
            }
            b' ' | b'.' | b'-' | b'/' | b')' | b'\t' | 0xA0 => {}
            b'x' | b'X' | b'e' | b'E' | b'#' | b',' | b';' | b'?' | b'&' if seen_digit => break,
            0xC2 => {} // first byte of a no-break space
            _ => return None,
        }
        i += 1;
    }
    let digits = &digits[..n];
    if digits.is_empty() {
        return None;
    }
    let (country_and_number, international): (&[u8], bool) = if plus || wa_link {
        (digits, true)
    } else if digits.starts_with(b"00") {
        (&digits[2..], true)
    } else if digits[0] == b'0' {
        (&digits[1..], false)
    } else if digits.starts_with(b"32") && (digits.len() == 10 || digits.len() == 11) {
        (digits, true)
    } else if digits.len() == 8 || digits.len() == 9 {
        (digits, false)
    } else if digits.len() >= 10 {
        (digits, true)
    } else {
        return None;
    };
    let mut out = String::with_capacity(16);
    out.push('+');
    if international {
        let mut rest = country_and_number;
        if rest.is_empty() || rest[0] == b'0' {
            return None;
        }
        if rest.starts_with(b"32") {
            let mut national = &rest[2..];
            if national.first() == Some(&b'0') {
                national = &national[1..];
            }
            push_belgian(&mut out, national)?;
            return Some(out);
        }
        if rest.len() < 8 || rest.len() > MAX_DIGITS {
            return None;
        }
        // A stray trunk zero after common European country codes ("+33 06…", "+31 06…").
        if rest.len() >= 4 && rest[2] == b'0' && matches!(&rest[..2], b"31" | b"33" | b"44" | b"49")
        {
            out.push_str(std::str::from_utf8(&rest[..2]).ok()?);
            rest = &rest[3..];
        }
        out.push_str(std::str::from_utf8(rest).ok()?);
        Some(out)
    } else {
        push_belgian(&mut out, country_and_number)?;
        Some(out)
    }
}

fn push_belgian(out: &mut String, national: &[u8]) -> Option<()> {
    let valid = match national.first()? {
        b'4' => national.len() == 9,
        b'0' => false,
        _ => national.len() == 8,
    };
    if !valid {
        return None;
    }
    out.push_str("32");
    out.push_str(std::str::from_utf8(national).ok()?);
    Some(())
}

fn strip_prefix_ci<'a>(text: &'a str, prefix: &str) -> Option<&'a str> {
    if text.len() >= prefix.len()
        && text.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
    {
        text.get(prefix.len()..)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_phone as p;

    #[test]
    fn belgian_forms_agree() {
        let want = Some("+32475123456".to_string());
        for form in [
            "+32 475 12 34 56",
            "0032475123456",
            "0475/12.34.56",
            "0475 12 34 56",
            "+32 (0)475 123 456",
            "+32 0475 123456",
            "https://wa.me/32475123456",
            "wa.me/32475123456",
            "tel:+32-475-12-34-56",
            "475123456",
            "32475123456",
            "0475.12.34.56 ext. 12",
        ] {
            assert_eq!(p(form), want, "{form}");
        }
        assert_eq!(p("(02) 123 45 67"), Some("+3221234567".into()));
        assert_eq!(p("078 055 800"), Some("+3278055800".into()));
    }

    #[test]
    fn foreign_numbers() {
        assert_eq!(p("+234 803 123 4567"), Some("+2348031234567".into()));
        assert_eq!(p("00 40 721 234 567"), Some("+40721234567".into()));
        assert_eq!(p("+33 (0)6 12 34 56 78"), Some("+33612345678".into()));
        assert_eq!(p("+33 06 12 34 56 78"), Some("+33612345678".into()));
    }

    #[test]
    fn rejects_garbage() {
        for bad in [
            "",
            "abc",
            "12",
            "+",
            "0475 12 34",
            "call me",
            "0000000000",
            "+32 12",
        ] {
            assert_eq!(p(bad), None, "{bad}");
        }
    }
}
