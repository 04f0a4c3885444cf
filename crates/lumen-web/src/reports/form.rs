//! The public report form's fields and their checks: lengths, choices, and the payload to seal.

use crate::infra::i18n::Lang;
use crate::public::layout::PublicPage;
use crate::reports::exploitation::ReportForms;
use crate::reports::public_form::PublicForm;
use fluent_templates::fluent_bundle::FluentValue;
use lumen_app::reports::identifiers::{FIELDS, Identifier, check};
use lumen_app::reports::intake::ReportPayload;
use lumen_domain::report::FiledBy;
use serde::Deserialize;

const MINOR: [&str; 4] = ["", "yes", "no", "unknown"];
const CONTACT: [&str; 3] = ["none", "section", "centre"];
const SHORT: usize = 500;
const LONG: usize = 5_000;
const TEXT: usize = 20_000;
const MAX_LINES: usize = 50;

/// The form as typed (fields are named as in the page). Every field is optional at parse time so a bad form is never lost.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
#[allow(
    missing_docs,
    reason = "the fields are the form's, named as in the page"
)]
pub struct ReportForm {
    pub lang: String,
    pub filed_by: String,
    /// Codes of the forms of exploitation ticked (fields `form_<code>`), in catalogue order.
    pub forms: Vec<String>,
    pub place: String,
    pub when: String,
    pub people_count: String,
    pub people: String,
    pub minor: String,
    pub phones: String,
    pub plates: String,
    pub websites: String,
    pub handles: String,
    pub emails: String,
    pub text: String,
    pub contact: String,
    pub contact_details: String,
    /// `1` once the reporter saw the hints about identifiers and sent the form again.
    pub identifiers_confirmed: String,
}

impl ReportForm {
    /// The form from what arrived (missing fields are empty, unticked boxes absent).
    pub fn from_public(p: &PublicForm) -> Self {
        Self::from_fields(|name| p.get(name).to_owned())
    }

    /// The form from its fields by name, as the page names them (`form_<code>` for each form
    /// of exploitation ticked); a field that did not arrive is empty.
    pub fn from_fields(field: impl Fn(&str) -> String) -> Self {
        ReportForm {
            lang: field("lang"),
            filed_by: field("filed_by"),
            forms: ReportForms::builtin()
                .codes()
                .filter(|code| !field(&format!("form_{code}")).is_empty())
                .map(str::to_owned)
                .collect(),
            place: field("place"),
            when: field("when"),
            people_count: field("people_count"),
            people: field("people"),
            minor: field("minor"),
            phones: field("phones"),
            plates: field("plates"),
            websites: field("websites"),
            handles: field("handles"),
            emails: field("emails"),
            text: field("text"),
            contact: field("contact"),
            contact_details: field("contact_details"),
            identifiers_confirmed: field("identifiers_confirmed"),
        }
    }

    fn identifier_text(&self, field: &str) -> &str {
        match field {
            "phones" => &self.phones,
            "plates" => &self.plates,
            "websites" => &self.websites,
            "handles" => &self.handles,
            "emails" => &self.emails,
            _ => "",
        }
    }
}

/// Every identifier line of the form, normalised where possible.
pub fn identifiers(f: &ReportForm) -> Vec<Identifier> {
    FIELDS
        .iter()
        .flat_map(|field| check(field, &lines(f.identifier_text(field.field))))
        .collect()
}

/// The hints beside identifier fields with values that do not look right, unless the reporter
/// already saw them and sent the form again (`identifiers_confirmed`).
pub fn identifier_hints(page: &PublicPage, f: &ReportForm) -> Vec<FieldError> {
    if f.identifiers_confirmed == "1" {
        return Vec::new();
    }
    FIELDS
        .iter()
        .filter_map(|field| {
            let odd: Vec<String> = check(field, &lines(f.identifier_text(field.field)))
                .into_iter()
                .filter(|i| i.normalised.is_none())
                .map(|i| i.raw)
                .collect();
            (!odd.is_empty()).then(|| FieldError {
                field: field.field.into(),
                message: page.t1(
                    &format!("report-hint-{}", field.field),
                    "values",
                    &odd.join(", "),
                ),
            })
        })
        .collect()
}

