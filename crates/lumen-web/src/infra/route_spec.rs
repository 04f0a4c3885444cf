//! What a declared route is: its method, path, access and area.

use crate::infra::access::Access;
use axum::http::Method;

/// Which area a route belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RouteArea {
    /// Served by every process (health, static files).
    Common,
    /// The internet-facing public area.
    Public,
    /// The staff area.
    Staff,
}

/// One declared route.
#[derive(Debug, Clone)]
pub struct RouteSpec {
    /// HTTP method.
    pub method: Method,
    /// Path template.
    pub path: &'static str,
    /// What it needs.
    pub access: Access,
    /// Its area.
    pub area: RouteArea,
}

/// A route's declaration.
pub(crate) fn spec(
    method: &Method,
    path: &'static str,
    access: Access,
    area: RouteArea,
) -> RouteSpec {
    RouteSpec {
        method: method.clone(),
        path,
        access,
        area,
    }
}
