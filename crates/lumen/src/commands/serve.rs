//! `lumen serve`.

use super::demo;
use crate::config::Config;
use clap::Args;
use lumen_store::CreateMode;
use lumen_web::{AppState, Area};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

/// `lumen serve`.
#[derive(Args)]
pub struct ServeArgs {
    /// Create a fresh demo database (in --data-dir, or a temporary folder) and serve it.
    #[arg(long)]
    pub demo: bool,
    /// Folder holding the database (`DIR/lumen.db`).
    #[arg(long, value_name = "DIR")]
    pub data_dir: Option<PathBuf>,
    /// Address to listen on (default 127.0.0.1:8080).
    #[arg(long, value_name = "ADDR")]
    pub bind: Option<String>,
    /// Address of the metrics listener (default 127.0.0.1:9464; "off": none).
    #[arg(long, value_name = "ADDR")]
    pub metrics_bind: Option<String>,
    /// Which areas to serve: public, staff or all.
    #[arg(long, value_parser = ["public", "staff", "all"])]
    pub area: Option<String>,
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let term = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = term => {} }
    tracing::info!("shutting down");
}

/// Runs the server until SIGTERM or Ctrl-C.
pub async fn run(mut config: Config, args: ServeArgs) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    if let Some(bind) = args.bind {
        config.server.bind = bind;
    }
    if let Some(bind) = args.metrics_bind {
        config.server.metrics_bind = bind;
    }
    if config.server.metrics_bind == "off" {
        config.server.metrics_bind.clear();
    }
    if let Some(area) = args.area {
        config.server.area = match area.as_str() {
            "public" => Area::Public,
            "staff" => Area::Staff,
            _ => Area::All,
        };
    }
    let mut _temp_dir = None;
    let mut accounts = None;
    if args.demo {
        let dir = match &args.data_dir {
            Some(d) => d.clone(),
            None => {
                let t = tempfile::tempdir()?;
                let p = t.path().to_path_buf();
                _temp_dir = Some(t);
                p
            }
        };
        accounts = Some(demo::create(&mut config, &dir).await?);
        demo::create_keys(&mut config, &dir)?;
        let loopback = config.server.bind.starts_with("127.")
            || config.server.bind.starts_with("localhost")
            || config.server.bind.starts_with("[::1]");
        if loopback {
            config.server.secure_cookies = false;
        }
    } else if let Some(dir) = &args.data_dir {
        config.database.url = demo::data_dir_url(dir);
        demo::use_folder_keys(&mut config, dir);
    }
    let create = if args.data_dir.is_some() {
        CreateMode::MustExist
    } else {
        CreateMode::CreateIfMissing
    };
    // A broken screening catalogue stops the server, saying which file and line.
    let catalogue = match &config.screening.catalogue_dir {
        Some(dir) => lumen_screening::Catalogue::load_dir(std::path::Path::new(dir)),
        None => lumen_screening::Catalogue::builtin(),
    }
    .map_err(|e| anyhow::anyhow!("screening catalogue: {e}"))?;
    let store = super::open_migrated(&config, create).await?;
    // The staff area appends audit entries and reads sealed personal fields: it needs both
    // keys. The public area needs neither, and should not hold them.
    if config.server.area.serves_staff() {
        if !store.has_audit_key() {
            anyhow::bail!(
                "the staff area needs the key that chains the audit log: set keys.audit_key_file (`lumen keys init` writes audit.key), or serve only the public area (--area public)"
            );
        }
        if !store.has_master_key() {
            anyhow::bail!(
                "the staff area needs the master key that seals personal data: set keys.master_key_file (`lumen keys init` writes master.key), or serve only the public area (--area public)"
            );
        }
    }
    lumen_crypto::dummy_verify();
    let listener = tokio::net::TcpListener::bind(&config.server.bind).await?;
    let addr = listener.local_addr()?;
    let report_keys = super::keys::load(&config.keys, config.server.area.serves_staff())?;
    if report_keys.is_none() {
        tracing::warn!("no reporting keys configured ([keys]); the report pages answer 503");
    }
    let mut state = AppState::with_catalogue(
        store,
        config.server.clone(),
        config.auth.clone(),
        std::sync::Arc::new(catalogue),
    );
    if let Some(keys) = report_keys {
        state = state.with_reports(with_public_settings(keys, &config)?);
    }
    state = state.with_public(config.public.clone());
    let training = config
        .training
        .clone()
        .checked()
        .map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    state = state.with_training(training);
    let cases = config
        .cases
        .clone()
        .checked()
        .map_err(|e| anyhow::anyhow!("configuration: {e}"))?;
    state = state.with_cases(cases);
    spawn_session_purge(state.clone(), &config);
    if let Some(keys) = state.report_keys() {
        lumen_app::reports::settler::spawn_settler(keys, state.store().clone());
    }
    println!("Lumen is ready at http://{addr}/ (staff sign-in: http://{addr}/staff/sign-in)");
    if let Some(accounts) = &accounts {
        println!();
        demo::print_accounts(accounts);
    }
    let metrics = if config.server.metrics_bind.is_empty() {
        None
    } else {
        let listener = tokio::net::TcpListener::bind(&config.server.metrics_bind)
            .await
            .map_err(|e| anyhow::anyhow!("metrics listener {}: {e}", config.server.metrics_bind))?;
        let at = listener.local_addr()?;
        println!("Metrics are at http://{at}/metrics");
        Some(tokio::spawn(lumen_web::serve_metrics(
            state.clone(),
            listener,
            std::future::pending(),
        )))
    };
    tracing::info!(ready_ms = started.elapsed().as_millis() as u64, area = ?config.server.area, "serving");
    lumen_web::serve(state, listener, shutdown_signal()).await?;
    if let Some(task) = metrics {
        task.abort();
    }
    Ok(ExitCode::SUCCESS)
}

/// Reply-key costs from `[public]`.
fn with_public_settings(
    keys: lumen_app::reports::intake::ReportKeys,
    config: &Config,
) -> anyhow::Result<lumen_app::reports::intake::ReportKeys> {
    let kdf = config.public.reply_kdf().map_err(|e| anyhow::anyhow!(e))?;
    Ok(keys.with_reply_kdf(kdf))
}

fn spawn_session_purge(state: AppState, config: &Config) {
    let policy = config.auth.clone();
    tokio::spawn(async move {
        let mut tick = tokio::time::interval(std::time::Duration::from_secs(600));
        loop {
            tick.tick().await;
            let now = chrono::Utc::now();
            let idle = now - chrono::Duration::minutes(i64::from(policy.session_idle_minutes));
            let abs = now - chrono::Duration::hours(i64::from(policy.session_absolute_hours));
            if let Err(e) = state.store().purge_sessions(idle, abs).await {
                tracing::warn!(code = e.code(), "session purge failed");
            }
        }
    });
}
