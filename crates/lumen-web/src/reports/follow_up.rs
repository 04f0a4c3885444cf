//! `/follow-up`: a reporter comes back with the receipt, reads the public status and the
//! thread with the THB section, and may add a message. No cookie: the receipt is the only
//! credential, typed again (or carried in the form) on every request. A malformed, unknown or
//! wrong receipt gets the same page after the same work.
//!
//! Guessing is limited ([`crate::infra::rate_limit`]): every attempt takes a token from its source and
//! from the whole site before the receipt is looked at, and a receipt that opens a report gives
//! them back. When either is used up the answer is 429, without checking the receipt.

use crate::infra::client_source::ReceiptSource;
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::state::AppState;
use crate::public::layout::{LangQuery, PublicPage, report_lang};
use crate::reports::filing::{clean_images, problem_errors};
use crate::reports::public_form::PublicForm;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use fluent_templates::fluent_bundle::FluentValue;
use lumen_app::reports::intake::{ThreadMessage, Unlocked};
use lumen_domain::report::{MessageAuthor, ReportStatus};
use serde::Deserialize;

const RECEIPT_MAX: usize = 64;
const MESSAGE_MAX: usize = 10_000;

#[derive(Template, WebTemplate)]
#[template(path = "reports/follow_up.html")]
struct FollowUpPage {
    page: PublicPage,
    /// Shown only when the receipt was not recognised.
    unknown: bool,
    /// Shown when too many receipts failed (answered 429).
    limited: bool,
    /// What was typed, shown again after a wrong receipt: typed by its owner on their own
    /// device, it is no secret from them, and retyping a long number on a phone is error-prone.
    receipt: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/thread.html")]
struct ThreadPage {
    page: PublicPage,
    receipt: String,
    status: ReportStatus,
    messages: Vec<ThreadMessage>,
    message: String,
    error: Option<String>,
    /// How many images the reporter has sent (the images themselves are not shown back).
    images_sent: u64,
    /// Images had been chosen with a message that came back: they must be chosen again.
    images_again: bool,
}

impl ThreadPage {
    fn images_sent_label(&self) -> String {
        self.page.lang.t_args(
            "follow-up-images-sent",
            &[("count", FluentValue::from(self.images_sent))],
        )
    }

    fn status_label(&self) -> String {
        self.page.t(&format!(
            "report-status-{}",
            self.status.code().replace('_', "-")
        ))
    }

    fn by_section(&self, m: &ThreadMessage) -> bool {
        m.author == MessageAuthor::Section
    }

    fn author_label(&self, m: &ThreadMessage) -> String {
        self.page.t(match m.author {
            MessageAuthor::Section => "follow-up-from-section",
            MessageAuthor::Partner => "follow-up-from-partner",
            MessageAuthor::Reporter => "follow-up-from-you",
        })
    }
}

/// The receipt form.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ReceiptForm {
    lang: String,
    receipt: String,
}

/// `GET /follow-up`.
pub async fn form(
    State(state): State<AppState>,
    Query(q): Query<LangQuery>,
    headers: HeaderMap,
) -> Result<Response, WebError> {
    state.reports()?;
    let lang = report_lang(q.lang.as_deref(), &headers);
    Ok(FollowUpPage {
        page: PublicPage::new(&state, lang, "/follow-up"),
        unknown: false,
        limited: false,
        receipt: String::new(),
    }
    .into_response())
}

/// What a typed receipt leads to.
enum Opened {
    Report(Box<Unlocked>),
    Unknown,
    Limited,
}

async fn unlock(
    state: &AppState,
    source: ReceiptSource,
    receipt: &str,
) -> Result<Opened, WebError> {
    let keys = state.reports()?;
    let limiter = state.receipt_limiter();
    let Ok(attempt) = limiter.try_attempt(source.0) else {
        return Ok(Opened::Limited);
    };
    // Longer input is cut, not refused, so that its answer looks like any unknown receipt.
    let typed: String = receipt.chars().take(RECEIPT_MAX).collect();
    Ok(match keys.unlock(state.store(), &typed).await? {
        Some(u) => {
            limiter.refund(attempt);
            Opened::Report(Box::new(u))
        }
        // The attempt's tokens stay spent.
        None => Opened::Unknown,
    })
}

