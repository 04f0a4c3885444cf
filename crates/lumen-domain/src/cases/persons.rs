//! Persons of cases: who they are (sealed by the store as one identity), the kinds of
//! identifiers they carry, and the role they have in each case.
//!
//! A person who is a presumed victim in one case and is added as a suspect in another is a
//! reason to remember the non-punishment principle: the second case's team is warned, without
//! being told anything of the first case.

use crate::report::coded_enum;
use serde::{Deserialize, Serialize};

coded_enum! {
    /// A person's role in a case (HTCDS person roles).
    PersonRole {
        /// A presumed victim of trafficking.
        Victim => "victim",
        /// A suspected perpetrator.
        Suspect => "suspect",
        /// A witness.
        Witness => "witness",
        /// The person who reported the facts.
        Reporter => "reporter",
    }
}

coded_enum! {
    /// What a suspect did (HTCDS perpetrator roles).
    PerpetratorRole {
        /// Recruited the victims.
        Recruiter => "recruiter",
        /// Moved them.
        Transporter => "transporter",
        /// Profited from their work.
        Exploiter => "exploiter",
        /// Watched or controlled them.
        Controller => "controller",
        /// Paid or laundered the proceeds.
        Financier => "financier",
        /// Another part.
        Other => "other",
    }
}

coded_enum! {
    /// Gender, as the person states it or as recorded.
    Gender {
        /// Female.
        Female => "female",
        /// Male.
        Male => "male",
        /// Another gender.
        Other => "other",
        /// Not known.
        Unknown => "unknown",
    }
}

coded_enum! {
    /// The kinds of identifiers a person may carry, each normalised and blind-indexed in its
    /// own domain. `website` and `address` share the index's "other" domain with a prefix.
    IdentifierType {
        /// A telephone number (E.164).
        Phone => "phone",
        /// An e-mail address.
        Email => "email",
        /// A vehicle plate.
        Plate => "plate",
        /// A bank account (IBAN).
        Iban => "iban",
        /// An online handle.
        Handle => "handle",
        /// A website or an advertisement's address.
        Website => "website",
        /// A postal address.
        Address => "address",
    }
}

/// The most characters of one identity field.
pub const FIELD_MAX: usize = 500;
/// The most characters of the description.
pub const DESCRIPTION_MAX: usize = 5_000;

/// Who a person is, sealed as one piece by the store.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Identity {
    /// The name the person is known by (required).
    pub name: String,
    /// Other names and nicknames.
    pub aliases: Vec<String>,
    /// Day of birth, `YYYY-MM-DD`, when known.
    pub birth_date: Option<String>,
    /// An age estimate in years, when the day of birth is not known.
    pub age_estimate: Option<u8>,
    /// Gender code.
    pub gender: Option<Gender>,
    /// Nationality, ISO 3166-1 alpha-2 (`RO`).
    pub nationality: Option<String>,
    /// Languages spoken, ISO 639-1 (`ro`, `fr`).
    pub languages: Vec<String>,
    /// A description (appearance, circumstances).
    pub description: String,
}

/// What is wrong with an identity, by field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityError {
    /// No name.
    NameMissing,
    /// A field is too long.
    TooLong(&'static str),
    /// The day of birth is not a past day `YYYY-MM-DD`.
    BirthDate,
    /// The age estimate is not between 0 and 120.
    Age,
    /// The nationality is not an ISO 3166 code.
    Nationality,
    /// A language is not an ISO 639-1 code.
    Language,
}

impl IdentityError {
    /// The form field it concerns.
    pub fn field(self) -> &'static str {
        match self {
            IdentityError::NameMissing => "name",
            IdentityError::TooLong(f) => f,
            IdentityError::BirthDate => "birth_date",
            IdentityError::Age => "age_estimate",
            IdentityError::Nationality => "nationality",
            IdentityError::Language => "languages",
        }
    }
}

/// An ISO 3166-1 alpha-2 code, upper-cased, when `input` is one.
pub fn country_code(input: &str) -> Option<String> {
    let code = input.trim().to_ascii_uppercase();
    isocountry::CountryCode::for_alpha2(&code)
        .ok()
        .map(|c| c.alpha2().to_owned())
}

