//! Public reports: who filed them, their public status and the authors of their messages.
//! The content of a report is sealed before it reaches the store; these are the only fields
//! kept in clear.

use serde::{Deserialize, Serialize};

macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
        #[serde(rename_all = "snake_case")]
        pub enum $name {
            $($(#[$vmeta])* $variant),+
        }

        impl $name {
            /// Every value, in presentation order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the database and used in forms.
            pub fn code(self) -> &'static str {
                match self {
                    $($name::$variant => $code),+
                }
            }

            /// Parses a stable code.
            pub fn parse(code: &str) -> Option<Self> {
                Self::ALL.iter().copied().find(|v| v.code() == code)
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub(crate) use coded_enum;

coded_enum! {
    /// The status a reporter sees: never more than this.
    ReportStatus {
        /// Arrived, not yet taken up.
        Received => "received",
        /// The THB section is handling it.
        InProgress => "in_progress",
        /// Nothing more will be done with it.
        Closed => "closed",
    }
}

coded_enum! {
    /// Who filed a report.
    FiledBy {
        /// Someone who saw or heard something.
        Witness => "witness",
        /// The person the report is about.
        PersonConcerned => "person_concerned",
        /// A partner organisation on someone's behalf.
        Partner => "partner",
    }
}

/// A payload built field by field starts as a witness's report, the public form's first choice.
impl Default for FiledBy {
    fn default() -> Self {
        FiledBy::Witness
    }
}

coded_enum! {
    /// Who wrote a message of a report's thread.
    MessageAuthor {
        /// The holder of the receipt.
        Reporter => "reporter",
        /// The THB section.
        Section => "section",
        /// The partner organisation that filed the report, on the person's behalf.
        Partner => "partner",
    }
}

/// The reference staff quote for a report, from its number in the order of arrival:
/// "R-0042". At least four digits, so that references line up in lists; more when needed.
pub fn reference(number: i64) -> String {
    format!("R-{number:04}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references_keep_four_digits_and_grow() {
        assert_eq!(reference(42), "R-0042");
        assert_eq!(reference(12345), "R-12345");
    }

    #[test]
    fn codes_round_trip() {
        for s in ReportStatus::ALL {
            assert_eq!(ReportStatus::parse(s.code()), Some(*s));
        }
        for f in FiledBy::ALL {
            assert_eq!(FiledBy::parse(f.code()), Some(*f));
        }
        for a in MessageAuthor::ALL {
            assert_eq!(MessageAuthor::parse(a.code()), Some(*a));
        }
        assert_eq!(ReportStatus::parse("archived"), None);
    }
}
