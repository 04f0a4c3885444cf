//! Clustering that does not chain.
//!
//! Plain connected components over pairs above a threshold chain unrelated people together
//! through a few weak links. Here pairs are merged greedily from the most to the least probable,
//! and two groups merge only if (a) the merged group stays within a size cap and (b) enough of
//! the record pairs between the two groups are themselves matches (link density), and (c) the
//! record pairs between them that were compared agree on average: their mean match weight is at
//! least the threshold's (average linkage over the compared pairs, pairs never compared counting
//! as no evidence). A single bridging pair can therefore never join two groups of several records,
//! and two namesakes' groups whose other records contradict each other (different birth dates,
//! say) stay apart even when records missing those fields link to both.

/// Settings of the clustering step.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ClusterSettings {
    /// Largest cluster allowed.
    pub max_cluster_size: usize,
    /// Minimum share of cross pairs that must be matches for two groups to merge.
    pub min_density: f64,
}

impl Default for ClusterSettings {
    fn default() -> Self {
        ClusterSettings {
            max_cluster_size: 200,
            min_density: 0.4,
        }
    }
}

/// Counts from a clustering run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ClusterStats {
    /// Merges refused because the result would exceed the size cap.
    pub refused_size: usize,
    /// Merges refused for too few links between the groups.
    pub refused_density: usize,
    /// Merges refused because the compared pairs between the groups disagree on average.
    pub refused_evidence: usize,
}

/// Every compared pair with its match weight in bits (log2 of the posterior odds), for the
/// average-linkage check, and the weight of the threshold.
#[derive(Debug, Clone, Copy)]
pub struct Evidence<'a> {
    /// Compared pairs `(i << 32) | j`.
    pub pairs: &'a [u64],
    /// Match weight of each compared pair, in bits.
    pub weights: &'a [f32],
    /// Weight of the threshold, in bits (0 for a posterior of 0.5).
    pub threshold: f64,
}

/// Cluster `n` records given matching pairs `(a, b, probability)`. Returns the cluster index of
/// each record (the smallest record index of its cluster) and statistics.
pub fn cluster(
    n: usize,
    pairs: &[(u32, u32, f32)],
    settings: ClusterSettings,
) -> (Vec<u32>, ClusterStats) {
    cluster_with_evidence(n, pairs, settings, None)
}

/// Compressed adjacency of the compared pairs with their weights.
struct Compared {
    offsets: Vec<usize>,
    neighbours: Vec<(u32, f32)>,
}

impl Compared {
    fn new(n: usize, e: &Evidence) -> Compared {
        let mut offsets = vec![0usize; n + 1];
        for &p in e.pairs {
            offsets[(p >> 32) as usize + 1] += 1;
            offsets[(p & 0xFFFF_FFFF) as usize + 1] += 1;
        }
        for i in 0..n {
            offsets[i + 1] += offsets[i];
        }
        let mut fill = offsets.clone();
        let mut neighbours = vec![(0u32, 0f32); offsets[n]];
        for (&p, &w) in e.pairs.iter().zip(e.weights) {
            let (a, b) = ((p >> 32) as usize, (p & 0xFFFF_FFFF) as usize);
            neighbours[fill[a]] = (b as u32, w);
            fill[a] += 1;
            neighbours[fill[b]] = (a as u32, w);
            fill[b] += 1;
        }
        Compared {
            offsets,
            neighbours,
        }
    }

    fn of(&self, m: u32) -> &[(u32, f32)] {
        &self.neighbours[self.offsets[m as usize]..self.offsets[m as usize + 1]]
    }
}

