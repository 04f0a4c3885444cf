//! The list of screenings: own for a frontline officer, the unit's for a referent, all for
//! those who may see every screening.

use crate::infra::error::WebError;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Query, State};
use axum::response::{IntoResponse, Response};
use lumen_domain::Permission;
use lumen_domain::audit::AuditAction;
use lumen_screening::Assessment;
use lumen_store::ScreeningScope;
use serde::Deserialize;

const PER_PAGE: u64 = 25;

/// A screening the officer has started and not filed.
pub struct DraftView {
    href: String,
    set_label: String,
    saved: String,
    progress: String,
}

/// One line of the list.
pub struct RowView {
    id: String,
    when: String,
    set_label: String,
    outcome: String,
    officer: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<RowView>,
    drafts: Vec<DraftView>,
    draft_days: u64,
    scope_key: &'static str,
    page_no: u64,
    has_next: bool,
}

/// Query of the list.
#[derive(Deserialize, Default)]
pub struct ListQuery {
    #[serde(default)]
    page: u64,
}

/// `GET /staff/screenings`: own screenings, the unit's for a referent, all for investigators.
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    Query(q): Query<ListQuery>,
) -> Result<Response, WebError> {
    crate::infra::handlers::audit_list(&state, &ctx, AuditAction::ScreeningList).await?;
    let user = ctx.user.ok_or(WebError::Forbidden)?;
    let (scope, scope_key) = if user.role.has(Permission::ViewAllScreenings) {
        (ScreeningScope::All, "screening-list-scope-all")
    } else if let (true, Some(unit)) = (user.role.has(Permission::ViewUnitScreenings), user.unit_id)
    {
        (ScreeningScope::Unit(unit), "screening-list-scope-unit")
    } else {
        (ScreeningScope::Officer(user.id), "screening-list-scope-own")
    };
    let store = state.store();
    let found = store.list_screenings(scope, q.page, PER_PAGE).await?;
    let users = store.list_users().await?;
    let lang = page.lang.catalogue();
    let catalogue = state.catalogue();
    let rows = found
        .entries
        .iter()
        .map(|s| RowView {
            id: s.id.to_string(),
            when: lumen_domain::time::display(s.created_at),
            set_label: catalogue
                .set(&s.set_id)
                .map(|set| set.label.get(lang).to_owned())
                .unwrap_or_else(|_| s.set_id.clone()),
            outcome: match serde_json::from_str::<Assessment>(&s.result) {
                Ok(a) => page.lang.t(&format!(
                    "screening-outcome-{}",
                    a.outcome.replace('_', "-")
                )),
                Err(_) => {
                    tracing::error!(screening = %s.id, "a stored screening result does not read");
                    page.t("screening-unreadable")
                }
            },
            officer: users
                .iter()
                .find(|u| u.id == s.officer_id)
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
        })
        .collect();
    let drafts = store
        .screening_drafts(user.id)
        .await?
        .iter()
        .map(|d| {
            let steps = catalogue
                .indicators_by_theme(&d.set_id)
                .map_or(1, |g| g.len() + 1);
            let done = (d.content.reached as usize).min(steps);
            DraftView {
                href: crate::screening::review::resume_path(d, steps),
                set_label: crate::screening::steps::set_label(catalogue, &page, &d.set_id).0,
                saved: lumen_domain::time::display(d.updated_at),
                progress: format!("{done} / {steps}"),
            }
        })
        .collect();
    Ok(ListPage {
        page,
        rows,
        drafts,
        draft_days: lumen_store::SCREENING_DRAFT_DAYS.unsigned_abs(),
        scope_key,
        page_no: q.page,
        has_next: (q.page + 1) * PER_PAGE < found.total,
    }
    .into_response())
}
