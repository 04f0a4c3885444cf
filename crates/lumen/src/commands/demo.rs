//! `lumen demo`: a fresh database with a fictional zone.

use crate::config::Config;
use clap::Args;
use lumen_app::demo::DemoAccount;
use lumen_store::CreateMode;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

/// `lumen demo`.
#[derive(Args)]
pub struct DemoArgs {
    /// Folder for the new database (created if missing; must not hold a database yet).
    #[arg(long, value_name = "DIR")]
    pub data_dir: PathBuf,
    /// Print the accounts as a JSON array of {email, role, password, totp_secret}.
    #[arg(long)]
    pub json: bool,
}

/// The SQLite URL of the database in a data folder.
pub fn data_dir_url(dir: &Path) -> String {
    format!("sqlite://{}", dir.join("lumen.db").display())
}

/// Creates and seeds a demo database in `dir`.
pub async fn create(config: &mut Config, dir: &Path) -> anyhow::Result<Vec<DemoAccount>> {
    std::fs::create_dir_all(dir)?;
    if dir.join("lumen.db").exists() {
        anyhow::bail!(
            "{} already holds a database; choose an empty folder",
            dir.display()
        );
    }
    config.database.url = data_dir_url(dir);
    // The keys come first so that the seeded audit entries are keyed; a partner submission
    // with a reply needs the reporting keys too. They are kept in DIR/keys.
    create_keys(config, dir)?;
    let store = super::open_migrated(config, CreateMode::CreateIfMissing).await?;
    let accounts = lumen_app::demo::seed(&store).await?;
    if let Some(keys) = super::keys::load(&config.keys, true)? {
        lumen_app::demo::seed_partner_submission(&store, &keys).await?;
        lumen_app::demo::seed_cases(&store, &keys).await?;
    }
    store.close().await?;
    Ok(accounts)
}

/// Creates demo reporting keys in `DIR/keys` (once; kept between runs) and points the
/// configuration at them.
pub fn create_keys(config: &mut Config, dir: &Path) -> anyhow::Result<()> {
    let keys = dir.join("keys");
    if !keys.join(super::keys::PUBLIC_KEY_FILE).exists() {
        super::keys::init(&keys, None)?;
    }
    // Key folders from before the audit key or the master key get them.
    let audit_key = keys.join(super::keys::AUDIT_KEY_FILE);
    if !audit_key.exists() {
        lumen_crypto::write_new_key32_file(&audit_key)?;
    }
    let master_key = keys.join(super::keys::MASTER_KEY_FILE);
    if !master_key.exists() {
        lumen_crypto::MasterKey::generate().write_new_file(&master_key)?;
    }
    point_at_keys(config, &keys);
    Ok(())
}

/// Serving a data folder made by `lumen demo`: its keys in `DIR/keys` are used for every
/// key setting the configuration leaves empty, so the whole product is served again.
pub fn use_folder_keys(config: &mut Config, dir: &Path) {
    let keys = dir.join("keys");
    if config.keys.public_key_file.is_none() && keys.join(super::keys::PUBLIC_KEY_FILE).exists() {
        point_at_keys(config, &keys);
    }
    let file = |name: &str| {
        let path = keys.join(name);
        path.exists()
            .then(|| crate::config::Secret::new(path.display().to_string()))
    };
    if config.keys.audit_key_file.is_none() {
        config.keys.audit_key_file = file(super::keys::AUDIT_KEY_FILE);
    }
    if config.keys.master_key_file.is_none() {
        config.keys.master_key_file = file(super::keys::MASTER_KEY_FILE);
    }
}

fn point_at_keys(config: &mut Config, keys: &Path) {
    let path = |name: &str| keys.join(name).display().to_string();
    config.keys.public_key_file = Some(path(super::keys::PUBLIC_KEY_FILE));
    config.keys.secret_key_file = Some(crate::config::Secret::new(path(
        super::keys::SECRET_KEY_FILE,
    )));
    config.keys.secret_key_passphrase = None;
    config.keys.receipt_secret_file = Some(crate::config::Secret::new(path(
        super::keys::RECEIPT_SECRET_FILE,
    )));
    if keys.join(super::keys::AUDIT_KEY_FILE).exists() {
        config.keys.audit_key_file = Some(crate::config::Secret::new(path(
            super::keys::AUDIT_KEY_FILE,
        )));
    }
    if keys.join(super::keys::MASTER_KEY_FILE).exists() {
        config.keys.master_key_file = Some(crate::config::Secret::new(path(
            super::keys::MASTER_KEY_FILE,
        )));
    }
}

/// Prints the accounts for a person.
pub fn print_accounts(accounts: &[DemoAccount]) {
    println!(
        "{:<34} {:<13} {:<22} TOTP secret",
        "E-mail", "Role", "Password"
    );
    for a in accounts {
        println!(
            "{:<34} {:<13} {:<22} {}",
            a.email, a.role, a.password, a.totp_secret
        );
    }
    println!();
    println!(
        "Sign in with an e-mail and password, then the 6-digit code of the account's TOTP secret:"
    );
    println!("add the secret to an authenticator app, or run `lumen totp-code SECRET`.");
}

/// `lumen demo --data-dir DIR [--json]`.
pub async fn run(mut config: Config, args: DemoArgs) -> anyhow::Result<ExitCode> {
    let accounts = create(&mut config, &args.data_dir).await?;
    if args.json {
        println!("{}", serde_json::to_string_pretty(&accounts)?);
    } else {
        println!(
            "Demo database created at {}",
            args.data_dir.join("lumen.db").display()
        );
        print_accounts(&accounts);
    }
    Ok(ExitCode::SUCCESS)
}
