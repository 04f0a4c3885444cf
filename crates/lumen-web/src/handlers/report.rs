//! `/report`: the public report form. It works without JavaScript and without cookies; a bad
//! form comes back with what was typed and a translated message per field, and nothing is
//! stored. A good one is sealed, stored durably, and only then is the receipt shown, once.

use crate::error::WebError;
use crate::form::ValidForm;
use crate::handlers::public::{LangQuery, PublicPage, report_lang};
use crate::intake::ReportPayload;
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use lumen_domain::report::FiledBy;
use serde::Deserialize;

/// Forms of exploitation offered, in plain words (labels `report-form-<code>`).
pub const FORMS: [&str; 6] = ["sexual", "labour", "begging", "crime", "other", "unsure"];
const MINOR: [&str; 4] = ["", "yes", "no", "unknown"];
const CONTACT: [&str; 3] = ["none", "section", "centre"];
const SHORT: usize = 500;
const LONG: usize = 5_000;
const TEXT: usize = 20_000;
const MAX_LINES: usize = 50;

/// The form as typed. Every field is optional at parse time so a bad form is never lost.
#[derive(Deserialize, Default, Clone)]
#[serde(default)]
pub struct ReportForm {
    lang: String,
    filed_by: String,
    form_sexual: Option<String>,
    form_labour: Option<String>,
    form_begging: Option<String>,
    form_crime: Option<String>,
    form_other: Option<String>,
    form_unsure: Option<String>,
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
}

impl ReportForm {
    fn ticked(&self) -> Vec<&'static str> {
        let flags = [
            &self.form_sexual,
            &self.form_labour,
            &self.form_begging,
            &self.form_crime,
            &self.form_other,
            &self.form_unsure,
        ];
        FORMS
            .into_iter()
            .zip(flags)
            .filter(|(_, f)| f.is_some())
            .map(|(c, _)| c)
            .collect()
    }
}

/// A message beside a field.
pub struct FieldError {
    field: &'static str,
    message: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "public/report.html")]
struct ReportPage {
    page: PublicPage,
    form: ReportForm,
    ticked: Vec<&'static str>,
    errors: Vec<FieldError>,
}

impl ReportPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    fn is_ticked(&self, code: &&str) -> bool {
        self.ticked.contains(code)
    }

    fn forms(&self) -> &'static [&'static str] {
        &FORMS
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "public/receipt.html")]
struct ReceiptPage {
    page: PublicPage,
    receipt: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "public/done.html")]
struct DonePage {
    page: PublicPage,
}

/// `GET /report`.
pub async fn form(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    state.reports()?;
    let lang = report_lang(q.lang.as_deref(), &headers);
    Ok(ReportPage {
        page: PublicPage::new(&state, lang, "/report"),
        form: ReportForm {
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
fn validate(
    page: &PublicPage,
    f: &ReportForm,
) -> Result<(FiledBy, ReportPayload), Vec<FieldError>> {
    let mut errors = Vec::new();
    let filed_by = FiledBy::parse(&f.filed_by).filter(|k| *k != FiledBy::Partner);
    if filed_by.is_none() {
        errors.push(FieldError {
            field: "filed_by",
            message: page.t("report-error-filed-by"),
        });
    }
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
                field,
                message: page.t1("report-error-too-long", "max", &max.to_string()),
            });
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
            errors.push(FieldError {
                field,
                message: page.t1("report-error-too-many-lines", "max", &MAX_LINES.to_string()),
            });
        }
    }
    if !MINOR.contains(&f.minor.as_str()) {
        errors.push(FieldError {
            field: "minor",
            message: page.t("report-error-choice"),
        });
    }
    if !CONTACT.contains(&f.contact.as_str()) {
        errors.push(FieldError {
            field: "contact",
            message: page.t("report-error-choice"),
        });
    }
    let ticked = f.ticked();
    if ticked.is_empty() && f.text.trim().is_empty() {
        errors.push(FieldError {
            field: "text",
            message: page.t("report-error-empty"),
        });
    }
    match filed_by {
        Some(filed_by) if errors.is_empty() => Ok((
            filed_by,
            ReportPayload {
                filed_by: filed_by.code().to_owned(),
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
            },
        )),
        _ => Err(errors),
    }
}

/// `POST /report`: seal, store, then show the receipt once.
pub async fn submit(
    State(state): State<AppState>,
    headers: HeaderMap,
    ValidForm(f): ValidForm<ReportForm>,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    let lang = report_lang(Some(&f.lang), &headers);
    let page = PublicPage::new(&state, lang, "/report");
    match validate(&page, &f) {
        Err(errors) => {
            let ticked = f.ticked();
            Ok((
                StatusCode::BAD_REQUEST,
                ReportPage {
                    page,
                    form: f,
                    ticked,
                    errors,
                },
            )
                .into_response())
        }
        Ok((filed_by, payload)) => {
            let filed = keys.file(state.store(), filed_by, &payload).await?;
            Ok(ReceiptPage {
                page,
                receipt: filed.receipt.to_display_string().to_string(),
            }
            .into_response())
        }
    }
}

/// `GET /report/done`: after the reporter confirmed they wrote the receipt down.
pub async fn done(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = report_lang(q.lang.as_deref(), &headers);
    DonePage {
        page: PublicPage::new(&state, lang, "/report/done"),
    }
    .into_response()
}
