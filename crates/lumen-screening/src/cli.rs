//! Command-line front end: `lumen screening catalogue|assess`.

use crate::{AssessRequest, Assessment, Catalogue, Facts, Lang};
use clap::Subcommand;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

/// Exit code for bad input (unknown set, indicator, purpose, broken catalogue).
pub const EXIT_BAD_INPUT: u8 = 2;

/// Screening subcommands.
#[derive(Debug, Clone, Subcommand)]
pub enum ScreeningCommand {
    /// List the indicators (id, set, dimension, strength).
    Catalogue {
        /// Only this set (adult-labour, adult-sexual, child-labour, child-sexual).
        #[arg(long)]
        set: Option<String>,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Read catalogues from this directory instead of the built-in ones.
        #[arg(long)]
        catalogue_dir: Option<PathBuf>,
    },
    /// Assess a situation from selected indicators.
    Assess {
        /// Indicator set (adult-labour, adult-sexual, child-labour, child-sexual).
        #[arg(long)]
        set: String,
        /// Comma-separated indicator ids of that set, e.g. al.d5.isolation,al.d4.excessive_hours.
        #[arg(long, value_delimiter = ',', default_value = "")]
        indicators: Vec<String>,
        /// Age of the person, when known.
        #[arg(long)]
        age: Option<u32>,
        /// An act (recruit, transport, harbour, receive, take control) is established.
        #[arg(long)]
        act: bool,
        /// Purpose of exploitation, when known (e.g. sexual_exploitation).
        #[arg(long)]
        purpose: Option<String>,
        /// The person is in immediate danger.
        #[arg(long)]
        danger: bool,
        /// Date deciding the law version (YYYY-MM-DD); today by default.
        #[arg(long)]
        date: Option<String>,
        /// Language of the texts (fr, nl, en).
        #[arg(long, default_value = "en")]
        lang: String,
        /// Print JSON.
        #[arg(long)]
        json: bool,
        /// Read catalogues from this directory instead of the built-in ones.
        #[arg(long)]
        catalogue_dir: Option<PathBuf>,
    },
}

/// Runs a screening command, printing to stdout and errors to stderr.
pub fn run(cmd: ScreeningCommand) -> ExitCode {
    let code = execute(
        cmd,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr().lock(),
    );
    ExitCode::from(code)
}

/// Runs a screening command with the given outputs; returns the exit code (0, or 2 on bad input).
pub fn execute(cmd: ScreeningCommand, out: &mut dyn Write, err: &mut dyn Write) -> u8 {
    match try_execute(cmd, out) {
        Ok(()) => 0,
        Err(message) => {
            let _ = writeln!(err, "error: {message}");
            EXIT_BAD_INPUT
        }
    }
}

fn load(dir: Option<PathBuf>) -> Result<Catalogue, String> {
    match dir {
        Some(d) => Catalogue::load_dir(&d),
        None => Catalogue::builtin(),
    }
    .map_err(|e| e.to_string())
}

fn try_execute(cmd: ScreeningCommand, out: &mut dyn Write) -> Result<(), String> {
    let io = |e: std::io::Error| e.to_string();
    match cmd {
        ScreeningCommand::Catalogue {
            set,
            json,
            catalogue_dir,
        } => {
            let cat = load(catalogue_dir)?;
            let sets = match &set {
                Some(id) => vec![cat.set(id).map_err(|e| e.to_string())?],
                None => cat.sets().iter().collect(),
            };
            if json {
                let rows: Vec<_> = sets
                    .iter()
                    .flat_map(|s| s.indicators.iter())
                    .map(|i| {
                        serde_json::json!({
                            "id": i.id, "set": i.set, "dimension": i.dimension,
                            "strength": i.strength, "theme": i.theme,
                            "verify": i.verify(), "label": i.label.get(Lang::En),
                        })
                    })
                    .collect();
                let text = serde_json::to_string_pretty(&rows).map_err(|e| e.to_string())?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                for s in sets {
                    for i in &s.indicators {
                        let flag = if i.verify() { " (verify)" } else { "" };
                        writeln!(
                            out,
                            "{:<40} {:<13} {} {:<7} {}{flag}",
                            i.id,
                            i.set,
                            i.dimension,
                            i.strength.as_str(),
                            i.label.get(Lang::En)
                        )
                        .map_err(io)?;
                    }
                }
            }
            Ok(())
        }
        ScreeningCommand::Assess {
            set,
            indicators,
            age,
            act,
            purpose,
            danger,
            date,
            lang,
            json,
            catalogue_dir,
        } => {
            let lang: Lang = lang
                .parse()
                .map_err(|e: crate::AssessError| e.to_string())?;
            let cat = load(catalogue_dir)?;
            let req = AssessRequest {
                set,
                indicators: indicators
                    .into_iter()
                    .filter(|s| !s.trim().is_empty())
                    .collect(),
                facts: Facts {
                    age,
                    act_established: act,
                    purpose,
                    immediate_danger: danger,
                },
                date,
            };
            let result = cat.assess(&req).map_err(|e| e.to_string())?;
            if json {
                let text = serde_json::to_string_pretty(&result).map_err(|e| e.to_string())?;
                writeln!(out, "{text}").map_err(io)?;
            } else {
                print_text(&cat, &result, lang, out).map_err(io)?;
            }
            Ok(())
        }
    }
}

fn print_text(
    cat: &Catalogue,
    a: &Assessment,
    lang: Lang,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let set = cat.set(&a.set).expect("assessed set exists");
    writeln!(out, "{}", set.label.get(lang))?;
    for d in &a.dimensions {
        let name = cat
            .dimension(&d.dimension)
            .map(|x| x.label.get(lang))
            .unwrap_or("");
        let mark = if d.positive { "positive" } else { "negative" };
        let why = d
            .clause
            .as_deref()
            .map(|c| format!(" [{c}]"))
            .unwrap_or_default();
        writeln!(out, "  {} {name}: {mark}{why}", d.dimension)?;
        for id in &d.counted {
            let label = set.indicator(id).map(|i| i.label.get(lang)).unwrap_or("");
            writeln!(out, "      - {id}: {label}")?;
        }
    }
    writeln!(
        out,
        "ILO combination {}: {}",
        a.combination,
        if a.ilo_positive { "met" } else { "not met" }
    )?;
    writeln!(out, "{}", cat.outcome_text(&a.outcome, lang).unwrap_or(""))?;
    let b = &a.belgian_law_view;
    writeln!(
        out,
        "Belgian law ({}): act {}, purpose {} -> elements {}; means not required",
        b.law_version,
        if b.act_established {
            "established"
        } else {
            "not established"
        },
        b.purpose
            .as_deref()
            .and_then(|p| cat.purpose(p))
            .map(|p| p.label.get(lang))
            .unwrap_or("unknown"),
        if b.elements_indicated {
            "indicated"
        } else {
            "not (yet) indicated"
        },
    )?;
    for id in &b.aggravating {
        if let Some(ag) = cat.aggravating().iter().find(|x| &x.id == id) {
            writeln!(out, "  aggravating: {}", ag.label.get(lang))?;
        }
    }
    writeln!(out, "Next steps:")?;
    for (n, action) in a.actions.iter().enumerate() {
        writeln!(
            out,
            "  {}. {}",
            n + 1,
            cat.action_text(&action.id, lang).unwrap_or("")
        )?;
    }
    if !a.verify.is_empty() {
        writeln!(out, "Grades to verify: {}", a.verify.join(", "))?;
    }
    for w in &a.warnings {
        writeln!(out, "warning: {w}")?;
    }
    Ok(())
}
