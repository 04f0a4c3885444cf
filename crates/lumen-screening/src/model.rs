//! The validated catalogue: indicator sets, rules, signs, law and actions.

use crate::error::AssessError;
use crate::expr::Expr;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::str::FromStr;

/// A language every catalogue text must exist in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// French.
    Fr,
    /// Dutch.
    Nl,
    /// English.
    En,
}

impl Lang {
    /// All catalogue languages.
    pub const ALL: [Lang; 3] = [Lang::Fr, Lang::Nl, Lang::En];

    /// The ISO 639-1 code.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Fr => "fr",
            Lang::Nl => "nl",
            Lang::En => "en",
        }
    }
}

impl FromStr for Lang {
    type Err = AssessError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Lang::ALL
            .into_iter()
            .find(|l| l.code() == s)
            .ok_or_else(|| AssessError::UnknownLanguage(s.to_owned()))
    }
}

/// A text in every catalogue language (checked when loading).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Localized(pub(crate) BTreeMap<Lang, String>);

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        self.0.get(&lang).map(String::as_str).unwrap_or_default()
    }
}

/// An officer's answer to an indicator's question.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Answer {
    /// The person (or the officer's observation) says yes.
    Yes,
    /// No.
    No,
    /// Asked, but the answer is not known.
    DontKnow,
    /// Not asked (the default).
    #[default]
    NotAsked,
}

impl Answer {
    /// Every answer, in the order the form offers them.
    pub const ALL: [Answer; 4] = [Answer::Yes, Answer::No, Answer::DontKnow, Answer::NotAsked];

    /// The stable code: `yes`, `no`, `dont_know`, `not_asked`.
    pub fn code(self) -> &'static str {
        match self {
            Answer::Yes => "yes",
            Answer::No => "no",
            Answer::DontKnow => "dont_know",
            Answer::NotAsked => "not_asked",
        }
    }

    /// The answer with this code.
    pub fn parse(code: &str) -> Option<Answer> {
        Answer::ALL.into_iter().find(|a| a.code() == code)
    }
}

/// The answer to an indicator's question that is the sign: only "yes" or "no" can be.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Adverse {
    /// "Is your work dangerous?" — yes is the sign.
    Yes,
    /// "Can you go out alone?" — no is the sign.
    No,
}

impl Adverse {
    /// The answer this stands for.
    pub fn answer(self) -> Answer {
        match self {
            Adverse::Yes => Answer::Yes,
            Adverse::No => Answer::No,
        }
    }
}

/// Strength of an indicator in a set and dimension.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Strength {
    /// Strong indicator (S).
    Strong,
    /// Medium indicator (M).
    Medium,
    /// Weak indicator (W).
    Weak,
}

impl Strength {
    /// `strong`, `medium` or `weak`.
    pub fn as_str(self) -> &'static str {
        match self {
            Strength::Strong => "strong",
            Strength::Medium => "medium",
            Strength::Weak => "weak",
        }
    }
}

/// Where a grade comes from; anything but `Primary` must be verified by an administrator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GradeBasis {
    /// Taken from the ILO publication itself.
    Primary,
    /// Taken from a secondary source.
    Secondary,
    /// No source found: inferred from a related set.
    Inferred,
}

/// Adults or children: decides the combination rule family.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Population {
    /// Persons aged 18 or more.
    Adult,
    /// Persons under 18.
    Child,
}

/// Which catalogue file a part of the catalogue came from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SourceInfo {
    /// Catalogue id, e.g. `ilo-ec-2009`.
    pub id: String,
    /// Catalogue version.
    pub version: String,
    /// Human title.
    pub title: String,
    /// Where the content comes from.
    pub source: String,
    /// File name it was loaded from.
    pub file: String,
}

/// One of the six ILO dimensions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Dimension {
    /// `D1` … `D6`.
    pub id: String,
    /// `recruitment` or `destination`.
    pub phase: String,
    /// True for dimensions that are "means" (not required for children).
    pub means: bool,
    /// Name.
    pub label: Localized,
}

/// A group of questions on the officer's screen.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Theme {
    /// e.g. `documents`.
    pub id: String,
    /// Name.
    pub label: Localized,
}

/// One clause of the dimension rule: minimum counts of selected indicators.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct RuleClause {
    /// e.g. `two_strong`.
    pub id: String,
    /// Minimum strong indicators.
    pub strong: u32,
    /// Minimum medium indicators.
    pub medium: u32,
    /// Minimum weak indicators.
    pub weak: u32,
    /// Minimum further medium-or-weak indicators.
    pub medium_or_weak: u32,
}

