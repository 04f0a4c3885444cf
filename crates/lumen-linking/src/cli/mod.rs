//! The `lumen link` command line: dedupe, pair, generate, evaluate, bench.

mod bench;
mod evaluate;
mod explain;

use crate::blocking::{any_pair, cross_pair};
use crate::csvio::{FieldSpec, load_with_progress};
use crate::error::LinkError;
use crate::linker::{LinkResult, LinkSettings, link};
use clap::{Args, Subcommand};
use std::io::Write;
use std::process::ExitCode;
use std::time::Instant;

/// Subcommands of `lumen link`.
#[derive(Debug, Subcommand)]
pub enum LinkCommand {
    /// Find the records of one file that are the same person; write `id,cluster_id`.
    Dedupe(DedupeArgs),
    /// Link the records of two files; write `id,cluster_id` over both.
    Pair(PairArgs),
    /// Generate synthetic person records with a ground-truth `entity_id` column.
    Generate(GenerateArgs),
    /// Compare clusters with ground truth: pairwise and B-cubed precision, recall, F1.
    Evaluate(EvaluateArgs),
    /// Print benchmark figures (normalisers, batch dedupe, incremental index).
    Bench(bench::BenchArgs),
}

/// Options shared by `dedupe` and `pair`.
#[derive(Debug, Args)]
pub struct MatchOptions {
    /// Column holding the record id.
    #[arg(long)]
    pub id: String,
    /// A field to use, as COLUMN=KIND (repeatable).
    #[arg(long = "field", required = true)]
    pub fields: Vec<String>,
    /// Output file with header `id,cluster_id`.
    #[arg(long)]
    pub out: String,
    /// Match probability threshold. The default 0.5 links a pair when its match weight, with the
    /// prior odds of a match estimated from the data, is at least zero (a match is more likely
    /// than not).
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f64,
    /// Optional file with `left_id,right_id,probability` for every pair at or above the threshold.
    #[arg(long)]
    pub pairs: Option<String>,
    /// Identifiers shared by more records than this are reported as over-shared and not used.
    #[arg(long, default_value_t = 50)]
    pub identifier_cap: usize,
    /// Name and birth-date blocks larger than this are skipped (and reported).
    #[arg(long, default_value_t = 1000)]
    pub max_block_size: usize,
    /// Blocks of partial keys (one phonetic name with a few letters or a postcode, names without
    /// the year, street and house number) larger than this are skipped (and reported). By
    /// default the cap is derived from the data: partial keys may add at most as many comparisons
    /// as the full keys made, spent on the smallest partial blocks first.
    #[arg(long)]
    pub partial_block_size: Option<usize>,
    /// Largest cluster allowed.
    #[arg(long, default_value_t = 200)]
    pub max_cluster_size: usize,
    /// Least share of the record pairs between two groups that must be links for them to merge.
    #[arg(long, default_value_t = 0.4)]
    pub min_link_density: f64,
    /// Stop with an error rather than compare more candidate pairs than this (bounds memory:
    /// about 25 bytes per pair).
    #[arg(long, default_value_t = 300_000_000)]
    pub max_pairs: usize,
    /// Optional file explaining every pair at or above the threshold (comparison, level, weight).
    #[arg(long)]
    pub explain: Option<String>,
    /// Optional file explaining every multi-record cluster (evidence per comparison).
    #[arg(long)]
    pub explain_clusters: Option<String>,
    /// Ground-truth file (`id,entity_id`): print where the missed true pairs were lost, by stage
    /// and by the comparisons that disagreed, and the recall of each blocking rule.
    #[arg(long)]
    pub breakdown_truth: Option<String>,
    /// Column of the breakdown truth file holding the true entity.
    #[arg(long, default_value = "entity_id")]
    pub breakdown_truth_column: String,
}

/// `dedupe` arguments.
#[derive(Debug, Args)]
pub struct DedupeArgs {
    /// Input CSV file.
    pub input: String,
    #[command(flatten)]
    pub options: MatchOptions,
}

