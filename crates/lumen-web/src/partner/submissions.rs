//! The partner area: a partner organisation's submissions (status, day, messages, unread
//! replies from the section), each submission with its thread, and a message to the section.
//!
//! "Own submissions" are the organisation's, not the worker's: partner workers share their
//! caseload and take over from each other, the store records the organisation
//! (`reports.partner_unit_id`), and the audit log says which worker did what. A partner never
//! reaches another organisation's submission or a public report: the store answers "not found"
//! for both, exactly as for an unknown id, and records the attempt as failed.
//!
//! The thread is opened on the server with the section's key (this area is served with the
//! staff area, which holds it); access is decided by the partner's organisation and every read
//! is audited.

use crate::infra::context::RequestContext;
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::pager::{PageLink, page_links};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_app::reports::intake::{ReportPayload, ThreadMessage};
use lumen_domain::UnitKind;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::report::{MessageAuthor, ReportStatus};
use lumen_store::{PartnerSubmission, ReportRecord, UnitRecord, UserRecord};
use serde::Deserialize;
use uuid::Uuid;

const PER_PAGE: u64 = 50;
const MESSAGE_MAX: usize = 10_000;

/// The signed-in partner worker and their organisation. An account whose unit is not a
/// partner organisation is refused (403), and the refusal is audited.
pub(crate) async fn partner_of(
    state: &AppState,
    ctx: &RequestContext,
) -> Result<(UserRecord, UnitRecord), WebError> {
    let user = ctx.user.clone().ok_or(WebError::Forbidden)?;
    let unit = match user.unit_id {
        Some(id) => Some(state.store().unit(id).await?),
        None => None,
    };
    match unit {
        Some(unit) if unit.kind == UnitKind::Partner && unit.active => Ok((user, unit)),
        _ => {
            let ev = AuditEvent::new(AuditAction::PartnerArea, Some(user.id.to_string()))
                .by(user.id, user.role)
                .failed();
            state.store().audit(ev).await?;
            Err(WebError::Forbidden)
        }
    }
}

/// Labels of a report's status.
pub(crate) fn status_label(page: &Page, status: ReportStatus) -> String {
    page.t(&format!(
        "report-status-{}",
        status.code().replace('_', "-")
    ))
}

#[derive(Template, WebTemplate)]
#[template(path = "partner/list.html")]
struct ListPage {
    page: Page,
    organisation: String,
    rows: Vec<PartnerSubmission>,
    total: u64,
    links: Vec<PageLink>,
    filed: bool,
}

impl ListPage {
    fn status_label(&self, s: &ReportStatus) -> String {
        status_label(&self.page, *s)
    }
}

/// The list's query: `page` from 1, `filed=1` after a filing.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct ListQuery {
    page: Option<String>,
    filed: Option<String>,
}

/// `GET /staff/partner`: the organisation's submissions, newest first, 50 a page.
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    let (user, unit) = partner_of(&state, &ctx).await?;
    let number = crate::infra::pager::page_number(q.page.as_deref())?;
    let ev = AuditEvent::new(AuditAction::ReportPartnerList, Some(unit.id.to_string()))
        .by(user.id, user.role);
    let (rows, total) = state
        .store()
        .partner_submissions(unit.id, number - 1, PER_PAGE, ev)
        .await?;
    let links = page_links(total, PER_PAGE, number, |n| {
        format!("/staff/partner?page={n}")
    });
    Ok(ListPage {
        page,
        organisation: unit.name,
        rows,
        total,
        links,
        filed: q.filed.is_some(),
    }
    .into_response())
}

#[derive(Template, WebTemplate)]
#[template(path = "partner/show.html")]
struct ShowPage {
    page: Page,
    organisation: String,
    report: ReportRecord,
    payload: ReportPayload,
    messages: Vec<ThreadMessage>,
    typed: String,
    error: Option<String>,
}

impl ShowPage {
    fn status_label(&self) -> String {
        status_label(&self.page, self.report.status)
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }

    fn by_section(&self, m: &ThreadMessage) -> bool {
        m.author == MessageAuthor::Section
    }
}

/// Reads one of the organisation's submissions (audited; 404 and a failed audit entry for
/// anything else) and renders it.
async fn render(
    state: &AppState,
    ctx: &RequestContext,
    page: Page,
    id: &str,
    typed: String,
    error: Option<String>,
) -> Result<(ReportRecord, ShowPage), WebError> {
    let keys = state.reports()?;
    if !keys.can_open() {
        return Err(WebError::Unavailable);
    }
    let (user, unit) = partner_of(state, ctx).await?;
    let ev =
        AuditEvent::new(AuditAction::ReportPartnerRead, Some(id.to_owned())).by(user.id, user.role);
    let report = match crate::infra::handlers::path_id::<Uuid>(id) {
        Ok(id) => state.store().read_partner_report(id, unit.id, ev).await?,
        Err(e) => {
            state.store().audit(ev.failed()).await?;
            return Err(e);
        }
    };
    let payload = keys.open_payload(&report)?;
    // What the person writes with their own receipt stays between them and the section.
    let messages: Vec<_> = keys
        .thread_for_section(state.store(), report.id)
        .await?
        .into_iter()
        .filter(|m| m.author != MessageAuthor::Reporter)
        .collect();
    Ok((
        report.clone(),
        ShowPage {
            page,
            organisation: unit.name,
            report,
            payload,
            messages,
            typed,
            error,
        },
    ))
}

/// `GET /staff/partner/submissions/{id}`.
pub async fn show(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
) -> Result<Response, WebError> {
    let (_, view) = render(&state, &ctx, page, &id, String::new(), None).await?;
    Ok(view.into_response())
}

/// A message from the partner to the section.
#[derive(Deserialize, Default)]
#[serde(default)]
pub struct MessageForm {
    message: String,
}

/// `POST /staff/partner/submissions/{id}/message`: sealed to the section and encrypted with
/// the report's reply key (the person can read it with their receipt too); audited.
pub async fn add_message(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path(id): Path<String>,
    ValidForm(f): ValidForm<MessageForm>,
) -> Result<Response, WebError> {
    let text = f.message.trim().to_owned();
    let error = if text.is_empty() {
        Some(page.t("partner-error-message-empty"))
    } else if text.chars().count() > MESSAGE_MAX {
        Some(page.t1("partner-error-too-long", "max", &MESSAGE_MAX.to_string()))
    } else {
        None
    };
    let (report, view) = render(&state, &ctx, page, &id, f.message.clone(), error).await?;
    if view.error.is_some() {
        return Ok((StatusCode::BAD_REQUEST, view).into_response());
    }
    let user = ctx.user.as_ref().ok_or(WebError::Forbidden)?;
    let ev = AuditEvent::new(
        AuditAction::ReportPartnerMessage,
        Some(report.id.to_string()),
    )
    .by(user.id, user.role);
    state
        .reports()?
        .add_message(
            state.store(),
            &report,
            MessageAuthor::Partner,
            None,
            &text,
            Some(ev),
        )
        .await?;
    Ok(see_other_done(
        &format!("/staff/partner/submissions/{}", report.id),
        "message-sent",
    ))
}
