//! `migrate`, `backup`, `audit verify`, `config print-default`.

use super::{open_migrated, open_store};
use crate::config::Config;
use anyhow::Context as _;
use clap::{Args, Subcommand};
use lumen_domain::audit_checkpoint::Checkpoint;
use lumen_store::{ChainReport, CheckpointReport, CreateMode, Store};
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
    /// Check the keyed chain (and, with --checkpoint, that nothing was cut or rewritten before
    /// each checkpoint); exit 0 with the number of entries, or 1 naming what is broken.
    Verify(VerifyArgs),
    /// Print a signed head of the chain (sequence, hash, time) to keep outside the database.
    Checkpoint,
}

/// `lumen audit verify`.
#[derive(Args)]
pub struct VerifyArgs {
    /// A file holding a line printed by `lumen audit checkpoint` (may be given several times).
    #[arg(long, value_name = "FILE")]
    pub checkpoint: Vec<PathBuf>,
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

/// `lumen audit verify` and `lumen audit checkpoint`.
pub async fn audit(config: Config, command: AuditCommand) -> anyhow::Result<ExitCode> {
    if config.keys.audit_key_file.is_none() {
        anyhow::bail!(
            "the audit log is checked under its key: set keys.audit_key_file (the file `lumen keys init` wrote)"
        );
    }
    let store = open_migrated(&config, CreateMode::MustExist).await?;
    match command {
        AuditCommand::Checkpoint => {
            let checkpoint = store.audit_checkpoint().await.map_err(|e| match e {
                lumen_store::StoreError::Refused(_) => anyhow::anyhow!(
                    "the audit log is broken; run `lumen audit verify` (no checkpoint vouches for a broken log)"
                ),
                e => e.into(),
            })?;
            println!("{}", checkpoint.to_line());
            Ok(ExitCode::SUCCESS)
        }
        AuditCommand::Verify(args) => verify(&store, &config, &args).await,
    }
}

async fn verify(store: &Store, config: &Config, args: &VerifyArgs) -> anyhow::Result<ExitCode> {
    let mut broken = false;
    let entries = match store.verify_audit_chain().await? {
        ChainReport::Intact { entries } => entries,
        ChainReport::Broken { seq, checked } => {
            println!("audit log BROKEN at entry {seq} ({checked} entries before it are intact)");
            broken = true;
            checked
        }
    };
    let key = super::audit_key(config)?;
    for file in &args.checkpoint {
        let text = std::fs::read_to_string(file)
            .with_context(|| format!("reading the checkpoint {}", file.display()))?;
        let checkpoint = Checkpoint::parse(&text, &key)
            .map_err(|e| anyhow::anyhow!("checkpoint {}: {e}", file.display()))?;
        match store.check_audit_checkpoint(&checkpoint).await? {
            CheckpointReport::Holds { newer } => println!(
                "checkpoint {} holds: entry {} unchanged, {newer} entries after it",
                file.display(),
                checkpoint.seq
            ),
            CheckpointReport::Cut {
                checkpoint_seq,
                last_seq,
            } => {
                println!(
                    "audit log CUT: checkpoint {} names entry {checkpoint_seq}, the log ends at entry {last_seq}",
                    file.display()
                );
                broken = true;
            }
            CheckpointReport::Differs { seq } => {
                println!(
                    "audit log REWRITTEN: entry {seq} differs from checkpoint {}",
                    file.display()
                );
                broken = true;
            }
        }
    }
    if broken {
        return Ok(ExitCode::from(1));
    }
    println!("audit log intact: {entries} entries checked");
    Ok(ExitCode::SUCCESS)
}
