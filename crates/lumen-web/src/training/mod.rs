//! The training registry: coverage, officers and referents, courses, sessions and the officers' import.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};
use lumen_domain::Permission::*;

pub mod courses;
pub mod edit;
pub mod import;
pub mod officers;
pub mod registry;
pub mod sessions;
pub mod upload;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use RouteArea::Staff;
    let manage_training = Access::Permission(ManageTraining);
    let unit_training = Access::Permission(ViewUnitTraining);
    let own_training = Access::Permission(ViewOwnTraining);
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/staff/training", unit_training, Staff),
            get(crate::training::registry::dashboard),
        ),
        (
            spec(&g, "/staff/training/coverage.csv", unit_training, Staff),
            get(crate::training::registry::coverage_csv),
        ),
        (
            spec(&g, "/staff/training/mine", own_training, Staff),
            get(crate::training::registry::mine),
        ),
        (
            spec(&g, "/staff/training/courses", manage_training, Staff),
            get(crate::training::courses::courses),
        ),
        (
            spec(&p, "/staff/training/courses", manage_training, Staff),
            post(crate::training::courses::create_course),
        ),
        (
            spec(&g, "/staff/training/courses/{id}", manage_training, Staff),
            get(crate::training::courses::edit),
        ),
        (
            spec(&p, "/staff/training/courses/{id}", manage_training, Staff),
            post(crate::training::courses::update),
        ),
        (
            spec(&g, "/staff/training/officers", manage_training, Staff),
            get(crate::training::officers::officers),
        ),
        (
            spec(&p, "/staff/training/officers", manage_training, Staff),
            post(crate::training::officers::create_officer),
        ),
        (
            spec(
                &g,
                "/staff/training/officers/import",
                manage_training,
                Staff,
            ),
            get(crate::training::import::form),
        ),
        (
            spec(
                &p,
                "/staff/training/officers/import",
                manage_training,
                Staff,
            ),
            post(crate::training::import::check),
        ),
        (
            spec(
                &p,
                "/staff/training/officers/import/confirm",
                manage_training,
                Staff,
            ),
            post(crate::training::import::confirm),
        ),
        (
            spec(&g, "/staff/training/officers/{id}", manage_training, Staff),
            get(crate::training::edit::officer),
        ),
        (
            spec(&p, "/staff/training/officers/{id}", manage_training, Staff),
            post(crate::training::edit::update_officer),
        ),
        (
            spec(&g, "/staff/training/referents", manage_training, Staff),
            get(crate::training::officers::referents),
        ),
        (
            spec(&p, "/staff/training/referents", manage_training, Staff),
            post(crate::training::officers::designate),
        ),
        (
            spec(
                &p,
                "/staff/training/referents/{id}/end",
                manage_training,
                Staff,
            ),
            post(crate::training::edit::end_referent),
        ),
        (
            spec(&g, "/staff/training/sessions", manage_training, Staff),
            get(crate::training::sessions::list),
        ),
        (
            spec(&p, "/staff/training/sessions", manage_training, Staff),
            post(crate::training::sessions::create),
        ),
        (
            spec(&g, "/staff/training/sessions/{id}", manage_training, Staff),
            get(crate::training::sessions::show),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/register",
                manage_training,
                Staff,
            ),
            post(crate::training::sessions::register),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/attendance",
                manage_training,
                Staff,
            ),
            post(crate::training::sessions::attendance),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/cancel",
                manage_training,
                Staff,
            ),
            post(crate::training::sessions::cancel),
        ),
        (
            spec(
                &g,
                "/staff/training/sessions/{id}/edit",
                manage_training,
                Staff,
            ),
            get(crate::training::edit::session),
        ),
        (
            spec(
                &p,
                "/staff/training/sessions/{id}/edit",
                manage_training,
                Staff,
            ),
            post(crate::training::edit::update_session),
        ),
    ]
}