/// A named combination rule over dimensions and facts.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Combination {
    /// `adult` or `child`.
    pub id: String,
    /// Human description.
    pub description: String,
    /// True when the rule itself must be verified.
    pub verify: bool,
    /// The rule.
    pub expr: Expr,
}

/// An indicator as it appears in one set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Indicator {
    /// Set-qualified id, e.g. `al.d1.nature_of_job`.
    pub id: String,
    /// Set-independent key, e.g. `d1.nature_of_job`.
    pub key: String,
    /// Set id.
    pub set: String,
    /// Dimension id.
    pub dimension: String,
    /// Theme id.
    pub theme: String,
    /// Strength in this set.
    pub strength: Strength,
    /// Where the strength comes from.
    pub grade_basis: GradeBasis,
    /// Short name.
    pub label: Localized,
    /// Plain yes/no question to ask or thing to observe.
    pub question: Localized,
    /// The answer to `question` that is the sign.
    pub adverse: Adverse,
}

impl Indicator {
    /// True when the grade must be checked against the primary source.
    pub fn verify(&self) -> bool {
        self.grade_basis != GradeBasis::Primary
    }

    /// Whether `answer` to its question is the sign.
    pub fn is_sign(&self, answer: Answer) -> bool {
        answer == self.adverse.answer()
    }
}

/// One of the four ILO sets.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct IndicatorSet {
    /// `adult-labour`, `adult-sexual`, `child-labour` or `child-sexual`.
    pub id: String,
    /// Prefix of its indicator ids, e.g. `al`.
    pub prefix: String,
    /// Adults or children.
    pub population: Population,
    /// Id of its combination rule.
    pub combination: String,
    /// Where its grades come from by default.
    pub grade_basis: GradeBasis,
    /// Source note.
    pub source: String,
    /// Name.
    pub label: Localized,
    /// Indicators in dimension order.
    pub indicators: Vec<Indicator>,
}

impl IndicatorSet {
    /// The indicator with this set-qualified id.
    pub fn indicator(&self, id: &str) -> Option<&Indicator> {
        self.indicators.iter().find(|i| i.id == id)
    }
}

/// Indicators of a set sharing a theme, for display.
#[derive(Debug, Clone, Serialize)]
pub struct ThemeGroup<'a> {
    /// The theme.
    pub theme: &'a Theme,
    /// Its indicators in the set.
    pub indicators: Vec<&'a Indicator>,
}

/// A PAG-ASA frontline sign.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Sign {
    /// e.g. `documents_taken`.
    pub id: String,
    /// Text.
    pub label: Localized,
    /// Set-independent indicator keys the sign suggests.
    pub suggests: Vec<String>,
}

/// A version of the Belgian law on trafficking.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LawVersion {
    /// e.g. `cp-433quinquies`.
    pub id: String,
    /// Name.
    pub label: Localized,
    /// First day in force (`YYYY-MM-DD`), if bounded.
    pub valid_from: Option<String>,
    /// Last day in force, if bounded.
    pub valid_until: Option<String>,
    /// True when the version must be verified.
    pub verify: bool,
    /// Purpose ids of exploitation under this version.
    pub purposes: Vec<String>,
}

impl LawVersion {
    /// True when the version is in force on `date` (`YYYY-MM-DD`).
    pub fn in_force_on(&self, date: &str) -> bool {
        self.valid_from.as_deref().is_none_or(|f| f <= date)
            && self.valid_until.as_deref().is_none_or(|u| date <= u)
    }
}

/// A purpose of exploitation under Belgian law.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Purpose {
    /// e.g. `sexual_exploitation`.
    pub id: String,
    /// Name.
    pub label: Localized,
    /// True when it must be verified.
    pub verify: bool,
    /// Sets whose use suggests this purpose.
    pub suggested_by_sets: Vec<String>,
}

/// An aggravating circumstance under Belgian law.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Aggravating {
    /// e.g. `minor`.
    pub id: String,
    /// Name.
    pub label: Localized,
    /// True when it must be verified.
    pub verify: bool,
    /// When the screening can see it; `None` when it cannot.
    pub when: Option<Expr>,
}

/// A recommended next step.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ActionDef {
    /// e.g. `refer_specialised_centre`.
    pub id: String,
    /// When it applies.
    pub when: Expr,
    /// True when its content (e.g. a phone number) must be verified.
    pub verify: bool,
    /// What to do.
    pub text: Localized,
}

/// The whole validated screening catalogue.
#[derive(Debug, Clone, Serialize)]
pub struct Catalogue {
    pub(crate) sources: Vec<SourceInfo>,
    pub(crate) dimensions: Vec<Dimension>,
    pub(crate) themes: Vec<Theme>,
    pub(crate) clauses: Vec<RuleClause>,
    pub(crate) combinations: Vec<Combination>,
    pub(crate) sets: Vec<IndicatorSet>,
    pub(crate) outcomes: BTreeMap<String, Localized>,
    pub(crate) signs: Vec<Sign>,
    pub(crate) law_versions: Vec<LawVersion>,
    pub(crate) purposes: Vec<Purpose>,
    pub(crate) aggravating: Vec<Aggravating>,
    pub(crate) actions: Vec<ActionDef>,
}

