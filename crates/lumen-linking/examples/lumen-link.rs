//! Stand-alone entry point for `lumen link` subcommands, for local runs.

use clap::Parser;
use lumen_linking::cli::{LinkCommand, run};

/// Entity resolution: dedupe, pair, generate, evaluate, bench.
#[derive(Debug, Parser)]
#[command(name = "lumen-link")]
struct Cli {
    #[command(subcommand)]
    command: LinkCommand,
}

fn main() -> std::process::ExitCode {
    run(Cli::parse().command)
}
