//! Building the application and serving it with graceful shutdown.

use crate::access::guard;
use crate::body_limit::limit_body;
use crate::context::load_context;
use crate::csrf::check_csrf;
use crate::error::{WebError, render_error_pages};
use crate::headers::security_headers;
use crate::metrics::track;
use crate::routes::{self, RouteArea};
use crate::state::AppState;
use axum::Router;
use axum::http::StatusCode;
use axum::middleware::{from_fn, from_fn_with_state};
use std::future::Future;
use std::time::Duration;
use tokio::net::TcpListener;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::compression::CompressionLayer;
use tower_http::timeout::TimeoutLayer;

/// The application for the configured area(s).
pub fn build_app(state: AppState) -> Router {
    let area = state.server().area;
    // The report form's catalogue is compiled in: check it now rather than on the first report.
    crate::report_forms::ReportForms::builtin();
    let mut router: Router<AppState> = Router::new();
    for (spec, handler) in routes::table() {
        let served = match spec.area {
            RouteArea::Common => true,
            RouteArea::Public => area.serves_public(),
            RouteArea::Staff => area.serves_staff(),
        };
        if served {
            let access = spec.access;
            let guard_state = state.clone();
            router = router.route(
                spec.path,
                handler.route_layer(from_fn(move |req, next| {
                    guard(guard_state.clone(), access, req, next)
                })),
            );
        }
    }
    let server = state.server().clone();
    router
        .fallback(|| async { WebError::NotFound })
        .layer(from_fn_with_state(state.clone(), check_csrf))
        .layer(from_fn_with_state(state.clone(), load_context))
        .layer(from_fn_with_state(state.clone(), limit_body))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(server.request_timeout_secs),
        ))
        .layer(from_fn(render_error_pages))
        .layer(from_fn_with_state(state.clone(), security_headers))
        .layer(from_fn_with_state(state.clone(), track))
        .layer(CatchPanicLayer::new())
        .layer(CompressionLayer::new())
        .with_state(state)
}

/// Serves until `shutdown` completes, then finishes the requests under way.
pub async fn serve(
    state: AppState,
    listener: TcpListener,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    let app = build_app(state);
    // The peer address reaches handlers only as `ConnectInfo`, read by the follow-up limiter,
    // which keeps nothing but a keyed hash of it.
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<std::net::SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}
