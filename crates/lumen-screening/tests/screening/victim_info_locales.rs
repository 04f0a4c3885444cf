//! Every victim-info.ftl parses and has exactly the keys of the French file.

use fluent_syntax::ast::Entry;
use std::collections::BTreeSet;
use std::path::PathBuf;

const LANGS: &[&str] = &[
    "fr", "nl", "en", "ar", "ro", "bg", "es", "pt", "de", "zh", "uk", "vi",
];

fn keys(lang: &str) -> BTreeSet<String> {
    let path: PathBuf = [
        env!("CARGO_MANIFEST_DIR"),
        "..",
        "..",
        "locales",
        lang,
        "victim-info.ftl",
    ]
    .iter()
    .collect();
    let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let resource = fluent_syntax::parser::parse(src.as_str())
        .unwrap_or_else(|(_, errors)| panic!("{}: {errors:?}", path.display()));
    resource
        .body
        .iter()
        .filter_map(|e| match e {
            Entry::Message(m) => Some(m.id.name.to_owned()),
            _ => None,
        })
        .collect()
}

#[test]
fn every_language_has_the_french_keys() {
    let french = keys("fr");
    assert!(french.len() >= 10);
    assert!(french.iter().all(|k| k.starts_with("victim-info-")));
    for lang in LANGS {
        assert_eq!(keys(lang), french, "locales/{lang}/victim-info.ftl");
    }
}

#[test]
fn every_language_gives_the_numbers() {
    for lang in LANGS {
        let path: PathBuf = [
            env!("CARGO_MANIFEST_DIR"),
            "..",
            "..",
            "locales",
            lang,
            "victim-info.ftl",
        ]
        .iter()
        .collect();
        let src = std::fs::read_to_string(path).unwrap();
        for needle in [
            "078 055 800",
            "112",
            "101",
            "PAG-ASA",
            "Payoke",
            "Sürya",
            "Espace P",
            "UTSOPI",
            "45",
        ] {
            assert!(src.contains(needle), "{lang} lacks {needle}");
        }
    }
}
