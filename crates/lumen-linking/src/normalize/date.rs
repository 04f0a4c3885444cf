//! Dates (birth dates): ISO, `YYYYMMDD`, `DD/MM/YYYY`, `DD-MM-YYYY`, `DD.MM.YYYY`.

/// A calendar date, validated (no 31 April, 29 February only in leap years).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    /// Year, 1800..=2100.
    pub year: u16,
    /// Month, 1..=12.
    pub month: u8,
    /// Day of month.
    pub day: u8,
}

/// Outcome of parsing a date field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateParse {
    /// The field was empty.
    Empty,
    /// A valid date.
    Valid(Date),
    /// Text present but not a possible date (counted by callers, then treated as missing).
    Invalid,
}

impl Date {
    /// Build a date, `None` when impossible.
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap =
            (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400);
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        ((1800..=2100).contains(&year) && day >= 1 && day <= days).then_some(Date {
            year,
            month,
            day,
        })
    }

    /// Days since 1 January 1800 (for date distances).
    pub fn day_number(self) -> i32 {
        // Days-from-civil (proleptic Gregorian).
        let (y, m, d) = (
            i32::from(self.year),
            i32::from(self.month),
            i32::from(self.day),
        );
        let y = if m <= 2 { y - 1 } else { y };
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let mp = (m + 9) % 12;
        let doy = (153 * mp + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 657_073
    }

    /// `YYYYMMDD` as an integer.
    pub fn compact(self) -> u32 {
        u32::from(self.year) * 10_000 + u32::from(self.month) * 100 + u32::from(self.day)
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

/// Parse a date in any accepted form.
pub fn parse_date(input: &str) -> DateParse {
    let text = input.trim();
    if text.is_empty() {
        return DateParse::Empty;
    }
    let parts: Vec<&str> = text
        .split(['-', '/', '.', ' '])
        .filter(|p| !p.is_empty())
        .collect();
    let number = |s: &str| -> Option<u32> {
        (s.len() <= 4 && s.bytes().all(|b| b.is_ascii_digit()))
            .then(|| s.parse().ok())
            .flatten()
    };
    let date = match parts.as_slice() {
        [one] if one.len() == 8 && one.bytes().all(|b| b.is_ascii_digit()) => {
            let v: u32 = one.parse().unwrap_or(0);
            to_date(v / 10_000, (v / 100) % 100, v % 100)
        }
        [a, b, c] if a.len() == 4 => match (number(a), number(b), number(c)) {
            (Some(y), Some(m), Some(d)) => to_date(y, m, d),
            _ => None,
        },
        [a, b, c] if c.len() == 4 => match (number(a), number(b), number(c)) {
            (Some(d), Some(m), Some(y)) => to_date(y, m, d),
            _ => None,
        },
        _ => None,
    };
    date.map_or(DateParse::Invalid, DateParse::Valid)
}

fn to_date(year: u32, month: u32, day: u32) -> Option<Date> {
    Date::new(
        u16::try_from(year).ok()?,
        u8::try_from(month).ok()?,
        u8::try_from(day).ok()?,
    )
}

/// Normalise a date to ISO `YYYY-MM-DD`; `None` when empty or impossible.
pub fn normalize_date(input: &str) -> Option<String> {
    match parse_date(input) {
        DateParse::Valid(d) => Some(d.to_string()),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forms_agree() {
        for form in [
            "1990-03-07",
            "19900307",
            "07/03/1990",
            "7/3/1990",
            "07-03-1990",
            "07.03.1990",
            " 1990/03/07 ",
        ] {
            assert_eq!(normalize_date(form), Some("1990-03-07".into()), "{form}");
        }
    }

    #[test]
    fn impossible_dates_are_invalid_not_empty() {
        assert_eq!(parse_date(""), DateParse::Empty);
        for bad in [
            "31/04/1990",
            "29/02/2001",
            "1990-13-01",
            "00000000",
            "32.01.1990",
            "tomorrow",
            "1990",
        ] {
            assert_eq!(parse_date(bad), DateParse::Invalid, "{bad}");
        }
        assert!(matches!(parse_date("29/02/2000"), DateParse::Valid(_)));
    }

    #[test]
    fn day_numbers_are_consecutive() {
        let a = Date::new(1999, 12, 31).map(Date::day_number);
        let b = Date::new(2000, 1, 1).map(Date::day_number);
        assert_eq!(b.zip(a).map(|(b, a)| b - a), Some(1));
    }
}
