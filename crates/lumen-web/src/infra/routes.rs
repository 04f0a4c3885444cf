//! The route table: every route, its method and the access it needs, in one place. The router
//! is built from it and the role × route test walks it.

use crate::infra::state::AppState;
use axum::routing::MethodRouter;

pub use crate::infra::route_spec::{RouteArea, RouteSpec};

/// Every route with its handler: each feature's routes, joined.
pub fn table() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    [
        crate::public::routes(),
        crate::auth::routes(),
        crate::home::routes(),
        crate::admin::routes(),
        crate::cases::routes(),
        crate::reports::routes(),
        crate::partner::routes(),
        crate::screening::routes(),
        crate::training::routes(),
        crate::triage::routes(),
        crate::search::routes(),
    ]
    .into_iter()
    .flatten()
    .collect()
}

/// The path templates of the public area, whose traffic is never counted in metrics.
pub(crate) fn public_paths() -> &'static std::collections::BTreeSet<&'static str> {
    static PATHS: std::sync::OnceLock<std::collections::BTreeSet<&'static str>> =
        std::sync::OnceLock::new();
    PATHS.get_or_init(|| {
        declared()
            .into_iter()
            .filter(|s| s.area == RouteArea::Public)
            .map(|s| s.path)
            .collect()
    })
}

/// Every declared route, without handlers.
pub fn declared() -> Vec<RouteSpec> {
    table().into_iter().map(|(s, _)| s).collect()
}