/// `pair` arguments.
#[derive(Debug, Args)]
pub struct PairArgs {
    /// Left CSV file.
    pub left: String,
    /// Right CSV file.
    pub right: String,
    #[command(flatten)]
    pub options: MatchOptions,
}

/// `generate` arguments.
#[derive(Debug, Args)]
pub struct GenerateArgs {
    /// Number of records.
    #[arg(long)]
    pub records: usize,
    /// Random seed.
    #[arg(long, default_value_t = 1)]
    pub seed: u64,
    /// Output CSV file.
    #[arg(long)]
    pub out: String,
}

/// `evaluate` arguments.
#[derive(Debug, Args)]
pub struct EvaluateArgs {
    /// Clusters file (`id,cluster_id`).
    #[arg(long)]
    pub clusters: String,
    /// Ground-truth file.
    #[arg(long)]
    pub truth: String,
    /// Column of the truth file holding the true entity.
    #[arg(long, default_value = "entity_id")]
    pub truth_column: String,
    /// Id column of the truth file.
    #[arg(long, default_value = "id")]
    pub truth_id: String,
    /// Input file(s) the clusters came from (one to dedupe, two to link): re-run the engine on
    /// them and print where its missed true pairs were lost, by stage and disagreeing comparison.
    #[arg(long = "input", num_args = 1..=2)]
    pub inputs: Vec<String>,
    /// With `--input`: a field to use, as COLUMN=KIND (repeatable).
    #[arg(long = "field")]
    pub fields: Vec<String>,
    /// With `--input`: column holding the record id.
    #[arg(long, default_value = "id")]
    pub id: String,
    /// With `--input`: match probability threshold of the run.
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f64,
}

/// Run a `lumen link` subcommand. Exit code 2 on bad input (message on stderr, nothing written).
pub fn run(cmd: LinkCommand) -> ExitCode {
    match execute(cmd) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error [{}]: {e}", e.code());
            ExitCode::from(2)
        }
    }
}

/// Run a subcommand and return its error instead of printing it.
pub fn execute(cmd: LinkCommand) -> Result<(), LinkError> {
    match cmd {
        LinkCommand::Dedupe(args) => dedupe(&args),
        LinkCommand::Pair(args) => pair(&args),
        LinkCommand::Generate(args) => generate(&args),
        LinkCommand::Evaluate(args) => evaluate::evaluate_cmd(&args),
        LinkCommand::Bench(args) => bench::run(&args),
    }
}

/// Peak resident memory of this process in bytes (VmHWM), when the platform reports it.
pub fn peak_memory_bytes() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn settings(o: &MatchOptions) -> Result<LinkSettings, LinkError> {
    if !(0.0..=1.0).contains(&o.threshold) {
        return Err(LinkError::InvalidArgument(format!(
            "--threshold {} is not a probability",
            o.threshold
        )));
    }
    let mut s = LinkSettings {
        threshold: o.threshold,
        ..LinkSettings::default()
    };
    s.blocking.identifier_cap = o.identifier_cap;
    s.blocking.max_block_size = o.max_block_size;
    s.blocking.partial_block_size = o.partial_block_size;
    s.blocking.max_pairs = o.max_pairs;
    s.clustering.max_cluster_size = o.max_cluster_size.max(1);
    s.clustering.min_density = o.min_link_density.clamp(0.0, 1.0);
    Ok(s)
}

fn specs(o: &MatchOptions) -> Result<Vec<FieldSpec>, LinkError> {
    o.fields.iter().map(|f| f.parse()).collect()
}

fn load(path: &str, id: &str, fields: &[FieldSpec]) -> Result<crate::csvio::Loaded, LinkError> {
    let mut shown = false;
    let result = load_with_progress(path, id, fields, &mut |n| {
        if n >= 65_536 {
            eprint!("\r[reading {path}] {n} records");
            shown = true;
        }
    });
    if shown {
        eprint!("\r\x1b[K");
    }
    result
}

