//! Broken catalogues are refused with file:line and the problem.

use lumen_screening::{BUILTIN_CATALOGUES, Catalogue, CatalogueError};

/// The shipped catalogues with one file's text replaced by `edit(original)`.
fn with_edit(file: &str, edit: impl Fn(&str) -> String) -> Result<Catalogue, CatalogueError> {
    let edited: Vec<(String, String)> = BUILTIN_CATALOGUES
        .iter()
        .map(|(name, src)| {
            let text = if *name == file {
                edit(src)
            } else {
                src.to_string()
            };
            (name.to_string(), text)
        })
        .collect();
    let refs: Vec<(&str, &str)> = edited
        .iter()
        .map(|(n, s)| (n.as_str(), s.as_str()))
        .collect();
    Catalogue::from_sources(&refs)
}

fn line_of(src: &str, needle: &str) -> usize {
    src.lines()
        .position(|l| l.contains(needle))
        .expect("needle present")
        + 1
}

fn original(file: &str) -> &'static str {
    BUILTIN_CATALOGUES
        .iter()
        .find(|(n, _)| *n == file)
        .unwrap()
        .1
}

#[test]
fn shipped_catalogues_load() {
    let cat = Catalogue::builtin().expect("shipped catalogues are valid");
    let sizes: Vec<_> = cat
        .sets()
        .iter()
        .map(|s| (s.id.as_str(), s.indicators.len()))
        .collect();
    assert_eq!(
        sizes,
        [
            ("adult-labour", 67),
            ("adult-sexual", 67),
            ("child-labour", 65),
            ("child-sexual", 65)
        ]
    );
}

#[test]
fn loading_the_directory_matches_the_embedded_copy() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../catalogues/screening");
    let from_dir = Catalogue::load_dir(&dir).expect("directory loads");
    let builtin = Catalogue::builtin().unwrap();
    assert_eq!(from_dir.sets(), builtin.sets());
    assert_eq!(from_dir.actions(), builtin.actions());
}

#[test]
fn unknown_dimension_is_reported_with_line() {
    let file = "ilo-ec-2009.toml";
    let src = original(file);
    let target = "key = \"d4.hazardous_work\"\ndimension = \"D4\"";
    let err = with_edit(file, |s| {
        s.replacen(target, "key = \"d4.hazardous_work\"\ndimension = \"D9\"", 1)
    })
    .unwrap_err();
    let expected_line = line_of(src, "key = \"d4.hazardous_work\"") + 1;
    assert_eq!(err.line, Some(expected_line));
    assert_eq!(err.code(), "catalogue_unknown_dimension");
    assert!(
        err.to_string()
            .starts_with(&format!("{file}:{expected_line}: unknown dimension `D9`")),
        "{err}"
    );
    assert!(err.to_string().contains("D1, D2, D3, D4, D5, D6"), "{err}");
}

#[test]
fn duplicate_id_names_both_lines() {
    let file = "ilo-ec-2009.toml";
    let src = original(file);
    let err = with_edit(file, |s| {
        s.replacen("key = \"d1.wages\"", "key = \"d1.contract\"", 1)
    })
    .unwrap_err();
    let first = line_of(src, "key = \"d1.contract\"");
    let second = line_of(src, "key = \"d1.wages\"");
    assert_eq!(err.line, Some(second));
    assert_eq!(
        err.to_string(),
        format!(
            "{file}:{second}: duplicate indicator key `d1.contract` (first defined on line {first})"
        )
    );
}

#[test]
fn missing_language_is_reported() {
    let file = "ilo-ec-2009.toml";
    let src = original(file);
    let needle =
        "label = { fr = \"Travail dangereux\", nl = \"Gevaarlijk werk\", en = \"Hazardous work\" }";
    let err = with_edit(file, |s| {
        s.replacen(
            needle,
            "label = { fr = \"Travail dangereux\", en = \"Hazardous work\" }",
            1,
        )
    })
    .unwrap_err();
    assert_eq!(err.line, Some(line_of(src, needle)));
    assert!(
        err.to_string()
            .ends_with("indicator `d4.hazardous_work` label has no `nl` text"),
        "{err}"
    );
}

