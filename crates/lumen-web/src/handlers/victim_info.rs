//! The public information for a person who may be a victim, in twelve languages. Its pages
//! have their own layout: every text on them comes from `victim-info.ftl`.

use crate::error::WebError;
use crate::i18n::{Lang, PUBLIC_LANGS};
use crate::static_files;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

#[derive(Template, WebTemplate)]
#[template(path = "victim_info/page.html")]
struct InfoPage {
    lang: Lang,
    print: bool,
    langs: &'static [Lang],
    css: String,
}

#[derive(Template, WebTemplate)]
#[template(path = "victim_info/choose.html")]
struct ChoosePage {
    lang: Lang,
    langs: &'static [Lang],
    css: String,
}

/// The visitor's language among the twelve, from `Accept-Language`; French otherwise.
fn preferred(headers: &HeaderMap) -> Lang {
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let tag = part.split(';').next()?.trim().to_ascii_lowercase();
            Lang::public(tag.split(['-', '_']).next().unwrap_or(""))
        })
        .next()
        .unwrap_or(PUBLIC_LANGS[0])
}

/// `GET /victim-info`: the list of languages, each named in itself.
pub async fn choose(headers: HeaderMap) -> Response {
    ChoosePage {
        lang: preferred(&headers),
        langs: &PUBLIC_LANGS,
        css: static_files::url("css/lumen.css"),
    }
    .into_response()
}

/// Query of the information page: `?print=1` gives the version to print.
#[derive(serde::Deserialize, Default)]
pub struct InfoQuery {
    #[serde(default)]
    print: Option<String>,
}

/// `GET /victim-info/{lang}`.
pub async fn page(
    Path(code): Path<String>,
    Query(q): Query<InfoQuery>,
) -> Result<Response, WebError> {
    let lang = Lang::public(&code).ok_or(WebError::NotFound)?;
    Ok(InfoPage {
        lang,
        print: q.print.is_some(),
        langs: &PUBLIC_LANGS,
        css: static_files::url("css/lumen.css"),
    }
    .into_response())
}
