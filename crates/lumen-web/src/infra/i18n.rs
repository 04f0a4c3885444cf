//! Translations (Fluent files under `locales/`, compiled in) and language negotiation.
//!
//! The staff area speaks French, Dutch and English. The language is chosen by the account's
//! preference, then the `lumen_lang` cookie, then `Accept-Language`, then French.

use fluent_templates::fluent_bundle::FluentValue;
use fluent_templates::{Loader, static_loader};
use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::LazyLock;
use unic_langid::LanguageIdentifier;

static_loader! {
    static LOCALES = {
        locales: "../../locales",
        fallback_language: "fr",
        customise: |bundle| bundle.set_use_isolating(false),
    };
}

/// A language the interface can speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Lang {
    /// BCP 47 code.
    pub code: &'static str,
    /// The language's name in itself.
    pub native_name: &'static str,
    /// Writing direction: `ltr` or `rtl`.
    pub dir: &'static str,
}

/// The staff area's languages, in the order of the switcher.
pub const STAFF_LANGS: [Lang; 3] = [
    Lang {
        code: "fr",
        native_name: "Français",
        dir: "ltr",
    },
    Lang {
        code: "nl",
        native_name: "Nederlands",
        dir: "ltr",
    },
    Lang {
        code: "en",
        native_name: "English",
        dir: "ltr",
    },
];

/// The languages of the public victim information, each named in itself.
pub const PUBLIC_LANGS: [Lang; 12] = [
    STAFF_LANGS[0],
    STAFF_LANGS[1],
    STAFF_LANGS[2],
    Lang {
        code: "ar",
        native_name: "العربية",
        dir: "rtl",
    },
    Lang {
        code: "ro",
        native_name: "Română",
        dir: "ltr",
    },
    Lang {
        code: "bg",
        native_name: "Български",
        dir: "ltr",
    },
    Lang {
        code: "es",
        native_name: "Español",
        dir: "ltr",
    },
    Lang {
        code: "pt",
        native_name: "Português",
        dir: "ltr",
    },
    Lang {
        code: "de",
        native_name: "Deutsch",
        dir: "ltr",
    },
    Lang {
        code: "zh",
        native_name: "中文",
        dir: "ltr",
    },
    Lang {
        code: "uk",
        native_name: "Українська",
        dir: "ltr",
    },
    Lang {
        code: "vi",
        native_name: "Tiếng Việt",
        dir: "ltr",
    },
];

/// The codes of the languages the public reporting area speaks, in the order of its chooser,
/// French first (the default). Adding a language is one line here (it must be one of
/// [`PUBLIC_LANGS`]) and its `locales/<code>/public.ftl`; the locale tests then ask for every
/// public key in it.
pub const REPORT_LANG_CODES: &[&str] = &[
    "fr", "nl", "en", "ar", "ro", "bg", "es", "pt", "de", "zh", "uk", "vi",
];

static REPORT_LANGS: LazyLock<Vec<Lang>> = LazyLock::new(|| {
    REPORT_LANG_CODES
        .iter()
        .map(|code| Lang::public(code).expect("every reporting language is a public language"))
        .collect()
});

/// The languages of the public reporting area, each named in itself.
pub fn report_langs() -> &'static [Lang] {
    &REPORT_LANGS
}

/// The default language.
pub const DEFAULT_LANG: Lang = STAFF_LANGS[0];

impl Lang {
    /// A staff language by code.
    pub fn staff(code: &str) -> Option<Lang> {
        let code = code.trim().to_ascii_lowercase();
        let primary = code.split(['-', '_']).next().unwrap_or("");
        STAFF_LANGS.into_iter().find(|l| l.code == primary)
    }

    /// A language of the public victim information by its exact code.
    pub fn public(code: &str) -> Option<Lang> {
        PUBLIC_LANGS.into_iter().find(|l| l.code == code)
    }

    /// The catalogue language for this staff language.
    pub fn catalogue(self) -> lumen_screening::Lang {
        match self.code {
            "nl" => lumen_screening::Lang::Nl,
            "en" => lumen_screening::Lang::En,
            _ => lumen_screening::Lang::Fr,
        }
    }

    fn id(self) -> LanguageIdentifier {
        self.code.parse().expect("valid language code")
    }

    /// The text for `key`.
    pub fn t(self, key: &str) -> String {
        LOCALES.lookup(&self.id(), key)
    }

    /// The text for `key` with arguments.
    pub fn t_args(self, key: &str, args: &[(&str, FluentValue<'static>)]) -> String {
        let map: HashMap<Cow<'static, str>, FluentValue<'static>> = args
            .iter()
            .map(|(k, v)| (Cow::Owned((*k).to_owned()), v.clone()))
            .collect();
        LOCALES.lookup_with_args(&self.id(), key, &map)
    }

    /// Whether `key` exists in this language (no fallback).
    pub fn has(self, key: &str) -> bool {
        LOCALES.try_lookup(&self.id(), key).is_some()
    }
}

/// Picks the language: preference, cookie, `Accept-Language`, French.
pub fn negotiate(
    preference: Option<&str>,
    cookie: Option<&str>,
    accept_language: Option<&str>,
) -> Lang {
    if let Some(l) = preference
        .and_then(Lang::staff)
        .or_else(|| cookie.and_then(Lang::staff))
    {
        return l;
    }
    if let Some(header) = accept_language {
        let mut candidates: Vec<(f32, Lang)> = header
            .split(',')
            .filter_map(|part| {
                let mut it = part.split(';');
                let tag = it.next()?.trim();
                let q = it
                    .find_map(|p| {
                        p.trim()
                            .strip_prefix("q=")
                            .and_then(|q| q.parse::<f32>().ok())
                    })
                    .unwrap_or(1.0);
                Lang::staff(tag).map(|l| (q, l))
            })
            .filter(|(q, _)| *q > 0.0)
            .collect();
        candidates.sort_by(|a, b| b.0.partial_cmp(&a.0).unwrap_or(std::cmp::Ordering::Equal));
        if let Some((_, l)) = candidates.first() {
            return *l;
        }
    }
    DEFAULT_LANG
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preference_beats_cookie_beats_header() {
        assert_eq!(negotiate(Some("nl"), Some("en"), Some("fr")).code, "nl");
        assert_eq!(negotiate(None, Some("en"), Some("nl")).code, "en");
        assert_eq!(
            negotiate(None, None, Some("de-DE, nl-BE;q=0.8, en;q=0.9")).code,
            "en"
        );
        assert_eq!(negotiate(None, None, Some("de")).code, "fr");
        assert_eq!(negotiate(None, Some("xx"), None).code, "fr");
    }

    #[test]
    fn public_languages_have_their_texts() {
        assert_eq!(Lang::public("ar").map(|l| l.dir), Some("rtl"));
        assert_eq!(Lang::public("xx"), None);
        for lang in PUBLIC_LANGS {
            assert!(lang.has("victim-info-title"), "{}", lang.code);
            assert!(lang.has("victim-info-print"), "{}", lang.code);
        }
    }

    #[test]
    fn reporting_languages_are_public_languages_french_first() {
        let langs = report_langs();
        assert_eq!(langs.len(), REPORT_LANG_CODES.len());
        assert_eq!(langs[0], DEFAULT_LANG);
        assert_eq!(
            langs.iter().find(|l| l.code == "ar").map(|l| l.dir),
            Some("rtl")
        );
    }

    #[test]
    fn texts_come_from_the_files() {
        assert_eq!(STAFF_LANGS[2].t("sign-in-title"), "Sign in");
        assert_eq!(STAFF_LANGS[0].t("sign-in-title"), "Connexion");
    }
}
