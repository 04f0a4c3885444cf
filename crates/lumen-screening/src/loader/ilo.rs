//! Building the ILO part of the catalogue: dimensions, themes, rules, sets, indicators.

use super::{COMBINATION_FACTS, Ctx, REQUIRED_OUTCOMES, Seen, check_expr, list, text};
use crate::error::{CatalogueError, Problem};
use crate::model::{
    Catalogue, Combination, Dimension, GradeBasis, Indicator, IndicatorSet, RuleClause, Theme,
};
use crate::raw::{IloFile, RawIndicator};
use std::collections::{BTreeMap, HashMap};

/// Position of a dimension in the catalogue order (unknown ones last).
pub(crate) fn dimension_index(cat: &Catalogue, id: &str) -> usize {
    cat.dimensions
        .iter()
        .position(|d| d.id == id)
        .unwrap_or(usize::MAX)
}

pub(super) fn build_ilo(ctx: &Ctx<'_>, file: &IloFile) -> Result<Catalogue, CatalogueError> {
    let mut seen = Seen::new(ctx, "dimension");
    let mut dimensions = Vec::new();
    for raw in &file.dimensions {
        let id = seen.add(&raw.id)?;
        dimensions.push(Dimension {
            label: text(ctx, &raw.label, &format!("dimension `{id}` label"))?,
            id,
            phase: raw.phase.clone(),
            means: raw.means,
        });
    }
    let dim_ids: Vec<&str> = dimensions.iter().map(|d| d.id.as_str()).collect();

    let mut seen = Seen::new(ctx, "theme");
    let mut themes = Vec::new();
    for raw in &file.themes {
        let id = seen.add(&raw.id)?;
        themes.push(Theme {
            label: text(ctx, &raw.label, &format!("theme `{id}` label"))?,
            id,
        });
    }

    let clauses_raw = &file.dimension_rule.clauses;
    if clauses_raw.get_ref().is_empty() {
        return Err(ctx.at(
            clauses_raw.span(),
            Problem::Invalid("the dimension rule has no clause".into()),
        ));
    }
    let mut seen = Seen::new(ctx, "rule clause");
    let mut clauses = Vec::new();
    for raw in clauses_raw.get_ref() {
        let id = seen.add(&raw.id)?;
        if raw.strong + raw.medium + raw.weak + raw.medium_or_weak == 0 {
            return Err(ctx.at(
                raw.id.span(),
                Problem::Invalid(format!("rule clause `{id}` requires no indicator")),
            ));
        }
        clauses.push(RuleClause {
            id,
            strong: raw.strong,
            medium: raw.medium,
            weak: raw.weak,
            medium_or_weak: raw.medium_or_weak,
        });
    }

    let valid_atom = |a: &str| dim_ids.contains(&a) || COMBINATION_FACTS.contains(&a);
    let valid_list = format!("{}, {}", list(&dim_ids), list(COMBINATION_FACTS));
    let mut combinations = Vec::new();
    for (id, raw) in &file.combinations {
        combinations.push(Combination {
            id: id.clone(),
            description: raw.description.clone(),
            verify: raw.verify,
            expr: check_expr(ctx, &raw.expr, &valid_atom, &valid_list)?,
        });
    }

    let mut seen = Seen::new(ctx, "set");
    let mut seen_prefix = Seen::new(ctx, "set prefix");
    let mut sets = Vec::new();
    for raw in &file.sets {
        let id = seen.add(&raw.id)?;
        let prefix = seen_prefix.add(&raw.prefix)?;
        if prefix.is_empty() || !prefix.bytes().all(|b| b.is_ascii_lowercase()) {
            return Err(ctx.at(
                raw.prefix.span(),
                Problem::Invalid(format!("set prefix `{prefix}` must be lowercase letters")),
            ));
        }
        if !file.combinations.contains_key(raw.combination.get_ref()) {
            return Err(ctx.at(
                raw.combination.span(),
                Problem::UnknownCombination {
                    found: raw.combination.get_ref().clone(),
                    valid: list(file.combinations.keys()),
                },
            ));
        }
        sets.push(IndicatorSet {
            label: text(ctx, &raw.label, &format!("set `{id}` label"))?,
            id,
            prefix,
            population: raw.population,
            combination: raw.combination.get_ref().clone(),
            grade_basis: raw.grade_basis,
            source: raw.source.clone(),
            indicators: Vec::new(),
        });
    }

    let mut seen = Seen::new(ctx, "outcome");
    let mut outcomes = BTreeMap::new();
    for raw in &file.outcomes {
        let id = seen.add(&raw.id)?;
        let t = text(ctx, &raw.text, &format!("outcome `{id}` text"))?;
        outcomes.insert(id, t);
    }
    if let Some(missing) = REQUIRED_OUTCOMES
        .iter()
        .find(|o| !outcomes.contains_key(**o))
    {
        return Err(ctx.whole(Problem::Invalid(format!(
            "outcome `{missing}` is missing; required: {}",
            list(REQUIRED_OUTCOMES)
        ))));
    }

    let theme_ids: Vec<&str> = themes.iter().map(|t| t.id.as_str()).collect();
    let set_ids: Vec<String> = sets.iter().map(|s| s.id.clone()).collect();
    let mut seen = Seen::new(ctx, "indicator key");
    let mut per_set: HashMap<String, Vec<Indicator>> = HashMap::new();
    for raw in &file.indicators {
        let key = seen.add(&raw.key)?;
        check_indicator_refs(ctx, raw, &key, &dim_ids, &theme_ids, &set_ids)?;
        let label = text(ctx, &raw.label, &format!("indicator `{key}` label"))?;
        let question = text(ctx, &raw.question, &format!("indicator `{key}` question"))?;
        let listed = |field: &Option<toml::Spanned<Vec<String>>>, set: &str| {
            field
                .as_ref()
                .is_some_and(|l| l.get_ref().iter().any(|s| s == set))
        };
        for set in &sets {
            let Some(strength) = raw.grades.get_ref().get(&set.id) else {
                continue;
            };
            let grade_basis = if listed(&raw.unsourced, &set.id) {
                GradeBasis::Inferred
            } else if listed(&raw.secondary, &set.id) {
                GradeBasis::Secondary
            } else {
                set.grade_basis
            };
            per_set.entry(set.id.clone()).or_default().push(Indicator {
                id: format!("{}.{}", set.prefix, key),
                key: key.clone(),
                set: set.id.clone(),
                dimension: raw.dimension.get_ref().clone(),
                theme: raw.theme.get_ref().clone(),
                strength: *strength,
                grade_basis,
                label: label.clone(),
                question: question.clone(),
                adverse: raw.adverse,
            });
        }
    }
    for set in &mut sets {
        let mut indicators = per_set.remove(&set.id).unwrap_or_default();
        indicators.sort_by_key(|i| dim_ids.iter().position(|d| *d == i.dimension));
        set.indicators = indicators;
    }

    Ok(Catalogue {
        sources: vec![ctx.source_info(&file.catalogue)],
        dimensions,
        themes,
        clauses,
        combinations,
        sets,
        outcomes,
        signs: Vec::new(),
        law_versions: Vec::new(),
        purposes: Vec::new(),
        aggravating: Vec::new(),
        actions: Vec::new(),
    })
}

