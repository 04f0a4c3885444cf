//! The partner area: a partner organisation's submissions and filing on someone's behalf.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_domain::Permission::*;

pub mod file;
pub mod submissions;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use RouteArea::Staff;
    let partner = Access::Permission(FilePartnerReports);
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/partner", partner, Staff),
            get(crate::partner::submissions::list),
        ),
        (
            spec(&g, "/staff/partner/submissions/new", partner, Staff),
            get(crate::partner::file::form),
        ),
        (
            spec(&p, "/staff/partner/submissions", partner, Staff),
            post(crate::partner::file::submit),
        ),
        (
            spec(&g, "/staff/partner/submissions/{id}", partner, Staff),
            get(crate::partner::submissions::show),
        ),
        (
            spec(
                &p,
                "/staff/partner/submissions/{id}/message",
                partner,
                Staff,
            ),
            post(crate::partner::submissions::add_message),
        ),
    ]
}
