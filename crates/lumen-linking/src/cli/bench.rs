//! `lumen link bench`: figures for normalisers, batch deduplication and the incremental index.

use super::{io_err, peak_memory_bytes};
use crate::blocking::any_pair;
use crate::csvio::{FieldSpec, load, load_pairs};
use crate::error::LinkError;
use crate::evaluate::evaluate;
use crate::incremental::IncrementalIndex;
use crate::linker::{LinkSettings, link};
use crate::normalize::{normalize_name, normalize_phone};
use crate::rng::Rng;
use clap::Args;
use std::collections::HashMap;
use std::io::Write;
use std::time::Instant;

/// `bench` arguments.
#[derive(Debug, Args)]
pub struct BenchArgs {
    /// Records to generate and deduplicate.
    #[arg(long, default_value_t = 100_000)]
    pub records: usize,
    /// Seed of the generated data.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Phone numbers to normalise for the throughput figure.
    #[arg(long, default_value_t = 2_000_000)]
    pub phones: usize,
    /// Incremental queries to time.
    #[arg(long, default_value_t = 2000)]
    pub queries: usize,
    /// Working directory for the generated file and outputs.
    #[arg(long, default_value = "/tmp")]
    pub workdir: String,
}

fn percentile(sorted: &[f64], q: f64) -> f64 {
    sorted
        .get(((sorted.len() as f64 - 1.0) * q).round() as usize)
        .copied()
        .unwrap_or(0.0)
}

fn mib(bytes: Option<u64>) -> String {
    bytes.map_or("n/a".into(), |b| format!("{:.0} MiB", b as f64 / 1048576.0))
}