fn check_indicator_refs(
    ctx: &Ctx<'_>,
    raw: &RawIndicator,
    key: &str,
    dim_ids: &[&str],
    theme_ids: &[&str],
    set_ids: &[String],
) -> Result<(), CatalogueError> {
    let dim = raw.dimension.get_ref();
    if !dim_ids.contains(&dim.as_str()) {
        return Err(ctx.at(
            raw.dimension.span(),
            Problem::UnknownDimension {
                found: dim.clone(),
                valid: list(dim_ids),
            },
        ));
    }
    let expected = format!("{}.", dim.to_lowercase());
    if !key.starts_with(&expected) || key.len() == expected.len() {
        return Err(ctx.at(
            raw.key.span(),
            Problem::Invalid(format!(
                "indicator key `{key}` must start with `{expected}` (its dimension)"
            )),
        ));
    }
    if !theme_ids.contains(&raw.theme.get_ref().as_str()) {
        return Err(ctx.at(
            raw.theme.span(),
            Problem::UnknownTheme {
                found: raw.theme.get_ref().clone(),
                valid: list(theme_ids),
            },
        ));
    }
    if raw.grades.get_ref().is_empty() {
        return Err(ctx.at(
            raw.grades.span(),
            Problem::Invalid(format!("indicator `{key}` has no grade in any set")),
        ));
    }
    let named = raw.grades.get_ref().keys().map(|k| (k, raw.grades.span()));
    let flagged = [&raw.unsourced, &raw.secondary]
        .into_iter()
        .flatten()
        .flat_map(|l| l.get_ref().iter().map(move |k| (k, l.span())));
    for (set, span) in named.chain(flagged) {
        if !set_ids.contains(set) {
            return Err(ctx.at(
                span,
                Problem::UnknownSet {
                    found: set.clone(),
                    valid: list(set_ids),
                },
            ));
        }
    }
    Ok(())
}
