//! `migrate`, `backup`, `audit verify`, `config print-default`.

use super::{open_migrated, open_store};
use crate::config::Config;
use clap::{Args, Subcommand};
use lumen_store::{ChainReport, CreateMode};
use std::path::PathBuf;
use std::process::ExitCode;

/// `lumen backup`.
#[derive(Args)]
pub struct BackupArgs {
    /// Where to write the copy (must not exist).
    #[arg(long, value_name = "FILE")]
    pub to: PathBuf,
}

/// `lumen audit …`.
#[derive(Subcommand)]
pub enum AuditCommand {
    /// Check the hash chain; exit 0 with the number of entries, or 1 naming the first broken one.
    Verify,
}

/// `lumen config …`.
#[derive(Subcommand)]
pub enum ConfigCommand {
    /// Print the default configuration as TOML.
    PrintDefault,
}

/// `lumen migrate`.
pub async fn migrate(config: Config) -> anyhow::Result<ExitCode> {
    let store = open_store(&config, CreateMode::CreateIfMissing).await?;
    let applied = store.migrate().await?;
    println!("{applied} migration(s) applied; the database is up to date");
    Ok(ExitCode::SUCCESS)
}

/// `lumen backup --to FILE`.
pub async fn backup(config: Config, args: BackupArgs) -> anyhow::Result<ExitCode> {
    let store = open_store(&config, CreateMode::MustExist).await?;
    store.backup_to(&args.to).await?;
    println!("Backup written to {}", args.to.display());
    Ok(ExitCode::SUCCESS)
}

/// `lumen audit verify`.
pub async fn audit(config: Config, command: AuditCommand) -> anyhow::Result<ExitCode> {
    match command {
        AuditCommand::Verify => {
            let store = open_migrated(&config, CreateMode::MustExist).await?;
            match store.verify_audit_chain().await? {
                ChainReport::Intact { entries } => {
                    println!("audit log intact: {entries} entries checked");
                    Ok(ExitCode::SUCCESS)
                }
                ChainReport::Broken { seq, checked } => {
                    println!(
                        "audit log BROKEN at entry {seq} ({checked} entries before it are intact)"
                    );
                    Ok(ExitCode::from(1))
                }
            }
        }
    }
}
