//! Triage: the THB section's one queue of what arrives (public and partner reports, screenings
//! sent by officers), each with its age, its priority signals and the cases that share one of
//! its identifiers; an item is attached to a case, opened as a new case, or closed with a
//! reason from the catalogue.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_domain::Permission::*;

pub mod queue;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use RouteArea::Staff;
    let work = Access::Permission(WorkCases);
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/triage", work, Staff),
            get(crate::triage::queue::queue),
        ),
        (
            spec(&p, "/staff/triage/{kind}/{id}/attach", work, Staff),
            post(crate::triage::queue::attach),
        ),
        (
            spec(&p, "/staff/triage/{kind}/{id}/close", work, Staff),
            post(crate::triage::queue::close),
        ),
    ]
}

/// The item a path names: `report/{id}` or `screening/{id}`.
pub(crate) fn item(
    kind: &str,
    id: &str,
) -> Result<lumen_store::TriageRef, crate::infra::error::WebError> {
    let id = crate::infra::handlers::path_id(id)?;
    match kind {
        "report" => Ok(lumen_store::TriageRef::Report(id)),
        "screening" => Ok(lumen_store::TriageRef::Screening(id)),
        _ => Err(crate::infra::error::WebError::NotFound),
    }
}

/// The item a form names: `report:{id}` or `screening:{id}`.
pub(crate) fn parse_from(from: &str) -> Option<lumen_store::TriageRef> {
    let (kind, id) = from.split_once(':')?;
    let id = id.parse().ok()?;
    match kind {
        "report" => Some(lumen_store::TriageRef::Report(id)),
        "screening" => Some(lumen_store::TriageRef::Screening(id)),
        _ => None,
    }
}
