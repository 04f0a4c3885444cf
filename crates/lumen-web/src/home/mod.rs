//! Each role's home page.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get};
use lumen_domain::Permission::*;

pub mod page;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use RouteArea::Staff;
    let g = Method::GET;
    vec![(
        spec(&g, "/staff", Access::Permission(ViewHome), Staff),
        get(crate::home::page::home),
    )]
}
