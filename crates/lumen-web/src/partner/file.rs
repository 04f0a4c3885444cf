//! A partner organisation files a report on someone's behalf. The person must have agreed:
//! without the ticked consent box nothing is stored and the form comes back with what was
//! typed. A good form is sealed like a public report ([`lumen_app::reports::intake::ReportKeys::file`]),
//! marked as a partner submission of the worker's organisation with the consent recorded, and
//! the receipt is shown once so the person can follow up themselves.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use crate::partner::submissions::partner_of;
use crate::reports::exploitation::ReportForms;
use crate::reports::form::{FieldError, ReportForm, check_fields};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_app::reports::filer::{Filer, PartnerFiling};
use lumen_app::reports::intake::ReportPayload;
use lumen_domain::report::FiledBy;
use std::collections::HashMap;

/// The form as typed: the public form's report fields, filed by a partner in the worker's
/// language, and the person's consent.
#[derive(Default, Clone)]
pub struct PartnerForm {
    report: ReportForm,
    consent: bool,
}

impl PartnerForm {
    fn from_fields(fields: &HashMap<String, String>, lang: &str) -> Self {
        let field = |name: &str| fields.get(name).cloned().unwrap_or_default();
        let report = ReportForm {
            lang: lang.to_owned(),
            filed_by: FiledBy::Partner.code().to_owned(),
            identifiers_confirmed: String::new(),
            ..ReportForm::from_fields(field)
        };
        Self {
            consent: field("consent") == "yes",
            report,
        }
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "partner/form.html")]
struct FormPage {
    page: Page,
    organisation: String,
    form: PartnerForm,
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
        self.form.report.forms.iter().any(|t| t == code)
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
            report: ReportForm {
                contact: "none".into(),
                ..Default::default()
            },
            consent: false,
        },
        errors: Vec::new(),
    }
    .into_response())
}

/// Checks the form: the payload to seal, or the messages to show (the public form's checks,
/// plus the person's consent).
fn validate(page: &Page, f: &PartnerForm) -> Result<ReportPayload, Vec<FieldError>> {
    let mut errors = Vec::new();
    if !f.consent {
        errors.push(FieldError {
            field: "consent".into(),
            message: page.t("partner-error-consent"),
        });
    }
    let payload = check_fields(
        page.lang,
        &f.report,
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
    ValidForm(fields): ValidForm<HashMap<String, String>>,
) -> Result<Response, WebError> {
    let f = PartnerForm::from_fields(&fields, page.lang.code);
    let keys = state.reports()?;
    let (user, unit) = partner_of(&state, &ctx).await?;
    let checked = validate(&page, &f).and_then(|payload| {
        PartnerFiling::with_consent(unit.id, user.id, user.role, f.consent)
            .map(|filing| (filing, payload))
            .ok_or_else(Vec::new)
    });
    match checked {
        Err(errors) => Ok((
            StatusCode::BAD_REQUEST,
            FormPage {
                page,
                organisation: unit.name,
                form: f,
                errors,
            },
        )
            .into_response()),
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
