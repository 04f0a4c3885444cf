//! Evaluation against ground truth: pairwise and B-cubed precision, recall and F1.

use rustc_hash::FxHashMap;

/// Precision, recall and F1.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// Precision.
    pub precision: f64,
    /// Recall.
    pub recall: f64,
    /// F1 (harmonic mean).
    pub f1: f64,
}

fn scores(precision: f64, recall: f64) -> Scores {
    let f1 = if precision + recall > 0.0 {
        2.0 * precision * recall / (precision + recall)
    } else {
        0.0
    };
    Scores {
        precision,
        recall,
        f1,
    }
}

/// Pairwise and B-cubed scores of predicted clusters against true entities, over the records
/// present in both (each slice gives a label per record, same order).
pub fn evaluate(predicted: &[u64], truth: &[u64]) -> (Scores, Scores) {
    let n = predicted.len().min(truth.len());
    let mut pred_sizes: FxHashMap<u64, u64> = FxHashMap::default();
    let mut true_sizes: FxHashMap<u64, u64> = FxHashMap::default();
    let mut both: FxHashMap<(u64, u64), u64> = FxHashMap::default();
    for i in 0..n {
        *pred_sizes.entry(predicted[i]).or_default() += 1;
        *true_sizes.entry(truth[i]).or_default() += 1;
        *both.entry((predicted[i], truth[i])).or_default() += 1;
    }
    let pairs = |s: u64| (s * s.saturating_sub(1) / 2) as f64;
    let tp: f64 = both.values().map(|&s| pairs(s)).sum();
    let predicted_pairs: f64 = pred_sizes.values().map(|&s| pairs(s)).sum();
    let true_pairs: f64 = true_sizes.values().map(|&s| pairs(s)).sum();
    let pairwise = scores(
        if predicted_pairs > 0.0 {
            tp / predicted_pairs
        } else {
            1.0
        },
        if true_pairs > 0.0 {
            tp / true_pairs
        } else {
            1.0
        },
    );
    let (mut bp, mut br) = (0.0, 0.0);
    for (&(p, t), &s) in &both {
        let s = s as f64;
        bp += s * s / pred_sizes[&p] as f64;
        br += s * s / true_sizes[&t] as f64;
    }
    let bcubed = if n > 0 {
        scores(bp / n as f64, br / n as f64)
    } else {
        scores(1.0, 1.0)
    };
    (pairwise, bcubed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn perfect_and_imperfect() {
        let (pw, b3) = evaluate(&[1, 1, 2, 3], &[9, 9, 8, 7]);
        assert_eq!((pw.f1, b3.f1), (1.0, 1.0));
        // Truth {0,1,2}; predicted {0,1},{2}: 1 of 3 true pairs found, no false pair.
        let (pw, b3) = evaluate(&[1, 1, 2], &[5, 5, 5]);
        assert!((pw.precision - 1.0).abs() < 1e-12 && (pw.recall - 1.0 / 3.0).abs() < 1e-12);
        assert!(b3.recall < 1.0 && (b3.precision - 1.0).abs() < 1e-12);
    }
}
