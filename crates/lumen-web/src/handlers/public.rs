//! What every page of the public reporting channel shares: the language (from `?lang=` or a
//! hidden form field, never a cookie), the escape link and the emergency numbers.

use crate::i18n::{Lang, STAFF_LANGS};
use crate::state::AppState;
use crate::static_files;
use axum::http::{HeaderMap, header};
use fluent_templates::fluent_bundle::FluentValue;

/// The languages of the reporting pages, each named in itself.
pub const REPORT_LANGS: [Lang; 3] = STAFF_LANGS;

/// Layout context of a public page.
pub struct PublicPage {
    /// Language.
    pub lang: Lang,
    /// Where the escape link leads.
    pub escape_url: String,
    /// Stylesheet URL.
    pub css: String,
    /// Path of this page, for the language links.
    pub here: &'static str,
}

impl PublicPage {
    /// Builds the layout context.
    pub fn new(state: &AppState, lang: Lang, here: &'static str) -> Self {
        let escape_url = state.reports().map_or_else(
            |_| crate::intake::DEFAULT_ESCAPE_URL.to_owned(),
            |k| k.escape_url.clone(),
        );
        Self {
            lang,
            escape_url,
            css: static_files::url("css/lumen.css"),
            here,
        }
    }

    /// Translates `key`.
    pub fn t(&self, key: &str) -> String {
        self.lang.t(key)
    }

    /// Translates `key` with one argument.
    pub fn t1(&self, key: &str, name: &str, value: &str) -> String {
        self.lang
            .t_args(key, &[(name, FluentValue::from(value.to_owned()))])
    }

    /// The languages offered.
    pub fn langs(&self) -> &'static [Lang] {
        &REPORT_LANGS
    }
}

/// The language asked for by `?lang=` (or a form field), else `Accept-Language`, else French.
pub fn report_lang(asked: Option<&str>, headers: &HeaderMap) -> Lang {
    if let Some(l) = asked.and_then(|c| REPORT_LANGS.into_iter().find(|l| l.code == c)) {
        return l;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let tag = part.split(';').next()?.trim().to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_owned();
            REPORT_LANGS.into_iter().find(|l| l.code == primary)
        })
        .next()
        .unwrap_or(REPORT_LANGS[0])
}

/// `?lang=` on a public page.
#[derive(serde::Deserialize, Default)]
pub struct LangQuery {
    /// Language code.
    #[serde(default)]
    pub lang: Option<String>,
}
