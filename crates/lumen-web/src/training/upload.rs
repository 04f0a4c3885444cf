//! The officers' import form as sent: a CSV file chosen on the computer (multipart) or text
//! pasted in the box (either encoding of the form). A file wins over the box; UTF-8 with or
//! without a byte-order mark is read; anything else is named, and the box keeps what it had.

use crate::infra::error::WebError;
use axum::extract::{FromRequest, Multipart, Request};
use axum::http::header;
use axum::{Form, RequestExt};

/// What the import form carried.
#[derive(Debug, Default)]
pub struct ImportUpload {
    /// The CSV text: the file's, or else the box's.
    pub csv: String,
    /// The preview's digest (confirmation only).
    pub digest: String,
    /// The chosen file was not UTF-8 text.
    pub not_text: bool,
}

#[derive(serde::Deserialize, Default)]
#[serde(default)]
struct Pasted {
    csv: String,
    digest: String,
}

fn text_of_file(bytes: &[u8]) -> Option<String> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).ok().map(str::to_owned)
}

impl<S: Send + Sync> FromRequest<S> for ImportUpload {
    type Rejection = WebError;

    async fn from_request(req: Request, _state: &S) -> Result<Self, Self::Rejection> {
        let multipart = req
            .headers()
            .get(header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .is_some_and(|v| v.starts_with("multipart/form-data"));
        if !multipart {
            let Form(p) =
                req.extract::<Form<Pasted>, _>()
                    .await
                    .map_err(|_| WebError::BadRequest {
                        field: "csv".into(),
                    })?;
            return Ok(ImportUpload {
                csv: p.csv,
                digest: p.digest,
                not_text: false,
            });
        }
        let mut parts: Multipart = req.extract().await.map_err(|_| WebError::BadRequest {
            field: "csv".into(),
        })?;
        let mut upload = ImportUpload::default();
        let mut file = None;
        while let Some(field) = parts.next_field().await.map_err(|_| WebError::BadRequest {
            field: "csv".into(),
        })? {
            let name = field.name().unwrap_or("").to_owned();
            let bytes = field.bytes().await.map_err(|_| WebError::BadRequest {
                field: name.clone(),
            })?;
            match name.as_str() {
                "csv" => upload.csv = String::from_utf8_lossy(&bytes).into_owned(),
                "digest" => upload.digest = String::from_utf8_lossy(&bytes).into_owned(),
                "file" if !bytes.is_empty() => file = Some(bytes),
                _ => {}
            }
        }
        if let Some(bytes) = file {
            match text_of_file(&bytes) {
                Some(text) => upload.csv = text,
                None => upload.not_text = true,
            }
        }
        Ok(upload)
    }
}

#[cfg(test)]
mod tests {
    use super::text_of_file;

    #[test]
    fn a_file_is_read_as_utf8_with_or_without_its_mark() {
        assert_eq!(text_of_file(b"\xEF\xBB\xBFname;unit").unwrap(), "name;unit");
        assert_eq!(text_of_file("Müller;x".as_bytes()).unwrap(), "Müller;x");
        assert!(
            text_of_file(b"M\xfcller;x").is_none(),
            "Latin-1 is named, not guessed"
        );
    }
}
