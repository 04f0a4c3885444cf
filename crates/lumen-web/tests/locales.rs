//! Every locale has every key: a translation file of a language has exactly the keys of the
//! French file of the same name, and the staff languages have every staff file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

fn keys(text: &str) -> BTreeSet<String> {
    text.lines()
        .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_alphabetic()))
        .filter_map(|l| l.split_once(" =").map(|(k, _)| k.trim().to_owned()))
        .collect()
}

fn load() -> BTreeMap<String, BTreeMap<String, BTreeSet<String>>> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
    let mut out = BTreeMap::new();
    for lang in std::fs::read_dir(&root).unwrap().flatten() {
        let mut files = BTreeMap::new();
        for f in std::fs::read_dir(lang.path()).unwrap().flatten() {
            let text = std::fs::read_to_string(f.path()).unwrap();
            files.insert(f.file_name().to_string_lossy().into_owned(), keys(&text));
        }
        out.insert(lang.file_name().to_string_lossy().into_owned(), files);
    }
    out
}

#[test]
fn every_locale_has_every_key() {
    let all = load();
    let french = &all["fr"];
    let mut problems = Vec::new();
    for (lang, files) in &all {
        for (file, keys) in files {
            let Some(reference) = french.get(file) else {
                problems.push(format!("{lang}/{file} has no French counterpart"));
                continue;
            };
            for missing in reference.difference(keys) {
                problems.push(format!("{lang}/{file} misses {missing}"));
            }
            for extra in keys.difference(reference) {
                problems.push(format!("{lang}/{file} has {extra}, which fr/{file} lacks"));
            }
        }
    }
    for lang in lumen_web::i18n::STAFF_LANGS {
        for file in french.keys() {
            if !all.get(lang.code).is_some_and(|f| f.contains_key(file)) {
                problems.push(format!("{} misses the file {file}", lang.code));
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Keys written literally in templates and handlers: `t("…")`, `t1("…"`, `tn("…"`.
struct Known<'a>(BTreeSet<&'a String>);

impl Known<'_> {
    fn has(&self, key: &str) -> bool {
        self.0.iter().any(|k| k.as_str() == key)
    }
}

fn literal_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut stack = vec![root.join("templates"), root.join("src")];
    let mut found = BTreeSet::new();
    while let Some(dir) = stack.pop() {
        for entry in std::fs::read_dir(dir).unwrap().flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for call in [".t(\"", ".t1(\"", ".tn(\""] {
                for part in text.split(call).skip(1) {
                    let key = part.split('"').next().unwrap_or("");
                    if !key.is_empty()
                        && key
                            .chars()
                            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
                    {
                        found.insert(key.to_owned());
                    }
                }
            }
        }
    }
    found
}

#[test]
fn every_key_used_by_the_staff_area_resolves() {
    let keys = literal_keys();
    assert!(keys.len() > 50, "found the keys in use");
    let all = load();
    let mut missing = Vec::new();
    for lang in lumen_web::i18n::STAFF_LANGS {
        let known: BTreeSet<&String> = all[lang.code].values().flatten().collect();
        let lang = Known(known);
        for key in &keys {
            if !lang.has(key) {
                missing.push(format!("lacks {key}"));
            }
        }
        for role in lumen_domain::Role::ALL {
            if !lang.has(&format!("role-{}", role.code())) {
                missing.push(format!("lacks role-{}", role.code()));
            }
        }
        for kind in lumen_domain::UnitKind::ALL {
            let key = format!("unit-kind-{}", kind.code().replace('_', "-"));
            if !lang.has(&key) {
                missing.push(format!("lacks {key}"));
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}
