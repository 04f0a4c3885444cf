//! Error responses turned into translated pages, in the layout of the area they belong to.

use crate::infra::context::RequestContext;
use crate::infra::error::WebError;
use crate::infra::i18n::Lang;
use crate::infra::page::Page;
use crate::infra::state::AppState;
use crate::public::layout::{PublicPage, report_lang};
use askama::Template;
use axum::extract::{Request, State};
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

#[derive(Template)]
#[template(path = "public/error.html")]
struct PublicErrorPage {
    page: PublicPage,
    title: String,
    message: String,
}

/// Whether a path belongs to the staff area (its pages have the staff layout); everything else
/// is shown in the public layout, in the public area's languages.
fn is_staff_path(path: &str) -> bool {
    path == "/staff" || path.starts_with("/staff/") || path == "/language"
}

/// The public area's error page: its layout, its languages, and texts that never assume the
/// visitor is staff.
fn public_error_page(state: &AppState, lang: Lang, err: &WebError) -> String {
    let code = match err {
        WebError::NotFound | WebError::Unavailable | WebError::PayloadTooLarge => err.code(),
        WebError::BadRequest { .. } | WebError::CsrfMismatch => "bad-request",
        WebError::Forbidden => "not-found",
        WebError::Internal => "internal",
    };
    let page = PublicPage::new(state, lang, "/");
    PublicErrorPage {
        title: page.t(&format!("public-error-{code}-title")),
        message: page.t(&format!("public-error-{code}-text")),
        page,
    }
    .render()
    .unwrap_or_default()
}

/// Replaces error responses (ours, the router's 404/405, the body limit's 413, the timeout's
/// 408) by a translated page in the request's language, in the layout of its area.
pub async fn render_error_pages(
    State(state): State<AppState>,
    req: Request,
    next: Next,
) -> Response {
    let staff = is_staff_path(req.uri().path());
    let public_lang = report_lang(
        req.uri()
            .query()
            .and_then(|q| {
                q.split('&')
                    .find_map(|kv| kv.strip_prefix("lang="))
                    .map(str::to_owned)
            })
            .as_deref(),
        req.headers(),
    );
    let fallback_lang = crate::infra::i18n::negotiate(
        None,
        crate::infra::context::cookie(req.headers(), crate::infra::context::LANG_COOKIE),
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
    if !staff {
        let body = public_error_page(&state, public_lang, &err);
        return with_cookies((err.status(), Html(body)).into_response(), &res);
    }
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
    with_cookies((err.status(), Html(body)).into_response(), &res)
}

/// The error page keeps the cookies the failed response set.
fn with_cookies(mut out: Response, res: &Response) -> Response {
    for (k, v) in res.headers() {
        if k == header::SET_COOKIE {
            out.headers_mut().append(k, v.clone());
        }
    }
    out
}
