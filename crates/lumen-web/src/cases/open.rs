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
    /// The triage item the case is opened from (`report:{id}`), or empty.
    from: String,
    /// Its reference, shown above the form.
    from_reference: Option<String>,
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

/// Which triage item a new case is opened from.
#[derive(serde::Deserialize, Default)]
pub struct FromQuery {
    #[serde(default)]
    from: String,
}

/// The reference of the item a case is opened from, with the forms and places its report
/// names (to fill the form in).
async fn origin(
    state: &AppState,
    page: &Page,
    from: &str,
) -> Result<Option<(String, Vec<String>, String)>, WebError> {
    match crate::triage::parse_from(from) {
        Some(lumen_store::TriageRef::Report(id)) => {
            let keys = state.reports()?;
            let report = state
                .store()
                .report_sealed(id)
                .await?
                .ok_or(WebError::NotFound)?;
            let p = keys.open_payload(&report)?;
            Ok(Some((report.reference(), p.forms, p.place)))
        }
        Some(lumen_store::TriageRef::Screening(_)) => Ok(Some((
            page.t("triage-screening"),
            Vec::new(),
            String::new(),
        ))),
        None => Ok(None),
    }
}

/// `GET /staff/cases/new?from=`: the form, filled in from the triage item it opens from.
pub async fn new(
    State(state): State<AppState>,
    page: Page,
    axum::extract::Query(q): axum::extract::Query<FromQuery>,
) -> Result<Response, WebError> {
    let origin = origin(&state, &page, &q.from).await?;
    let (from_reference, forms, places) = match origin {
        Some((r, f, p)) => (Some(r), f, p),
        None => (None, Vec::new(), String::new()),
    };
    Ok(NewPage {
        page,
        title: String::new(),
        places,
        forms: form_choices(&forms),
        errors: Vec::new(),
        from: if from_reference.is_some() {
            q.from
        } else {
            String::new()
        },
        from_reference,
    }
    .into_response())
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
    let from = get("from");
    let item = crate::triage::parse_from(&from);
    if !errors.is_empty() {
        let from_reference = origin(&state, &page, &from).await?.map(|(r, _, _)| r);
        let body = NewPage {
            page,
            forms: form_choices(&ticked),
            title,
            places,
            errors,
            from: if item.is_some() { from } else { String::new() },
            from_reference,
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
    let case = match state.store().open_case_from(new, item, me).await {
        Ok(c) => c,
        Err(lumen_store::StoreError::Refused("already_triaged")) => {
            return Ok(see_other_done("/staff/triage", "triage-already"));
        }
        Err(e) => return Err(e.into()),
    };
    Ok(see_other_done(
        &format!("/staff/cases/{}", case.id),
        "case-opened",
    ))
}
