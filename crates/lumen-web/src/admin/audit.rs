//! The supervisors' audit view: paged, filtered by action, actor, object and dates.

use crate::infra::error::WebError;
use crate::infra::page::Page;
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, TimeZone, Utc};
use lumen_domain::audit::AuditAction;
use lumen_store::{AuditFilter, AuditRecord};
use serde::Deserialize;

const PER_PAGE: u64 = 50;

/// The filter form (a GET form: filters live in the URL).
#[derive(Deserialize, Default, Clone)]
pub struct AuditQuery {
    #[serde(default)]
    action: String,
    #[serde(default)]
    actor: String,
    #[serde(default)]
    object_type: String,
    #[serde(default)]
    object_id: String,
    #[serde(default)]
    from: String,
    #[serde(default)]
    until: String,
    #[serde(default)]
    page: u64,
}

#[derive(Template, WebTemplate)]
#[template(path = "admin/audit.html")]
struct AuditPageView {
    page: Page,
    q: AuditQuery,
    entries: Vec<AuditRecord>,
    total: u64,
    current: u64,
    pages: u64,
    prev_link: Option<String>,
    next_link: Option<String>,
}

fn opt(s: &str) -> Option<String> {
    let s = s.trim();
    (!s.is_empty()).then(|| s.to_owned())
}

fn date(s: &str, field: &str) -> Result<Option<chrono::DateTime<Utc>>, WebError> {
    match opt(s) {
        None => Ok(None),
        Some(v) => NaiveDate::parse_from_str(&v, "%Y-%m-%d")
            .ok()
            .and_then(|d| d.and_hms_opt(0, 0, 0))
            .map(|dt| Some(Utc.from_utc_datetime(&dt)))
            .ok_or(WebError::BadRequest {
                field: field.into(),
            }),
    }
}

fn link(q: &AuditQuery, page: u64) -> String {
    let pairs = [
        ("action", q.action.as_str()),
        ("actor", q.actor.as_str()),
        ("object_type", q.object_type.as_str()),
        ("object_id", q.object_id.as_str()),
        ("from", q.from.as_str()),
        ("until", q.until.as_str()),
    ];
    let mut s = serde_urlencoded::to_string(
        pairs
            .iter()
            .filter(|(_, v)| !v.is_empty())
            .collect::<Vec<_>>(),
    )
    .unwrap_or_default();
    if !s.is_empty() {
        s.push('&');
    }
    format!("/staff/audit?{s}page={page}")
}

/// `GET /staff/audit`.
pub async fn list(
    State(state): State<AppState>,
    crate::infra::page::Ctx(ctx): crate::infra::page::Ctx,
    page: Page,
    query: Result<Query<AuditQuery>, axum::extract::rejection::QueryRejection>,
) -> Result<Response, WebError> {
    let Query(q) = query.map_err(|_| WebError::BadRequest {
        field: "page".into(),
    })?;
    crate::infra::handlers::audit_list(&state, &ctx, AuditAction::AuditList).await?;
    let until = date(&q.until, "until")?.map(|d| d + chrono::Duration::days(1));
    let filter = AuditFilter {
        action: opt(&q.action),
        actor: opt(&q.actor),
        object_type: opt(&q.object_type),
        object_id: opt(&q.object_id),
        from: date(&q.from, "from")?,
        until,
    };
    let result = state.store().audit_page(&filter, q.page, PER_PAGE).await?;
    let pages = result.total.div_ceil(PER_PAGE).max(1);
    let prev_link = (q.page > 0).then(|| link(&q, q.page - 1));
    let next_link = (q.page + 1 < pages).then(|| link(&q, q.page + 1));
    Ok(AuditPageView {
        page,
        current: q.page + 1,
        entries: result.entries,
        total: result.total,
        pages,
        prev_link,
        next_link,
        q,
    }
    .into_response())
}
