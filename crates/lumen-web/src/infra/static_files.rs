//! Static files embedded at build time, served under names that carry their content hash.

use axum::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

include!(concat!(env!("OUT_DIR"), "/static_files.rs"));

/// The URL of a static file by its logical path (e.g. `css/lumen.css`).
pub fn url(logical: &str) -> String {
    FILES
        .iter()
        .find(|(l, ..)| *l == logical)
        .map(|(_, served, ..)| format!("/static/{served}"))
        .unwrap_or_else(|| format!("/static/{logical}"))
}

/// Serves a file by its hashed name, cacheable for a year.
pub async fn serve_static(Path(name): Path<String>) -> Response {
    match FILES.iter().find(|(_, served, ..)| *served == name) {
        Some((_, _, ctype, bytes)) => (
            [
                (header::CONTENT_TYPE, HeaderValue::from_static(ctype)),
                (
                    header::CACHE_CONTROL,
                    HeaderValue::from_static("public, max-age=31536000, immutable"),
                ),
            ],
            *bytes,
        )
            .into_response(),
        None => StatusCode::NOT_FOUND.into_response(),
    }
}
