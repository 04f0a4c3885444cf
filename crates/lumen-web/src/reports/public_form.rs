//! Reading the public forms that may carry images (`/report`, `/follow-up/message`): as
//! `multipart/form-data` (what the pages send) or `application/x-www-form-urlencoded` (text only).
//! Reading never fails: whatever arrived whole is kept, and what went wrong is listed as
//! problems, so that the form can come back with everything the person typed. Text that is not
//! valid UTF-8 is kept lossily and named; images are only collected here (checked later).

use axum::body::to_bytes;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::{StatusCode, header};
use bytes::Bytes;
use lumen_app::reports::images::{MAX_IMAGE_BYTES, MAX_IMAGES};

/// The name of the file input.
pub const IMAGES_FIELD: &str = "images";
/// The longest text field read, in bytes; longer ones are cut (and then refused as too long).
const MAX_TEXT_BYTES: usize = 128 * 1024;

/// Something wrong with the form as it arrived.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FormProblem {
    /// This field was not valid UTF-8; its value was kept with replacement characters.
    InvalidUtf8(String),
    /// More than [`MAX_IMAGES`] images.
    TooManyImages,
    /// An image over [`MAX_IMAGE_BYTES`].
    ImageTooLarge,
    /// The body ended early or was not valid multipart.
    Broken,
    /// The whole body was over the route's limit.
    TooLarge,
}

impl FormProblem {
    /// The translation key of its message.
    pub fn message_key(&self) -> &'static str {
        match self {
            FormProblem::InvalidUtf8(_) => "report-error-invalid-text",
            FormProblem::TooManyImages => "report-error-image-too-many",
            FormProblem::ImageTooLarge => "report-error-image-too-large",
            FormProblem::Broken => "report-error-form-broken",
            FormProblem::TooLarge => "report-error-form-too-large",
        }
    }
}

/// A public form as it arrived.
#[derive(Debug, Default)]
pub struct PublicForm {
    /// Text fields in order (repeated names kept).
    pub fields: Vec<(String, String)>,
    /// The images sent (empty file inputs are skipped).
    pub images: Vec<Bytes>,
    /// What went wrong, in order, without repeats.
    pub problems: Vec<FormProblem>,
    /// A file was chosen (even one that did not arrive whole or was refused).
    images_chosen: bool,
}

impl PublicForm {
    /// The last value of `name`, or `""`.
    pub fn get(&self, name: &str) -> &str {
        self.fields
            .iter()
            .rev()
            .find(|(k, _)| k == name)
            .map_or("", |(_, v)| v.as_str())
    }

    fn problem(&mut self, p: FormProblem) {
        if !self.problems.contains(&p) {
            self.problems.push(p);
        }
    }

    fn text(&mut self, name: String, bytes: &[u8]) {
        match std::str::from_utf8(bytes) {
            Ok(v) => self.fields.push((name, v.to_owned())),
            Err(_) => {
                let value = String::from_utf8_lossy(bytes).into_owned();
                self.problem(FormProblem::InvalidUtf8(name.clone()));
                self.fields.push((name, value));
            }
        }
    }

    /// Whether the person attached images, or tried to (they must choose them again).
    pub fn had_images(&self) -> bool {
        self.images_chosen
            || !self.images.is_empty()
            || self.problems.contains(&FormProblem::TooLarge)
    }

    async fn read_multipart(&mut self, mut multipart: Multipart) {
        let mut parts = 0usize;
        loop {
            let mut field = match multipart.next_field().await {
                Ok(Some(f)) => f,
                // Every page's form has fields: none at all means the body did not match its
                // declared boundary.
                Ok(None) if parts == 0 => return self.problem(FormProblem::Broken),
                Ok(None) => return,
                Err(e) => return self.broken(e.status()),
            };
            parts += 1;
            let name = field.name().unwrap_or_default().to_owned();
            let is_image = name == IMAGES_FIELD;
            if is_image && field.file_name().is_some_and(|n| !n.is_empty()) {
                self.images_chosen = true;
            }
            let cap = if is_image {
                MAX_IMAGE_BYTES
            } else {
                MAX_TEXT_BYTES
            };
            let mut data = Vec::new();
            let mut over = false;
            loop {
                match field.chunk().await {
                    Ok(Some(chunk)) if !over && data.len() + chunk.len() <= cap => {
                        data.extend_from_slice(&chunk);
                    }
                    Ok(Some(chunk)) => {
                        if !over {
                            let room = cap.saturating_sub(data.len());
                            data.extend_from_slice(&chunk[..room.min(chunk.len())]);
                        }
                        over = true;
                    }
                    Ok(None) => break,
                    Err(e) => return self.broken(e.status()),
                }
            }
            if !is_image {
                self.text(name, &data);
            } else if over {
                self.problem(FormProblem::ImageTooLarge);
            } else if data.is_empty() {
                // An empty file input: nothing was chosen.
            } else if self.images.len() >= MAX_IMAGES {
                self.problem(FormProblem::TooManyImages);
            } else {
                self.images.push(Bytes::from(data));
            }
        }
    }

    fn broken(&mut self, status: StatusCode) {
        self.problem(if status == StatusCode::PAYLOAD_TOO_LARGE {
            FormProblem::TooLarge
        } else {
            FormProblem::Broken
        });
    }

    fn read_urlencoded(&mut self, body: &[u8]) {
        for pair in body.split(|b| *b == b'&').filter(|p| !p.is_empty()) {
            let mut kv = pair.splitn(2, |b| *b == b'=');
            let key = decode(kv.next().unwrap_or_default());
            let value = decode(kv.next().unwrap_or_default());
            let key = String::from_utf8_lossy(&key).into_owned();
            self.text(key, &value);
        }
    }
}

fn decode(raw: &[u8]) -> Vec<u8> {
    let spaced: Vec<u8> = raw
        .iter()
        .map(|b| if *b == b'+' { b' ' } else { *b })
        .collect();
    percent_encoding::percent_decode(&spaced).collect()
}

impl<S: Send + Sync> FromRequest<S> for PublicForm {
    type Rejection = std::convert::Infallible;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let mut form = PublicForm::default();
        let content_type = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or_default()
            .to_ascii_lowercase();
        if content_type.starts_with("multipart/form-data") {
            match Multipart::from_request(req, state).await {
                Ok(m) => form.read_multipart(m).await,
                Err(_) => form.problem(FormProblem::Broken),
            }
        } else if content_type.starts_with("application/x-www-form-urlencoded") {
            match to_bytes(req.into_body(), usize::MAX).await {
                Ok(body) => form.read_urlencoded(&body),
                Err(_) => form.problem(FormProblem::TooLarge),
            }
        } else {
            form.problem(FormProblem::Broken);
        }
        Ok(form)
    }
}