async fn thread_page(
    state: &AppState,
    page: PublicPage,
    unlocked: &Unlocked,
    receipt: String,
    message: String,
    error: Option<(String, bool)>,
) -> Result<Response, WebError> {
    let messages = state
        .reports()?
        .thread_for_reporter(state.store(), unlocked)
        .await?;
    let images_sent = state
        .store()
        .count_report_images(unlocked.report.id)
        .await?;
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    let (error, images_again) = error.map_or((None, false), |(e, again)| (Some(e), again));
    Ok((
        status,
        ThreadPage {
            page,
            receipt,
            status: unlocked.report.status,
            messages,
            message,
            error,
            images_sent,
            images_again,
        },
    )
        .into_response())
}

fn unknown(page: PublicPage, typed: &str) -> Response {
    FollowUpPage {
        page,
        unknown: true,
        limited: false,
        receipt: typed.chars().take(RECEIPT_MAX).collect(),
    }
    .into_response()
}

/// 429: too many failed receipts from this source or the whole site; try again later. The
/// same page whatever was typed.
fn limited(page: PublicPage) -> Response {
    let mut res = FollowUpPage {
        page,
        unknown: false,
        limited: true,
        receipt: String::new(),
    }
    .into_response();
    *res.status_mut() = StatusCode::TOO_MANY_REQUESTS;
    res.headers_mut()
        .insert(header::RETRY_AFTER, HeaderValue::from_static("600"));
    res
}

/// `POST /follow-up`: the status and the thread of the report with this receipt.
pub async fn show(
    State(state): State<AppState>,
    source: ReceiptSource,
    headers: HeaderMap,
    ValidForm(f): ValidForm<ReceiptForm>,
) -> Result<Response, WebError> {
    let page = PublicPage::new(&state, report_lang(Some(&f.lang), &headers), "/follow-up");
    match unlock(&state, source, &f.receipt).await? {
        Opened::Report(u) => thread_page(&state, page, &u, f.receipt, String::new(), None).await,
        Opened::Unknown => Ok(unknown(page, &f.receipt)),
        Opened::Limited => Ok(limited(page)),
    }
}

/// `POST /follow-up/message`: the reporter adds to the thread, with up to five images. A
/// message with any problem comes back (400) with its text and nothing stored.
pub async fn add_message(
    State(state): State<AppState>,
    source: ReceiptSource,
    headers: HeaderMap,
    sent: PublicForm,
) -> Result<Response, WebError> {
    let page = PublicPage::new(
        &state,
        report_lang(Some(sent.get("lang")), &headers),
        "/follow-up",
    );
    let receipt = sent.get("receipt").to_owned();
    let u = match unlock(&state, source, &receipt).await? {
        Opened::Report(u) => u,
        Opened::Unknown => return Ok(unknown(page, &receipt)),
        Opened::Limited => return Ok(limited(page)),
    };
    let message = sent.get("message").to_owned();
    let text = message.trim();
    let again = sent.had_images();
    let mut error = problem_errors(&page, &sent.problems)
        .into_iter()
        .next()
        .map(|e| e.message);
    if error.is_none() {
        error = if text.is_empty() && sent.images.is_empty() {
            Some(page.t("report-error-message-empty"))
        } else if text.chars().count() > MESSAGE_MAX {
            Some(page.t1("report-error-too-long", "max", &MESSAGE_MAX.to_string()))
        } else {
            None
        };
    }
    if let Some(e) = error {
        return thread_page(&state, page, &u, receipt, message, Some((e, again))).await;
    }
    let images = match clean_images(sent.images).await? {
        Ok(images) => images,
        Err(e) => {
            let e = page.t(e.message_key());
            return thread_page(&state, page, &u, receipt, message, Some((e, again))).await;
        }
    };
    state
        .reports()?
        .add_message_with_images(
            state.store(),
            &u.report,
            MessageAuthor::Reporter,
            Some(&u.reply_key),
            text,
            images,
            None,
        )
        .await?;
    thread_page(&state, page, &u, receipt, String::new(), None).await
}
