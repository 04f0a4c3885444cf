//! The THB section's side of public reports: the inbox (decrypted summaries), one report
//! (decrypted, the read audited), a reply to the reporter and the public status. Every read
//! and action is audited. Needs the section's secret key: without it these pages answer 503.

use crate::error::WebError;
use crate::form::ValidForm;
use crate::handlers::see_other;
use crate::intake::{ReportPayload, ThreadMessage};
use crate::page::{Ctx, Page};
use crate::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::{MessageAuthor, ReportStatus};
use lumen_store::{ReportImageInfo, ReportRecord, UserRecord};
use serde::Deserialize;
use uuid::Uuid;

const PER_PAGE: u64 = 50;
const SUMMARY_CHARS: usize = 160;
const REPLY_MAX: usize = 10_000;

/// One line of the inbox.
pub struct InboxRow {
    id: Uuid,
    day: String,
    status: ReportStatus,
    forms: Vec<String>,
    summary: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "staff/reports.html")]
struct InboxPage {
    page: Page,
    rows: Vec<InboxRow>,
    total: u64,
}

#[derive(Template, WebTemplate)]
#[template(path = "staff/report.html")]
struct ReportPage {
    page: Page,
    report: ReportRecord,
    payload: ReportPayload,
    messages: Vec<ThreadMessage>,
    statuses: &'static [ReportStatus],
    images: Vec<ReportImageInfo>,
}

/// Labels shared by both pages.
fn status_label(page: &Page, status: ReportStatus) -> String {
    page.t(&format!(
        "report-status-{}",
        status.code().replace('_', "-")
    ))
}

impl InboxPage {
    fn status_label(&self, s: &ReportStatus) -> String {
        status_label(&self.page, *s)
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }
}

impl ReportPage {
    fn status_label(&self, s: &ReportStatus) -> String {
        status_label(&self.page, *s)
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }

    fn filed_by_label(&self) -> String {
        self.page.t(&format!(
            "report-filed-by-{}",
            self.payload.filed_by.replace('_', "-")
        ))
    }

    fn by_section(&self, m: &ThreadMessage) -> bool {
        m.author == MessageAuthor::Section
    }

    fn image_alt(&self, image: &ReportImageInfo) -> String {
        let key = if image.message_id.is_some() {
            "reports-image-alt-message"
        } else {
            "reports-image-alt"
        };
        self.page.t1(key, "number", &image.position.to_string())
    }
}

fn actor(ctx: &crate::context::RequestContext) -> Result<&UserRecord, WebError> {
    ctx.user.as_ref().ok_or(WebError::Forbidden)
}

fn parse_id(id: &str) -> Result<Uuid, WebError> {
    id.parse().map_err(|_| WebError::NotFound)
}

/// `GET /staff/reports`.
pub async fn inbox(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    if !keys.can_open() {
        return Err(WebError::Unavailable);
    }
    let user = actor(&ctx)?;
    let ev = AuditEvent::new("report.list", "report", None).by(user.id, user.role);
    let (reports, total) = state.store().list_reports(0, PER_PAGE, ev).await?;
    let rows = reports
        .iter()
        .map(|r| {
            let p = keys.open_payload(r)?;
            Ok(InboxRow {
                id: r.id,
                day: r.created_on.to_string(),
                status: r.status,
                forms: p.forms,
                summary: p.text.chars().take(SUMMARY_CHARS).collect(),
            })
        })
        .collect::<Result<_, WebError>>()?;
    Ok(InboxPage { page, rows, total }.into_response())
}

/// `GET /staff/reports/{id}`: the read is audited (`report.read`).
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    let user = actor(&ctx)?;
    let id = parse_id(&id)?;
    let ev = AuditEvent::new("report.read", "report", Some(id.to_string())).by(user.id, user.role);
    let report = state.store().read_report(id, ev).await?;
    let payload = keys.open_payload(&report)?;
    let messages = keys.thread_for_section(state.store(), id).await?;
    let images = state.store().report_images(id).await?;
    Ok(ReportPage {
        page,
        report,
        payload,
        messages,
        statuses: ReportStatus::ALL,
        images,
    }
    .into_response())
}

/// A reply to the reporter.
#[derive(Deserialize)]
pub struct ReplyForm {
    message: String,
}

/// `POST /staff/reports/{id}/reply`: sealed to the section and encrypted with the report's
/// reply key, so the receipt holder can read it; audited (`report.reply`).
pub async fn reply(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<ReplyForm>,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    let user = actor(&ctx)?;
    let id = parse_id(&id)?;
    let text = f.message.trim();
    if text.is_empty() || text.chars().count() > REPLY_MAX {
        return Err(WebError::BadRequest {
            field: "message".into(),
        });
    }
    let read =
        AuditEvent::new("report.read", "report", Some(id.to_string())).by(user.id, user.role);
    let report = state.store().read_report(id, read).await?;
    let ev = AuditEvent::new("report.reply", "report", Some(id.to_string())).by(user.id, user.role);
    keys.add_message(
        state.store(),
        &report,
        MessageAuthor::Section,
        None,
        text,
        Some(ev),
    )
    .await?;
    Ok(see_other(&format!("/staff/reports/{id}")))
}

/// A new public status.
#[derive(Deserialize)]
pub struct StatusForm {
    status: String,
}

/// `POST /staff/reports/{id}/status`: audited (`report.status`).
pub async fn set_status(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<StatusForm>,
) -> Result<Response, WebError> {
    let user = actor(&ctx)?;
    let id = parse_id(&id)?;
    let status = ReportStatus::parse(&f.status).ok_or(WebError::BadRequest {
        field: "status".into(),
    })?;
    let ev =
        AuditEvent::new("report.status", "report", Some(id.to_string())).by(user.id, user.role);
    state.store().set_report_status(id, status, ev).await?;
    Ok(see_other(&format!("/staff/reports/{id}")))
}