/// Run the benchmark and print its figures.
pub fn run(args: &BenchArgs) -> Result<(), LinkError> {
    // 1. Normalisers.
    let mut rng = Rng::new(args.seed);
    let forms = [
        "+32 475 {a} {b} {c}",
        "0475/{a}.{b}.{c}",
        "0032475{a}{b}{c}",
        "https://wa.me/32475{a}{b}{c}",
        "(02) 5{a} {b} {c}",
        "+234 803 {a}{b} {c}",
    ];
    let phones: Vec<String> = (0..args.phones)
        .map(|_| {
            let f = rng.pick(&forms);
            f.replace("{a}", &format!("{:02}", rng.below(100)))
                .replace("{b}", &format!("{:02}", rng.below(100)))
                .replace("{c}", &format!("{:02}", rng.below(100)))
        })
        .collect();
    let start = Instant::now();
    let valid = phones
        .iter()
        .filter(|p| normalize_phone(p).is_some())
        .count();
    let secs = start.elapsed().as_secs_f64();
    println!(
        "phone normaliser: {} numbers in {:.3}s on one core = {:.2} M/s ({} valid)",
        phones.len(),
        secs,
        phones.len() as f64 / secs / 1e6,
        valid
    );
    drop(phones);
    let names = [
        "Jean-Pierre DE SMET",
        "Иван Петров",
        "Nguyễn Thị Lan",
        "محمد العمراني",
        "王伟",
        "Oluwaseun Adeyemi",
    ];
    let start = Instant::now();
    let n = 300_000;
    let kept = (0..n)
        .filter(|i| normalize_name(names[i % names.len()]).is_some())
        .count();
    println!(
        "name normaliser: {:.2} M/s on one core (mixed scripts, {kept} kept)",
        n as f64 / start.elapsed().as_secs_f64() / 1e6
    );

    // 2. Batch deduplication, end to end (CSV read → clusters written).
    let input = format!("{}/lumen-link-bench-{}.csv", args.workdir, args.records);
    let clusters_path = format!(
        "{}/lumen-link-bench-{}-clusters.csv",
        args.workdir, args.records
    );
    {
        let file = std::fs::File::create(&input).map_err(io_err(&input))?;
        let mut out = std::io::BufWriter::new(file);
        crate::generate::generate(args.records, args.seed, &mut out)
            .and_then(|()| out.flush())
            .map_err(io_err(&input))?;
    }
    let before = peak_memory_bytes();
    let fields: Vec<FieldSpec> = [
        "given_name=given_name",
        "surname=surname",
        "birth_date=birth_date",
        "phone=phone",
        "email=email",
        "address=address",
        "handle=handle",
    ]
    .iter()
    .map(|f| f.parse())
    .collect::<Result<_, _>>()?;
    let start = Instant::now();
    let loaded = load(&input, "id", &fields)?;
    let read_secs = start.elapsed().as_secs_f64();
    let settings = LinkSettings::default();
    let result = link(&loaded.records, &settings, any_pair, 0, None)?;
    {
        let file = std::fs::File::create(&clusters_path).map_err(io_err(&clusters_path))?;
        let mut out = std::io::BufWriter::new(file);
        writeln!(out, "id,cluster_id").map_err(io_err(&clusters_path))?;
        for (i, id) in loaded.ids.iter().enumerate() {
            writeln!(out, "{id},{}", loaded.ids[result.clusters[i] as usize])
                .map_err(io_err(&clusters_path))?;
        }
        out.flush().map_err(io_err(&clusters_path))?;
    }
    let batch_secs = start.elapsed().as_secs_f64();
    let truth = load_pairs(&input, "id", "entity_id")?;
    let mut interner: HashMap<&str, u64> = HashMap::new();
    let expected: Vec<u64> = truth
        .iter()
        .map(|(_, e)| {
            let next = interner.len() as u64;
            *interner.entry(e.as_str()).or_insert(next)
        })
        .collect();
    let predicted: Vec<u64> = result.clusters.iter().map(|&c| u64::from(c)).collect();
    let batch_peak = peak_memory_bytes();
    let (pw, b3) = evaluate(&predicted, &expected);
    // True blocking recall: share of the true duplicate pairs that blocking proposed.
    let candidates =
        crate::blocking::candidate_pairs(&loaded.records, result.blocking, any_pair, 0)?;
    let mut members: HashMap<u64, Vec<u32>> = HashMap::new();
    for (i, &e) in expected.iter().enumerate() {
        members.entry(e).or_default().push(i as u32);
    }
    let (mut true_pairs, mut proposed) = (0usize, 0usize);
    for group in members.values() {
        for (x, &a) in group.iter().enumerate() {
            for &b in &group[x + 1..] {
                true_pairs += 1;
                proposed += usize::from(
                    candidates
                        .pairs
                        .binary_search(&((u64::from(a) << 32) | u64::from(b)))
                        .is_ok(),
                );
            }
        }
    }
    drop(candidates);
    println!(
        "batch dedupe: {} records in {:.2}s (read {:.2}s), peak memory {} (before run {}), {} candidate pairs, blocking recall est. {} (true {:.4})",
        args.records,
        batch_secs,
        read_secs,
        mib(batch_peak),
        mib(before),
        result.stats.candidate_pairs,
        result
            .stats
            .blocking_recall_estimate
            .map_or("n/a".into(), |r| format!("{r:.4}")),
        proposed as f64 / true_pairs.max(1) as f64,
    );
    println!(
        "quality: pairwise P {:.4} R {:.4} F1 {:.4} | B-cubed P {:.4} R {:.4} F1 {:.4} | {} pairs >= {}",
        pw.precision,
        pw.recall,
        pw.f1,
        b3.precision,
        b3.recall,
        b3.f1,
        result.stats.matching_pairs,
        settings.threshold
    );

    // 3. Incremental index with the batch model.
    let mut index = IncrementalIndex::with_capacity(
        result.model.clone(),
        result.blocking,
        loaded.records.len(),
    );
    let mut insert_times = Vec::with_capacity(loaded.records.len());
    for r in &loaded.records {
        let record = r.clone();
        let t = Instant::now();
        index.insert(record);
        insert_times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    insert_times.sort_unstable_by(f64::total_cmp);
    let mut by_record: HashMap<u32, Vec<u32>> = HashMap::new();
    for p in &result.pairs {
        by_record.entry(p.a).or_default().push(p.b);
        by_record.entry(p.b).or_default().push(p.a);
    }
    let mut query_times = Vec::with_capacity(args.queries);
    let mut agree = 0usize;
    for _ in 0..args.queries {
        let slot = rng.below(loaded.records.len()) as u32;
        let t = Instant::now();
        let found = index.matches_of(slot, settings.threshold);
        query_times.push(t.elapsed().as_secs_f64() * 1e3);
        let mut found: Vec<u32> = found.iter().map(|m| m.slot).collect();
        found.sort_unstable();
        let mut want = by_record.get(&slot).cloned().unwrap_or_default();
        want.sort_unstable();
        agree += usize::from(found == want);
    }
    query_times.sort_unstable_by(f64::total_cmp);
    // Queries for records not in the index yet (a new report arrives), then their insertion.
    let mut fresh_times = Vec::with_capacity(args.queries);
    let mut fresh_matches = 0usize;
    for _ in 0..args.queries {
        let record = loaded.records[rng.below(loaded.records.len())].clone();
        let t = Instant::now();
        fresh_matches += index.query(&record, settings.threshold).len();
        fresh_times.push(t.elapsed().as_secs_f64() * 1e3);
    }
    fresh_times.sort_unstable_by(f64::total_cmp);
    println!(
        "incremental new-record query: p50 {:.4} ms p99 {:.4} ms max {:.3} ms ({} matches over {} queries)",
        percentile(&fresh_times, 0.5),
        percentile(&fresh_times, 0.99),
        fresh_times.last().copied().unwrap_or(0.0),
        fresh_matches,
        args.queries
    );
    println!(
        "incremental: insert p50 {:.4} ms p99 {:.4} ms max {:.3} ms | query p50 {:.4} ms p99 {:.4} ms max {:.3} ms | {}/{} queries identical to batch",
        percentile(&insert_times, 0.5),
        percentile(&insert_times, 0.99),
        insert_times.last().copied().unwrap_or(0.0),
        percentile(&query_times, 0.5),
        percentile(&query_times, 0.99),
        query_times.last().copied().unwrap_or(0.0),
        agree,
        args.queries
    );
    println!(
        "peak memory of the whole bench: {}",
        mib(peak_memory_bytes())
    );
    Ok(())
}
