//! Clustering that does not chain.
//!
//! Plain connected components over pairs above a threshold chain unrelated people together
//! through a few weak links. Here pairs are merged greedily from the most to the least probable,
//! and two groups merge only if (a) the merged group stays within a size cap and (b) enough of
//! the record pairs between the two groups are themselves matches (link density). A single
//! bridging pair can therefore never join two groups of several records.

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
}

/// Cluster `n` records given matching pairs `(a, b, probability)`. Returns the cluster index of
/// each record (the smallest record index of its cluster) and statistics.
pub fn cluster(
    n: usize,
    pairs: &[(u32, u32, f32)],
    settings: ClusterSettings,
) -> (Vec<u32>, ClusterStats) {
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
