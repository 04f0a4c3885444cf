//! What every page of the public reporting channel shares: the language (from `?lang=` or a
//! hidden form field, never a cookie), the escape link and its script, and the emergency
//! numbers.

use crate::infra::i18n::{Lang, report_langs};
use crate::infra::state::AppState;
use crate::infra::static_files;
use axum::http::{HeaderMap, header};
use fluent_templates::fluent_bundle::FluentValue;

/// Layout context of a public page.
pub struct PublicPage {
    /// Language.
    pub lang: Lang,
    /// Where the escape link leads.
    pub escape_url: String,
    /// Stylesheet URL.
    pub css: String,
    /// URL of the escape script.
    pub escape_js: String,
    /// Path of this page, for the language links.
    pub here: String,
}

impl PublicPage {
    /// Builds the layout context.
    pub fn new(state: &AppState, lang: Lang, here: impl Into<String>) -> Self {
        let escape_url = state.reports().map_or_else(
            |_| lumen_app::reports::intake::DEFAULT_ESCAPE_URL.to_owned(),
            |k| k.escape_url.clone(),
        );
        Self {
            lang,
            escape_url,
            css: static_files::url("css/lumen.css"),
            escape_js: static_files::url("js/escape.js"),
            here: here.into(),
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

    /// Translates `key` with a count `$count` (plural rules of the language).
    pub fn tn(&self, key: &str, count: usize) -> String {
        self.lang
            .t_args(key, &[("count", FluentValue::from(count as u64))])
    }

    /// The languages offered.
    pub fn langs(&self) -> &'static [Lang] {
        report_langs()
    }
}

/// The language asked for by `?lang=` (or a form field), else `Accept-Language`, else French.
pub fn report_lang(asked: Option<&str>, headers: &HeaderMap) -> Lang {
    let langs = report_langs();
    if let Some(l) = asked.and_then(|c| langs.iter().find(|l| l.code == c)) {
        return *l;
    }
    headers
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(',')
        .filter_map(|part| {
            let tag = part.split(';').next()?.trim().to_ascii_lowercase();
            let primary = tag.split(['-', '_']).next().unwrap_or("").to_owned();
            langs.iter().find(|l| l.code == primary).copied()
        })
        .next()
        .unwrap_or(langs[0])
}

/// `?lang=` on a public page.
#[derive(serde::Deserialize, Default)]
pub struct LangQuery {
    /// Language code.
    #[serde(default)]
    pub lang: Option<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(header::ACCEPT_LANGUAGE, value.parse().unwrap());
        h
    }

    #[test]
    fn language_comes_from_the_query_then_the_header_then_french() {
        assert_eq!(report_lang(Some("ar"), &accept("nl")).code, "ar");
        assert_eq!(
            report_lang(Some("xx"), &accept("ar-MA, fr;q=0.5")).code,
            "ar"
        );
        assert_eq!(report_lang(None, &accept("ja-JP, nl-BE;q=0.8")).code, "nl");
        assert_eq!(report_lang(None, &accept("de-DE, nl-BE;q=0.8")).code, "de");
        assert_eq!(report_lang(None, &accept("uk-UA")).code, "uk");
        assert_eq!(report_lang(None, &accept("zh-CN, zh;q=0.9")).code, "zh");
        assert_eq!(report_lang(None, &HeaderMap::new()).code, "fr");
        assert_eq!(report_lang(None, &accept("ja")).code, "fr");
    }
}
