//! Times of the zone: entered and shown in its local time (Europe/Brussels), stored in UTC.
//! Days (certificate validity, coverage) are local days too.

use chrono::{DateTime, LocalResult, NaiveDate, NaiveDateTime, TimeZone, Utc};
use chrono_tz::Europe::Brussels;

/// The format of a `datetime-local` form field.
pub const FORM_FORMAT: &str = "%Y-%m-%dT%H:%M";

/// A Brussels wall-clock time that does not exist: the hour skipped when summer time starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LocalTimeSkipped;

impl LocalTimeSkipped {
    /// The stable code of the refusal.
    pub fn code(self) -> &'static str {
        "local_time_skipped"
    }
}

/// The UTC instant of a Brussels wall-clock time. In the hour repeated when summer time ends,
/// the first occurrence (summer time) is taken; the hour skipped when it starts is refused.
pub fn from_local(local: NaiveDateTime) -> Result<DateTime<Utc>, LocalTimeSkipped> {
    match Brussels.from_local_datetime(&local) {
        LocalResult::Single(t) | LocalResult::Ambiguous(t, _) => Ok(t.with_timezone(&Utc)),
        LocalResult::None => Err(LocalTimeSkipped),
    }
}

/// The Brussels wall-clock time of a UTC instant.
pub fn to_local(at: DateTime<Utc>) -> NaiveDateTime {
    at.with_timezone(&Brussels).naive_local()
}

/// The Brussels day of a UTC instant.
pub fn local_day(at: DateTime<Utc>) -> NaiveDate {
    to_local(at).date()
}

/// A UTC instant as shown to users: `YYYY-MM-DD HH:MM` in Brussels time.
pub fn display(at: DateTime<Utc>) -> String {
    to_local(at).format("%Y-%m-%d %H:%M").to_string()
}

/// A UTC instant as a `datetime-local` form value in Brussels time.
pub fn form_value(at: DateTime<Utc>) -> String {
    to_local(at).format(FORM_FORMAT).to_string()
}

/// Parses a `datetime-local` form value as Brussels time.
pub fn parse_form(raw: &str) -> Option<Result<DateTime<Utc>, LocalTimeSkipped>> {
    NaiveDateTime::parse_from_str(raw.trim(), FORM_FORMAT)
        .ok()
        .map(from_local)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn local(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, FORM_FORMAT).unwrap()
    }

    #[test]
    fn winter_is_utc_plus_one_and_summer_plus_two() {
        // 2027-03-28 is the last Sunday of March: 02:00 local jumps to 03:00.
        let before = from_local(local("2027-03-27T14:00")).unwrap();
        let after = from_local(local("2027-03-29T14:00")).unwrap();
        assert_eq!(before.format("%H:%M").to_string(), "13:00");
        assert_eq!(after.format("%H:%M").to_string(), "12:00");
        assert_eq!(display(before), "2027-03-27 14:00");
        assert_eq!(display(after), "2027-03-29 14:00");
    }

    #[test]
    fn the_skipped_hour_is_refused_and_the_repeated_hour_is_the_first() {
        assert_eq!(from_local(local("2027-03-28T02:30")), Err(LocalTimeSkipped));
        // 2027-10-31, last Sunday of October: 02:30 happens twice; the summer one is 00:30 UTC.
        let t = from_local(local("2027-10-31T02:30")).unwrap();
        assert_eq!(t.format("%Y-%m-%d %H:%M").to_string(), "2027-10-31 00:30");
        assert_eq!(display(t), "2027-10-31 02:30");
    }

    #[test]
    fn a_session_just_after_midnight_belongs_to_the_local_day() {
        let t = from_local(local("2027-06-10T00:30")).unwrap();
        assert_eq!(t.date_naive().to_string(), "2027-06-09");
        assert_eq!(local_day(t).to_string(), "2027-06-10");
    }
}
