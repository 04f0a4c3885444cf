//! The screening engine: dimensions, ILO combination, Belgian-law view, next steps.

use crate::error::AssessError;
use crate::loader::dimension_index;
use crate::model::{Answer, Catalogue, Indicator, Population, RuleClause, Strength};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// What the officer knows besides the indicators.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facts {
    /// Age in years, when known.
    pub age: Option<u32>,
    /// An act (recruit, transport, transfer, harbour, receive, take control) is established.
    pub act_established: bool,
    /// Purpose of exploitation, when stated (a purpose id of the law version in force).
    pub purpose: Option<String>,
    /// The person is in immediate danger.
    pub immediate_danger: bool,
}

/// A screening to run.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AssessRequest {
    /// Set id, e.g. `adult-sexual`.
    pub set: String,
    /// Selected indicator ids of that set, e.g. `as.d5.isolation`.
    pub indicators: Vec<String>,
    /// Other facts.
    pub facts: Facts,
    /// Date deciding the law version (`YYYY-MM-DD`); today when `None`.
    pub date: Option<String>,
}

/// How many selected indicators of each strength a dimension holds.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct StrengthCounts {
    /// Strong indicators.
    pub strong: u32,
    /// Medium indicators.
    pub medium: u32,
    /// Weak indicators.
    pub weak: u32,
}

impl StrengthCounts {
    fn add(&mut self, s: Strength) {
        match s {
            Strength::Strong => self.strong += 1,
            Strength::Medium => self.medium += 1,
            Strength::Weak => self.weak += 1,
        }
    }
}

/// The first clause of the dimension rule that the counts satisfy, if any.
pub fn evaluate_dimension(clauses: &[RuleClause], counts: StrengthCounts) -> Option<&RuleClause> {
    clauses.iter().find(|c| {
        counts.strong >= c.strong
            && counts.medium >= c.medium
            && counts.weak >= c.weak
            && (counts.medium - c.medium) + (counts.weak - c.weak) >= c.medium_or_weak
    })
}

/// The result for one dimension.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DimensionResult {
    /// Dimension id.
    pub dimension: String,
    /// True when the dimension rule is met.
    pub positive: bool,
    /// Selected indicator ids in this dimension.
    pub counted: Vec<String>,
    /// Their counts by strength.
    pub counts: StrengthCounts,
    /// The rule clause that made the dimension positive.
    pub clause: Option<String>,
}

/// The Belgian-law reading: act + purpose suffice; means only aggravate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct BelgianLawView {
    /// Law version applied.
    pub law_version: String,
    /// Whether that version must be verified.
    pub law_version_verify: bool,
    /// An act is established.
    pub act_established: bool,
    /// Purpose considered: stated, or suggested by the set.
    pub purpose: Option<String>,
    /// True when the purpose was stated by the officer.
    pub purpose_stated: bool,
    /// True when a purpose is stated, or suggested by the set with exploitative conditions (D4).
    pub purpose_indicated: bool,
    /// Act and purpose both indicated: the elements of the Belgian offence may be present.
    pub elements_indicated: bool,
    /// Always false in Belgium: means are not an element of the base offence.
    pub means_required: bool,
    /// Aggravating circumstances the screening shows signs of.
    pub aggravating: Vec<String>,
}

/// A next step to take.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RecommendedAction {
    /// Action id (text via [`Catalogue::action_text`]).
    pub id: String,
    /// True when its content must be verified.
    pub verify: bool,
}

/// A screening result. It describes signs and next steps, never a person's status.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Assessment {
    /// Set id.
    pub set: String,
    /// Per dimension, in catalogue order.
    pub dimensions: Vec<DimensionResult>,
    /// True when the signs match the set's ILO combination rule.
    pub ilo_positive: bool,
    /// The combination rule applied, as text.
    pub combination: String,
    /// Outcome id: `ilo_combination_met`, `ilo_combination_not_met` or `no_signs`.
    pub outcome: String,
    /// The Belgian-law view.
    pub belgian_law_view: BelgianLawView,
    /// Next steps, in order.
    pub actions: Vec<RecommendedAction>,
    /// Selected indicators whose grade must be verified.
    pub verify: Vec<String>,
    /// Warnings about the input (e.g. `minor_with_adult_set`).
    pub warnings: Vec<String>,
}

impl Catalogue {
    /// The indicators of `set_id` whose question got its adverse answer, from `(indicator id,
    /// answer)` pairs: "no" to "Can you go out alone?" is the sign, "yes" is not, and "don't
    /// know" or "not asked" never are. An id not of the set is refused as in
    /// [`Catalogue::resolve_indicators`].
    pub fn signs_from_answers(
        &self,
        set_id: &str,
        answers: &[(String, Answer)],
    ) -> Result<Vec<String>, AssessError> {
        let ids: Vec<String> = answers.iter().map(|(id, _)| id.clone()).collect();
        let indicators = self.resolve_indicators(set_id, &ids)?;
        Ok(indicators
            .into_iter()
            .filter(|ind| {
                answers
                    .iter()
                    .filter(|(id, _)| id.trim() == ind.id)
                    .any(|(_, a)| ind.is_sign(*a))
            })
            .map(|ind| ind.id.clone())
            .collect())
    }

