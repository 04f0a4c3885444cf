//! Opening a case: `GET /staff/cases/new` shows the form, `POST /staff/cases` checks it and
//! opens the case, led by the account that opens it; a form with a problem comes back with
//! everything typed and nothing stored.

use crate::cases::actor;
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use crate::reports::exploitation::ReportForms;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_store::NewCase;

const TITLE_MAX: usize = 200;
const PLACES_MAX: usize = 1000;

/// A field's problem, for the error summary and beside the field.
pub struct FieldError {
    field: &'static str,
    message: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "cases/new.html")]
struct NewPage {
    page: Page,
    title: String,
    places: String,
    forms: Vec<(String, bool)>,
    errors: Vec<FieldError>,
}

impl NewPage {
    fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }
}

fn form_choices(ticked: &[String]) -> Vec<(String, bool)> {
    ReportForms::builtin()
        .codes()
        .map(|c| (c.to_owned(), ticked.iter().any(|t| t == c)))
        .collect()
}

/// `GET /staff/cases/new`.
pub async fn new(page: Page) -> Response {
    NewPage {
        page,
        title: String::new(),
        places: String::new(),
        forms: form_choices(&[]),
        errors: Vec::new(),
    }
    .into_response()
}

/// `POST /staff/cases`.
pub async fn create(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    ValidForm(fields): ValidForm<Vec<(String, String)>>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let get = |name: &str| {
        fields
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.trim().to_owned())
            .unwrap_or_default()
    };
    let (title, places) = (get("title"), get("places"));
    let known: Vec<&str> = ReportForms::builtin().codes().collect();
    let ticked: Vec<String> = fields
        .iter()
        .filter_map(|(k, _)| k.strip_prefix("form_"))
        .filter(|c| known.contains(c))
        .map(str::to_owned)
        .collect();
    let mut errors = Vec::new();
    if title.is_empty() {
        errors.push(FieldError {
            field: "title",
            message: page.t("case-error-title-missing"),
        });
    } else if title.chars().count() > TITLE_MAX {
        errors.push(FieldError {
            field: "title",
            message: page.t1("case-error-too-long", "max", &TITLE_MAX.to_string()),
        });
    }
    if places.chars().count() > PLACES_MAX {
        errors.push(FieldError {
            field: "places",
            message: page.t1("case-error-too-long", "max", &PLACES_MAX.to_string()),
        });
    }
    if !errors.is_empty() {
        let body = NewPage {
            page,
            forms: form_choices(&ticked),
            title,
            places,
            errors,
        };
        return Ok((StatusCode::BAD_REQUEST, body).into_response());
    }
    let new = NewCase {
        prefix: state.case_prefix().to_owned(),
        title,
        forms: ticked,
        places: (!places.is_empty()).then_some(places),
        owner: me.id,
    };
    let case = state.store().open_case(new, me).await?;
    Ok(see_other_done(
        &format!("/staff/cases/{}", case.id),
        "case-opened",
    ))
}
