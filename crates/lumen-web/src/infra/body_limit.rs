//! Request body limits: the configured limit everywhere, except the two public forms that carry
//! images, which get room for five images at their largest. A body declared larger than its
//! limit is refused (413) before it is read; a body that grows past it while being read ends
//! there. The image forms read their body themselves and come back with what was typed.

use crate::infra::error::WebError;
use crate::infra::state::AppState;
use axum::body::Body;
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use http_body_util::Limited;
use lumen_app::reports::images::UPLOAD_MAX_BODY_BYTES;

/// The forms that may carry images.
pub const UPLOAD_FORMS: [&str; 2] = ["/report", "/follow-up/message"];

/// The limit of a request.
pub fn limit_for(method: &Method, path: &str, default: usize) -> usize {
    if *method == Method::POST && UPLOAD_FORMS.contains(&path) {
        UPLOAD_MAX_BODY_BYTES
    } else {
        default
    }
}

/// Applies the limit of each request to its body.
pub async fn limit_body(State(state): State<AppState>, req: Request, next: Next) -> Response {
    let limit = limit_for(
        req.method(),
        req.uri().path(),
        state.server().max_body_bytes,
    );
    let declared = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit as u64) {
        return WebError::PayloadTooLarge.into_response();
    }
    next.run(req.map(|b| Body::new(Limited::new(b, limit))))
        .await
}
