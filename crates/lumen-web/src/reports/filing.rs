//! `/report`: the public report form. It works without JavaScript and without cookies; a bad
//! form comes back with what was typed and a translated message per field, and nothing is
//! stored. A good one is sealed and stored durably; only then does the browser go (303) to the
//! receipt page, which a reload shows again without filing twice.

use crate::infra::client_source::FilingSource;
use crate::infra::error::WebError;
use crate::infra::state::AppState;
use crate::public::layout::{LangQuery, PublicPage, report_lang};
use crate::reports::form::{FieldError, ReportForm, identifier_hints, validate};
use crate::reports::public_form::{FormProblem, PublicForm};
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use bytes::Bytes;
use lumen_app::reports::images::{CleanImage, ImageError};

#[derive(Template, WebTemplate)]
#[template(path = "reports/form.html")]
struct ReportPage {
    page: PublicPage,
    form: ReportForm,
    errors: Vec<FieldError>,
    /// Identifiers that do not look right: checked once, then filed as typed.
    hints: Vec<FieldError>,
    /// Images had been chosen: they must be chosen again.
    images_again: bool,
}

impl ReportPage {
    /// The form as sent, shown again with its messages and hints.
    fn again(
        page: PublicPage,
        form: ReportForm,
        errors: Vec<FieldError>,
        hints: Vec<FieldError>,
        images_again: bool,
    ) -> Self {
        Self {
            page,
            form,
            errors,
            hints,
            images_again,
        }
    }