fn stage(start: &Instant, what: &str) {
    eprintln!("[{:>7.2}s] {what}", start.elapsed().as_secs_f64());
}

fn dedupe(args: &DedupeArgs) -> Result<(), LinkError> {
    let start = Instant::now();
    let o = &args.options;
    let (settings, specs) = (settings(o)?, specs(o)?);
    let loaded = load(&args.input, &o.id, &specs)?;
    stage(&start, &format!("read {} records", loaded.records.len()));
    let result = link(&loaded.records, &settings, any_pair, 0, None)?;
    stage(&start, "matched and clustered");
    write_outputs(o, &loaded.ids, &loaded.records, &result)?;
    evaluate::print_breakdown(
        o,
        &settings,
        &loaded.ids,
        &loaded.records,
        &result,
        any_pair,
        0,
    )?;
    summary(&start, &result, loaded.invalid_dates);
    Ok(())
}

fn pair(args: &PairArgs) -> Result<(), LinkError> {
    let start = Instant::now();
    let o = &args.options;
    let (settings, specs) = (settings(o)?, specs(o)?);
    let left = load(&args.left, &o.id, &specs)?;
    let right = load(&args.right, &o.id, &specs)?;
    let split = left.ids.len();
    let raw_ids: Vec<String> = left.ids.iter().chain(&right.ids).cloned().collect();
    let left_ids: std::collections::HashSet<&str> = left.ids.iter().map(String::as_str).collect();
    let collide = right.ids.iter().any(|id| left_ids.contains(id.as_str()));
    let ids: Vec<String> = if collide {
        left.ids
            .iter()
            .map(|i| format!("L:{i}"))
            .chain(right.ids.iter().map(|i| format!("R:{i}")))
            .collect()
    } else {
        left.ids.iter().chain(&right.ids).cloned().collect()
    };
    let mut records = left.records;
    records.extend(right.records);
    stage(
        &start,
        &format!("read {} + {} records", split, records.len() - split),
    );
    let result = link(&records, &settings, cross_pair, split, None)?;
    write_outputs(o, &ids, &records, &result)?;
    evaluate::print_breakdown(o, &settings, &raw_ids, &records, &result, cross_pair, split)?;
    summary(&start, &result, left.invalid_dates + right.invalid_dates);
    Ok(())
}

/// Path of the partial file written before an output is complete.
fn partial(path: &str) -> String {
    format!("{path}.partial")
}

/// Open `path` for writing: the data goes to `path.partial`, renamed by [`commit`] once every
/// output is complete, so that a failed run leaves no output behind.
pub(crate) fn create(path: &str) -> Result<std::io::BufWriter<std::fs::File>, LinkError> {
    std::fs::File::create(partial(path))
        .map(|f| std::io::BufWriter::with_capacity(1 << 20, f))
        .map_err(|source| LinkError::Io {
            path: path.to_string(),
            source,
        })
}

/// Rename the partial files of `paths` to their final names, or remove them all if `result`
/// is an error.
fn commit(paths: &[&str], result: Result<(), LinkError>) -> Result<(), LinkError> {
    if result.is_err() {
        for path in paths {
            let _ = std::fs::remove_file(partial(path));
        }
        return result;
    }
    for path in paths {
        if std::path::Path::new(&partial(path)).exists() {
            std::fs::rename(partial(path), path).map_err(io_err(path))?;
        }
    }
    Ok(())
}

fn write_outputs(
    o: &MatchOptions,
    ids: &[String],
    records: &[crate::prepare::Prepared],
    result: &LinkResult,
) -> Result<(), LinkError> {
    let mut paths = vec![o.out.as_str()];
    paths.extend(o.pairs.as_deref());
    paths.extend(o.explain.as_deref());
    paths.extend(o.explain_clusters.as_deref());
    commit(&paths, write_all_outputs(o, ids, records, result))
}

