//! Catalogue files as written (serde structures with source positions).

use crate::expr::Expr;
use crate::model::{GradeBasis, Population, Strength};
use serde::Deserialize;
use std::collections::BTreeMap;
use toml::Spanned;

/// A text per language code, as written.
pub(crate) type RawText = Spanned<BTreeMap<String, String>>;

/// Only the kind, read first to choose how to read the rest.
#[derive(Deserialize)]
pub(crate) struct KindProbe {
    pub catalogue: KindOnly,
}

#[derive(Deserialize)]
pub(crate) struct KindOnly {
    pub kind: Spanned<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Header {
    #[expect(
        dead_code,
        reason = "checked by the loader before this header is parsed"
    )]
    pub kind: String,
    pub id: String,
    pub version: String,
    pub title: String,
    pub source: String,
    #[serde(default)]
    #[expect(
        dead_code,
        reason = "a set's verification flag is read by the catalogue review only"
    )]
    pub verify: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct IloFile {
    pub catalogue: Header,
    pub dimensions: Vec<RawDimension>,
    pub themes: Vec<RawTheme>,
    pub dimension_rule: RawRule,
    pub combinations: BTreeMap<String, RawCombination>,
    pub sets: Vec<RawSet>,
    pub outcomes: Vec<RawOutcome>,
    pub indicators: Vec<RawIndicator>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawDimension {
    pub id: Spanned<String>,
    pub phase: String,
    pub means: bool,
    pub label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawTheme {
    pub id: Spanned<String>,
    pub label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawRule {
    pub clauses: Spanned<Vec<RawClause>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawClause {
    pub id: Spanned<String>,
    #[serde(default)]
    pub strong: u32,
    #[serde(default)]
    pub medium: u32,
    #[serde(default)]
    pub weak: u32,
    #[serde(default)]
    pub medium_or_weak: u32,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawCombination {
    pub description: String,
    #[serde(default)]
    pub verify: bool,
    pub expr: Spanned<Expr>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSet {
    pub id: Spanned<String>,
    pub prefix: Spanned<String>,
    pub population: Population,
    pub combination: Spanned<String>,
    pub grade_basis: GradeBasis,
    pub source: String,
    pub label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawOutcome {
    pub id: Spanned<String>,
    pub text: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawIndicator {
    pub key: Spanned<String>,
    pub dimension: Spanned<String>,
    pub theme: Spanned<String>,
    pub grades: Spanned<BTreeMap<String, Strength>>,
    #[serde(default)]
    pub unsourced: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub secondary: Option<Spanned<Vec<String>>>,
    pub label: RawText,
    pub question: RawText,
    pub adverse: crate::model::Adverse,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SignsFile {
    pub catalogue: Header,
    pub signs: Vec<RawSign>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawSign {
    pub id: Spanned<String>,
    pub label: RawText,
    pub suggests: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct LawFile {
    pub catalogue: Header,
    pub versions: Vec<RawVersion>,
    pub purposes: Vec<RawPurpose>,
    pub aggravating: Vec<RawAggravating>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawVersion {
    pub id: Spanned<String>,
    pub label: RawText,
    #[serde(default)]
    pub valid_from: Option<Spanned<String>>,
    #[serde(default)]
    pub valid_until: Option<Spanned<String>>,
    #[serde(default)]
    pub verify: bool,
    pub purposes: Spanned<Vec<String>>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawPurpose {
    pub id: Spanned<String>,
    #[serde(default)]
    pub suggested_by_sets: Option<Spanned<Vec<String>>>,
    #[serde(default)]
    pub verify: bool,
    pub label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAggravating {
    pub id: Spanned<String>,
    #[serde(default)]
    pub verify: bool,
    #[serde(default)]
    pub when: Option<Spanned<Expr>>,
    pub label: RawText,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ActionsFile {
    pub catalogue: Header,
    pub actions: Vec<RawAction>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RawAction {
    pub id: Spanned<String>,
    pub when: Spanned<Expr>,
    #[serde(default)]
    pub verify: bool,
    pub text: RawText,
}
