//! Error types: catalogue loading (with file and line) and assessment input.

use std::fmt;

/// A catalogue file that cannot be used, with where the problem is.
///
/// `Display` gives `file:line: problem`, so a server refusing to start can say where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct CatalogueError {
    /// File name (or directory) the problem was found in.
    pub file: String,
    /// 1-based line number, when the problem has a position.
    pub line: Option<usize>,
    /// What is wrong.
    pub problem: Problem,
}

impl fmt::Display for CatalogueError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "{}:{}: {}", self.file, line, self.problem),
            None => write!(f, "{}: {}", self.file, self.problem),
        }
    }
}

impl CatalogueError {
    /// Stable snake_case code of the problem.
    pub fn code(&self) -> &'static str {
        self.problem.code()
    }
}

/// The problem found in a catalogue file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    /// The file could not be read.
    #[error("cannot read file: {0}")]
    Io(String),
    /// Not valid TOML, or a field has the wrong type or name.
    #[error("invalid catalogue: {0}")]
    Syntax(String),
    /// `catalogue.kind` names no known kind of catalogue.
    #[error("unknown catalogue kind `{found}`; valid kinds: {valid}")]
    UnknownKind { found: String, valid: String },
    /// Two catalogues of a kind that must be unique.
    #[error("second catalogue of kind `{kind}` (first in {first})")]
    DuplicateKind { kind: String, first: String },
    /// A required catalogue kind is missing.
    #[error("no catalogue of kind `{0}` found")]
    MissingKind(String),
    /// An identifier is defined twice.
    #[error("duplicate {what} `{id}` (first defined on line {first_line})")]
    DuplicateId {
        what: &'static str,
        id: String,
        first_line: usize,
    },
    /// A reference to a dimension that is not declared.
    #[error("unknown dimension `{found}`; valid dimensions: {valid}")]
    UnknownDimension { found: String, valid: String },
    /// A reference to a theme that is not declared.
    #[error("unknown theme `{found}`; valid themes: {valid}")]
    UnknownTheme { found: String, valid: String },
    /// A reference to an indicator set that is not declared.
    #[error("unknown set `{found}`; valid sets: {valid}")]
    UnknownSet { found: String, valid: String },
    /// A reference to an indicator key that is not declared.
    #[error("unknown indicator `{found}`")]
    UnknownIndicator { found: String },
    /// A reference to a combination rule that is not declared.
    #[error("unknown combination `{found}`; valid combinations: {valid}")]
    UnknownCombination { found: String, valid: String },
    /// A reference to a purpose of exploitation that is not declared.
    #[error("unknown purpose `{found}`; valid purposes: {valid}")]
    UnknownPurpose { found: String, valid: String },
    /// A rule or condition names something that is neither a dimension nor a known fact.
    #[error("rule names unknown dimension or fact `{found}`; valid: {valid}")]
    UnknownAtom { found: String, valid: String },
    /// A text lacks one of the required languages.
    #[error("{what} has no `{lang}` text")]
    MissingLanguage { what: String, lang: &'static str },
    /// A text names a language that is not supported.
    #[error("{what} has a text in unsupported language `{lang}`; valid: fr, nl, en")]
    UnknownLanguage { what: String, lang: String },
    /// A value is present but not acceptable.
    #[error("{0}")]
    Invalid(String),
}

impl Problem {
    /// Stable snake_case code, for translation by a user interface.
    pub fn code(&self) -> &'static str {
        match self {
            Problem::Io(_) => "catalogue_io",
            Problem::Syntax(_) => "catalogue_syntax",
            Problem::UnknownKind { .. } => "catalogue_unknown_kind",
            Problem::DuplicateKind { .. } => "catalogue_duplicate_kind",
            Problem::MissingKind(_) => "catalogue_missing_kind",
            Problem::DuplicateId { .. } => "catalogue_duplicate_id",
            Problem::UnknownDimension { .. } => "catalogue_unknown_dimension",
            Problem::UnknownTheme { .. } => "catalogue_unknown_theme",
            Problem::UnknownSet { .. } => "catalogue_unknown_set",
            Problem::UnknownIndicator { .. } => "catalogue_unknown_indicator",
            Problem::UnknownCombination { .. } => "catalogue_unknown_combination",
            Problem::UnknownPurpose { .. } => "catalogue_unknown_purpose",
            Problem::UnknownAtom { .. } => "catalogue_unknown_atom",
            Problem::MissingLanguage { .. } => "catalogue_missing_language",
            Problem::UnknownLanguage { .. } => "catalogue_unknown_language",
            Problem::Invalid(_) => "catalogue_invalid",
        }
    }
}

/// Bad input to a screening.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum AssessError {
    /// The set id is not in the catalogue.
    #[error("unknown set `{found}`; valid sets: {}", valid.join(", "))]
    UnknownSet { found: String, valid: Vec<String> },
    /// The indicator id is not in the chosen set.
    #[error("unknown indicator `{found}` for set {set}; valid indicators: {}", valid.join(", "))]
    UnknownIndicator {
        found: String,
        set: String,
        valid: Vec<String>,
    },
    /// The indicator id belongs to another set.
    #[error(
        "indicator `{found}` belongs to set {other_set}, not to {set}; use the {set} indicators (prefix `{prefix}.`)"
    )]
    IndicatorFromOtherSet {
        found: String,
        other_set: String,
        set: String,
        prefix: String,
    },
    /// The stated purpose of exploitation is not in the law version in force.
    #[error("unknown purpose of exploitation `{found}` under {law}; valid purposes: {}", valid.join(", "))]
    UnknownPurpose {
        found: String,
        law: String,
        valid: Vec<String>,
    },
    /// The date is not `YYYY-MM-DD`.
    #[error("invalid date `{0}`; expected YYYY-MM-DD")]
    InvalidDate(String),
    /// No law version covers the date.
    #[error("no version of the law covers {0}")]
    NoLawVersion(String),
    /// The language is not supported.
    #[error("unknown language `{0}`; valid languages: fr, nl, en")]
    UnknownLanguage(String),
}

impl AssessError {
    /// Stable snake_case code, for translation by a user interface.
    pub fn code(&self) -> &'static str {
        match self {
            AssessError::UnknownSet { .. } => "screening_unknown_set",
            AssessError::UnknownIndicator { .. } => "screening_unknown_indicator",
            AssessError::IndicatorFromOtherSet { .. } => "screening_indicator_from_other_set",
            AssessError::UnknownPurpose { .. } => "screening_unknown_purpose",
            AssessError::InvalidDate(_) => "screening_invalid_date",
            AssessError::NoLawVersion(_) => "screening_no_law_version",
            AssessError::UnknownLanguage(_) => "screening_unknown_language",
        }
    }
}