fn write_all_outputs(
    o: &MatchOptions,
    ids: &[String],
    records: &[crate::prepare::Prepared],
    result: &LinkResult,
) -> Result<(), LinkError> {
    let mut out = create(&o.out)?;
    writeln!(out, "id,cluster_id").map_err(io_err(&o.out))?;
    for (i, id) in ids.iter().enumerate() {
        writeln!(
            out,
            "{},{}",
            csv_escape(id),
            csv_escape(&ids[result.clusters[i] as usize])
        )
        .map_err(io_err(&o.out))?;
    }
    out.flush().map_err(io_err(&o.out))?;
    if let Some(path) = &o.pairs {
        let mut out = create(path)?;
        writeln!(out, "left_id,right_id,probability").map_err(io_err(path))?;
        for p in &result.pairs {
            writeln!(
                out,
                "{},{},{:.6}",
                csv_escape(&ids[p.a as usize]),
                csv_escape(&ids[p.b as usize]),
                p.probability
            )
            .map_err(io_err(path))?;
        }
        out.flush().map_err(io_err(path))?;
    }
    explain::write(o, ids, records, result)?;
    Ok(())
}

/// Map an I/O error to [`LinkError::Io`] for `path`.
pub(crate) fn io_err(path: &str) -> impl Fn(std::io::Error) -> LinkError + '_ {
    move |source| LinkError::Io {
        path: path.to_string(),
        source,
    }
}

pub(crate) fn csv_escape(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

fn summary(start: &Instant, result: &LinkResult, invalid_dates: u64) {
    let s = &result.stats;
    eprintln!("records:                 {}", s.records);
    eprintln!("candidate pairs:         {}", s.candidate_pairs);
    eprintln!("oversized blocks skipped:{}", s.oversized_blocks);
    eprintln!("partial-key block cap:   {}", s.partial_block_cap);
    match s.blocking_recall_estimate {
        Some(r) => eprintln!("blocking recall (est.):  {:.4}", r),
        None => eprintln!("blocking recall (est.):  n/a (too few matches)"),
    }
    eprintln!("pairs >= threshold:      {}", s.matching_pairs);
    eprintln!("multi-record clusters:   {}", s.multi_record_clusters);
    eprintln!(
        "merges refused (size/density/evidence): {}/{}/{}",
        s.cluster_stats.refused_size,
        s.cluster_stats.refused_density,
        s.cluster_stats.refused_evidence
    );
    eprintln!("impossible dates (missing): {invalid_dates}");
    eprintln!(
        "EM iterations:           {} (prior match probability {:.3e})",
        result.model.iterations, result.model.lambda
    );
    let stages: Vec<String> = s
        .timings
        .iter()
        .map(|(name, t)| format!("{name} {t:.2}s"))
        .collect();
    eprintln!("stages (cumulative):     {}", stages.join(", "));
    eprintln!("model weights (bits per level, lowest level first):");
    for (c, name) in crate::compare::COMPARISON_NAMES.iter().enumerate() {
        let weights: Vec<String> = (0..crate::compare::LEVEL_COUNTS[c])
            .map(|l| {
                format!(
                    "{}={:+.1} (m {:.3}, u {:.4})",
                    crate::compare::level_label(c, l as u8),
                    result.model.weight(c, l as u8, None),
                    result.model.m[c][l],
                    result.model.u[c][l]
                )
            })
            .collect();
        eprintln!("  {name}: {}", weights.join(", "));
    }
    eprintln!(
        "time:                    {:.2}s",
        start.elapsed().as_secs_f64()
    );
    if let Some(peak) = peak_memory_bytes() {
        eprintln!(
            "peak memory:             {:.1} MiB",
            peak as f64 / 1048576.0
        );
    }
}

fn generate(args: &GenerateArgs) -> Result<(), LinkError> {
    if args.records == 0 {
        return Err(LinkError::InvalidArgument(
            "--records must be at least 1".into(),
        ));
    }
    let written = create(&args.out).and_then(|mut out| {
        crate::generate::generate(args.records, args.seed, &mut out)
            .and_then(|()| out.flush())
            .map_err(io_err(&args.out))
    });
    commit(&[args.out.as_str()], written)
}
