//! Explanations: for a pair, which comparisons agreed, at which level, with what weight; for a
//! cluster, the same aggregated over its matching pairs.

use crate::compare::{COMPARISON_NAMES, COMPARISONS, MISSING, compare, level_label};
use crate::linker::{ScoredPair, agreeing_frequencies};
use crate::model::{Contribution, Model, NameFrequencies, probability};
use crate::prepare::Prepared;

/// Why two records match (or not).
#[derive(Debug, Clone, PartialEq)]
pub struct PairExplanation {
    /// Match probability.
    pub probability: f64,
    /// Prior weight in bits (the odds that two random records match).
    pub prior_weight: f64,
    /// Given name and surname were compared crosswise.
    pub names_swapped: bool,
    /// One entry per comparison.
    pub contributions: Vec<Contribution>,
}

/// Explain the comparison of two records under a model.
pub fn explain_pair(
    a: &Prepared,
    b: &Prepared,
    model: &Model,
    names: &NameFrequencies,
) -> PairExplanation {
    let c = compare(a, b);
    let contributions = model.explain(&c, agreeing_frequencies(a, b, &c, names));
    let prior_weight = (model.lambda / (1.0 - model.lambda)).log2();
    let total: f64 = prior_weight + contributions.iter().map(|x| x.weight).sum::<f64>();
    PairExplanation {
        probability: probability(total),
        prior_weight,
        names_swapped: c.swapped,
        contributions,
    }
}

/// One comparison summarised over a cluster's matching pairs.
#[derive(Debug, Clone, PartialEq)]
pub struct ClusterEvidence {
    /// Comparison name.
    pub comparison: &'static str,
    /// Pairs in which the comparison had values on both sides.
    pub compared: usize,
    /// Count of pairs per level label, most frequent first.
    pub levels: Vec<(&'static str, usize)>,
    /// Mean weight in bits over the compared pairs.
    pub mean_weight: f64,
}

/// Explain a cluster from its matching pairs (pairs whose both records are in the cluster).
pub fn explain_cluster(
    records: &[Prepared],
    pairs: &[ScoredPair],
    model: &Model,
    names: &NameFrequencies,
) -> Vec<ClusterEvidence> {
    let mut evidence: Vec<ClusterEvidence> = COMPARISON_NAMES
        .iter()
        .map(|&comparison| ClusterEvidence {
            comparison,
            compared: 0,
            levels: Vec::new(),
            mean_weight: 0.0,
        })
        .collect();
    for p in pairs {
        let (a, b) = (&records[p.a as usize], &records[p.b as usize]);
        let c = compare(a, b);
        let contributions = model.explain(&c, agreeing_frequencies(a, b, &c, names));
        for k in 0..COMPARISONS {
            if c.levels[k] == MISSING {
                continue;
            }
            let e = &mut evidence[k];
            e.compared += 1;
            e.mean_weight += contributions[k].weight;
            let label = level_label(k, c.levels[k]);
            match e.levels.iter_mut().find(|(l, _)| *l == label) {
                Some(entry) => entry.1 += 1,
                None => e.levels.push((label, 1)),
            }
        }
    }
    for e in &mut evidence {
        if e.compared > 0 {
            e.mean_weight /= e.compared as f64;
        }
        e.levels.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(y.0)));
    }
    evidence
}

/// Render contributions as `comparison=level(+weight)` separated by `; `.
pub fn render(contributions: &[Contribution]) -> String {
    contributions
        .iter()
        .filter(|c| c.level != "missing")
        .map(|c| format!("{}={}({:+.1})", c.comparison, c.level, c.weight))
        .collect::<Vec<_>>()
        .join("; ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kind::FieldKind;
    use crate::prepare::Schema;

    #[test]
    fn explanation_names_agreeing_fields_and_sums_to_probability() {
        let schema = Schema {
            kinds: vec![
                FieldKind::GivenName,
                FieldKind::Surname,
                FieldKind::BirthDate,
                FieldKind::Phone,
            ],
        };
        let a = Prepared::from_values(
            &schema,
            &["Blessing", "Osagie", "1994-02-03", "0466 12 34 56"],
        );
        let b = Prepared::from_values(
            &schema,
            &["Osagie", "Blessing", "03/02/1994", "+32466123456"],
        );
        let mut names = NameFrequencies::default();
        for (column, n) in [
            (0, "blessing"),
            (1, "osagie"),
            (0, "osagie"),
            (1, "blessing"),
        ] {
            names.add(column, n);
        }
        let model = Model::initial();
        let e = explain_pair(&a, &b, &model, &names);
        assert!(e.names_swapped);
        let text = render(&e.contributions);
        assert!(text.contains("birth_date=exact"), "{text}");
        assert!(text.contains("contact=shared identifier"), "{text}");
        assert!(
            !text.contains("location"),
            "missing fields are not evidence: {text}"
        );
        let total = e.prior_weight + e.contributions.iter().map(|c| c.weight).sum::<f64>();
        assert!((probability(total) - e.probability).abs() < 1e-12);
        let cluster = explain_cluster(
            &[a, b],
            &[ScoredPair {
                a: 0,
                b: 1,
                probability: e.probability as f32,
            }],
            &model,
            &names,
        );
        assert_eq!(cluster[2].levels, vec![("exact", 1)]);
    }
}
