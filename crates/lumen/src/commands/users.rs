//! `lumen user …`.

use super::open_migrated;
use crate::config::Config;
use clap::Subcommand;
use lumen_domain::audit::AuditAction;
use lumen_domain::audit::AuditEvent;
use lumen_domain::password::check_password;
use lumen_domain::{Email, Role, UserId};
use lumen_store::{CreateMode, NewUser, Store};
use std::io::{IsTerminal, Read};
use std::process::ExitCode;

/// Staff account management.
#[derive(Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input; with nothing there (or a
    /// terminal), a strong one is generated and printed once.
    Add {
        /// E-mail address.
        #[arg(long)]
        email: String,
        /// partner, frontline, referent, investigator, supervisor, analyst or admin.
        #[arg(long)]
        role: String,
        /// Unit code.
        #[arg(long)]
        unit: Option<String>,
        /// Name shown to colleagues (defaults to the e-mail address).
        #[arg(long)]
        name: Option<String>,
    },
    /// List accounts.
    List,
    /// Deactivate an account and end its sessions.
    Deactivate {
        /// E-mail address.
        #[arg(long)]
        email: String,
    },
    /// Remove an account's second factor; it enrols again at next sign-in.
    ResetTotp {
        /// E-mail address.
        #[arg(long)]
        email: String,
    },
}

fn read_password() -> anyhow::Result<Option<String>> {
    let stdin = std::io::stdin();
    if stdin.is_terminal() {
        return Ok(None);
    }
    let mut buf = String::new();
    stdin.lock().take(4096).read_to_string(&mut buf)?;
    let pw = buf.trim_end_matches(['\r', '\n']).to_owned();
    Ok((!pw.is_empty()).then_some(pw))
}

async fn find(store: &Store, email: &str) -> anyhow::Result<lumen_store::UserRecord> {
    let email = Email::parse(email).map_err(|_| anyhow::anyhow!("invalid e-mail address"))?;
    store
        .user_by_email(email.as_str())
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account with that e-mail address"))
}

/// Runs a user command.
pub async fn run(config: Config, command: UserCommand) -> anyhow::Result<ExitCode> {
    let store = open_migrated(&config, CreateMode::MustExist).await?;
    match command {
        UserCommand::Add {
            email,
            role,
            unit,
            name,
        } => {
            let Ok(email) = Email::parse(&email) else {
                eprintln!("error: invalid e-mail address");
                return Ok(ExitCode::from(2));
            };
            let Some(role) = Role::parse(&role) else {
                let valid: Vec<_> = Role::ALL.iter().map(|r| r.code()).collect();
                eprintln!("error: unknown role; expected one of {}", valid.join(", "));
                return Ok(ExitCode::from(2));
            };
            let unit_id = match unit {
                Some(code) => Some(
                    store
                        .unit_by_code(&code)
                        .await
                        .map_err(|_| anyhow::anyhow!("no unit with code {code}"))?
                        .id,
                ),
                None => None,
            };
            let (password, generated) = match read_password()? {
                Some(pw) => {
                    if let Err(r) = check_password(&pw) {
                        eprintln!("error: password refused ({})", r.code());
                        return Ok(ExitCode::from(2));
                    }
                    (pw, false)
                }
                None => (lumen_crypto::random_token(15), true),
            };
            let id = UserId::new();
            let ev = AuditEvent::new(AuditAction::UserCreate, Some(id.to_string()))
                .by("cli", "operator");
            let new = NewUser {
                id,
                display_name: name.unwrap_or_else(|| email.to_string()),
                email: email.clone(),
                role,
                unit_id,
                password_hash: lumen_crypto::hash_password(&password)?,
                totp_secret: None,
            };
            store.create_user(new, ev).await?;
            println!("account {email} created with role {role}");
            if generated {
                println!("password (shown once): {password}");
            }
        }
        UserCommand::List => {
            for u in store.list_users().await? {
                let state = if u.active { "active" } else { "inactive" };
                let totp = if u.totp_enabled { "2fa" } else { "no-2fa" };
                println!("{}\t{}\t{}\t{}", u.email, u.role, state, totp);
            }
        }
        UserCommand::Deactivate { email } => {
            let u = find(&store, &email).await?;
            let ev = AuditEvent::new(AuditAction::UserDeactivate, Some(u.id.to_string()))
                .by("cli", "operator");
            store.set_user_active(u.id, false, ev).await?;
            println!("account deactivated");
        }
        UserCommand::ResetTotp { email } => {
            let u = find(&store, &email).await?;
            let ev = AuditEvent::new(AuditAction::UserTotpReset, Some(u.id.to_string()))
                .by("cli", "operator");
            store.reset_totp(u.id, ev).await?;
            println!("second factor removed; the account enrols again at next sign-in");
        }
    }
    Ok(ExitCode::SUCCESS)
}
