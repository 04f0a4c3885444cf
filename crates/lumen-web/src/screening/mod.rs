//! Frontline screening: the steps of the form and their review, the result, the list, and the
//! information for the victim.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_domain::Permission::*;

pub mod form;
pub mod list;
pub mod review;
pub mod steps;
pub mod victim_info;
pub mod view;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use Access::Public;
    use RouteArea::Staff;
    let run = Access::Permission(RunScreening);
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/screenings", run, Staff),
            get(crate::screening::list::list),
        ),
        (
            spec(&g, "/staff/screenings/new", run, Staff),
            get(crate::screening::form::new),
        ),
        (
            spec(&p, "/staff/screenings/drafts", run, Staff),
            post(crate::screening::steps::start),
        ),
        (
            spec(&g, "/staff/screenings/drafts/{id}/step/{no}", run, Staff),
            get(crate::screening::steps::show),
        ),
        (
            spec(&p, "/staff/screenings/drafts/{id}/step/{no}", run, Staff),
            post(crate::screening::steps::save),
        ),
        (
            spec(&g, "/staff/screenings/drafts/{id}/review", run, Staff),
            get(crate::screening::review::review),
        ),
        (
            spec(&p, "/staff/screenings/drafts/{id}/file", run, Staff),
            post(crate::screening::review::file),
        ),
        (
            spec(&p, "/staff/screenings/drafts/{id}/discard", run, Staff),
            post(crate::screening::review::discard),
        ),
        (
            spec(&g, "/staff/screenings/{id}", run, Staff),
            get(crate::screening::view::show),
        ),
        (
            spec(&p, "/staff/screenings/{id}/send", run, Staff),
            post(crate::screening::view::send),
        ),
        (
            spec(&g, "/victim-info", Public, RouteArea::Public),
            get(crate::screening::victim_info::choose),
        ),
        (
            spec(&g, "/victim-info/{lang}", Public, RouteArea::Public),
            get(crate::screening::victim_info::page),
        ),
    ]
}