/// An ISO 639-1 code, lower-cased, when `input` is one.
pub fn language_code(input: &str) -> Option<String> {
    let code = input.trim().to_ascii_lowercase();
    isolang::Language::from_639_1(&code).map(|_| code)
}

impl Identity {
    /// Checks the identity against `today`: its first problem, if any.
    pub fn check(&self, today: chrono::NaiveDate) -> Result<(), IdentityError> {
        self.problems(today).into_iter().next().map_or(Ok(()), Err)
    }

    /// Every problem of the identity, one a field, in the order of the form.
    pub fn problems(&self, today: chrono::NaiveDate) -> Vec<IdentityError> {
        let mut out = Vec::new();
        if self.name.trim().is_empty() {
            out.push(IdentityError::NameMissing);
        } else if self.name.chars().count() > FIELD_MAX {
            out.push(IdentityError::TooLong("name"));
        }
        if self.aliases.iter().any(|a| a.chars().count() > FIELD_MAX) {
            out.push(IdentityError::TooLong("aliases"));
        }
        if let Some(day) = &self.birth_date {
            match chrono::NaiveDate::parse_from_str(day, "%Y-%m-%d") {
                Ok(d) if d <= today => {}
                _ => out.push(IdentityError::BirthDate),
            }
        }
        if self.age_estimate.is_some_and(|a| a > 120) {
            out.push(IdentityError::Age);
        }
        if let Some(n) = &self.nationality
            && country_code(n).as_deref() != Some(n.as_str())
        {
            out.push(IdentityError::Nationality);
        }
        if self
            .languages
            .iter()
            .any(|l| language_code(l).as_deref() != Some(l.as_str()))
        {
            out.push(IdentityError::Language);
        }
        if self.description.chars().count() > DESCRIPTION_MAX {
            out.push(IdentityError::TooLong("description"));
        }
        out
    }
}

/// Whether adding a person as `role` to a case calls for the non-punishment warning, given the
/// roles the person already has in other cases.
pub fn non_punishment_warning(role: PersonRole, roles_elsewhere: &[PersonRole]) -> bool {
    match role {
        PersonRole::Suspect => roles_elsewhere.contains(&PersonRole::Victim),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn today() -> chrono::NaiveDate {
        chrono::NaiveDate::from_ymd_opt(2026, 12, 2).unwrap()
    }

    fn named(name: &str) -> Identity {
        Identity {
            name: name.into(),
            ..Identity::default()
        }
    }

    #[test]
    fn an_identity_needs_a_name_and_valid_codes() {
        assert_eq!(named(" ").check(today()), Err(IdentityError::NameMissing));
        let mut i = named("Ana");
        assert_eq!(i.check(today()), Ok(()));
        i.nationality = Some("XX".into());
        assert_eq!(i.check(today()), Err(IdentityError::Nationality));
        i.nationality = Some("RO".into());
        i.languages = vec!["ro".into(), "zz".into()];
        assert_eq!(i.check(today()), Err(IdentityError::Language));
        i.languages = vec!["ro".into()];
        i.birth_date = Some("2030-01-01".into());
        assert_eq!(i.check(today()), Err(IdentityError::BirthDate));
        i.birth_date = Some("2001-02-03".into());
        assert_eq!(i.check(today()), Ok(()));
    }

    #[test]
    fn codes_are_normalised() {
        assert_eq!(country_code(" ro ").as_deref(), Some("RO"));
        assert_eq!(country_code("ROU"), None);
        assert_eq!(language_code("FR").as_deref(), Some("fr"));
        assert_eq!(language_code("xx"), None);
    }

    #[test]
    fn a_victim_elsewhere_added_as_suspect_warns() {
        use PersonRole::*;
        assert!(non_punishment_warning(Suspect, &[Victim]));
        assert!(!non_punishment_warning(Suspect, &[Witness]));
        assert!(!non_punishment_warning(Victim, &[Suspect]));
    }
}
