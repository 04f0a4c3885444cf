//! The triage queue (`GET /staff/triage`) and its actions: attach an item to a case
//! (`POST /staff/triage/{kind}/{id}/attach`) or close it with a reason (`…/close`). Opening a
//! new case from an item goes through the case form (`/staff/cases/new?from=report:{id}`).
//! Items with a priority signal come first (a child may be involved, unread messages, a case
//! sharing an identifier), then the oldest.

use crate::cases::actor;
use crate::cases::closing::{ClosingReason, ClosingReasons};
use crate::infra::error::WebError;
use crate::infra::form::ValidForm;
use crate::infra::handlers::see_other_done;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use chrono::Utc;
use lumen_domain::cases::CaseStatus;
use lumen_store::{CaseActor, IdentifierHit, StoreError, TriageItem};
use serde::Deserialize;
use uuid::Uuid;

const SUMMARY_CHARS: usize = 160;
const PER_PAGE: u64 = 50;

/// One item of the queue as shown.
pub struct Row {
    kind: &'static str,
    id: Uuid,
    reference: String,
    href: String,
    arrived: String,
    age_days: i64,
    stale: bool,
    child: bool,
    unread: u64,
    summary: String,
    forms: Vec<String>,
    matches: Vec<IdentifierHit>,
}

impl Row {
    fn priority(&self) -> bool {
        self.child || self.unread > 0 || self.matches.iter().any(|m| m.status != CaseStatus::Closed)
    }
}

#[derive(Template, WebTemplate)]
#[template(path = "triage/queue.html")]
struct QueuePage {
    page: Page,
    rows: Vec<Row>,
    cases: Vec<(Uuid, String)>,
    reasons: &'static [ClosingReason],
    stale_days: u32,
    error: Option<(Uuid, String)>,
    total: u64,
    pager: crate::infra::pager::Pager,
}

impl QueuePage {
    fn stale_days_u64(&self) -> u64 {
        u64::from(self.stale_days)
    }

    fn form_label(&self, code: &str) -> String {
        self.page.t(&format!("report-form-{code}"))
    }

    fn error_for(&self, id: &Uuid) -> Option<&str> {
        self.error
            .as_ref()
            .filter(|(i, _)| i == id)
            .map(|(_, m)| m.as_str())
    }
}

fn age(day: chrono::NaiveDate) -> i64 {
    (lumen_domain::time::local_day(Utc::now()) - day).num_days()
}

async fn render(
    state: &AppState,
    page: Page,
    me: CaseActor,
    number: u64,
    error: Option<(Uuid, String)>,
) -> Result<Response, WebError> {
    let keys = state.reports()?;
    if !keys.can_open() {
        return Err(WebError::Unavailable);
    }
    let stale_days = state.triage_stale_days();
    let (items, total) = state.store().triage_queue(me, number - 1, PER_PAGE).await?;
    let mut rows = Vec::with_capacity(items.len());
    for item in items {
        rows.push(match item {
            TriageItem::Report {
                report,
                unread,
                matches,
            } => {
                let p = keys.open_payload(&report)?;
                let days = age(report.created_on);
                Row {
                    kind: "report",
                    id: report.id,
                    reference: report.reference(),
                    href: format!("/staff/reports/{}", report.id),
                    arrived: report.created_on.to_string(),
                    age_days: days,
                    stale: days >= i64::from(stale_days),
                    child: p.minor == "yes",
                    unread,
                    summary: p.text.chars().take(SUMMARY_CHARS).collect(),
                    forms: p.forms,
                    matches,
                }
            }
            TriageItem::Screening(s) => {
                let sent = s.sent_at.unwrap_or(s.created_at);
                let day = lumen_domain::time::local_day(sent);
                let days = age(day);
                Row {
                    kind: "screening",
                    id: s.id,
                    reference: page.t("triage-screening"),
                    href: format!("/staff/screenings/{}", s.id),
                    arrived: day.to_string(),
                    age_days: days,
                    stale: days >= i64::from(stale_days),
                    child: s.age.is_some_and(|a| a < 18) || s.set_id.starts_with("child"),
                    unread: 0,
                    summary: s
                        .person_description
                        .clone()
                        .unwrap_or_default()
                        .chars()
                        .take(SUMMARY_CHARS)
                        .collect(),
                    forms: Vec::new(),
                    matches: Vec::new(),
                }
            }
        });
    }
    rows.sort_by_key(|r| (!r.priority(), std::cmp::Reverse(r.age_days)));
    let cases = state.store().open_cases_of(me).await?;
    let status = if error.is_some() {
        StatusCode::BAD_REQUEST
    } else {
        StatusCode::OK
    };
    Ok((
        status,
        QueuePage {
            page,
            rows,
            cases,
            reasons: &ClosingReasons::triage().0,
            stale_days,
            error,
            total,
            pager: crate::infra::pager::Pager::new(total, PER_PAGE, number, |n| {
                format!("/staff/triage?page={n}")
            }),
        },
    )
        .into_response())
}

/// The queue's page (from 1).
#[derive(Deserialize, Default)]
pub struct QueueQuery {
    page: Option<String>,
}

/// `GET /staff/triage?page=`: 50 items a page; audited (`triage.list`); needs the section's
/// secret key.
pub async fn queue(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    axum::extract::Query(q): axum::extract::Query<QueueQuery>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let number = crate::infra::pager::page_number(q.page.as_deref())?;
    render(&state, page, me, number, None).await
}

/// The case an item goes to.
#[derive(Deserialize)]
pub struct AttachForm {
    #[serde(default)]
    case: String,
}

/// `POST /staff/triage/{kind}/{id}/attach`.
pub async fn attach(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path((kind, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<AttachForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let item = crate::triage::item(&kind, &id)?;
    let target = crate::infra::handlers::path_id(&id)?;
    let Ok(case) = f.case.parse::<Uuid>() else {
        let error = Some((target, page.t("triage-error-choose-case")));
        return render(&state, page, me, 1, error).await;
    };
    match state.store().attach_to_case(item, case, me).await {
        Ok(()) => Ok(see_other_done(
            &format!("/staff/cases/{case}"),
            "triage-attached",
        )),
        Err(StoreError::Refused(code)) => {
            let error = Some((
                target,
                page.t(&format!("triage-error-{}", code.replace('_', "-"))),
            ));
            render(&state, page, me, 1, error).await
        }
        Err(e) => Err(e.into()),
    }
}

/// The reason an item is closed with.
#[derive(Deserialize)]
pub struct CloseForm {
    #[serde(default)]
    reason: String,
}

/// `POST /staff/triage/{kind}/{id}/close`.
pub async fn close(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Path((kind, id)): Path<(String, String)>,
    ValidForm(f): ValidForm<CloseForm>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let item = crate::triage::item(&kind, &id)?;
    let target = crate::infra::handlers::path_id(&id)?;
    if ClosingReasons::triage().get(&f.reason).is_none() {
        let error = Some((target, page.t("triage-error-choose-reason")));
        return render(&state, page, me, 1, error).await;
    }
    match state.store().close_triage_item(item, &f.reason, me).await {
        Ok(()) => Ok(see_other_done("/staff/triage", "triage-closed")),
        Err(StoreError::Refused(code)) => {
            let error = Some((
                target,
                page.t(&format!("triage-error-{}", code.replace('_', "-"))),
            ));
            render(&state, page, me, 1, error).await
        }
        Err(e) => Err(e.into()),
    }
}
