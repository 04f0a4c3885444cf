//! Form extraction whose failures name the field, in the user's language.

use crate::infra::error::WebError;
use axum::extract::{FromRequest, Request};
use serde::de::DeserializeOwned;

/// Like `axum::Form`, but a malformed form is a [`WebError::BadRequest`] naming the field.
pub struct ValidForm<T>(pub T);

impl<T, S> FromRequest<S> for ValidForm<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = WebError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        match axum::Form::<T>::from_request(req, state).await {
            Ok(axum::Form(v)) => Ok(ValidForm(v)),
            Err(rejection) => {
                let text = rejection.body_text();
                let field = text
                    .split('`')
                    .nth(1)
                    .filter(|f| f.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or("form")
                    .replace('_', "-");
                Err(WebError::BadRequest { field })
            }
        }
    }
}