    /// Resolves selected ids against a set, refusing unknown ids and ids of other sets.
    pub fn resolve_indicators<'c>(
        &'c self,
        set_id: &str,
        ids: &[String],
    ) -> Result<Vec<&'c Indicator>, AssessError> {
        let set = self.set(set_id)?;
        let mut seen = BTreeSet::new();
        let mut out = Vec::new();
        for id in ids {
            let id = id.trim();
            if let Some(ind) = set.indicator(id) {
                if seen.insert(id) {
                    out.push(ind);
                }
                continue;
            }
            let other = self
                .sets
                .iter()
                .find(|s| s.id != set.id && s.indicator(id).is_some());
            return Err(match other {
                Some(o) => AssessError::IndicatorFromOtherSet {
                    found: id.to_owned(),
                    other_set: o.id.clone(),
                    set: set.id.clone(),
                    prefix: set.prefix.clone(),
                },
                None => AssessError::UnknownIndicator {
                    found: id.to_owned(),
                    set: set.id.clone(),
                    valid: set.indicators.iter().map(|i| i.id.clone()).collect(),
                },
            });
        }
        Ok(out)
    }

    /// Runs a screening.
    pub fn assess(&self, req: &AssessRequest) -> Result<Assessment, AssessError> {
        let set = self.set(&req.set)?;
        let selected = self.resolve_indicators(&req.set, &req.indicators)?;
        let date = req.date.clone().unwrap_or_else(crate::today_utc);
        let law = self.law_version_on(&date)?;
        if let Some(p) = &req.facts.purpose
            && !law.purposes.contains(p)
        {
            return Err(AssessError::UnknownPurpose {
                found: p.clone(),
                law: law.id.clone(),
                valid: law.purposes.clone(),
            });
        }

        let dimensions: Vec<DimensionResult> = self
            .dimensions
            .iter()
            .map(|d| {
                let counted: Vec<&Indicator> = selected
                    .iter()
                    .copied()
                    .filter(|i| i.dimension == d.id)
                    .collect();
                let mut counts = StrengthCounts::default();
                counted.iter().for_each(|i| counts.add(i.strength));
                let clause = evaluate_dimension(&self.clauses, counts).map(|c| c.id.clone());
                DimensionResult {
                    dimension: d.id.clone(),
                    positive: clause.is_some(),
                    counted: counted.iter().map(|i| i.id.clone()).collect(),
                    counts,
                    clause,
                }
            })
            .collect();
        let positive = |dim: &str| dimensions.iter().any(|r| r.dimension == dim && r.positive);

        let minor = match req.facts.age {
            Some(age) => age < 18,
            None => set.population == Population::Child,
        };
        let mut warnings = Vec::new();
        match (req.facts.age, set.population) {
            (Some(a), Population::Adult) if a < 18 => warnings.push("minor_with_adult_set".into()),
            (Some(a), Population::Child) if a >= 18 => warnings.push("adult_with_child_set".into()),
            _ => {}
        }
        let fact = |name: &str| match name {
            "minor" => minor,
            "act_established" => req.facts.act_established,
            "immediate_danger" => req.facts.immediate_danger,
            _ => false,
        };

        let combination = self
            .combinations
            .iter()
            .find(|c| c.id == set.combination)
            .expect("set combinations are validated when loading");
        let ilo_positive = combination.expr.eval(&|a| positive(a) || fact(a));

        let belgian_law_view = self.belgian_view(req, set, &selected, law, &positive, &fact);
        let any_sign = !selected.is_empty();
        let actions = self
            .actions
            .iter()
            .filter(|a| {
                a.when.eval(&|atom| match atom {
                    "any_sign" => any_sign,
                    "ilo_positive" => ilo_positive,
                    "belgian_elements" => belgian_law_view.elements_indicated,
                    other => positive(other) || fact(other),
                })
            })
            .map(|a| RecommendedAction {
                id: a.id.clone(),
                verify: a.verify,
            })
            .collect();
        let outcome = match (any_sign, ilo_positive) {
            (_, true) => "ilo_combination_met",
            (true, false) => "ilo_combination_not_met",
            (false, false) => "no_signs",
        };
        let mut verify: Vec<&Indicator> = selected.iter().copied().filter(|i| i.verify()).collect();
        verify.sort_by_key(|i| dimension_index(self, &i.dimension));
        Ok(Assessment {
            set: set.id.clone(),
            dimensions,
            ilo_positive,
            combination: combination.description.clone(),
            outcome: outcome.to_owned(),
            belgian_law_view,
            actions,
            verify: verify.iter().map(|i| i.id.clone()).collect(),
            warnings,
        })
    }

    fn belgian_view(
        &self,
        req: &AssessRequest,
        set: &crate::model::IndicatorSet,
        selected: &[&Indicator],
        law: &crate::model::LawVersion,
        positive: &dyn Fn(&str) -> bool,
        fact: &dyn Fn(&str) -> bool,
    ) -> BelgianLawView {
        let suggested = self
            .purposes
            .iter()
            .find(|p| p.suggested_by_sets.contains(&set.id) && law.purposes.contains(&p.id))
            .map(|p| p.id.clone());
        let purpose_stated = req.facts.purpose.is_some();
        let purpose = req.facts.purpose.clone().or(suggested);
        let purpose_indicated = purpose_stated || (purpose.is_some() && positive("D4"));
        let selected_key = |k: &str| selected.iter().any(|i| i.key == k);
        let aggravating = self
            .aggravating
            .iter()
            .filter(|a| {
                a.when.as_ref().is_some_and(|w| {
                    w.eval(&|atom| match atom.strip_prefix("indicator:") {
                        Some(key) => selected_key(key),
                        None => positive(atom) || fact(atom),
                    })
                })
            })
            .map(|a| a.id.clone())
            .collect();
        BelgianLawView {
            law_version: law.id.clone(),
            law_version_verify: law.verify,
            act_established: req.facts.act_established,
            purpose,
            purpose_stated,
            purpose_indicated,
            elements_indicated: req.facts.act_established && purpose_indicated,
            means_required: false,
            aggravating,
        }
    }
}
