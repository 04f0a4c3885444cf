//! A partner organisation files a report on someone's behalf. The person must have agreed:
//! without the ticked consent box nothing is stored and the form comes back with what was
//! typed. A good form is sealed like a public report ([`crate::intake::ReportKeys::file`]),
//! marked as a partner submission of the worker's organisation with the consent recorded, and
//! the receipt is shown once so the person can follow up themselves.

use crate::error::WebError;
use crate::filer::{Filer, PartnerFiling};
use crate::form::ValidForm;
use crate::handlers::partner::partner_of;
use crate::identifiers::{FIELDS, check};
use crate::intake::ReportPayload;
use crate::page::{Ctx, Page};
use crate::report_forms::ReportForms;
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_domain::report::FiledBy;
use serde::Deserialize;

const MINOR: [&str; 4] = ["", "yes", "no", "unknown"];
const CONTACT: [&str; 3] = ["none", "section", "centre"];
const SHORT: usize = 500;
const LONG: usize = 5_000;
const TEXT: usize = 20_000;
const MAX_LINES: usize = 50;

/// The form as typed; every field optional at parse time so a bad form is never lost.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct PartnerForm {
    place: String,
    when: String,
    people_count: String,
    people: String,
    minor: String,
    phones: String,
    plates: String,
    websites: String,
    handles: String,
    emails: String,
    text: String,
    contact: String,
    contact_details: String,
    consent: Option<String>,
    /// The ticked forms of exploitation (`form_<code>` from the catalogue) and anything else.
    #[serde(flatten)]
    other: std::collections::HashMap<String, String>,
}

impl PartnerForm {
    fn ticked(&self) -> Vec<&'static str> {
        ReportForms::builtin()
            .codes()
            .filter(|code| self.other.contains_key(&format!("form_{code}")))
            .collect()
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

/// A message beside a field.
pub struct FieldError {
    field: &'static str,
    message: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "partner/form.html")]
struct FormPage {
    page: Page,
    organisation: String,
    form: PartnerForm,
    ticked: Vec<&'static str>,
    errors: Vec<FieldError>,
}

impl FormPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    fn is_ticked(&self, code: &&str) -> bool {
        self.ticked.contains(code)
    }

    fn forms(&self) -> Vec<&'static str> {
        ReportForms::builtin().codes().collect()
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "partner/receipt.html")]
struct ReceiptPage {
    page: Page,
    receipt: String,
}

/// `GET /staff/partner/submissions/new`.
pub async fn form(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    state.reports()?;
    let (_, unit) = partner_of(&state, &ctx).await?;
    Ok(FormPage {
        page,
        organisation: unit.name,
        form: PartnerForm {
            contact: "none".into(),
            ..Default::default()
        },
        ticked: Vec::new(),
        errors: Vec::new(),
    }
    .into_response())
}

fn lines(text: &str) -> Vec<String> {
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect()
}

/// Checks the form: the payload to seal, or the messages to show.
fn validate(page: &Page, f: &PartnerForm) -> Result<ReportPayload, Vec<FieldError>> {
    let mut errors = Vec::new();
    let mut fail = |field, message| errors.push(FieldError { field, message });
    if f.consent.as_deref() != Some("yes") {
        fail("consent", page.t("partner-error-consent"));
    }
    let limits: [(&'static str, &str, usize); 11] = [
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
    ];
    for (field, value, max) in limits {
        if value.chars().count() > max {
            fail(
                field,
                page.t1("partner-error-too-long", "max", &max.to_string()),
            );
        }
    }
    for (field, value) in [
        ("phones", &f.phones),
        ("plates", &f.plates),
        ("websites", &f.websites),
        ("handles", &f.handles),
        ("emails", &f.emails),
    ] {
        if value.lines().count() > MAX_LINES {
            fail(
                field,
                page.t1(
                    "partner-error-too-many-lines",
                    "max",
                    &MAX_LINES.to_string(),
                ),
            );
        }
    }
    if !MINOR.contains(&f.minor.as_str()) {
        fail("minor", page.t("partner-error-choice"));
    }
    if !CONTACT.contains(&f.contact.as_str()) {
        fail("contact", page.t("partner-error-choice"));
    }
    let ticked = f.ticked();
    if ticked.is_empty() && f.text.trim().is_empty() {
        fail("text", page.t("partner-error-empty"));
    }
    if !errors.is_empty() {
        return Err(errors);
    }
    Ok(ReportPayload {
        filed_by: FiledBy::Partner.code().to_owned(),
        forms: ticked.into_iter().map(str::to_owned).collect(),
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
        lang: page.lang.code.to_owned(),
        identifiers: FIELDS
            .iter()
            .flat_map(|field| check(field, &lines(f.identifier_text(field.field))))
            .collect(),
    })
}

/// `POST /staff/partner/submissions`: seal and store with the consent, then show the receipt
/// once; a bad form (no consent included) comes back with what was typed, nothing stored.
pub async fn submit(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(f): ValidForm<PartnerForm>,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    let (user, unit) = partner_of(&state, &ctx).await?;
    let checked = validate(&page, &f).and_then(|payload| {
        PartnerFiling::with_consent(unit.id, user.id, user.role, f.consent.is_some())
            .map(|filing| (filing, payload))
            .ok_or_else(Vec::new)
    });
    match checked {
        Err(errors) => {
            let ticked = f.ticked();
            Ok((
                StatusCode::BAD_REQUEST,
                FormPage {
                    page,
                    organisation: unit.name,
                    form: f,
                    ticked,
                    errors,
                },
            )
                .into_response())
        }
        Ok((filing, payload)) => {
            let filed = keys
                .file(state.store(), Filer::Partner(filing), &payload)
                .await?;
            Ok(ReceiptPage {
                page,
                receipt: filed.receipt.to_display_string().to_string(),
            }
            .into_response())
        }
    }
}