    fn err(&self, field: &str) -> Option<&str> {
        self.errors
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    fn hint(&self, field: &str) -> Option<&str> {
        self.hints
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    fn is_ticked(&self, code: &&str) -> bool {
        self.form.forms.iter().any(|t| t == code)
    }

    fn forms(&self) -> Vec<&'static str> {
        crate::reports::exploitation::ReportForms::builtin()
            .codes()
            .collect()
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/receipt.html")]
struct ReceiptPage {
    page: PublicPage,
    /// `None`: the token expired or names nothing.
    receipt: Option<String>,
    /// The expected time for a first answer, in working days.
    answer_days: u32,
}

impl ReceiptPage {
    fn copy_js(&self) -> String {
        crate::infra::static_files::url("js/copy.js")
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/done.html")]
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
        errors: Vec::new(),
        hints: Vec::new(),
        images_again: false,
    }
    .into_response())
}

/// The messages for what went wrong while the form arrived.
pub fn problem_errors(page: &PublicPage, problems: &[FormProblem]) -> Vec<FieldError> {
    problems
        .iter()
        .map(|p| FieldError {
            field: match p {
                FormProblem::InvalidUtf8(name) => name.clone(),
                FormProblem::TooManyImages | FormProblem::ImageTooLarge => "images".into(),
                FormProblem::Broken | FormProblem::TooLarge => "form".into(),
            },
            message: page.t(p.message_key()),
        })
        .collect()
}

/// The pixels being decoded across all submissions at once, in millions: a submission waits
/// until its images fit (at most [`lumen_app::reports::images::MAX_REQUEST_PIXELS`] each), so decoding never
/// holds more than about this many pixels' worth of memory whatever arrives together.
const DECODE_BUDGET_MEGAPIXELS: u32 = 150;
static DECODING: tokio::sync::Semaphore =
    tokio::sync::Semaphore::const_new(DECODE_BUDGET_MEGAPIXELS as usize);

/// Checks and cleans every image off the async threads. Headers are read first: a
/// submission whose images together have more than [`lumen_app::reports::images::MAX_REQUEST_PIXELS`] is
/// refused before any pixel is decoded, and the others wait for room in the decoding budget.
/// The first refusal names the problem.
pub async fn clean_images(
    images: Vec<Bytes>,
) -> Result<Result<Vec<CleanImage>, ImageError>, WebError> {
    if images.is_empty() {
        return Ok(Ok(Vec::new()));
    }
    let mut total = 0u64;
    for bytes in &images {
        match lumen_app::reports::images::pixels(bytes) {
            Ok(n) => total += n,
            Err(e) => return Ok(Err(e)),
        }
    }
    if total > lumen_app::reports::images::MAX_REQUEST_PIXELS {
        return Ok(Err(ImageError::TooManyPixelsTogether));
    }
    let megapixels = u32::try_from(total.div_ceil(1_000_000))
        .unwrap_or(DECODE_BUDGET_MEGAPIXELS)
        .clamp(1, DECODE_BUDGET_MEGAPIXELS);
    let _permit = DECODING
        .acquire_many(megapixels)
        .await
        .map_err(|_| WebError::Internal)?;
    tokio::task::spawn_blocking(move || {
        images
            .iter()
            .map(|bytes| lumen_app::reports::images::clean(bytes))
            .collect()
    })
    .await
    .map_err(|_| WebError::Internal)
}

/// `POST /report`: check, clean the images, seal, store, then show the receipt once. A form
/// with any problem comes back (400) with everything typed and nothing stored.
pub async fn submit(
    State(state): State<AppState>,
    FilingSource(source): FilingSource,
    headers: HeaderMap,
    sent: PublicForm,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    let mut f = ReportForm::from_public(&sent);
    let to_lang = sent.get("to_lang");
    if !to_lang.is_empty() {
        // A language button of the form: the same form in that language, with everything
        // typed, and nothing checked or filed.
        let lang = report_lang(Some(to_lang), &headers);
        f.lang = lang.code.to_owned();
        let page = PublicPage::new(&state, lang, "/report");
        let body = ReportPage::again(page, f, Vec::new(), Vec::new(), sent.had_images());
        return Ok(body.into_response());
    }
    let lang = report_lang(Some(&f.lang), &headers);
    let page = PublicPage::new(&state, lang, "/report");
    let mut errors = problem_errors(&page, &sent.problems);
    let checked = validate(&page, &f);
    if let Err(e) = &checked {
        errors.extend(e.iter().map(|e| FieldError {
            field: e.field.clone(),
            message: e.message.clone(),
        }));
    }
    let images_again = sent.had_images();
    if checked.is_ok() && errors.is_empty() {
        let hints = identifier_hints(&page, &f);
        if !hints.is_empty() {
            let body = ReportPage::again(page, f, errors, hints, images_again);
            return Ok(body.into_response());
        }
    }
    // Only a report that would be filed takes a token (before its images are decoded): a form
    // sent back for correction does not.
    if checked.is_ok() && errors.is_empty() && state.filing_limiter().try_attempt(source).is_err() {
        errors.push(FieldError {
            field: "form".into(),
            message: page.t("report-too-many"),
        });
        let mut res = (
            StatusCode::TOO_MANY_REQUESTS,
            ReportPage::again(page, f, errors, Vec::new(), images_again),
        )
            .into_response();
        res.headers_mut().insert(
            axum::http::header::RETRY_AFTER,
            axum::http::HeaderValue::from_static("600"),
        );
        return Ok(res);
    }
    let images = match (&checked, errors.is_empty()) {
        (Ok(_), true) => match clean_images(sent.images).await? {
            Ok(images) => images,
            Err(e) => {
                errors.push(FieldError {
                    field: "images".into(),
                    message: page.t(e.message_key()),
                });
                Vec::new()
            }
        },
        _ => Vec::new(),
    };
    match checked {
        Ok((filed_by, payload)) if errors.is_empty() => {
            let filed = keys
                .file_with_images(state.store(), filed_by, &payload, images)
                .await?;
            let receipt = filed.receipt.to_display_string().to_string();
            match state.receipt_handoff().put(&receipt) {
                Some(token) => Ok(crate::infra::handlers::see_other(&format!(
                    "/report/receipt/{token}?lang={}",
                    page.lang.code
                ))),
                // The report is filed: its receipt is shown now rather than lost.
                None => Ok(ReceiptPage {
                    page,
                    receipt: Some(receipt),
                    answer_days: state.first_answer_days(),
                }
                .into_response()),
            }
        }
        _ => Ok((
            StatusCode::BAD_REQUEST,
            ReportPage::again(page, f, errors, Vec::new(), images_again),
        )
            .into_response()),
    }
}

/// `GET /report/receipt/{token}`: the receipt of the report just filed, in any language, for
/// a few minutes after filing; afterwards (or for a token that names nothing) a page that says
/// so, with no receipt and no hint whether one existed.
pub async fn receipt(
    State(state): State<AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Response {
    let lang = report_lang(q.lang.as_deref(), &headers);
    let receipt = state.receipt_handoff().get(&token);
    let status = if receipt.is_some() {
        StatusCode::OK
    } else {
        StatusCode::NOT_FOUND
    };
    let page = PublicPage::new(&state, lang, format!("/report/receipt/{token}"));
    let body = ReceiptPage {
        page,
        receipt,
        answer_days: state.first_answer_days(),
    };
    (status, body).into_response()
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
