//! Error responses turned into translated pages, in the layout of the area they belong to.

use crate::context::RequestContext;
use crate::error::WebError;
use crate::page::Page;
use askama::Template;
use axum::extract::Request;
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{Html, IntoResponse, Response};

#[derive(Template)]
#[template(path = "error.html")]
struct ErrorPage {
    page: Page,
    title: String,
    message: String,
}

/// Replaces error responses (ours, the router's 404/405, the body limit's 413, the timeout's
/// 408) by a translated page in the request's language.
pub async fn render_error_pages(req: Request, next: Next) -> Response {
    let fallback_lang = crate::i18n::negotiate(
        None,
        crate::context::cookie(req.headers(), crate::context::LANG_COOKIE),
        req.headers()
            .get(header::ACCEPT_LANGUAGE)
            .and_then(|v| v.to_str().ok()),
    );
    let res = next.run(req).await;
    let ctx = res.extensions().get::<RequestContext>().cloned();
    let is_html = res
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.starts_with("text/html"));
    let err = match res.extensions().get::<WebError>() {
        Some(e) => e.clone(),
        None if !is_html && (res.status().is_client_error() || res.status().is_server_error()) => {
            match WebError::from_status(res.status()) {
                Some(e) if res.status() != StatusCode::SERVICE_UNAVAILABLE => e,
                _ => return res,
            }
        }
        None => return res,
    };
    let page = match ctx {
        Some(c) => Page::from_context(&c),
        None => Page::anonymous(fallback_lang),
    };
    let lang = page.lang;
    let message = match &err {
        WebError::BadRequest { field } => lang.t_args(
            "error-bad-request-field",
            &[("field", lang.t(&format!("field-{field}")).into())],
        ),
        other => lang.t(&format!("error-{}-text", other.code())),
    };
    let title = lang.t(&format!("error-{}-title", err.code()));
    let body = ErrorPage {
        page,
        title,
        message,
    }
    .render()
    .unwrap_or_default();
    let mut out = (err.status(), Html(body)).into_response();
    for (k, v) in res.headers() {
        if k == header::SET_COOKIE {
            out.headers_mut().append(k, v.clone());
        }
    }
    out
}
