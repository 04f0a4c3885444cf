//! Reports: the public form and its filing, the receipt holder's follow-up, and the section's inbox and report page.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::extract::DefaultBodyLimit;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_app::reports::images::UPLOAD_MAX_BODY_BYTES;
use lumen_domain::Permission::*;

pub mod exploitation;
pub mod filing;
pub mod follow_up;
pub mod form;
pub mod inbox;
pub mod labels;
pub mod public_form;
pub mod receipt_handoff;
pub mod staff_images;
pub mod staff_page;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use Access::Public;
    use RouteArea::Staff;
    let triage = Access::Permission(TriageReports);
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/reports", triage, Staff),
            get(crate::reports::inbox::inbox),
        ),
        (
            spec(&g, "/staff/reports/{id}", triage, Staff),
            get(crate::reports::inbox::show),
        ),
        (
            spec(&g, "/staff/reports/{id}/images/{image}", triage, Staff),
            get(crate::reports::staff_images::image),
        ),
        (
            spec(&p, "/staff/reports/{id}/reply", triage, Staff),
            post(crate::reports::inbox::reply),
        ),
        (
            spec(&p, "/staff/reports/{id}/status", triage, Staff),
            post(crate::reports::inbox::set_status),
        ),
        (
            spec(&g, "/report", Public, RouteArea::Public),
            get(crate::reports::filing::form),
        ),
        (
            spec(&p, "/report", Public, RouteArea::Public),
            post(crate::reports::filing::submit)
                .layer(DefaultBodyLimit::max(UPLOAD_MAX_BODY_BYTES)),
        ),
        (
            spec(&g, "/report/receipt/{token}", Public, RouteArea::Public),
            get(crate::reports::filing::receipt),
        ),
        (
            spec(&g, "/report/done", Public, RouteArea::Public),
            get(crate::reports::filing::done),
        ),
        (
            spec(&g, "/follow-up", Public, RouteArea::Public),
            get(crate::reports::follow_up::form),
        ),
        (
            spec(&p, "/follow-up", Public, RouteArea::Public),
            post(crate::reports::follow_up::show),
        ),
        (
            spec(&p, "/follow-up/message", Public, RouteArea::Public),
            post(crate::reports::follow_up::add_message)
                .layer(DefaultBodyLimit::max(UPLOAD_MAX_BODY_BYTES)),
        ),
    ]
}
