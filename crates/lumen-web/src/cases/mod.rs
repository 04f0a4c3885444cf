//! Case management of the THB section: the list of one's cases, opening a case, and the case
//! page with its status workflow and team. A case is a compartment: its team and the
//! supervisors read it; anyone else who opens it learns only its reference and owner.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_domain::Permission::*;

pub mod access;
pub mod approvals;
pub mod closing;
pub mod events;
pub mod list;
pub mod open;
pub mod page;
pub mod persons;
pub mod references;
pub mod tasks;
pub mod viewed;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use RouteArea::Staff;
    let work = Access::Permission(WorkCases);
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/cases", work, Staff),
            get(crate::cases::list::list),
        ),
        (
            spec(&g, "/staff/cases/new", work, Staff),
            get(crate::cases::open::new),
        ),
        (
            spec(&p, "/staff/cases", work, Staff),
            post(crate::cases::open::create),
        ),
        (
            spec(&g, "/staff/cases/{id}", work, Staff),
            get(crate::cases::page::show),
        ),
        (
            spec(&p, "/staff/cases/{id}/status", work, Staff),
            post(crate::cases::page::set_status),
        ),
        (
            spec(&p, "/staff/cases/{id}/team", work, Staff),
            post(crate::cases::page::add_member),
        ),
        (
            spec(&p, "/staff/cases/{id}/notes", work, Staff),
            post(crate::cases::page::add_note),
        ),
        (
            spec(&p, "/staff/cases/{id}/tasks", work, Staff),
            post(crate::cases::tasks::add_task),
        ),
        (
            spec(&p, "/staff/cases/{id}/tasks/{task}/done", work, Staff),
            post(crate::cases::tasks::complete_task),
        ),
        (
            spec(&p, "/staff/cases/{id}/approvals", work, Staff),
            post(crate::cases::approvals::ask_approval),
        ),
        (
            spec(&p, "/staff/cases/{id}/approvals/{approval}", work, Staff),
            post(crate::cases::approvals::decide_approval),
        ),
        (
            spec(&g, "/staff/cases/{id}/persons/new", work, Staff),
            get(crate::cases::persons::new),
        ),
        (
            spec(&p, "/staff/cases/{id}/persons", work, Staff),
            post(crate::cases::persons::create),
        ),
        (
            spec(&g, "/staff/persons/{id}", work, Staff),
            get(crate::cases::persons::show),
        ),
        (
            spec(&p, "/staff/persons/{id}/cases", work, Staff),
            post(crate::cases::persons::add_to_case),
        ),
        (
            spec(&p, "/staff/cases/{id}/events", work, Staff),
            post(crate::cases::events::add),
        ),
        (
            spec(&p, "/staff/cases/{id}/references", work, Staff),
            post(crate::cases::references::save),
        ),
        (
            spec(&p, "/staff/cases/{id}/access", work, Staff),
            post(crate::cases::access::ask),
        ),
        (
            spec(&p, "/staff/cases/{id}/access/{request}", work, Staff),
            post(crate::cases::access::decide),
        ),
    ]
}

/// The signed-in account as a case reader.
pub(crate) fn actor(
    ctx: &crate::infra::context::RequestContext,
) -> Result<lumen_store::CaseActor, crate::infra::error::WebError> {
    let u = ctx
        .user
        .as_ref()
        .ok_or(crate::infra::error::WebError::Forbidden)?;
    Ok(lumen_store::CaseActor {
        id: u.id,
        role: u.role,
    })
}

/// The label key of a case status.
pub(crate) fn status_key(s: lumen_domain::cases::CaseStatus) -> String {
    format!("case-status-{}", s.code().replace('_', "-"))
}