impl Catalogue {
    /// The files the catalogue was built from.
    pub fn sources(&self) -> &[SourceInfo] {
        &self.sources
    }
    /// The six dimensions.
    pub fn dimensions(&self) -> &[Dimension] {
        &self.dimensions
    }
    /// Display themes, in display order.
    pub fn themes(&self) -> &[Theme] {
        &self.themes
    }
    /// The dimension rule clauses, in the order they are tried.
    pub fn rule_clauses(&self) -> &[RuleClause] {
        &self.clauses
    }
    /// The combination rules.
    pub fn combinations(&self) -> &[Combination] {
        &self.combinations
    }
    /// The indicator sets.
    pub fn sets(&self) -> &[IndicatorSet] {
        &self.sets
    }
    /// The set with this id, or an error listing the valid ones.
    pub fn set(&self, id: &str) -> Result<&IndicatorSet, AssessError> {
        self.sets
            .iter()
            .find(|s| s.id == id)
            .ok_or_else(|| AssessError::UnknownSet {
                found: id.to_owned(),
                valid: self.sets.iter().map(|s| s.id.clone()).collect(),
            })
    }
    /// The indicators of a set grouped by theme (themes without indicators are left out).
    pub fn indicators_by_theme(&self, set_id: &str) -> Result<Vec<ThemeGroup<'_>>, AssessError> {
        let set = self.set(set_id)?;
        Ok(self
            .themes
            .iter()
            .map(|theme| ThemeGroup {
                theme,
                indicators: set
                    .indicators
                    .iter()
                    .filter(|i| i.theme == theme.id)
                    .collect(),
            })
            .filter(|g| !g.indicators.is_empty())
            .collect())
    }
    /// PAG-ASA frontline signs.
    pub fn signs(&self) -> &[Sign] {
        &self.signs
    }
    /// The indicators of `set_id` a sign suggests checking.
    pub fn indicators_for_sign(
        &self,
        set_id: &str,
        sign_id: &str,
    ) -> Result<Vec<&Indicator>, AssessError> {
        let set = self.set(set_id)?;
        let sign = self.signs.iter().find(|s| s.id == sign_id);
        Ok(sign
            .map(|s| {
                set.indicators
                    .iter()
                    .filter(|i| s.suggests.contains(&i.key))
                    .collect()
            })
            .unwrap_or_default())
    }
    /// Versions of the Belgian law.
    pub fn law_versions(&self) -> &[LawVersion] {
        &self.law_versions
    }
    /// The law version in force on `date` (`YYYY-MM-DD`).
    pub fn law_version_on(&self, date: &str) -> Result<&LawVersion, AssessError> {
        if !crate::date::is_iso_date(date) {
            return Err(AssessError::InvalidDate(date.to_owned()));
        }
        self.law_versions
            .iter()
            .find(|v| v.in_force_on(date))
            .ok_or_else(|| AssessError::NoLawVersion(date.to_owned()))
    }
    /// The purposes of exploitation in force on `date`.
    pub fn purposes_on(&self, date: &str) -> Result<Vec<&Purpose>, AssessError> {
        let version = self.law_version_on(date)?;
        Ok(version
            .purposes
            .iter()
            .filter_map(|id| self.purpose(id))
            .collect())
    }
    /// A purpose by id.
    pub fn purpose(&self, id: &str) -> Option<&Purpose> {
        self.purposes.iter().find(|p| p.id == id)
    }
    /// Aggravating circumstances.
    pub fn aggravating(&self) -> &[Aggravating] {
        &self.aggravating
    }
    /// Recommended actions, in display order.
    pub fn actions(&self) -> &[ActionDef] {
        &self.actions
    }
    /// The text of an action in `lang`.
    pub fn action_text(&self, id: &str, lang: Lang) -> Option<&str> {
        self.actions
            .iter()
            .find(|a| a.id == id)
            .map(|a| a.text.get(lang))
    }
    /// The explanation of an outcome (`ilo_combination_met`, …) in `lang`.
    pub fn outcome_text(&self, id: &str, lang: Lang) -> Option<&str> {
        self.outcomes.get(id).map(|t| t.get(lang))
    }
    /// A dimension by id.
    pub fn dimension(&self, id: &str) -> Option<&Dimension> {
        self.dimensions.iter().find(|d| d.id == id)
    }
}
