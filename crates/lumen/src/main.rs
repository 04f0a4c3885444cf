#![forbid(unsafe_code)]
//! `lumen`: the one binary. Wiring only; the logic lives in the library crates.

mod commands;
mod config;

use clap::{Parser, Subcommand};
use std::path::PathBuf;
use std::process::ExitCode;

/// Lumen: a platform for a police zone's fight against trafficking in human beings.
#[derive(Parser)]
#[command(name = "lumen", version, about, long_about = None)]
struct Cli {
    /// Configuration file (TOML). Environment variables LUMEN_SECTION_KEY override it.
    #[arg(long, global = true, value_name = "FILE")]
    config: Option<PathBuf>,
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Run the web server (applies pending migrations first).
    Serve(commands::serve::ServeArgs),
    /// Apply pending database migrations.
    Migrate,
    /// Manage staff accounts.
    #[command(subcommand)]
    User(commands::users::UserCommand),
    /// Manage organisational units.
    #[command(subcommand)]
    Unit(commands::units::UnitCommand),
    /// Create a fresh database with a fictional zone and print its accounts.
    Demo(commands::demo::DemoArgs),
    /// Copy the SQLite database consistently while the server runs.
    Backup(commands::admin::BackupArgs),
    /// Check the audit log.
    #[command(subcommand)]
    Audit(commands::admin::AuditCommand),
    /// Show configuration.
    #[command(subcommand)]
    Config(commands::admin::ConfigCommand),
    /// Print the current code of a TOTP secret (for demo accounts and scripts).
    TotpCode {
        /// The base32 secret.
        secret: String,
    },
    /// Frontline screening: indicator catalogue and assessments.
    /// The THB section's keys for sealed public reports.
    #[command(subcommand)]
    Keys(commands::keys::KeysCommand),
    #[command(subcommand)]
    Screening(lumen_screening::cli::ScreeningCommand),
    /// Linking engine: deduplicate and link records from CSV files.
    #[command(subcommand)]
    Link(lumen_linking::cli::LinkCommand),
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match cli.command {
        Command::Screening(cmd) => return lumen_screening::cli::run(cmd),
        Command::Link(cmd) => return lumen_linking::cli::run(cmd),
        Command::Keys(commands::keys::KeysCommand::Init(args)) => {
            return commands::keys::run_init(args);
        }
        Command::TotpCode { secret } => {
            return match lumen_app::auth::totp::current_code(&secret) {
                Some(code) => {
                    println!("{code}");
                    ExitCode::SUCCESS
                }
                None => {
                    eprintln!("error: not a valid base32 TOTP secret");
                    ExitCode::from(2)
                }
            };
        }
        Command::Config(commands::admin::ConfigCommand::PrintDefault) => {
            print!("{}", config::Config::default_toml());
            return ExitCode::SUCCESS;
        }
        _ => {}
    }
    let runtime = match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    let config_file = cli.config.clone();
    match runtime.block_on(commands::dispatch(
        config_file.as_deref(),
        cli.command_into(),
    )) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("error: {e:#}");
            ExitCode::FAILURE
        }
    }
}

impl Cli {
    fn command_into(self) -> commands::Command {
        match self.command {
            Command::Serve(a) => commands::Command::Serve(a),
            Command::Migrate => commands::Command::Migrate,
            Command::User(c) => commands::Command::User(c),
            Command::Unit(c) => commands::Command::Unit(c),
            Command::Demo(a) => commands::Command::Demo(a),
            Command::Backup(a) => commands::Command::Backup(a),
            Command::Audit(c) => commands::Command::Audit(c),
            Command::Keys(commands::keys::KeysCommand::RotateMaster) => {
                commands::Command::RotateMaster
            }
            Command::Config(_)
            | Command::TotpCode { .. }
            | Command::Screening(_)
            | Command::Keys(commands::keys::KeysCommand::Init(_))
            | Command::Link(_) => {
                unreachable!("handled before the runtime starts")
            }
        }
    }
}
