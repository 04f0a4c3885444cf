//! The THB section's side of public reports: the inbox (decrypted summaries, 50 a page,
//! filtered by status and by who filed, partner submissions naming their organisation), one report
//! (decrypted, the read audited), a reply to the reporter and the public status. Every read
//! and action is audited. Needs the section's secret key: without it these pages answer 503.

use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::pager::{PageLink, page_links, page_number};
use crate::infra::state::AppState;
use crate::reports::labels::{filer_label, status_label};
use crate::reports::staff_page::ReportPage;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::response::{IntoResponse, Response};
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::{FiledBy, MessageAuthor, ReportStatus};
use lumen_store::{ReportFilter, UserRecord};
use serde::Deserialize;
use uuid::Uuid;

const PER_PAGE: u64 = 50;
const SUMMARY_CHARS: usize = 160;
const REPLY_MAX: usize = 10_000;

/// One line of the inbox.
pub struct InboxRow {
    id: Uuid,
    reference: String,
    day: String,
    status: ReportStatus,
    filed_by: FiledBy,
    organisation: Option<String>,
    forms: Vec<String>,
    summary: String,
}

/// The inbox's query: page (from 1), status and who filed (codes; empty means any).
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct InboxQuery {
    page: Option<String>,
    status: String,
    filed_by: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "reports/inbox.html")]
struct InboxPage {
    page: Page,
    rows: Vec<InboxRow>,
    total: u64,
    links: Vec<PageLink>,
    status: String,
    filed_by: String,
    statuses: &'static [ReportStatus],
    filers: &'static [FiledBy],
}

impl InboxPage {
    fn status_label(&self, s: &ReportStatus) -> String {
        status_label(&self.page, *s)
    }

    fn filer_label(&self, f: &FiledBy) -> String {
        filer_label(&self.page, *f)
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }
}

fn actor(ctx: &crate::infra::context::RequestContext) -> Result<&UserRecord, WebError> {
    ctx.user.as_ref().ok_or(WebError::Forbidden)
}

fn parse_filter<T>(
    raw: &str,
    field: &str,
    parse: impl Fn(&str) -> Option<T>,
) -> Result<Option<T>, WebError> {
    if raw.is_empty() {
        return Ok(None);
    }
    parse(raw).map(Some).ok_or(WebError::BadRequest {
        field: field.into(),
    })
}

/// `GET /staff/reports?page=&status=&filed_by=`: 50 reports a page, newest first, filtered
/// by public status and by who filed; partner submissions name their organisation. The
/// listing is audited (`report.list`).
pub async fn inbox(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Query(q): Query<InboxQuery>,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    if !keys.can_open() {
        return Err(WebError::Unavailable);
    }
    let user = actor(&ctx)?;
    let number = page_number(q.page.as_deref())?;
    let filter = ReportFilter {
        status: parse_filter(&q.status, "status", ReportStatus::parse)?,
        filed_by: parse_filter(&q.filed_by, "filed-by", FiledBy::parse)?,
    };
    let ev = AuditEvent::new(AuditAction::ReportList, None).by(user.id, user.role);
    let (reports, total) = state
        .store()
        .list_reports_filtered(&filter, number - 1, PER_PAGE, ev)
        .await?;
    let units = if reports.iter().any(|r| r.partner_unit_id.is_some()) {
        state.store().list_units().await?
    } else {
        Vec::new()
    };
    let rows = reports
        .iter()
        .map(|r| {
            let p = keys.open_payload(r)?;
            Ok(InboxRow {
                id: r.id,
                reference: r.reference(),
                day: r.created_on.to_string(),
                status: r.status,
                filed_by: r.filed_by,
                organisation: r
                    .partner_unit_id
                    .and_then(|u| units.iter().find(|x| x.id == u))
                    .map(|u| u.name.clone()),
                forms: p.forms,
                summary: p.text.chars().take(SUMMARY_CHARS).collect(),
            })
        })
        .collect::<Result<_, WebError>>()?;
    let links = page_links(total, PER_PAGE, number, |n| {
        let pairs = [
            ("page", n.to_string()),
            ("status", q.status.clone()),
            ("filed_by", q.filed_by.clone()),
        ];
        let kept: Vec<_> = pairs.iter().filter(|(_, v)| !v.is_empty()).collect();
        let query = serde_urlencoded::to_string(kept).unwrap_or_default();
        format!("/staff/reports?{query}")
    });
    Ok(InboxPage {
        page,
        rows,
        total,
        links,
        status: q.status,
        filed_by: q.filed_by,
        statuses: ReportStatus::ALL,
        filers: FiledBy::ALL,
    }
    .into_response())
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
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let ev = AuditEvent::new(AuditAction::ReportRead, Some(id.to_string())).by(user.id, user.role);
    let report = state.store().read_report(id, ev).await?;
    let payload = keys.open_payload(&report)?;
    let messages = keys.thread_for_section(state.store(), id).await?;
    state.store().mark_report_read(id).await?;
    let organisation = match report.partner_unit_id {
        Some(unit) => Some(state.store().unit(unit).await?.name),
        None => None,
    };
    let images = state.store().report_images(id).await?;
    Ok(ReportPage {
        page,
        report,
        payload,
        organisation,
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
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let text = f.message.trim();
    if text.is_empty() || text.chars().count() > REPLY_MAX {
        return Err(WebError::BadRequest {
            field: "message".into(),
        });
    }
    let read =
        AuditEvent::new(AuditAction::ReportRead, Some(id.to_string())).by(user.id, user.role);
    let report = state.store().read_report(id, read).await?;
    let ev = AuditEvent::new(AuditAction::ReportReply, Some(id.to_string())).by(user.id, user.role);
    keys.add_message(
        state.store(),
        &report,
        MessageAuthor::Section,
        None,
        text,
        Some(ev),
    )
    .await?;
    Ok(see_other_done(
        &format!("/staff/reports/{id}"),
        "reply-sent",
    ))
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
    let id = crate::infra::handlers::path_id::<Uuid>(&id)?;
    let status = ReportStatus::parse(&f.status).ok_or(WebError::BadRequest {
        field: "status".into(),
    })?;
    let ev =
        AuditEvent::new(AuditAction::ReportStatus, Some(id.to_string())).by(user.id, user.role);
    state.store().set_report_status(id, status, ev).await?;
    Ok(see_other_done(
        &format!("/staff/reports/{id}"),
        "report-status-changed",
    ))
}
