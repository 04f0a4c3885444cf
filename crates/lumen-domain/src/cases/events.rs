//! Historic trafficking events of a case (HTCDS `hte_`): where and when a person was recruited,
//! moved, or exploited. They go in the case's timeline with the case's other events.

use crate::report::coded_enum;
use serde::{Deserialize, Serialize};

coded_enum! {
    /// The kind of a historic event (HTCDS event types).
    EventKind {
        /// Recruitment.
        Recruitment => "recruitment",
        /// Transit or transport.
        Transit => "transit",
        /// Exploitation.
        Exploitation => "exploitation",
    }
}

/// The most characters of an event's place or description.
pub const EVENT_TEXT_MAX: usize = 2_000;

/// What is sealed of an event: its place and what happened.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct EventText {
    /// Where (free text: a town, an address, a country).
    pub place: String,
    /// What happened.
    pub text: String,
}

/// The journal detail of an event: `kind:YYYY-MM-DD`.
pub fn detail(kind: EventKind, day: chrono::NaiveDate) -> String {
    format!("{}:{day}", kind.code())
}

/// Reads a journal detail written by [`detail`].
pub fn parse_detail(detail: &str) -> Option<(EventKind, chrono::NaiveDate)> {
    let (kind, day) = detail.split_once(':')?;
    Some((
        EventKind::parse(kind)?,
        chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d").ok()?,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn details_round_trip() {
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 14).unwrap();
        let d = detail(EventKind::Transit, day);
        assert_eq!(d, "transit:2026-03-14");
        assert_eq!(parse_detail(&d), Some((EventKind::Transit, day)));
        assert_eq!(parse_detail("transit:14/03/2026"), None);
    }
}
