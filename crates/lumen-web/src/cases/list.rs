//! `GET /staff/cases`: the cases the signed-in account may read, most recently changed first.

use crate::cases::{actor, status_key};
use crate::infra::error::WebError;
use crate::infra::page::{Ctx, Page};
use crate::infra::state::AppState;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::State;
use axum::response::{IntoResponse, Response};

/// One line of the list.
pub struct CaseRow {
    id: String,
    reference: String,
    title: String,
    status: String,
    owner: String,
    updated: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "cases/list.html")]
struct ListPage {
    page: Page,
    rows: Vec<CaseRow>,
    total: u64,
    pager: crate::infra::pager::Pager,
}

const PER_PAGE: u64 = 50;

/// The list's page (from 1).
#[derive(serde::Deserialize, Default)]
pub struct ListQuery {
    page: Option<String>,
}

/// `GET /staff/cases?page=`: 50 cases a page.
pub async fn list(
    State(state): State<AppState>,
    Ctx(ctx): Ctx,
    page: Page,
    axum::extract::Query(q): axum::extract::Query<ListQuery>,
) -> Result<Response, WebError> {
    let me = actor(&ctx)?;
    let number = crate::infra::pager::page_number(q.page.as_deref())?;
    let (cases, total) = state.store().cases_page(me, number - 1, PER_PAGE).await?;
    let users = state.store().list_users().await?;
    let rows = cases
        .into_iter()
        .map(|c| CaseRow {
            id: c.id.to_string(),
            reference: c.reference.to_string(),
            title: c.title,
            status: page.t(&status_key(c.status)),
            owner: users
                .iter()
                .find(|u| u.id == c.owner)
                .map(|u| u.display_name.clone())
                .unwrap_or_default(),
            updated: lumen_domain::time::display(c.updated_at),
        })
        .collect();
    let pager = crate::infra::pager::Pager::new(total, PER_PAGE, number, |n| {
        format!("/staff/cases?page={n}")
    });
    Ok(ListPage {
        page,
        rows,
        total,
        pager,
    }
    .into_response())
}
