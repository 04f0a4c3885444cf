//! Every locale has every key: a translation file of a language has exactly the keys of the
//! French file of the same name; the staff languages have every file; every language of the
//! public area has the public files, and every key the public pages use is in them.

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

/// The files every language of the public area must have, whole.
const PUBLIC_FILES: [&str; 2] = ["public.ftl", "victim-info.ftl"];

#[test]
fn every_public_language_has_every_public_key() {
    let all = load();
    let french = &all["fr"];
    let mut problems = Vec::new();
    for lang in lumen_web::i18n::report_langs() {
        for file in PUBLIC_FILES {
            let reference = &french[file];
            match all.get(lang.code).and_then(|f| f.get(file)) {
                None => problems.push(format!("{} misses the file {file}", lang.code)),
                Some(keys) => {
                    for missing in reference.difference(keys) {
                        problems.push(format!("{}/{file} misses {missing}", lang.code));
                    }
                }
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// Keys the public pages use: the literal ones in the public templates and handlers, and the
/// ones built from the codes of the public statuses.
fn public_page_keys() -> BTreeSet<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files: Vec<_> = std::fs::read_dir(root.join("templates/public"))
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    for f in [
        "templates/reports/form.html",
        "templates/reports/done.html",
        "templates/reports/receipt.html",
        "templates/reports/follow_up.html",
        "templates/reports/thread.html",
        "src/public/layout.rs",
        "src/public/info.rs",
        "src/reports/filing.rs",
        "src/reports/follow_up.rs",
    ] {
        files.push(root.join(f));
    }
    let mut keys = BTreeSet::new();
    for f in files {
        keys.extend(literal_keys_in(&std::fs::read_to_string(&f).unwrap()));
    }
    for s in lumen_domain::report::ReportStatus::ALL {
        keys.insert(format!("report-status-{}", s.code().replace('_', "-")));
    }
    keys
}

#[test]
fn every_key_of_the_public_pages_is_in_the_public_files_of_every_public_language() {
    let keys = public_page_keys();
    assert!(keys.len() > 60, "found the keys in use: {}", keys.len());
    let all = load();
    let mut missing = Vec::new();
    for lang in lumen_web::i18n::report_langs() {
        let files = &all[lang.code];
        let known: BTreeSet<&String> = PUBLIC_FILES
            .iter()
            .filter_map(|f| files.get(*f))
            .flatten()
            .collect();
        for key in &keys {
            if !known.contains(key) {
                missing.push(format!(
                    "{} lacks {key} (public keys belong in public.ftl)",
                    lang.code
                ));
            }
        }
        // And the text really comes from that language, not from the French fallback.
        if lang.code != "fr" {
            let fr = lumen_web::i18n::report_langs()[0];
            for key in ["public-escape", "landing-title", "info-rights-title"] {
                if lang.t(key) == fr.t(key) {
                    missing.push(format!("{} shows the French text of {key}", lang.code));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The text of the plural key for `count` in `code`.
fn messages(code: &str, count: u64) -> String {
    use fluent_templates::fluent_bundle::FluentValue;
    lumen_web::i18n::Lang::public(code)
        .expect("public language")
        .t_args(
            "follow-up-message-count",
            &[("count", FluentValue::from(count))],
        )
}

#[test]
fn plurals_follow_the_rules_of_each_language() {
    // Arabic has six plural forms (CLDR: zero, one, two, few, many, other).
    let arabic: Vec<String> = [0, 1, 2, 3, 11, 100]
        .into_iter()
        .map(|n| messages("ar", n))
        .collect();
    let distinct: BTreeSet<&String> = arabic.iter().collect();
    assert_eq!(distinct.len(), 6, "six distinct Arabic forms: {arabic:?}");
    assert_eq!(messages("ar", 2), "رسالتان");
    assert_eq!(messages("ar", 3), "3 رسائل");
    assert_eq!(messages("ar", 10), messages("ar", 3).replace('3', "10"));
    assert_eq!(messages("ar", 99), messages("ar", 11).replace("11", "99"));
    // French counts 0 like 1; English and Dutch do not.
    assert_eq!(messages("fr", 0), "0 message");
    assert_eq!(messages("fr", 2), "2 messages");
    assert_eq!(messages("en", 0), "0 messages");
    assert_eq!(messages("en", 1), "1 message");
    assert_eq!(messages("nl", 1), "1 bericht");
    assert_eq!(messages("nl", 5), "5 berichten");
    // Romanian: one, few (0, 2-19), other ("20 de mesaje").
    assert_eq!(messages("ro", 1), "1 mesaj");
    assert_eq!(messages("ro", 2), "2 mesaje");
    assert_eq!(messages("ro", 19), "19 mesaje");
    assert_eq!(messages("ro", 20), "20 de mesaje");
    assert_eq!(messages("ro", 0), "0 mesaje");
    // Ukrainian: one (1, 21), few (2-4, 22), many (5-20, 25).
    assert_eq!(messages("uk", 1), "1 повідомлення");
    assert_eq!(messages("uk", 21), "21 повідомлення");
    assert_eq!(messages("uk", 3), "3 повідомлення");
    assert_eq!(messages("uk", 5), "5 повідомлень");
    assert_eq!(messages("uk", 11), "11 повідомлень");
    assert_eq!(messages("uk", 25), "25 повідомлень");
    // Bulgarian, German, Spanish, Portuguese: one and other.
    assert_eq!(messages("bg", 1), "1 съобщение");
    assert_eq!(messages("bg", 2), "2 съобщения");
    assert_eq!(messages("de", 1), "1 Nachricht");
    assert_eq!(messages("de", 3), "3 Nachrichten");
    assert_eq!(messages("es", 1), "1 mensaje");
    assert_eq!(messages("es", 4), "4 mensajes");
    assert_eq!(messages("pt", 1), "1 mensagem");
    assert_eq!(messages("pt", 7), "7 mensagens");
    // Chinese and Vietnamese have a single form.
    assert_eq!(messages("zh", 1), "1 条消息");
    assert_eq!(messages("zh", 2), "2 条消息");
    assert_eq!(messages("vi", 1), "1 tin nhắn");
    assert_eq!(messages("vi", 9), "9 tin nhắn");
}

/// Keys written literally in templates and handlers: `t("…")`, `t1("…"`, `tn("…"`, `tn1("…"`.
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
            found.extend(literal_keys_in(&std::fs::read_to_string(&path).unwrap()));
        }
    }
    found
}

/// The keys written literally in one file.
fn literal_keys_in(text: &str) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for call in [".t(\"", ".t1(\"", ".tn(\"", ".tn1(\""] {
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
        // The audit view names every action, the feature it belongs to and its kind of object.
        for action in lumen_domain::audit::AuditAction::ALL {
            let code = action.code();
            let feature = code.split('.').next().unwrap_or_default();
            for key in [
                format!("audit-action-{}", code.replace(['.', '_'], "-")),
                format!("audit-group-{feature}"),
                format!("audit-object-{}", action.object_type().replace('_', "-")),
            ] {
                if !lang.has(&key) {
                    missing.push(format!("lacks {key}"));
                }
            }
        }
    }
    assert!(missing.is_empty(), "{}", missing.join("\n"));
}

/// The public pages speak of signs and rights, never telling the reader what they "are".
#[test]
fn public_texts_never_tell_the_reader_they_are_a_victim() {
    let labels = [
        ("fr", "vous êtes une victime"),
        ("nl", "u bent een slachtoffer"),
        ("en", "you are a victim"),
        ("en", "as a victim"),
        ("ar", "أنت ضحية"),
    ];
    for (code, phrase) in labels {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../locales");
        let text = std::fs::read_to_string(format!("{dir}/{code}/public.ftl")).unwrap();
        assert!(
            !text.to_lowercase().contains(phrase),
            "{code}/public.ftl says “{phrase}”"
        );
    }
}