#[test]
fn rule_naming_unknown_dimension_is_reported() {
    let file = "ilo-ec-2009.toml";
    let src = original(file);
    let needle = "expr = { all = [ { any = [\"D1\", \"D2\", \"D3\"] }, \"D4\", { any = [\"D5\", \"D6\"] } ] }";
    let err = with_edit(file, |s| {
        s.replacen(needle, &needle.replace("\"D6\"", "\"D7\""), 1)
    })
    .unwrap_err();
    assert_eq!(err.line, Some(line_of(src, needle)));
    assert_eq!(err.code(), "catalogue_unknown_atom");
    assert!(err.to_string().contains("`D7`"), "{err}");
}

#[test]
fn unknown_theme_is_reported() {
    let file = "ilo-ec-2009.toml";
    let src = original(file);
    let err = with_edit(file, |s| {
        s.replacen("theme = \"movement\"\n", "theme = \"travel\"\n", 1)
    })
    .unwrap_err();
    assert_eq!(err.code(), "catalogue_unknown_theme");
    assert_eq!(err.line, Some(line_of(src, "theme = \"movement\"")));
    assert!(
        err.to_string()
            .contains("unknown theme `travel`; valid themes: movement, documents"),
        "{err}"
    );
}

#[test]
fn sign_mapped_to_unknown_indicator_is_reported() {
    let file = "pag-asa-signs.toml";
    let src = original(file);
    let needle = "suggests = [\"d5.debt_bondage\", \"d2.debt_bondage\"]";
    let err = with_edit(file, |s| s.replacen(needle, "suggests = [\"d5.debt\"]", 1)).unwrap_err();
    assert_eq!(
        err.to_string(),
        format!(
            "{file}:{}: unknown indicator `d5.debt`",
            line_of(src, needle)
        )
    );
}

#[test]
fn toml_syntax_and_wrong_values_are_reported_with_line() {
    let file = "be-frontline-actions.toml";
    let err = with_edit(file, |s| {
        s.replacen("id = \"emergency\"", "id = \"emergency", 1)
    })
    .unwrap_err();
    assert_eq!(err.code(), "catalogue_syntax");
    assert_eq!(
        err.line,
        Some(line_of(original(file), "id = \"emergency\""))
    );

    let ilo = "ilo-ec-2009.toml";
    let err = with_edit(ilo, |s| {
        s.replacen("adult-labour = \"strong\"", "adult-labour = \"huge\"", 1)
    })
    .unwrap_err();
    assert_eq!(err.code(), "catalogue_syntax");
    assert!(err.to_string().starts_with("ilo-ec-2009.toml:"), "{err}");
    assert!(err.line.is_some());
}

#[test]
fn a_missing_catalogue_kind_is_reported() {
    let only_ilo: Vec<_> = BUILTIN_CATALOGUES
        .iter()
        .copied()
        .filter(|(n, _)| n.starts_with("ilo"))
        .collect();
    let err = Catalogue::from_sources(&only_ilo).unwrap_err();
    assert_eq!(err.code(), "catalogue_missing_kind");
}

#[test]
fn an_indicator_without_its_adverse_answer_is_refused() {
    let file = "ilo-ec-2009.toml";
    let err = with_edit(file, |s| {
        let at = s.find("key = \"d5.isolation\"").unwrap();
        let adverse = at + s[at..].find("adverse = \"no\"\n").unwrap();
        format!(
            "{}{}",
            &s[..adverse],
            &s[adverse + "adverse = \"no\"\n".len()..]
        )
    })
    .unwrap_err();
    assert!(err.to_string().starts_with(&format!("{file}:")), "{err}");
    assert!(err.to_string().contains("adverse"), "{err}");

    let err = with_edit(file, |s| {
        s.replacen("\nadverse = \"no\"\n", "\nadverse = \"dont_know\"\n", 1)
    })
    .unwrap_err();
    assert!(err.to_string().contains("dont_know"), "{err}");
}
