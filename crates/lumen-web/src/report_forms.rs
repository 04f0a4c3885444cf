//! The forms of exploitation offered on the public report form, from a catalogue file
//! (`catalogues/reports/forms.toml`) rather than from code: their order, their stable codes and
//! their link to the purposes of exploitation of Belgian law in the screening catalogue. A file
//! that cannot be used is refused with `file:line: problem`.

use lumen_screening::Catalogue;
use serde::Deserialize;
use std::ops::Range;
use std::sync::OnceLock;
use toml::Spanned;

/// The built-in catalogue's name and text.
pub const BUILTIN: (&str, &str) = (
    "forms.toml",
    include_str!("../../../catalogues/reports/forms.toml"),
);
/// The most forms a catalogue may list (the form must stay short).
const MAX_FORMS: usize = 12;

/// One form of exploitation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportFormKind {
    /// Stable code; its label is `report-form-<code>`.
    pub code: String,
    /// The purpose of exploitation of Belgian law it points to, if any.
    pub purpose: Option<String>,
}

/// The forms, in the order shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReportForms {
    /// The forms.
    pub forms: Vec<ReportFormKind>,
}

/// A catalogue that cannot be used: `file:line: problem`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}:{line}: {problem}")]
pub struct ReportFormsError {
    /// The file.
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub problem: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    catalogue: Header,
    forms: Spanned<Vec<RawForm>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Header {
    kind: Spanned<String>,
    #[allow(dead_code)]
    version: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct RawForm {
    code: Spanned<String>,
    purpose: Option<Spanned<String>>,
}

impl ReportForms {
    /// Reads and checks a catalogue; purposes must exist in `law` (the screening catalogue).
    pub fn from_source(name: &str, src: &str, law: &Catalogue) -> Result<Self, ReportFormsError> {
        let at = |span: Range<usize>, problem: String| ReportFormsError {
            file: name.to_owned(),
            line: src[..span.start.min(src.len())]
                .bytes()
                .filter(|b| *b == b'\n')
                .count()
                + 1,
            problem,
        };
        let raw: Raw = toml::from_str(src).map_err(|e| {
            at(
                e.span().unwrap_or(0..0),
                format!("invalid catalogue: {}", e.message().trim()),
            )
        })?;
        if raw.catalogue.kind.get_ref() != "report_forms" {
            return Err(at(
                raw.catalogue.kind.span(),
                format!(
                    "catalogue kind `{}` is not `report_forms`",
                    raw.catalogue.kind.get_ref()
                ),
            ));
        }
        let span = raw.forms.span();
        let list = raw.forms.into_inner();
        if list.is_empty() || list.len() > MAX_FORMS {
            return Err(at(
                span,
                format!("between 1 and {MAX_FORMS} forms are needed"),
            ));
        }
        let mut forms: Vec<ReportFormKind> = Vec::new();
        let mut first_lines = Vec::new();
        for f in list {
            let code = f.code.get_ref();
            if code.is_empty() || !code.bytes().all(|b| b.is_ascii_lowercase() || b == b'_') {
                return Err(at(
                    f.code.span(),
                    format!("code `{code}` must be lower-case letters and `_`"),
                ));
            }
            if let Some(i) = forms.iter().position(|k| &k.code == code) {
                return Err(at(
                    f.code.span(),
                    format!("duplicate code `{code}` (first on line {})", first_lines[i]),
                ));
            }
            if let Some(p) = &f.purpose
                && law.purpose(p.get_ref()).is_none()
            {
                return Err(at(
                    p.span(),
                    format!(
                        "unknown purpose `{}`; it must be a purpose of the Belgian-law catalogue",
                        p.get_ref()
                    ),
                ));
            }
            first_lines.push(at(f.code.span(), String::new()).line);
            forms.push(ReportFormKind {
                code: code.clone(),
                purpose: f.purpose.map(Spanned::into_inner),
            });
        }
        Ok(Self { forms })
    }

    /// The catalogue shipped with Lumen, checked against the built-in screening catalogue.
    ///
    /// # Panics
    /// If the built-in files do not validate, which this module's tests rule out.
    pub fn builtin() -> &'static ReportForms {
        static FORMS: OnceLock<ReportForms> = OnceLock::new();
        FORMS.get_or_init(|| {
            let law = Catalogue::builtin().expect("the built-in screening catalogue is valid");
            ReportForms::from_source(BUILTIN.0, BUILTIN.1, &law)
                .expect("the built-in report forms catalogue is valid")
        })
    }

    /// The codes, in order.
    pub fn codes(&self) -> impl Iterator<Item = &str> {
        self.forms.iter().map(|f| f.code.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn law() -> Catalogue {
        Catalogue::builtin().unwrap()
    }

    #[test]
    fn the_builtin_catalogue_lists_the_six_forms_in_order() {
        let forms = ReportForms::builtin();
        let codes: Vec<&str> = forms.codes().collect();
        assert_eq!(
            codes,
            ["sexual", "labour", "begging", "crime", "other", "unsure"]
        );
        assert_eq!(
            forms.forms[0].purpose.as_deref(),
            Some("sexual_exploitation")
        );
        assert_eq!(forms.forms[5].purpose, None);
    }

    #[test]
    fn problems_are_reported_with_file_and_line() {
        let head = "[catalogue]\nkind = \"report_forms\"\nversion = \"1\"\n\n";
        let unknown = format!("{head}[[forms]]\ncode = \"sexual\"\npurpose = \"piracy\"\n");
        let e = ReportForms::from_source("forms.toml", &unknown, &law()).unwrap_err();
        assert_eq!(e.line, 7);
        assert!(
            e.to_string()
                .starts_with("forms.toml:7: unknown purpose `piracy`"),
            "{e}"
        );
        let twice = format!("{head}[[forms]]\ncode = \"other\"\n\n[[forms]]\ncode = \"other\"\n");
        let e = ReportForms::from_source("forms.toml", &twice, &law()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "forms.toml:9: duplicate code `other` (first on line 6)"
        );
        let bad = format!("{head}[[forms]]\ncode = \"Sex Work\"\n");
        let e = ReportForms::from_source("forms.toml", &bad, &law()).unwrap_err();
        assert_eq!(e.line, 6);
        let field = format!("{head}[[forms]]\ncode = \"other\"\nlabel = \"x\"\n");
        let e = ReportForms::from_source("forms.toml", &field, &law()).unwrap_err();
        assert!(
            e.to_string().starts_with("forms.toml:7: invalid catalogue"),
            "{e}"
        );
        let kind = "[catalogue]\nkind = \"screening\"\nversion = \"1\"\n[[forms]]\ncode = \"x\"\n";
        let e = ReportForms::from_source("forms.toml", kind, &law()).unwrap_err();
        assert_eq!(e.line, 2);
    }

    #[test]
    fn every_code_has_its_label_in_every_public_locale() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales");
        let mut checked = 0;
        for lang in std::fs::read_dir(&root).unwrap().flatten() {
            let text: String = std::fs::read_dir(lang.path())
                .unwrap()
                .flatten()
                .map(|f| std::fs::read_to_string(f.path()).unwrap())
                .collect::<Vec<_>>()
                .join("\n");
            // A public locale is one that has the public report form's texts.
            if !text.lines().any(|l| l.starts_with("report-title =")) {
                continue;
            }
            for code in ReportForms::builtin().codes() {
                let key = format!("report-form-{code} =");
                assert!(
                    text.lines().any(|l| l.starts_with(&key)),
                    "{} lacks report-form-{code}",
                    lang.file_name().to_string_lossy()
                );
            }
            checked += 1;
        }
        assert!(checked >= 3, "fr, nl and en at least");
    }
}
