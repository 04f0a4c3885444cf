//! Phone numbers to E.164, with Belgium as the default region.
//!
//! The text is first cleaned of what people and links put around a number (`tel:`, `wa.me/`,
//! separators, a bracketed trunk zero, an extension); the digits are then parsed and validated
//! by `phonenumber`, libphonenumber's metadata for every country: a number is kept only when
//! its country's numbering plan has it (a Romanian mobile is `+40 7xx xxx xxx`, a Vietnamese
//! one `+84 9x xxx xx xx`, …), and a trunk zero typed after a country code is dropped by that
//! country's rules.

use phonenumber::country::Id;
use phonenumber::{Mode, PhoneNumber};

/// Maximum digits of an E.164 number.
const MAX_DIGITS: usize = 15;

/// Normalise a phone number to E.164 (`+32475123456`). Returns `None` when the text is not a
/// phone number, or not one of its country's numbering plan.
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
    let digits = std::str::from_utf8(&digits[..n]).ok()?;
    if digits.is_empty() {
        return None;
    }
    // With a country code: `+…`, a WhatsApp link, `00…`, `32…` of Belgian length, or ten
    // digits and more without a trunk zero. Otherwise a Belgian number, with or without its
    // trunk zero.
    let number = if plus || wa_link {
        international(digits)?
    } else if let Some(rest) = digits.strip_prefix("00") {
        international(rest)?
    } else if digits.starts_with('0') {
        phonenumber::parse(Some(Id::BE), digits).ok()?
    } else if digits.starts_with("32") && (digits.len() == 10 || digits.len() == 11) {
        international(digits)?
    } else if digits.len() == 8 || digits.len() == 9 {
        phonenumber::parse(Some(Id::BE), digits).ok()?
    } else if digits.len() >= 10 {
        international(digits)?
    } else {
        return None;
    };
    if !phonenumber::is_valid(&number) {
        return None;
    }
    Some(number.format().mode(Mode::E164).to_string())
}

/// Parses digits that start with a country code.
fn international(digits: &str) -> Option<PhoneNumber> {
    if digits.starts_with('0') || digits.len() < 8 || digits.len() > MAX_DIGITS + 1 {
        return None;
    }
    phonenumber::parse(None, format!("+{digits}")).ok()
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
        assert_eq!(p("(02) 234 56 78"), Some("+3222345678".into()));
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
    fn romanian_bulgarian_nigerian_and_vietnamese_numbers() {
        for (want, forms) in [
            (
                "+40721234567",
                &[
                    "+40 721 234 567",
                    "0040 721 234 567",
                    "+40 (0)721 234 567",
                    "+40 0721 234 567",
                    "0040 0721.234.567",
                    "https://wa.me/40721234567",
                    "40721234567",
                ][..],
            ),
            (
                "+359881234567",
                &[
                    "+359 88 123 4567",
                    "00359 88 123 4567",
                    "+359 (0)88 123 4567",
                    "+359 088 123 4567",
                    "tel:+359-88-123-45-67",
                ],
            ),
            (
                "+2348031234567",
                &[
                    "+234 803 123 4567",
                    "00234 803 123 4567",
                    "+234 (0)803 123 4567",
                    "+234 0803 123 4567",
                    "wa.me/2348031234567",
                ],
            ),
            (
                "+84912345678",
                &[
                    "+84 912 345 678",
                    "0084 912 345 678",
                    "+84 (0)912 345 678",
                    "+84 0912 345 678",
                    "84912345678",
                ],
            ),
        ] {
            for form in forms {
                assert_eq!(p(form).as_deref(), Some(want), "{form}");
            }
        }
        // Typed as at home, without the country code, they are read as Belgian numbers, which
        // they are not: no number rather than a wrong one.
        for local in [
            "0721 234 567",
            "088 123 4567",
            "0803 123 4567",
            "0912 345 678",
        ] {
            assert_eq!(p(local), None, "{local}");
        }
    }

    #[test]
    fn numbers_outside_their_country_plan_are_refused() {
        for bad in [
            "+40 123 456 789",
            "+40 721 234 56",
            "+359 12",
            "+234 803 123",
            "+84 123 456 789 012",
            "+999 1234 5678",
            "0470 00 00 0",
            // Brussels numbers start with 02 2 to 02 8.
            "(02) 123 45 67",
        ] {
            assert_eq!(p(bad), None, "{bad}");
        }
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