/// A message beside a field.
pub struct FieldError {
    /// The field's name (`form` for the form as a whole).
    pub field: String,
    /// The translated message.
    pub message: String,
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Checks the form: the payload to seal, or the messages to show.
pub fn validate(
    page: &PublicPage,
    f: &ReportForm,
) -> Result<(FiledBy, ReportPayload), Vec<FieldError>> {
    let mut errors = Vec::new();
    let filed_by = FiledBy::parse(&f.filed_by).filter(|k| *k != FiledBy::Partner);
    if filed_by.is_none() {
        errors.push(FieldError {
            field: "filed_by".into(),
            message: page.t("report-error-filed-by"),
        });
    }
    let kind = filed_by.unwrap_or(FiledBy::Witness);
    let payload = check_fields(page.lang, f, kind, "report-error-empty", &mut errors);
    match filed_by {
        Some(filed_by) if errors.is_empty() => Ok((filed_by, payload)),
        _ => Err(errors),
    }
}

/// Checks a report's fields, for the public form and the partner form alike: a message per
/// problem is pushed on `errors`, and the payload to seal is returned (to be used only when
/// `errors` stays empty). `empty_key` names the "nothing said" message, worded for who files.
pub fn check_fields(
    lang: Lang,
    f: &ReportForm,
    filed_by: FiledBy,
    empty_key: &str,
    errors: &mut Vec<FieldError>,
) -> ReportPayload {
    let max_message =
        |key: &str, max: usize| lang.t_args(key, &[("max", FluentValue::from(max.to_string()))]);
    let limits: [(&'static str, &str, usize); 12] = [
        ("place", &f.place, SHORT),
        ("when", &f.when, SHORT),
        ("people_count", &f.people_count, SHORT),
        ("people", &f.people, LONG),
        ("phones", &f.phones, LONG),
        ("plates", &f.plates, LONG),
        ("websites", &f.websites, LONG),
        ("handles", &f.handles, LONG),
        ("emails", &f.emails, LONG),
        ("text", &f.text, TEXT),
        ("contact_details", &f.contact_details, SHORT),
        ("lang", &f.lang, 16),
    ];
    for (field, value, max) in limits {
        if value.chars().count() > max {
            errors.push(FieldError {
                field: field.into(),
                message: max_message("report-error-too-long", max),
            });
        }
    }
    for field in &FIELDS {
        if f.identifier_text(field.field).lines().count() > MAX_LINES {
            errors.push(FieldError {
                field: field.field.into(),
                message: max_message("report-error-too-many-lines", MAX_LINES),
            });
        }
    }
    for (field, value, allowed) in [
        ("minor", &f.minor, &MINOR[..]),
        ("contact", &f.contact, &CONTACT[..]),
    ] {
        if !allowed.contains(&value.as_str()) {
            errors.push(FieldError {
                field: field.into(),
                message: lang.t("report-error-choice"),
            });
        }
    }
    if f.forms.is_empty() && f.text.trim().is_empty() {
        errors.push(FieldError {
            field: "text".into(),
            message: lang.t(empty_key),
        });
    }
    ReportPayload {
        filed_by,
        forms: f.forms.clone(),
        place: f.place.trim().to_owned(),
        when: f.when.trim().to_owned(),
        people_count: f.people_count.trim().to_owned(),
        people: f.people.trim().to_owned(),
        minor: f.minor.clone(),
        phones: lines(&f.phones),
        plates: lines(&f.plates),
        websites: lines(&f.websites),
        handles: lines(&f.handles),
        emails: lines(&f.emails),
        text: f.text.trim().to_owned(),
        contact: f.contact.clone(),
        contact_details: f.contact_details.trim().to_owned(),
        lang: lang.code.to_owned(),
        identifiers: identifiers(f),
    }
}
