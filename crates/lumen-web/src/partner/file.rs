//! A partner organisation files a report on someone's behalf. The person must have agreed:
//! without the ticked consent box nothing is stored and the form comes back with what was
//! typed. A good form is sealed like a public report ([`lumen_app::reports::intake::ReportKeys::file`]),
//! marked as a partner submission of the worker's organisation with the consent recorded, and
//! the receipt is shown once so the person can follow up themselves.

use crate::error::WebError;
use crate::form::ValidForm;
use crate::page::{Ctx, Page};
use crate::partner::submissions::partner_of;
use crate::reports::exploitation::ReportForms;
use crate::reports::form::{FieldError, ReportForm, check_fields};
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_app::reports::filer::{Filer, PartnerFiling};
use lumen_app::reports::intake::ReportPayload;
use lumen_domain::report::FiledBy;
use serde::Deserialize;

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

    /// The report's fields in the shape the public form's checks take.
    fn report_form(&self, lang: &str) -> ReportForm {
        ReportForm {
            lang: lang.to_owned(),
            filed_by: FiledBy::Partner.code().to_owned(),
            forms: self.ticked().into_iter().map(str::to_owned).collect(),
            place: self.place.clone(),
            when: self.when.clone(),
            people_count: self.people_count.clone(),
            people: self.people.clone(),
            minor: self.minor.clone(),
            phones: self.phones.clone(),
            plates: self.plates.clone(),
            websites: self.websites.clone(),
            handles: self.handles.clone(),
            emails: self.emails.clone(),
            text: self.text.clone(),
            contact: self.contact.clone(),
            contact_details: self.contact_details.clone(),
            identifiers_confirmed: String::new(),
        }
    }
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

/// Checks the form: the payload to seal, or the messages to show (the public form's checks,
/// plus the person's consent).
fn validate(page: &Page, f: &PartnerForm) -> Result<ReportPayload, Vec<FieldError>> {
    let mut errors = Vec::new();
    if f.consent.as_deref() != Some("yes") {
        errors.push(FieldError {
            field: "consent".into(),
            message: page.t("partner-error-consent"),
        });
    }
    let form = f.report_form(page.lang.code);
    let payload = check_fields(
        page.lang,
        &form,
        FiledBy::Partner,
        "partner-error-empty",
        &mut errors,
    );
    if errors.is_empty() {
        Ok(payload)
    } else {
        Err(errors)
    }
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
