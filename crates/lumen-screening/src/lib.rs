#![forbid(unsafe_code)]
//! Frontline screening for trafficking in human beings.
//!
//! The ILO/European Commission 2009 operational indicators, the dimension rule and the
//! combination rules are versioned data in `catalogues/screening/`. This crate loads and
//! validates those catalogues ([`Catalogue`]), runs a screening ([`Catalogue::assess`]) and
//! offers a command-line front end ([`cli`]).
//!
//! A screening result speaks of signs present and of next steps. It never states that a
//! person is a victim: the qualification of a case belongs to the magistrate.

pub mod cli;
mod date;
mod engine;
mod error;
mod expr;
mod loader;
mod model;
mod raw;

pub use date::today_utc;
pub use engine::{
    AssessRequest, Assessment, BelgianLawView, DimensionResult, Facts, RecommendedAction,
    StrengthCounts, evaluate_dimension,
};
pub use error::{AssessError, CatalogueError, Problem};
pub use expr::Expr;
pub use model::{
    ActionDef, Adverse, Aggravating, Answer, Catalogue, Combination, Dimension, GradeBasis,
    Indicator, IndicatorSet, Lang, LawVersion, Localized, Population, Purpose, RuleClause, Sign,
    SourceInfo, Strength, Theme, ThemeGroup,
};

/// The catalogue files shipped with Lumen, embedded at build time: `(file name, contents)`.
pub const BUILTIN_CATALOGUES: &[(&str, &str)] = &[
    (
        "ilo-ec-2009.toml",
        include_str!("../../../catalogues/screening/ilo-ec-2009.toml"),
    ),
    (
        "pag-asa-signs.toml",
        include_str!("../../../catalogues/screening/pag-asa-signs.toml"),
    ),
    (
        "be-thb-law.toml",
        include_str!("../../../catalogues/screening/be-thb-law.toml"),
    ),
    (
        "be-frontline-actions.toml",
        include_str!("../../../catalogues/screening/be-frontline-actions.toml"),
    ),
];
