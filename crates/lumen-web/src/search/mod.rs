//! Search across cases, persons, notes and reports: `GET /staff/search?q=`. Matches are
//! filtered by what the reader may open; a match in a case outside their compartments is told
//! only as "a match in a restricted case", with its owner, so that access can be asked for.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get};
use lumen_domain::Permission::*;

pub mod results;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    vec![(
        spec(
            &Method::GET,
            "/staff/search",
            Access::Permission(WorkCases),
            RouteArea::Staff,
        ),
        get(crate::search::results::search),
    )]
}
