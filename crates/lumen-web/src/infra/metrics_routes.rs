//! Timing every request into [`crate::infra::metrics::Metrics`], and the metrics listener's own
//! application.

use crate::infra::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::time::Instant;

/// Times every request.
pub async fn track(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let start = Instant::now();
    let method = req.method().as_str().to_owned();
    let route = req
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .unwrap_or_else(|| "unmatched".into());
    if crate::infra::routes::public_paths().contains(route.as_str()) {
        return next.run(req).await;
    }
    let res = next.run(req).await;
    state.metrics().record(
        &method,
        &route,
        res.status().as_u16(),
        start.elapsed().as_secs_f64(),
    );
    res
}

/// The metrics listener's application: `GET /metrics`, nothing else.
pub fn metrics_app(state: AppState) -> axum::Router {
    axum::Router::new()
        .route("/metrics", axum::routing::get(metrics))
        .with_state(state)
}

/// `GET /metrics`.
async fn metrics(State(state): State<AppState>) -> Response {
    (
        [(
            axum::http::header::CONTENT_TYPE,
            crate::infra::metrics::CONTENT_TYPE,
        )],
        state.metrics().render(),
    )
        .into_response()
}
