//! Runs the screening commands on their own: `cargo run -p lumen-screening --example
//! lumen-screening -- assess --set adult-labour --indicators al.d5.isolation`.

use clap::Parser;
use lumen_screening::cli::{ScreeningCommand, run};
use std::process::ExitCode;

/// Frontline screening for trafficking in human beings.
#[derive(Parser)]
#[command(name = "lumen-screening")]
struct Args {
    #[command(subcommand)]
    command: ScreeningCommand,
}

fn main() -> ExitCode {
    run(Args::parse().command)
}
