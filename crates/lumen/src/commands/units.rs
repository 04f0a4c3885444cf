//! `lumen unit …`.

use super::open_migrated;
use crate::config::Config;
use clap::Subcommand;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::unit::parse_unit_code;
use lumen_domain::{UnitId, UnitKind};
use lumen_store::{CreateMode, NewUnit};
use std::process::ExitCode;

/// Unit management.
#[derive(Subcommand)]
pub enum UnitCommand {
    /// Create a unit.
    Add {
        /// Short code (a-z, 0-9, - and _).
        #[arg(long)]
        code: String,
        /// Display name.
        #[arg(long)]
        name: String,
        /// thb_section, intervention, neighbourhood, reception, management, partner or other.
        #[arg(long)]
        kind: String,
    },
    /// List units.
    List,
}

/// Runs a unit command.
pub async fn run(config: Config, command: UnitCommand) -> anyhow::Result<ExitCode> {
    let store = open_migrated(&config, CreateMode::MustExist).await?;
    match command {
        UnitCommand::Add { code, name, kind } => {
            let code = parse_unit_code(&code).map_err(|_| {
                anyhow::anyhow!("invalid unit code: 2 to 32 characters among a-z 0-9 - _")
            })?;
            let Some(kind) = UnitKind::parse(&kind) else {
                let valid: Vec<_> = UnitKind::ALL.iter().map(|k| k.code()).collect();
                eprintln!("error: unknown kind; expected one of {}", valid.join(", "));
                return Ok(ExitCode::from(2));
            };
            let id = UnitId::new();
            let ev = AuditEvent::new(AuditAction::UnitCreate, Some(id.to_string()))
                .by("cli", "operator");
            store
                .create_unit(
                    NewUnit {
                        id,
                        code: code.clone(),
                        name,
                        kind,
                    },
                    ev,
                )
                .await?;
            println!("unit {code} created");
        }
        UnitCommand::List => {
            for u in store.list_units().await? {
                println!(
                    "{}\t{}\t{}\t{}",
                    u.code,
                    u.kind.code(),
                    if u.active { "active" } else { "inactive" },
                    u.name
                );
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
