//! The public information for a person who may be a victim, in twelve languages. Its pages
//! have their own layout (printable), with the escape link of the public area first: every
//! text on them comes from `victim-info.ftl`.

use crate::infra::error::WebError;
use crate::infra::i18n::{Lang, PUBLIC_LANGS};
use crate::infra::state::AppState;
use crate::infra::static_files;
use askama::Template;
use askama_web::WebTemplate;
use axum::extract::{Path, Query, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};

#[derive(Template, WebTemplate)]
#[template(path = "screening/victim_info.html")]
struct InfoPage {
    lang: Lang,
    print: bool,
    langs: &'static [Lang],
    css: String,
    escape: Escape,
}

#[derive(Template, WebTemplate)]
#[template(path = "screening/victim_info_choose.html")]
struct ChoosePage {
    lang: Lang,
    langs: &'static [Lang],
    css: String,
    escape: Escape,
}

/// The escape link of the public area: where it leads, its label, its script.
struct Escape {
    url: String,
    label: String,
    script: String,
}

impl Escape {
    fn new(state: &AppState, lang: Lang) -> Self {
        let page = crate::public::layout::PublicPage::new(state, lang, "/victim-info");
        Self {
            url: page.escape_url,
            label: lang.t("victim-info-escape"),
            script: page.escape_js,
        }
    }
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
pub async fn choose(State(state): State<AppState>, headers: HeaderMap) -> Response {
    let lang = preferred(&headers);
    ChoosePage {
        lang,
        langs: &PUBLIC_LANGS,
        css: static_files::url("css/lumen.css"),
        escape: Escape::new(&state, lang),
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
    State(state): State<AppState>,
    Path(code): Path<String>,
    Query(q): Query<InfoQuery>,
) -> Result<Response, WebError> {
    let lang = Lang::public(&code).ok_or(WebError::NotFound)?;
    Ok(InfoPage {
        lang,
        print: q.print.is_some(),
        langs: &PUBLIC_LANGS,
        css: static_files::url("css/lumen.css"),
        escape: Escape::new(&state, lang),
    }
    .into_response())
}
