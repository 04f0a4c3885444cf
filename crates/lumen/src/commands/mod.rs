//! The subcommands that need the database.

pub mod admin;
pub mod demo;
pub mod keys;
pub mod serve;
pub mod units;
pub mod users;

use crate::config::{Config, DEFAULT_DATABASE_URL};
use anyhow::Context as _;
use lumen_store::{ConnectOptions, CreateMode, DatabaseUrl, Store};
use std::path::Path;
use std::process::ExitCode;

/// A subcommand that runs inside the async runtime.
pub enum Command {
    Serve(serve::ServeArgs),
    Migrate,
    User(users::UserCommand),
    Unit(units::UnitCommand),
    Demo(demo::DemoArgs),
    Backup(admin::BackupArgs),
    Audit(admin::AuditCommand),
    RotateMaster,
}

/// Runs a subcommand.
pub async fn dispatch(config_file: Option<&Path>, command: Command) -> anyhow::Result<ExitCode> {
    let config = Config::load(config_file)?;
    init_logging(&config);
    match command {
        Command::Serve(args) => serve::run(config, args).await,
        Command::Migrate => admin::migrate(config).await,
        Command::User(c) => users::run(config, c).await,
        Command::Unit(c) => units::run(config, c).await,
        Command::Demo(args) => demo::run(config, args).await,
        Command::Backup(args) => admin::backup(config, args).await,
        Command::Audit(c) => admin::audit(config, c).await,
        Command::RotateMaster => keys::rotate_master(config).await,
    }
}

fn init_logging(config: &Config) {
    let filter = tracing_subscriber::EnvFilter::try_new(format!(
        "{},sea_orm_migration=warn,sqlx=warn",
        config.log.level
    ))
    .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr);
    let _ = if config.log.format == "json" {
        builder.json().try_init()
    } else {
        builder.try_init()
    };
}

/// Opens the configured database. `create` allows creating a missing SQLite file; the default
/// `./data` folder is created too, with a message saying where.
pub async fn open_store(config: &Config, create: CreateMode) -> anyhow::Result<Store> {
    let url = DatabaseUrl::parse(&config.database.url)?;
    if let DatabaseUrl::Sqlite(path) = &url
        && !path.exists()
        && create == CreateMode::CreateIfMissing
    {
        if config.database.url == DEFAULT_DATABASE_URL
            && let Some(parent) = path.parent()
        {
            std::fs::create_dir_all(parent)
                .with_context(|| format!("creating {}", parent.display()))?;
        }
        eprintln!("Creating a new database at {}", path.display());
    }
    let mut options = ConnectOptions::new(url);
    options.password = config
        .database
        .password
        .as_ref()
        .map(|s| s.expose().to_owned());
    options.max_connections = config.database.max_connections;
    options.create = create;
    let mut store = Store::connect(options).await?;
    if config.keys.audit_key_file.is_some() {
        store = store.with_audit_key(audit_key(config)?);
    }
    if let Some(key) = keys::master_key(&config.keys)? {
        store = store.with_master_key(key);
    }
    Ok(store)
}

/// The audit key named by `keys.audit_key_file`.
pub fn audit_key(config: &Config) -> anyhow::Result<lumen_domain::audit::AuditKey> {
    let Some(file) = &config.keys.audit_key_file else {
        anyhow::bail!("this needs the key that chains the audit log (keys.audit_key_file)");
    };
    let key =
        lumen_crypto::read_key32_file(std::path::Path::new(file.expose())).with_context(|| {
            format!(
                "reading the audit key (keys.audit_key_file) {}",
                file.expose()
            )
        })?;
    Ok(lumen_domain::audit::AuditKey::from_bytes(*key))
}

/// Opens the database and brings its schema up to date.
pub async fn open_migrated(config: &Config, create: CreateMode) -> anyhow::Result<Store> {
    let store = open_store(config, create).await?;
    let applied = store.migrate().await?;
    if applied > 0 {
        tracing::info!(applied, "migrations applied");
    }
    // A broken chain is left as evidence for `lumen audit verify`, which names the entry.
    if store.has_audit_key() {
        match store.rekey_audit_chain().await {
            Ok(0) => {}
            Ok(rekeyed) => tracing::info!(rekeyed, "audit entries re-linked under the audit key"),
            Err(e) => tracing::warn!("audit log not re-keyed: {e}"),
        }
    }
    // Rows from before sealing are sealed once the master key is there.
    if store.has_master_key() {
        let sealed = store.seal_clear_fields().await?;
        if sealed > 0 {
            tracing::info!(sealed, "personal fields sealed under the master key");
        }
    }
    Ok(store)
}
