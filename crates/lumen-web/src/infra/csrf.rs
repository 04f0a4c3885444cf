//! CSRF protection: every state-changing request carries the session's token (or, before
//! sign-in, the pre-session cookie's) in a `csrf` form field (URL-encoded or multipart). A wrong or missing token is
//! answered 403 before any handler runs, so nothing changes.

use crate::infra::context::RequestContext;
use crate::infra::error::WebError;
use axum::body::{Body, to_bytes};
use axum::extract::{Request, State};
use axum::http::{Method, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

use crate::infra::state::AppState;

/// The public reporting channel's forms, which carry no token: the public area sets no cookie,
/// so there is no session or pre-session for a token to ride on, and no ambient credential for
/// a forged request to abuse. A reporter authenticates on every follow-up request by typing
/// (or carrying in the form) the receipt itself, which a third-party site cannot know.
pub const PUBLIC_FORMS: [&str; 3] = ["/report", "/follow-up", "/follow-up/message"];

/// Checks the token on POST, PUT, PATCH and DELETE (except [`PUBLIC_FORMS`]).
pub async fn check_csrf(State(state): State<AppState>, req: Request, next: Next) -> Response {
    if matches!(*req.method(), Method::GET | Method::HEAD | Method::OPTIONS)
        || PUBLIC_FORMS.contains(&req.uri().path())
    {
        return next.run(req).await;
    }
    let expected = req
        .extensions()
        .get::<RequestContext>()
        .map(|c| c.csrf.clone())
        .unwrap_or_default();
    let is_form = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("application/x-www-form-urlencoded"));
    let header_token = req
        .headers()
        .get("x-csrf-token")
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned);
    let multipart_type = req
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.starts_with("multipart/form-data"))
        .map(str::to_owned);
    let (parts, body) = req.into_parts();
    let limit = state.server().max_body_bytes;
    let bytes = match to_bytes(body, limit).await {
        Ok(b) => b,
        Err(_) => return WebError::PayloadTooLarge.into_response(),
    };
    let form_token = if is_form {
        serde_urlencoded::from_bytes::<Vec<(String, String)>>(&bytes)
            .ok()
            .and_then(|pairs| pairs.into_iter().find(|(k, _)| k == "csrf").map(|(_, v)| v))
    } else if let Some(content_type) = multipart_type {
        multipart_token(&content_type, bytes.clone()).await
    } else {
        None
    };
    let given = form_token.or(header_token).unwrap_or_default();
    if expected.is_empty() || !lumen_crypto::constant_time_eq(given.as_bytes(), expected.as_bytes())
    {
        return WebError::CsrfMismatch.into_response();
    }
    next.run(Request::from_parts(parts, Body::from(bytes)))
        .await
}

/// The `csrf` field of a multipart body (a form with a file), read from the buffered bytes.
async fn multipart_token(content_type: &str, bytes: axum::body::Bytes) -> Option<String> {
    use axum::extract::{FromRequest, Multipart};
    let req = Request::builder()
        .header(header::CONTENT_TYPE, content_type)
        .body(Body::from(bytes))
        .ok()?;
    let mut parts = Multipart::from_request(req, &()).await.ok()?;
    while let Ok(Some(field)) = parts.next_field().await {
        if field.name() == Some("csrf") {
            return field.text().await.ok();
        }
    }
    None
}
