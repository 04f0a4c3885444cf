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

/// A refused field of a form: the id of its input (the error summary links to it; `form` for
/// the form as a whole) and the translated message.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The input's id, or `form`.
    pub field: String,
    /// The translated message.
    pub message: String,
}

/// The refused fields of a form, in the order of the form: `templates/error_summary.html`
/// lists them at the top of the page, each linking to its field, and each field shows its own
/// beside it.
#[derive(Debug, Clone, Default)]
pub struct FieldErrors(Vec<FieldError>);

impl FieldErrors {
    /// Adds the message of a refused field.
    pub fn add(&mut self, field: &str, message: String) {
        self.0.push(FieldError {
            field: field.to_owned(),
            message,
        });
    }

    /// Whether every field was accepted.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Every refused field.
    pub fn list(&self) -> &[FieldError] {
        &self.0
    }

    /// The message of a field, if it was refused.
    pub fn get(&self, field: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|e| e.field == field)
            .map(|e| e.message.as_str())
    }

    /// Whether a field was refused (its input is marked invalid).
    pub fn has(&self, field: &str) -> bool {
        self.get(field).is_some()
    }
}
