//! What the public area shares (layout, language), its information pages, the root and health routes.

use crate::infra::access::Access;
use crate::infra::route_spec::{RouteArea, RouteSpec, spec};
use crate::infra::state::AppState;
use axum::http::Method;
use axum::routing::{MethodRouter, get, post};

pub mod info;
pub mod layout;
pub mod system;

/// This feature's routes, joined into the route table by [`crate::infra::routes::table`].
pub(crate) fn routes() -> Vec<(RouteSpec, MethodRouter<AppState>)> {
    use Access::Public;
    use RouteArea::{Common, Staff};
    let g = Method::GET;
    let p = Method::POST;
    vec![
        (
            spec(&g, "/", Public, Common),
            get(crate::public::system::root),
        ),
        (
            spec(&g, "/healthz", Public, Common),
            get(crate::public::system::healthz),
        ),
        (
            spec(&g, "/static/{*file}", Public, Common),
            get(crate::infra::static_files::serve_static),
        ),
        (
            spec(&p, "/language", Public, Staff),
            post(crate::public::system::set_language),
        ),
        (
            spec(&g, "/what-happens", Public, RouteArea::Public),
            get(crate::public::info::what_happens),
        ),
        (
            spec(&g, "/what-we-keep", Public, RouteArea::Public),
            get(crate::public::info::what_we_keep),
        ),
        (
            spec(&g, "/your-rights", Public, RouteArea::Public),
            get(crate::public::info::rights),
        ),
        (
            spec(&g, "/emergency", Public, RouteArea::Public),
            get(crate::public::info::emergency),
        ),
    ]
}