/// [`cluster`] with the average-linkage check over every compared pair (`evidence`).
pub fn cluster_with_evidence(
    n: usize,
    pairs: &[(u32, u32, f32)],
    settings: ClusterSettings,
    evidence: Option<Evidence>,
) -> (Vec<u32>, ClusterStats) {
    let compared = evidence.as_ref().map(|e| Compared::new(n, e));
    let mut order: Vec<usize> = (0..pairs.len()).collect();
    order.sort_unstable_by(|&x, &y| {
        let (a, b) = (&pairs[x], &pairs[y]);
        b.2.total_cmp(&a.2).then(a.0.cmp(&b.0)).then(a.1.cmp(&b.1))
    });
    // Adjacency (CSR) of the matching pairs, for link-density checks.
    let mut degree = vec![0u32; n + 1];
    for &(a, b, _) in pairs {
        degree[a as usize] += 1;
        degree[b as usize] += 1;
    }
    let mut offsets = vec![0usize; n + 1];
    for i in 0..n {
        offsets[i + 1] = offsets[i] + degree[i] as usize;
    }
    let mut fill = offsets.clone();
    let mut neighbours = vec![0u32; offsets[n]];
    for &(a, b, _) in pairs {
        neighbours[fill[a as usize]] = b;
        fill[a as usize] += 1;
        neighbours[fill[b as usize]] = a;
        fill[b as usize] += 1;
    }
    let mut root: Vec<u32> = (0..n as u32).collect();
    let mut members: Vec<Vec<u32>> = (0..n as u32).map(|i| vec![i]).collect();
    let mut stats = ClusterStats::default();
    for index in order {
        let (a, b, _) = pairs[index];
        let (ra, rb) = (root[a as usize], root[b as usize]);
        if ra == rb {
            continue;
        }
        let (size_a, size_b) = (members[ra as usize].len(), members[rb as usize].len());
        if size_a + size_b > settings.max_cluster_size {
            stats.refused_size += 1;
            continue;
        }
        let (small, large) = if size_a <= size_b { (ra, rb) } else { (rb, ra) };
        if size_a > 1 || size_b > 1 {
            let links: usize = members[small as usize]
                .iter()
                .map(|&m| {
                    neighbours[offsets[m as usize]..offsets[m as usize + 1]]
                        .iter()
                        .filter(|&&x| root[x as usize] == large)
                        .count()
                })
                .sum();
            if (links as f64) < settings.min_density * (size_a * size_b) as f64 {
                stats.refused_density += 1;
                continue;
            }
            if let (Some(compared), Some(e)) = (&compared, &evidence) {
                let (mut sum, mut count) = (0.0f64, 0usize);
                for &m in &members[small as usize] {
                    for &(x, w) in compared.of(m) {
                        if root[x as usize] == large {
                            sum += f64::from(w);
                            count += 1;
                        }
                    }
                }
                if count > 0 && sum < e.threshold * count as f64 {
                    stats.refused_evidence += 1;
                    continue;
                }
            }
        }
        let moved = std::mem::take(&mut members[small as usize]);
        for &m in &moved {
            root[m as usize] = large;
        }
        members[large as usize].extend(moved);
    }
    let mut label = vec![0u32; n];
    for group in members.iter().filter(|g| !g.is_empty()) {
        let smallest = group.iter().copied().min().unwrap_or_default();
        for &m in group {
            label[m as usize] = smallest;
        }
    }
    (label, stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_single_bridge_does_not_chain_two_groups() {
        // Two tight groups {0,1,2} and {3,4,5}, one weak bridge 2-3.
        let mut pairs = vec![];
        for (a, b) in [(0, 1), (0, 2), (1, 2), (3, 4), (3, 5), (4, 5)] {
            pairs.push((a, b, 0.99));
        }
        pairs.push((2, 3, 0.95));
        let (labels, stats) = cluster(6, &pairs, ClusterSettings::default());
        assert_eq!(labels, vec![0, 0, 0, 3, 3, 3]);
        assert_eq!(stats.refused_density, 1);
    }

    #[test]
    fn namesakes_whose_compared_records_disagree_stay_apart() {
        // {0,1} and {2,3} are two people; record 4 lacks the fields that tell them apart and
        // links to all four. Between the groups, 0-2, 0-3, 1-2, 1-3 were compared and disagree.
        let mut links = vec![(0, 1, 0.99), (2, 3, 0.99)];
        for x in 0..4 {
            links.push((x, 4, 0.9));
        }
        let weight = |p: f32| (p / (1.0 - p)).log2();
        let mut compared: Vec<(u64, f32)> = links
            .iter()
            .map(|&(a, b, p)| ((u64::from(a) << 32) | u64::from(b), weight(p)))
            .collect();
        for (a, b) in [(0u64, 2u64), (0, 3), (1, 2), (1, 3)] {
            compared.push(((a << 32) | b, -8.0));
        }
        compared.sort_by_key(|c| c.0);
        let (codes, weights): (Vec<u64>, Vec<f32>) = compared.into_iter().unzip();
        let evidence = Evidence {
            pairs: &codes,
            weights: &weights,
            threshold: 0.0,
        };
        let settings = ClusterSettings {
            max_cluster_size: 200,
            min_density: 0.0,
        };
        let (without, _) = cluster(5, &links, settings);
        assert!(without.iter().all(|&l| l == 0), "{without:?}");
        let (with, stats) = cluster_with_evidence(5, &links, settings, Some(evidence));
        assert_ne!(with[0], with[2], "{with:?}");
        assert_eq!(with[0], with[1]);
        assert_eq!(with[2], with[3]);
        assert!(stats.refused_evidence > 0);
    }

    #[test]
    fn a_long_chain_is_cut_by_density_and_size() {
        // A path 0-1-2-…-999: connected components would give one cluster of 1000.
        let pairs: Vec<(u32, u32, f32)> = (0..999).map(|i| (i, i + 1, 0.95)).collect();
        let (labels, _) = cluster(1000, &pairs, ClusterSettings::default());
        let mut sizes = std::collections::HashMap::new();
        for l in labels {
            *sizes.entry(l).or_insert(0) += 1;
        }
        assert!(
            sizes.values().all(|&s| s <= 3),
            "largest {:?}",
            sizes.values().max()
        );
    }

    #[test]
    fn size_cap_holds_for_a_clique() {
        let mut pairs = vec![];
        for a in 0..30u32 {
            for b in a + 1..30 {
                pairs.push((a, b, 0.99));
            }
        }
        let (labels, stats) = cluster(
            30,
            &pairs,
            ClusterSettings {
                max_cluster_size: 10,
                min_density: 0.4,
            },
        );
        let largest = (0..30u32)
            .map(|c| labels.iter().filter(|&&l| l == c).count())
            .max();
        assert_eq!(largest, Some(10));
        assert!(stats.refused_size > 0);
    }
}
