//! One error type for the web area. It maps to a status code and a stable message code; the
//! [`crate::infra::error_pages::render_error_pages`] middleware turns it into a translated page.
//! Internals never leak.

use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use lumen_store::StoreError;

/// What went wrong, as the user should hear it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum WebError {
    /// No such page or object.
    #[error("not_found")]
    NotFound,
    /// Signed in, but the role does not allow it.
    #[error("forbidden")]
    Forbidden,
    /// The form's CSRF token is missing or wrong.
    #[error("csrf_mismatch")]
    CsrfMismatch,
    /// A form field is missing or malformed.
    #[error("bad_request")]
    BadRequest {
        /// The field's name.
        field: String,
    },
    /// The body is too large.
    #[error("payload_too_large")]
    PayloadTooLarge,
    /// The database does not answer.
    #[error("unavailable")]
    Unavailable,
    /// Anything else; details go to the log, not to the user.
    #[error("internal")]
    Internal,
}

impl From<lumen_app::AppError> for WebError {
    fn from(e: lumen_app::AppError) -> Self {
        match e {
            lumen_app::AppError::NotFound => WebError::NotFound,
            lumen_app::AppError::Unavailable => WebError::Unavailable,
            lumen_app::AppError::Internal => WebError::Internal,
            lumen_app::AppError::Store(e) => WebError::from(e),
        }
    }
}

impl WebError {
    /// The status code.
    pub fn status(&self) -> StatusCode {
        match self {
            WebError::NotFound => StatusCode::NOT_FOUND,
            WebError::Forbidden | WebError::CsrfMismatch => StatusCode::FORBIDDEN,
            WebError::BadRequest { .. } => StatusCode::BAD_REQUEST,
            WebError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            WebError::Unavailable => StatusCode::SERVICE_UNAVAILABLE,
            WebError::Internal => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    /// The stable message code, translated as `error-<code>`.
    pub fn code(&self) -> &'static str {
        match self {
            WebError::NotFound => "not-found",
            WebError::Forbidden => "forbidden",
            WebError::CsrfMismatch => "csrf",
            WebError::BadRequest { .. } => "bad-request",
            WebError::PayloadTooLarge => "too-large",
            WebError::Unavailable => "unavailable",
            WebError::Internal => "internal",
        }
    }

    pub(crate) fn from_status(status: StatusCode) -> Option<WebError> {
        Some(match status {
            StatusCode::NOT_FOUND | StatusCode::METHOD_NOT_ALLOWED => WebError::NotFound,
            StatusCode::PAYLOAD_TOO_LARGE => WebError::PayloadTooLarge,
            StatusCode::REQUEST_TIMEOUT | StatusCode::SERVICE_UNAVAILABLE => WebError::Unavailable,
            StatusCode::BAD_REQUEST
            | StatusCode::UNPROCESSABLE_ENTITY
            | StatusCode::UNSUPPORTED_MEDIA_TYPE => WebError::BadRequest {
                field: "form".into(),
            },
            StatusCode::INTERNAL_SERVER_ERROR => WebError::Internal,
            _ => return None,
        })
    }
}

impl From<StoreError> for WebError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Unavailable(_) => {
                tracing::warn!(code = e.code(), "database unavailable");
                WebError::Unavailable
            }
            StoreError::NotFound(_) => WebError::NotFound,
            other => {
                tracing::error!(code = other.code(), error = %other, "store error");
                WebError::Internal
            }
        }
    }
}

impl IntoResponse for WebError {
    fn into_response(self) -> Response {
        let mut res = (self.status(), self.code()).into_response();
        res.extensions_mut().insert(self);
        res
    }
}
